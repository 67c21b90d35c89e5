/**
 * The tree as `<goal-tree>` shows it: its goals derived from the tree in the data (again only when that
 * changes), the goals folded, and the goals shown in reading order (again only when the tree or the
 * folds change: every render and every key asks).
 */
import { deriveGoalTree, overviewFolds, walkGoalTree, type DerivedGoalTree } from '../../sdk/goal-tree.js';
import type { GoalTree } from '../../sdk/model.js';

export class ShownTree {
  /** Goal ids folded in the views. */
  readonly collapsed = new Set<string>();
  #derived?: { for: GoalTree | undefined; tree: DerivedGoalTree };
  #visible?: { tree: DerivedGoalTree; folds: Set<string>; ids: string[] };

  /** `large`: from how many goals a tree opens on an overview of its first levels. */
  constructor(private readonly large: number) {}

  /** The id of the tree derived last (the one on screen). */
  get shownId(): string | undefined {
    return this.#derived?.for?.id;
  }

  /** The goals of `tree` as a tree. A tree opens with the folds stored in it, a large one on an overview. */
  derive(tree: GoalTree | undefined): DerivedGoalTree {
    let cached = this.#derived;
    if (!cached || cached.for !== tree) {
      const first = cached?.for?.id !== tree?.id;
      cached = this.#derived = { for: tree, tree: deriveGoalTree(tree ?? { goals: [] }) };
      if (first)
        for (const id of [
          ...(tree?.goals ?? []).filter((g) => g.collapsed).map((g) => g.id),
          ...overviewFolds(cached.tree, this.large),
        ])
          this.collapsed.add(id);
    }
    return cached.tree;
  }

  /** Ids of the goals shown (not inside a folded goal), in reading order. */
  visibleIds(derived: DerivedGoalTree): string[] {
    const was = this.#visible;
    if (was && was.tree === derived && sameSet(was.folds, this.collapsed)) return was.ids;
    const ids: string[] = [];
    walkGoalTree(
      derived.roots,
      (n) => ids.push(n.goal.id),
      (n) => !this.collapsed.has(n.goal.id),
    );
    this.#visible = { tree: derived, folds: new Set(this.collapsed), ids };
    return ids;
  }

  /** Shows the goals down to `level` and folds those below it (`Infinity`: unfolds every goal). */
  showLevels(derived: DerivedGoalTree, level: number): void {
    this.collapsed.clear();
    for (const n of derived.byId.values()) if (n.level >= level && n.children.length) this.collapsed.add(n.goal.id);
  }
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
