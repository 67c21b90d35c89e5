/**
 * The doelenboom as a tree. Goal trees are stored flat (every goal names its `parent`, children
 * after their parent in sibling order); these functions derive the tree, its levels and paths.
 * The pure edits that return a new `GoalTree` are in goal-tree-edit.ts.
 */
import type { Goal, GoalTree, Indicator } from './model.js';

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
 * Derives the tree from the flat list. Goals whose parent is missing, or that sit in a loop, become
 * roots, so nothing is ever lost from view.
 */
export function deriveGoalTree(tree: Pick<GoalTree, 'goals'>): DerivedGoalTree {
  const byId = new Map<string, GoalNode>();
  for (const goal of tree.goals) if (!byId.has(goal.id)) byId.set(goal.id, { goal, level: 1, children: [], index: 0 });
  const roots: GoalNode[] = [];
  for (const node of byId.values()) {
    const parent = node.goal.parent === undefined ? undefined : byId.get(node.goal.parent);
    if (parent && !isAncestor(node, parent, byId)) {
      node.parent = parent;
      node.index = parent.children.push(node) - 1;
    } else {
      node.index = roots.push(node) - 1;
    }
  }
  const setLevels = (nodes: GoalNode[], level: number) => {
    for (const n of nodes) {
      n.level = level;
      setLevels(n.children, level + 1);
    }
  };
  setLevels(roots, 1);
  return { roots, byId };
}

/** True when `node` is `candidate` or one of its ancestors by the goals' parent ids (a loop). */
function isAncestor(node: GoalNode, candidate: GoalNode, byId: Map<string, GoalNode>): boolean {
  const seen = new Set<string>();
  for (let at: GoalNode | undefined = candidate; at; at = at.goal.parent === undefined ? undefined : byId.get(at.goal.parent)) {
    if (at === node || seen.has(at.goal.id)) return true;
    seen.add(at.goal.id);
  }
  return false;
}

/** Every goal in depth-first order (the stored order), with its node. */
export function walkGoalTree(roots: readonly GoalNode[], visit: (node: GoalNode) => void): void {
  for (const n of roots) {
    visit(n);
    walkGoalTree(n.children, visit);
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
  for (let at: GoalNode | undefined = node; at; at = at.parent) path.unshift(at.goal.title);
  return path;
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
 * by returning none). Linear in the number of goals shown; the same tree always gives the same layout.
 */
export function layoutGoalTree(
  roots: readonly GoalNode[],
  children: (node: GoalNode) => readonly GoalNode[] = (n) => n.children,
): { nodes: GoalTreeLayoutNode[]; breadth: number; depth: number } {
  const nodes: GoalTreeLayoutNode[] = [];
  let next = 0;
  let depth = 0;
  const place = (node: GoalNode, d: number): number => {
    const entry: GoalTreeLayoutNode = { node, breadth: 0, depth: d };
    nodes.push(entry);
    depth = Math.max(depth, d + 1);
    const kids = children(node);
    if (!kids.length) entry.breadth = next++;
    else {
      const first = place(kids[0], d + 1);
      let last = first;
      for (let i = 1; i < kids.length; i++) last = place(kids[i], d + 1);
      entry.breadth = (first + last) / 2;
    }
    return entry.breadth;
  };
  for (const r of roots) place(r, 0);
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
  for (let shown = perLevel[1] ?? 0; level + 1 < perLevel.length && shown + perLevel[level + 1] <= max; level++) shown += perLevel[level + 1];
  const folds: string[] = [];
  for (const n of tree.byId.values()) if (n.level >= Math.max(level, 2) && n.children.length) folds.push(n.goal.id);
  return folds;
}
