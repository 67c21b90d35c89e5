/** The WAI-ARIA treeview keyboard pattern for `<goal-tree>`: arrows, Home, End, `*`, type-ahead and Enter for details. */
import type { GoalTreeHost } from './goal-tree.host.js';

const TYPEAHEAD_MS = 600;
let typed = '';
let typedAt = 0;

/** Handles a key pressed on a treeitem; returns true when it did something with it. */
export function handleTreeKey(host: GoalTreeHost, e: KeyboardEvent): boolean {
  const node = host.selected === undefined ? undefined : host.derived.byId.get(host.selected);
  if (!node || e.altKey || e.ctrlKey || e.metaKey) return false;
  const id = node.goal.id;
  const visible = host.visibleIds();
  const at = visible.indexOf(id);
  const open = node.children.length > 0 && !host.collapsed.has(id);
  const go = (to: string | undefined) => to !== undefined && host.selectGoal(to);
  switch (e.key) {
    case 'ArrowDown':
      go(visible[at + 1]);
      return true;
    case 'ArrowUp':
      go(visible[at - 1]);
      return true;
    case 'ArrowRight':
      if (open) go(node.children[0].goal.id);
      else if (node.children.length) host.setExpanded(id, true);
      return true;
    case 'ArrowLeft':
      if (open) host.setExpanded(id, false);
      else go(node.parent?.goal.id);
      return true;
    case 'Home':
      go(visible[0]);
      return true;
    case 'End':
      go(visible[visible.length - 1]);
      return true;
    case '*':
      for (const sibling of node.parent?.children ?? host.derived.roots)
        if (sibling.children.length) host.setExpanded(sibling.goal.id, true);
      return true;
    case 'Enter':
      if (e.shiftKey) return false;
      host.openDetails();
      return true;
  }
  if (e.key.length !== 1 || e.key === ' ') return false;
  const now = performance.now();
  typed = now - typedAt > TYPEAHEAD_MS ? e.key.toLowerCase() : typed + e.key.toLowerCase();
  typedAt = now;
  // A single letter moves on to the next match; a longer word first tries the current goal.
  const start = typed.length === 1 ? at + 1 : at;
  for (let i = 0; i < visible.length; i++) {
    const candidate = visible[(start + i) % visible.length];
    if (host.derived.byId.get(candidate)!.goal.title.toLowerCase().startsWith(typed)) return (go(candidate), true);
  }
  return true;
}
