/**
 * The keyboard and pointer of the tree (outline, or the diagram alone): the WAI-ARIA treeview keys —
 * arrows, Home, End, `*`, type-ahead and Enter for details — and clicks, focus, and with `editable`
 * the edit keys, renaming and dragging. One per element: the type-ahead is that element's own.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GoalTreePort } from './goal-tree.port.js';
import type { GoalTreeEditing } from './goal-tree.editing.js';

const TYPEAHEAD_MS = 600;

/** The id of the goal an event happened in. */
const itemOf = (e: Event) => (e.target as Element).closest('li[data-id]')?.getAttribute('data-id') ?? undefined;

export class TreeInput {
  #typed = '';
  #typedAt = 0;

  /** `edit` is the editing part, once it has loaded and while the tree is editable. */
  constructor(
    private readonly port: GoalTreePort,
    private readonly edit: () => GoalTreeEditing | undefined,
  ) {}

  /** The list of goals that listens: with a `label` it is the WAI-ARIA tree, else a list inside it. */
  renderList(label: string | undefined, items: unknown[]): TemplateResult {
    return html`<ul class="root" role=${label ? 'tree' : 'none'} aria-label=${ifDefined(label)} aria-describedby=${ifDefined(label ? 'hint' : undefined)}
      @keydown=${this.onKey} @focusin=${this.onFocusIn} @click=${this.onClick} @dblclick=${this.onPointerEdit}
      @focusout=${this.onKey} @dragstart=${this.onPointerEdit} @dragover=${this.onPointerEdit} @drop=${this.onPointerEdit}>${items}</ul>`;
  }

  /** Keys on a treeitem or in a naming input (keydown), and leaving such an input (focusout). */
  readonly onKey = (e: Event): void => {
    const target = e.target as HTMLElement;
    const edit = this.edit();
    if (target.localName === 'input') edit?.handleInput(e);
    else if (e.type === 'keydown' && target.getAttribute('role') === 'treeitem') {
      if (edit?.handleEditKey(e as KeyboardEvent) || this.handleTreeKey(e as KeyboardEvent)) e.preventDefault();
    }
  };

  readonly onFocusIn = (e: FocusEvent): void => {
    const id = (e.target as Element).getAttribute('role') === 'treeitem' ? itemOf(e) : undefined;
    if (id !== undefined && id !== this.port.selected) this.port.selectGoal(id, false);
  };

  readonly onClick = (e: MouseEvent): void => {
    const id = itemOf(e);
    if (id === undefined || (e.target as Element).localName === 'input') return;
    if ((e.target as Element).hasAttribute('data-toggle')) this.port.setExpanded(id, this.port.collapsed.has(id));
    this.port.selectGoal(id);
  };

  /** Double click renames; dragging a goal onto another puts it under that one. */
  readonly onPointerEdit = (e: Event): void => {
    const id = itemOf(e);
    const edit = this.edit();
    if (!edit || id === undefined) return;
    if (e.type === 'dblclick') edit.startRename(id);
    else edit.handleDrag(e as DragEvent, id);
  };

  /** Handles a key pressed on a treeitem; returns true when it did something with it. */
  handleTreeKey(e: KeyboardEvent): boolean {
    const port = this.port;
    const node = port.selected === undefined ? undefined : port.derived.byId.get(port.selected);
    if (!node || e.altKey || e.ctrlKey || e.metaKey) return false;
    const id = node.goal.id;
    const visible = port.visibleIds();
    const at = visible.indexOf(id);
    const open = node.children.length > 0 && !port.collapsed.has(id);
    const go = (to: string | undefined) => to !== undefined && port.selectGoal(to);
    switch (e.key) {
      case 'ArrowDown':
        go(visible[at + 1]);
        return true;
      case 'ArrowUp':
        go(visible[at - 1]);
        return true;
      case 'ArrowRight':
        if (open) go(node.children[0].goal.id);
        else if (node.children.length) port.setExpanded(id, true);
        return true;
      case 'ArrowLeft':
        if (open) port.setExpanded(id, false);
        else go(node.parent?.goal.id);
        return true;
      case 'Home':
        go(visible[0]);
        return true;
      case 'End':
        go(visible[visible.length - 1]);
        return true;
      case '*':
        for (const sibling of node.parent?.children ?? port.derived.roots)
          if (sibling.children.length) port.setExpanded(sibling.goal.id, true);
        return true;
      case 'Enter':
        if (e.shiftKey) return false;
        port.openDetails();
        return true;
    }
    if (e.key.length !== 1 || e.key === ' ') return false;
    const now = performance.now();
    this.#typed = now - this.#typedAt > TYPEAHEAD_MS ? e.key.toLowerCase() : this.#typed + e.key.toLowerCase();
    this.#typedAt = now;
    const typed = this.#typed;
    // A single letter moves on to the next match; a longer word first tries the current goal.
    const start = typed.length === 1 ? at + 1 : at;
    for (let i = 0; i < visible.length; i++) {
      const candidate = visible[(start + i) % visible.length];
      if (port.derived.byId.get(candidate)!.goal.title.toLowerCase().startsWith(typed)) return (go(candidate), true);
    }
    return true;
  }
}
