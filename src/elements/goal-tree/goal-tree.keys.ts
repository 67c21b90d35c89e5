/**
 * The keyboard and pointer of the tree (outline, or the diagram alone): the WAI-ARIA treeview keys —
 * arrows, Home, End, `*`, type-ahead and Enter for details — and clicks, focus, and with `editable`
 * the edit keys, renaming and dragging. What the treeview keys do loads when the focus first enters the
 * tree (goal-tree.treeview-keys.ts), so a page that only shows a tree does not download it; a key
 * pressed before it is there is done as soon as it is.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GoalTreePort } from './goal-tree.port.js';
import type { GoalTreeEditing } from './goal-tree.editing.js';
import type { TreeviewKeys } from './goal-tree.treeview-keys.js';

let keysPart: Promise<typeof import('./goal-tree.treeview-keys.js')> | undefined;

/** Whether a key on a goal is one of the tree's: the arrows, Home, End, Enter, and a character (`*`, type-ahead). */
const isTreeKey = (e: KeyboardEvent) =>
  !(e.altKey || e.ctrlKey || e.metaKey) &&
  (/^(Arrow(Up|Down|Left|Right)|Home|End)$/.test(e.key) ||
    (e.key === 'Enter' && !e.shiftKey) ||
    (e.key.length === 1 && e.key !== ' '));

/** The id of the goal an event happened in. */
const itemOf = (e: Event) => (e.target as Element).closest('li[data-id]')?.getAttribute('data-id') ?? undefined;

export class TreeInput {
  #keys?: TreeviewKeys;
  #loadingKeys?: Promise<TreeviewKeys>;

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
      const key = e as KeyboardEvent;
      if (edit?.handleEditKey(key)) e.preventDefault();
      else if (isTreeKey(key)) {
        e.preventDefault();
        if (this.#keys) this.#keys.handle(key);
        else void this.port.load(this.#treeviewKeys().then((keys) => keys.handle(key)));
      }
    }
  };

  readonly onFocusIn = (e: FocusEvent): void => {
    const id = (e.target as Element).getAttribute('role') === 'treeitem' ? itemOf(e) : undefined;
    if (id === undefined) return;
    if (!this.#keys) void this.port.load(this.#treeviewKeys());
    if (id !== this.port.selected) this.port.selectGoal(id, false);
  };

  /** What the treeview keys do, loaded on first use (`updateComplete` waits for it). */
  #treeviewKeys(): Promise<TreeviewKeys> {
    return (this.#loadingKeys ??= (keysPart ??= import('./goal-tree.treeview-keys.js')).then(
      (m) => (this.#keys = new m.TreeviewKeys(this.port)),
    ));
  }

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
}
