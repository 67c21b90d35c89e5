/**
 * The doelenboom as a tree. Goal trees are stored flat (every goal names its `parent`, children
 * after their parent in sibling order); these functions derive the tree, its levels and paths.
 * The pure edits that return a new `GoalTree` are in goal-tree-edit.ts.
 */
import type { Goal, GoalTree, Indicator } from './model.js';
import { breakParentLoops } from './parent-loops.js';

/** The named levels of a doelenboom: stip op de horizon, subdoel, concreet doel (level 3 and deeper). */
export const GOAL_LEVELS = ['stip', 'subdoel', 'concreet'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

/** One goal in its place in the tree. */
export interface GoalNode {
  goal: Goal;
  /** 1 for the stip op de horizon. */
  level: number;
  parent?: GoalNode;
  children: GoalNode[];
  /** Position among its siblings, from 0. */
  index: number;
}

/** The derived tree: the root goals (normally one, the stip op de horizon) and every node by id. */
export interface DerivedGoalTree {
  roots: GoalNode[];
  byId: Map<string, GoalNode>;
}

/** The named level of a depth (1 → stip, 2 → subdoel, 3 and deeper → concreet). */
export function levelName(level: number): GoalLevel {
  return GOAL_LEVELS[Math.min(Math.max(level, 1), 3) - 1];
}

/**
 * Derives the tree from the flat list. Goals whose parent is missing become roots, and a loop of
 * parents is broken at its goal that comes first in the list (it becomes a root), so nothing is ever
 * lost from view. Linear in the number of goals, however deep the tree.
 */
export function deriveGoalTree(tree: Pick<GoalTree, 'goals'>): DerivedGoalTree {
  const byId = new Map<string, GoalNode>();
  const nodes: GoalNode[] = [];
  // Until the tree is built, a node's `index` is its place in `nodes`: trees of 50,000 goals are read
  // with typed arrays instead of a map per goal.
  for (const goal of tree.goals)
    if (!byId.has(goal.id)) {
      const node: GoalNode = { goal, level: 1, children: [], index: nodes.length };
      byId.set(goal.id, node);
      nodes.push(node);
    }
  const count = nodes.length;
  const up = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const parent = nodes[i].goal.parent;
    up[i] = parent === undefined ? -1 : (byId.get(parent)?.index ?? -1);
  }
  // A loop is cut at its first goal in the list, which becomes a root.
  breakParentLoops(up, (first) => (up[first] = -1));
  const roots: GoalNode[] = [];
  for (let i = 0; i < count; i++) {
    const node = nodes[i];
    if (up[i] >= 0) {
      const parent = nodes[up[i]];
      node.parent = parent;
      node.index = parent.children.push(node) - 1;
    } else {
      node.index = roots.push(node) - 1;
    }
  }
  walkGoalTree(roots, (n) => {
    n.level = n.parent ? n.parent.level + 1 : 1;
  });
  return { roots, byId };
}

/**
 * Every goal in depth-first order (the stored order), with its node; `enter` false skips a goal's
 * sub-goals (a folded goal). Iterative, so any depth is fine.
 */
export function walkGoalTree(
  roots: readonly GoalNode[],
  visit: (node: GoalNode) => void,
  enter: (node: GoalNode) => boolean = () => true,
): void {
  const stack: GoalNode[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]);
  while (stack.length) {
    const n = stack.pop()!;
    visit(n);
    if (enter(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}

/** A node and all its descendants' ids. */
export function subtreeIds(node: GoalNode): Set<string> {
  const ids = new Set<string>();
  walkGoalTree([node], (n) => ids.add(n.goal.id));
  return ids;
}

/** The titles from the stip op de horizon down to this goal. */
export function goalPath(node: GoalNode): string[] {
  const path: string[] = [];
  for (let at: GoalNode | undefined = node; at; at = at.parent) path.push(at.goal.title);
  return path.reverse();
}

/** The latest reading of an indicator, by date. */
export function latestReading(indicator: Indicator): Indicator['readings'][number] | undefined {
  let latest: Indicator['readings'][number] | undefined;
  for (const r of indicator.readings) if (!latest || r.date >= latest.date) latest = r;
  return latest;
}

/**
 * Whether an indicator has reached its target: the latest reading is at or past the target, in the
 * direction from baseline to target (a target below the baseline means "lower is better").
 * Undefined when there is no target or no reading yet.
 */
export function indicatorOnTarget(indicator: Indicator): boolean | undefined {
  const latest = latestReading(indicator);
  if (indicator.target === undefined || !latest) return undefined;
  const lowerIsBetter = indicator.baseline !== undefined && indicator.target < indicator.baseline;
  return lowerIsBetter ? latest.value <= indicator.target : latest.value >= indicator.target;
}

/** A goal's place in a tidy tree layout, in slots: `breadth` across the tree, `depth` down its levels. */
export interface GoalTreeLayoutNode {
  node: GoalNode;
  breadth: number;
  depth: number;
}

/**
 * A tidy layout of the tree: leaves take consecutive slots along the breadth, a parent is centred
 * over its first and last child, depth is the level. `children` decides what is shown (fold a goal
 * by returning none). Linear in the number of goals shown, at any depth; the same tree always gives the same layout.
 */
export function layoutGoalTree(
  roots: readonly GoalNode[],
  children: (node: GoalNode) => readonly GoalNode[] = (n) => n.children,
): { nodes: GoalTreeLayoutNode[]; breadth: number; depth: number } {
  const nodes: GoalTreeLayoutNode[] = [];
  let next = 0;
  let depth = 0;
  // Depth first without recursion (a chain of thousands of goals would overflow the stack): a node is
  // entered (and listed, in tree order) on the way down and centred over its children on the way up.
  type Frame = { entry: GoalTreeLayoutNode; kids: readonly GoalNode[]; at: number; first: number; last: number };
  const enter = (node: GoalNode, d: number): Frame => {
    const entry: GoalTreeLayoutNode = { node, breadth: 0, depth: d };
    nodes.push(entry);
    depth = Math.max(depth, d + 1);
    return { entry, kids: children(node), at: 0, first: 0, last: 0 };
  };
  for (const root of roots) {
    const stack = [enter(root, 0)];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.at < top.kids.length) {
        stack.push(enter(top.kids[top.at++], top.entry.depth + 1));
        continue;
      }
      stack.pop();
      top.entry.breadth = top.kids.length ? (top.first + top.last) / 2 : next++;
      const parent = stack[stack.length - 1];
      if (parent) {
        if (parent.at === 1) parent.first = top.entry.breadth;
        parent.last = top.entry.breadth;
      }
    }
  }
  return { nodes, breadth: next, depth };
}

/**
 * The goals to fold so that a large tree opens on an overview: the deepest levels that together
 * hold at most `max` goals stay visible (always the main goal and its subgoals). Empty for a tree of
 * `max` goals or fewer.
 */
export function overviewFolds(tree: DerivedGoalTree, max = 150): string[] {
  if (tree.byId.size <= max) return [];
  const perLevel: number[] = [];
  for (const n of tree.byId.values()) perLevel[n.level] = (perLevel[n.level] ?? 0) + 1;
  let level = 1;
  for (let shown = perLevel[1] ?? 0; level + 1 < perLevel.length && shown + perLevel[level + 1] <= max; level++)
    shown += perLevel[level + 1];
  const folds: string[] = [];
  for (const n of tree.byId.values()) if (n.level >= Math.max(level, 2) && n.children.length) folds.push(n.goal.id);
  return folds;
}
