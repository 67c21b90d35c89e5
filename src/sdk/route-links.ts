/**
 * Routes and the doelenboom: a verbetering that the partners agree on becomes a concrete goal with one
 * action, and a step can point to the goal it serves. No DOM.
 */
import type { Dataset, Goal, GoalTree } from './model.js';
import type { GoalLink, Route, RouteVersion } from './route-model.js';
import { putAnnotation } from './route-edit.js';
import { linkedGoal, stepsOf } from './route.js';
import type { Change } from './store.js';

/** The words a new tree and the goal that gathers a route's verbeteringen get (from the element's catalogue). */
export interface ImprovementWords {
  /** Title of a new doelenboom, when the dataset has none yet. */
  tree: string;
  /** Title of the sub-goal under which the verbeteringen of this route gather, e.g. "Route: …". */
  subgoal: string;
}

/**
 * Turns a verbetering into a concrete goal of the doelenboom with one action (its text, owner and date):
 * in the first tree (or a new one), under a sub-goal named after the route (made when missing), and links
 * the verbetering to it. Returns the changes for one undoable step, or undefined when there is no such
 * verbetering or it already has a goal.
 */
export function improvementToGoal(
  dataset: Dataset,
  route: Route,
  version: RouteVersion,
  stepId: string,
  annotationId: string,
  words: ImprovementWords,
  newId: (kind: string) => string,
): { changes: Change[]; link: GoalLink } | undefined {
  const step = stepsOf(route, version).find((s) => s.id === stepId);
  const note = step?.annotations?.find((a) => a.id === annotationId);
  if (!note || note.kind !== 'verbetering' || linkedGoal(dataset, note.goal)) return undefined;
  let tree: GoalTree = dataset.goalTrees[0] ?? {
    id: newId('doelen'),
    title: words.tree,
    goals: [{ id: newId('doel'), title: words.tree, partners: [], steps: [] }],
  };
  let root = tree.goals.find((g) => g.parent === undefined);
  if (!root) {
    root = { id: newId('doel'), title: words.tree, partners: [], steps: [] };
    tree = { ...tree, goals: [root, ...tree.goals] };
  }
  let sub = tree.goals.find((g) => g.parent === root.id && g.title === words.subgoal);
  if (!sub) {
    sub = { id: newId('doel'), parent: root.id, title: words.subgoal, partners: [], steps: [] };
    tree = { ...tree, goals: [...tree.goals, sub] };
  }
  const goal: Goal = {
    id: newId('doel'),
    parent: sub.id,
    title: note.text,
    partners: note.owner ? [note.owner] : [],
    steps: [
      {
        id: newId('stap'),
        title: note.text,
        status: 'open',
        ...(note.owner ? { owner: note.owner } : {}),
        ...(note.due ? { due: note.due } : {}),
      },
    ],
  };
  tree = { ...tree, goals: [...tree.goals, goal] };
  const link = { tree: tree.id, goal: goal.id };
  return {
    link,
    changes: [
      { op: 'put', collection: 'goalTrees', record: tree },
      { op: 'put', collection: 'routes', record: putAnnotation(route, version, stepId, { ...note, goal: link }) },
    ],
  };
}
