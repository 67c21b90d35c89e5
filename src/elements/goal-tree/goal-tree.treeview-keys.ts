/**
 * What the WAI-ARIA treeview keys do on a goal: the arrows, Home, End, `*`, Enter for details, and
 * type-ahead. Loaded when the focus first enters the tree (see goal-tree.keys.ts, which decides which
 * keys are the tree's). One per element: the type-ahead is that element's own.
 */
import type { GoalTreePort } from './goal-tree.port.js';

const TYPEAHEAD_MS = 600;

export class TreeviewKeys {
  #typed = '';
  #typedAt = 0;

  constructor(private readonly port: GoalTreePort) {}

  /** Does what a key of the tree (see `isTreeKey`) asks on the selected goal. */
  handle(e: KeyboardEvent): void {
    const port = this.port;
    const node = port.selected === undefined ? undefined : port.derived.byId.get(port.selected);
    if (!node) return;
    const id = node.goal.id;
    const visible = port.visibleIds();
    const at = visible.indexOf(id);
    const open = node.children.length > 0 && !port.collapsed.has(id);
    const go = (to: string | undefined) => to !== undefined && port.selectGoal(to);
    switch (e.key) {
      case 'ArrowDown':
        return void go(visible[at + 1]);
      case 'ArrowUp':
        return void go(visible[at - 1]);
      case 'ArrowRight':
        if (open) go(node.children[0].goal.id);
        else if (node.children.length) port.setExpanded(id, true);
        return;
      case 'ArrowLeft':
        if (open) port.setExpanded(id, false);
        else go(node.parent?.goal.id);
        return;
      case 'Home':
        return void go(visible[0]);
      case 'End':
        return void go(visible[visible.length - 1]);
      case '*':
        for (const sibling of node.parent?.children ?? port.derived.roots)
          if (sibling.children.length) port.setExpanded(sibling.goal.id, true);
        return;
      case 'Enter':
        return port.openDetails();
    }
    // The time of the key, not of its handling: keys pressed while this part loaded keep their pace.
    const now = e.timeStamp;
    this.#typed = now - this.#typedAt > TYPEAHEAD_MS ? e.key.toLowerCase() : this.#typed + e.key.toLowerCase();
    this.#typedAt = now;
    const typed = this.#typed;
    // A single letter moves on to the next match; a longer word first tries the current goal.
    const start = typed.length === 1 ? at + 1 : at;
    for (let i = 0; i < visible.length; i++) {
      const candidate = visible[(start + i) % visible.length];
      if (port.derived.byId.get(candidate)!.goal.title.toLowerCase().startsWith(typed)) return void go(candidate);
    }
  }
}
