/**
 * Editing `<goal-tree>` (loaded with `editable`): the edit keys and buttons, naming new goals, renaming,
 * moving, dragging and removing. Each edit makes a new tree with the SDK and puts it into the store as
 * one undoable step.
 */
import { html, type TemplateResult } from 'lit';
import {
  addChildGoal,
  indentGoal,
  moveGoal,
  newGoal,
  outdentGoal,
  removeGoal,
  renameGoal,
  reparentGoal,
} from '../../sdk/goal-tree-edit.js';
import { levelName } from '../../sdk/goal-tree.js';
import { newId } from '../../sdk/store.js';
import type { GoalTree } from '../../sdk/model.js';
import { goalTreeMessages } from '../../translations/goal-tree.js';
import { inLanguage } from '../../internal/localize.js';
import { commonMessages } from '../../translations/common.js';
import { goalTreeEditMessages, type GoalTreeEditMessages } from '../../translations/goal-tree-panels.js';
import type { MenuButton } from '../../internal/menu-button.js';
import type { GoalTreePort } from './goal-tree.port.js';
import { renderBar, type BarAction } from './goal-tree.toolbar.js';
import { goalTreeEditStyles } from './goal-tree.edit-styles.js';

/** The edit messages in the element's language. */
export const messages = (port: GoalTreePort): GoalTreeEditMessages => goalTreeEditMessages[port.lang()];

/** Opens the input for a new subgoal as the last child of `id`. */
function startChild(port: GoalTreePort, id: string): void {
  const node = port.derived.byId.get(id);
  if (!node) return;
  port.setExpanded(id, true);
  port.draft = { parent: id, index: node.children.length };
}

/** Opens the input for a new goal right after `id`, under the same parent. */
function startSibling(port: GoalTreePort, id: string): void {
  const node = port.derived.byId.get(id);
  if (!node?.parent) return port.announce(messages(port).cannot);
  port.draft = { parent: node.parent.goal.id, index: node.index + 1 };
}

/** Turns the title of `id` into an input. */
function startRename(port: GoalTreePort, id: string): void {
  port.renaming = id;
}

/**
 * Saves (or with `save` false, drops) what was typed in a draft or rename input; `refocus` puts the
 * keyboard focus back in the tree (not when the user moved it elsewhere).
 */
function finishInput(port: GoalTreePort, input: HTMLInputElement, save: boolean, refocus = true): void {
  const tree = port.goalTree;
  const title = input.value.trim();
  const draft = port.draft;
  const renaming = port.renaming;
  port.draft = port.renaming = undefined;
  if (save && title && tree && draft && input.hasAttribute('data-draft')) {
    const goal = newGoal(newId('doel'), title);
    port.commitTree(addChildGoal(tree, draft.parent, goal, draft.index), {
      focus: refocus ? goal.id : undefined,
      say: messages(port).added(title),
    });
  } else if (save && title && tree && renaming !== undefined && renameGoal(tree, renaming, title) !== tree) {
    port.commitTree(renameGoal(tree, renaming, title), { focus: refocus ? renaming : undefined });
  } else if (refocus) port.selectGoal(draft?.parent ?? renaming);
}

function structural(port: GoalTreePort, id: string, change: (tree: GoalTree, id: string) => GoalTree): void {
  const tree = port.goalTree;
  if (!tree) return;
  const next = change(tree, id);
  const t = messages(port);
  if (next === tree) return port.announce(t.cannot);
  port.commitTree(next, { focus: id });
  const node = port.derived.byId.get(id);
  if (!node) return;
  if (node.parent) port.setExpanded(node.parent.goal.id, true);
  const level = inLanguage(goalTreeMessages, port.lang()).level[levelName(node.level)];
  port.announce(t.moved(node.goal.title, level, node.index + 1, (node.parent?.children ?? port.derived.roots).length));
}

/** Moves the goal one place up among its siblings. */
const moveUp = (port: GoalTreePort, id: string) => structural(port, id, (t, g) => moveGoal(t, g, -1));
/** Moves the goal one place down among its siblings. */
const moveDown = (port: GoalTreePort, id: string) => structural(port, id, (t, g) => moveGoal(t, g, 1));
/** Puts the goal under the sibling before it. */
const indent = (port: GoalTreePort, id: string) => structural(port, id, indentGoal);
/** Puts the goal beside its parent. */
const outdent = (port: GoalTreePort, id: string) => structural(port, id, outdentGoal);

/** Removes the goal and everything below it; the next goal (or the parent) gets the focus. */
function remove(port: GoalTreePort, id: string): void {
  const tree = port.goalTree;
  const node = port.derived.byId.get(id);
  if (!tree || !node) return;
  const siblings = node.parent?.children ?? port.derived.roots;
  const next = siblings[node.index + 1] ?? siblings[node.index - 1] ?? node.parent;
  const ok = port.commitTree(removeGoal(tree, id), {
    focus: next?.goal.id,
    say: messages(port).removed(node.goal.title),
  });
  // The last goal gone, the focus goes to the invitation to write a new main goal (where Ctrl+Z still undoes).
  if (ok && !next) port.focusAfterUpdate('#stip');
}

/** The edit keys on a treeitem: Insert, Shift+Enter, F2, Delete, Alt+arrows. Returns true when handled. */
function handleEditKey(port: GoalTreePort, e: KeyboardEvent): boolean {
  const id = port.selected;
  if (id === undefined || e.ctrlKey || e.metaKey) return false;
  const run = e.altKey
    ? (
        { ArrowUp: moveUp, ArrowDown: moveDown, ArrowRight: indent, ArrowLeft: outdent } as Record<
          string,
          typeof moveUp
        >
      )[e.key]
    : e.key === 'Insert'
      ? e.shiftKey
        ? startSibling
        : startChild
      : e.key === 'Enter' && e.shiftKey
        ? startSibling
        : e.key === 'F2'
          ? startRename
          : e.key === 'Delete'
            ? remove
            : undefined;
  run?.(port, id);
  return !!run;
}

