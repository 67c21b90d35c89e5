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
import type { GoalTreeHost } from './goal-tree.host.js';
import { renderBar, type BarAction } from './goal-tree.toolbar.js';

/** The edit messages in the host's language. */
export const messages = (host: GoalTreeHost): GoalTreeEditMessages => goalTreeEditMessages[host.language];

/** Opens the input for a new subgoal as the last child of `id`. */
export function startChild(host: GoalTreeHost, id: string): void {
  const node = host.derived.byId.get(id);
  if (!node) return;
  host.setExpanded(id, true);
  host.draft = { parent: id, index: node.children.length };
}

/** Opens the input for a new goal right after `id`, under the same parent. */
export function startSibling(host: GoalTreeHost, id: string): void {
  const node = host.derived.byId.get(id);
  if (!node?.parent) return host.announce(messages(host).cannot);
  host.draft = { parent: node.parent.goal.id, index: node.index + 1 };
}

/** Turns the title of `id` into an input. */
export function startRename(host: GoalTreeHost, id: string): void {
  host.renaming = id;
}

/**
 * Saves (or with `save` false, drops) what was typed in a draft or rename input; `refocus` puts the
 * keyboard focus back in the tree (not when the user moved it elsewhere).
 */
export function finishInput(host: GoalTreeHost, input: HTMLInputElement, save: boolean, refocus = true): void {
  const tree = host.goalTree;
  const title = input.value.trim();
  const draft = host.draft;
  const renaming = host.renaming;
  host.draft = host.renaming = undefined;
  if (save && title && tree && draft && input.hasAttribute('data-draft')) {
    const goal = newGoal(newId('doel'), title);
    host.commitTree(addChildGoal(tree, draft.parent, goal, draft.index), {
      focus: refocus ? goal.id : undefined,
      say: messages(host).added(title),
    });
  } else if (save && title && tree && renaming !== undefined && renameGoal(tree, renaming, title) !== tree) {
    host.commitTree(renameGoal(tree, renaming, title), { focus: refocus ? renaming : undefined });
  } else if (refocus) host.selectGoal(draft?.parent ?? renaming);
}

function structural(host: GoalTreeHost, id: string, change: (tree: GoalTree, id: string) => GoalTree): void {
  const tree = host.goalTree;
  if (!tree) return;
  const next = change(tree, id);
  const t = messages(host);
  if (next === tree) return host.announce(t.cannot);
  host.commitTree(next, { focus: id });
  const node = host.derived.byId.get(id);
  if (!node) return;
  if (node.parent) host.setExpanded(node.parent.goal.id, true);
  const level = inLanguage(goalTreeMessages, host.language).level[levelName(node.level)];
  host.announce(t.moved(node.goal.title, level, node.index + 1, (node.parent?.children ?? host.derived.roots).length));
}

/** Moves the goal one place up among its siblings. */
export const moveUp = (host: GoalTreeHost, id: string) => structural(host, id, (t, g) => moveGoal(t, g, -1));
/** Moves the goal one place down among its siblings. */
export const moveDown = (host: GoalTreeHost, id: string) => structural(host, id, (t, g) => moveGoal(t, g, 1));
/** Puts the goal under the sibling before it. */
export const indent = (host: GoalTreeHost, id: string) => structural(host, id, indentGoal);
/** Puts the goal beside its parent. */
export const outdent = (host: GoalTreeHost, id: string) => structural(host, id, outdentGoal);

/** Removes the goal and everything below it; the next goal (or the parent) gets the focus. */
export function remove(host: GoalTreeHost, id: string): void {
  const tree = host.goalTree;
  const node = host.derived.byId.get(id);
  if (!tree || !node) return;
  const siblings = node.parent?.children ?? host.derived.roots;
  const next = siblings[node.index + 1] ?? siblings[node.index - 1] ?? node.parent;
  const ok = host.commitTree(removeGoal(tree, id), {
    focus: next?.goal.id,
    say: messages(host).removed(node.goal.title),
  });
  // The last goal gone, the focus goes to the invitation to write a new main goal (where Ctrl+Z still undoes).
  if (ok && !next) host.focusAfterUpdate('#stip');
}

/** The edit keys on a treeitem: Insert, Shift+Enter, F2, Delete, Alt+arrows. Returns true when handled. */
export function handleEditKey(host: GoalTreeHost, e: KeyboardEvent): boolean {
  const id = host.selected;
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
  run?.(host, id);
  return !!run;
}

/** Enter saves, Escape cancels, in the inputs where a goal is named; leaving the input saves. */
export function handleInput(host: GoalTreeHost, e: Event): void {
  const input = e.target as HTMLInputElement;
  if (e.type === 'focusout') {
    if (host.draft || host.renaming) finishInput(host, input, true, false);
  } else if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === 'Escape') {
    e.preventDefault();
    finishInput(host, input, (e as KeyboardEvent).key === 'Enter');
  }
}

let dragging: string | undefined;
/** Drag a goal onto another to put it under that one (Alt+arrows and the buttons do the same without dragging). */
export function handleDrag(host: GoalTreeHost, e: DragEvent, id: string): void {
  if (e.type === 'dragstart') {
    dragging = id;
    e.dataTransfer?.setData('text/plain', host.derived.byId.get(id)?.goal.title ?? id);
  } else if (dragging !== undefined && dragging !== id) {
    e.preventDefault();
    if (e.type === 'drop') structural(host, dragging, (t, g) => reparentGoal(t, g, id));
  }
}

/** The invitation of an empty tree: write the stip op de horizon. */
export function renderStart(host: GoalTreeHost & { tree?: string }): TemplateResult {
  const t = messages(host);
  const start = (e: SubmitEvent) => {
    e.preventDefault();
    const title = (e.currentTarget as HTMLFormElement).querySelector('input')!.value.trim();
    if (!title) return;
    const goal = newGoal(newId('doel'), title);
    const current = host.goalTree;
    const tree = current
      ? addChildGoal(current, undefined, goal)
      : { id: host.tree ?? newId('doelenboom'), title, goals: [goal] };
    host.commitTree(tree, { focus: goal.id, say: t.added(title) });
  };
  return html`<form @submit=${start}><label for="stip">${t.emptyInvite}</label>
    <input id="stip" autocomplete="off" maxlength="500" required /> <button class="primary">${t.start}</button></form>`;
}

type Action = [
  label: keyof GoalTreeEditMessages,
  keys: string,
  run: (host: GoalTreeHost, id: string) => void,
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
export function renderEditBar(host: GoalTreeHost): TemplateResult {
  const t = messages(host);
  const c = commonMessages[host.language];
  const node = host.selected === undefined ? undefined : host.derived.byId.get(host.selected);
  const size = (node?.parent?.children ?? host.derived.roots).length;
  const store = host.activeStore;
  // On a narrow element only adding a sub-goal stays in the row; the rest is under “Meer”.
  const actions: BarAction[] = [
    ...ACTIONS.map(([label, keys, run, enabled]): BarAction => ({
      label: t[label] as string,
      keys,
      primary: run === startChild,
      disabled: !node || (enabled && !enabled(node.index, size, node.level)),
      run: () => node && run(host, node.goal.id),
    })),
    { label: c.undo, keys: 'Control+Z', disabled: !store.canUndo, run: () => host.undo() },
    { label: c.redo, keys: 'Control+Shift+Z', disabled: !store.canRedo, run: () => host.redo() },
  ];
  return renderBar(host, {
    id: 'more-edit',
    label: t.edit,
    edit: true,
    more: inLanguage(goalTreeMessages, host.language).more,
    actions,
  });
}
