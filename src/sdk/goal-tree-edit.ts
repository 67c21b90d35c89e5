/**
 * Pure edits of a doelenboom: each returns a new `GoalTree` (or the same one when the edit is not
 * possible), to be put into the store as one change. The flat list stays in depth-first order.
 */
import type { Goal, GoalTree, Indicator, Step } from './model.js';
import { deriveGoalTree, subtreeIds, type GoalNode } from './goal-tree.js';

type Shape = { id: string; parent?: string; children: Shape[] };

/** Rebuilds the flat list from a shape, in depth-first order, with parents set from the shape. */
function rebuild(tree: GoalTree, roots: Shape[], goals: Map<string, Goal>): GoalTree {
  const out: Goal[] = [];
  const visit = (shape: Shape, parent: string | undefined) => {
    const goal = goals.get(shape.id)!;
    const { parent: _old, ...rest } = goal;
    out.push(parent === undefined ? rest : goal.parent === parent ? goal : { ...rest, parent });
    for (const c of shape.children) visit(c, shape.id);
  };
  for (const r of roots) visit(r, undefined);
  return { ...tree, goals: out };
}

/** The tree as an editable shape: a copy of the structure only. */
function shapeOf(tree: GoalTree): {
  roots: Shape[];
  byId: Map<string, Shape>;
  parentOf: Map<string, Shape | undefined>;
  goals: Map<string, Goal>;
} {
  const derived = deriveGoalTree(tree);
  const byId = new Map<string, Shape>();
  const parentOf = new Map<string, Shape | undefined>();
  const copy = (n: GoalNode, parent?: Shape): Shape => {
    const shape: Shape = { id: n.goal.id, children: [] };
    byId.set(shape.id, shape);
    parentOf.set(shape.id, parent);
    shape.children = n.children.map((c) => copy(c, shape));
    return shape;
  };
  const roots = derived.roots.map((r) => copy(r));
  return { roots, byId, parentOf, goals: new Map([...derived.byId].map(([id, n]) => [id, n.goal])) };
}

/** A new goal with nothing filled in yet. */
export function newGoal(id: string, title: string): Goal {
  return { id, title, partners: [], steps: [] };
}

/**
 * Adds a goal as a child of `parentId` at `index` (the end by default), or as the main goal when
 * `parentId` is undefined and the tree has none yet.
 */
export function addChildGoal(tree: GoalTree, parentId: string | undefined, goal: Goal, index?: number): GoalTree {
  const s = shapeOf(tree);
  if (s.goals.has(goal.id)) return tree;
  const list = parentId === undefined ? s.roots : s.byId.get(parentId)?.children;
  if (!list || (parentId === undefined && s.roots.length > 0)) return tree;
  list.splice(index ?? list.length, 0, { id: goal.id, children: [] });
  s.goals.set(goal.id, goal);
  return rebuild(tree, s.roots, s.goals);
}

/** Adds a goal right after `siblingId`, under the same parent. The main goal has no siblings. */
export function addSiblingGoal(tree: GoalTree, siblingId: string, goal: Goal): GoalTree {
  const s = shapeOf(tree);
  const parent = s.parentOf.get(siblingId);
  if (!parent) return tree;
  return addChildGoal(tree, parent.id, goal, parent.children.findIndex((c) => c.id === siblingId) + 1);
}

/** Changes fields of one goal (title, description, partners, steps, indicator, collapsed). */
export function updateGoal(tree: GoalTree, id: string, patch: Partial<Omit<Goal, 'id' | 'parent'>>): GoalTree {
  let found = false;
  const goals = tree.goals.map((g) => {
    if (g.id !== id) return g;
    found = true;
    const next: Goal = { ...g, ...patch };
    for (const key of Object.keys(next) as (keyof Goal)[]) if (next[key] === undefined) delete next[key];
    return next;
  });
  return found ? { ...tree, goals } : tree;
}

/** Renames a goal; an empty title is refused. */
export function renameGoal(tree: GoalTree, id: string, title: string): GoalTree {
  const trimmed = title.trim();
  return trimmed ? updateGoal(tree, id, { title: trimmed }) : tree;
}

/** Sets who cooperates on a goal (party ids, without duplicates). */
export function setGoalPartners(tree: GoalTree, id: string, partners: readonly string[]): GoalTree {
  return updateGoal(tree, id, { partners: [...new Set(partners)] });
}

/** Sets a goal's steps. */
export function setGoalSteps(tree: GoalTree, id: string, steps: readonly Step[]): GoalTree {
  return updateGoal(tree, id, { steps: [...steps] });
}

/** Sets or (with undefined) removes a goal's indicator. */
export function setGoalIndicator(tree: GoalTree, id: string, indicator: Indicator | undefined): GoalTree {
  return updateGoal(tree, id, { indicator });
}

/** Moves a goal one place up (-1) or down (+1) among its siblings. */
export function moveGoal(tree: GoalTree, id: string, delta: -1 | 1): GoalTree {
  const s = shapeOf(tree);
  const list = s.parentOf.get(id)?.children ?? s.roots;
  const from = list.findIndex((c) => c.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return tree;
  [list[from], list[to]] = [list[to], list[from]];
  return rebuild(tree, s.roots, s.goals);
}

/** Makes a goal the last child of the sibling before it (one level deeper). */
export function indentGoal(tree: GoalTree, id: string): GoalTree {
  const s = shapeOf(tree);
  const list = s.parentOf.get(id)?.children ?? s.roots;
  const from = list.findIndex((c) => c.id === id);
  if (from < 1) return tree;
  const [shape] = list.splice(from, 1);
  list[from - 1].children.push(shape);
  return rebuild(tree, s.roots, s.goals);
}

/** Makes a goal the next sibling of its parent (one level up). The main goal's children stay under it. */
export function outdentGoal(tree: GoalTree, id: string): GoalTree {
  const s = shapeOf(tree);
  const parent = s.parentOf.get(id);
  const grandparent = parent && s.parentOf.get(parent.id);
  if (!parent || !grandparent) return tree;
  const [shape] = parent.children.splice(
    parent.children.findIndex((c) => c.id === id),
    1,
  );
  grandparent.children.splice(grandparent.children.indexOf(parent) + 1, 0, shape);
  return rebuild(tree, s.roots, s.goals);
}

/**
 * Moves a goal (with its subgoals) under another goal, at `index` (the end by default). Refused when
 * the target is the goal itself or lies inside it.
 */
export function reparentGoal(tree: GoalTree, id: string, parentId: string, index?: number): GoalTree {
  const s = shapeOf(tree);
  const shape = s.byId.get(id);
  const target = s.byId.get(parentId);
  const from = s.parentOf.get(id);
  if (!shape || !target || !from) return tree;
  for (let at: Shape | undefined = target; at; at = s.parentOf.get(at.id)) if (at === shape) return tree;
  from.children.splice(from.children.indexOf(shape), 1);
  target.children.splice(index ?? target.children.length, 0, shape);
  return rebuild(tree, s.roots, s.goals);
}

/** Removes a goal and all goals below it. */
export function removeGoal(tree: GoalTree, id: string): GoalTree {
  const node = deriveGoalTree(tree).byId.get(id);
  if (!node) return tree;
  const gone = subtreeIds(node);
  return { ...tree, goals: tree.goals.filter((g) => !gone.has(g.id)) };
}