/** Enter saves, Escape cancels, in the inputs where a goal is named; leaving the input saves. */
function handleInput(port: GoalTreePort, e: Event): void {
  const input = e.target as HTMLInputElement;
  if (e.type === 'focusout') {
    if (port.draft || port.renaming) finishInput(port, input, true, false);
  } else if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === 'Escape') {
    e.preventDefault();
    finishInput(port, input, (e as KeyboardEvent).key === 'Enter');
  }
}

/** The invitation of an empty tree: write the stip op de horizon. */
function renderStart(port: GoalTreePort): TemplateResult {
  const t = messages(port);
  const start = (e: SubmitEvent) => {
    e.preventDefault();
    const title = (e.currentTarget as HTMLFormElement).querySelector('input')!.value.trim();
    if (!title) return;
    const goal = newGoal(newId('doel'), title);
    const current = port.goalTree;
    const tree = current
      ? addChildGoal(current, undefined, goal)
      : { id: port.options.tree ?? newId('doelenboom'), title, goals: [goal] };
    port.commitTree(tree, { focus: goal.id, say: t.added(title) });
  };
  return html`<form @submit=${start}><label for="stip">${t.emptyInvite}</label>
    <input id="stip" autocomplete="off" maxlength="500" required /> <button class="primary">${t.start}</button></form>`;
}

type Action = [
  label: keyof GoalTreeEditMessages,
  keys: string,
  run: (port: GoalTreePort, id: string) => void,
  enabled?: (index: number, size: number, depth: number) => boolean,
];
const ACTIONS: Action[] = [
  ['addChild', 'Insert', startChild],
  ['addSibling', 'Shift+Enter', startSibling, (_i, _s, depth) => depth > 1],
  ['renameGoal', 'F2', startRename],
  ['moveUp', 'Alt+ArrowUp', moveUp, (i) => i > 0],
  ['moveDown', 'Alt+ArrowDown', moveDown, (i, size) => i < size - 1],
  ['indent', 'Alt+ArrowRight', indent, (i) => i > 0],
  ['outdent', 'Alt+ArrowLeft', outdent, (_i, _s, depth) => depth > 2],
  ['remove', 'Delete', remove],
];

/** The edit buttons: everything the edit keys do, for pointer users and as the alternative to dragging. */
function renderEditBar(port: GoalTreePort, menu: MenuButton): TemplateResult {
  const t = messages(port);
  const c = commonMessages[port.lang()];
  const node = port.selected === undefined ? undefined : port.derived.byId.get(port.selected);
  const size = (node?.parent?.children ?? port.derived.roots).length;
  const { canUndo, canRedo } = port.options;
  // On a narrow element only adding a sub-goal stays in the row; the rest is under “Meer”.
  const actions: BarAction[] = [
    ...ACTIONS.map(([label, keys, run, enabled]): BarAction => ({
      label: t[label] as string,
      keys,
      primary: run === startChild,
      disabled: !node || (enabled && !enabled(node.index, size, node.level)),
      run: () => node && run(port, node.goal.id),
    })),
    { label: c.undo, keys: 'Control+Z', disabled: !canUndo, run: () => port.undo() },
    { label: c.redo, keys: 'Control+Shift+Z', disabled: !canRedo, run: () => port.redo() },
  ];
  return renderBar(menu, {
    label: t.edit,
    edit: true,
    more: inLanguage(goalTreeMessages, port.lang()).more,
    actions,
  });
}

/**
 * The editing part of one `<goal-tree>`: what its keys, inputs, drags and edit bar do. A drag in one
 * tree is that tree's own.
 */
export class GoalTreeEditing {
  #dragging?: string;

  constructor(
    private readonly port: GoalTreePort,
    private readonly menu: MenuButton,
  ) {
    port.adopt(goalTreeEditStyles);
  }

  /** The edit messages in the element's language. */
  messages(): GoalTreeEditMessages {
    return messages(this.port);
  }

  /** The edit keys on a treeitem; true when handled. */
  handleEditKey(e: KeyboardEvent): boolean {
    return handleEditKey(this.port, e);
  }

  /** Enter, Escape and leaving the inputs where a goal is named. */
  handleInput(e: Event): void {
    handleInput(this.port, e);
  }

  /** Turns the title of `id` into an input. */
  startRename(id: string): void {
    startRename(this.port, id);
  }

  /** Drag a goal onto another to put it under that one (Alt+arrows and the buttons do the same without dragging). */
  handleDrag(e: DragEvent, id: string): void {
    if (e.type === 'dragstart') {
      this.#dragging = id;
      e.dataTransfer?.setData('text/plain', this.port.derived.byId.get(id)?.goal.title ?? id);
    } else if (this.#dragging !== undefined && this.#dragging !== id) {
      e.preventDefault();
      const dragged = this.#dragging;
      if (e.type === 'drop') structural(this.port, dragged, (t, g) => reparentGoal(t, g, id));
    }
  }

  /** The invitation of an empty tree: write the stip op de horizon. */
  renderStart(): TemplateResult {
    return renderStart(this.port);
  }

  /** The edit buttons. */
  renderEditBar(): TemplateResult {
    return renderEditBar(this.port, this.menu);
  }
}
