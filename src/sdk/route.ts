/**
 * Routes of a carer: reading them in order (the edits the `<carer-route>` element makes are in
 * route-edit.ts, so that only the editing part loads them; mending their references when a dataset is
 * read is in route-repair.ts, which every tool loads). No DOM.
 */
import type { Dataset, Goal } from './model.js';
import type { GoalLink, Route, RouteLane, RouteStep, RouteVersion } from './route-model.js';
import { withoutKey } from './route-repair.js';

export { repairRoute, routeUsagesOfParty, withoutKey, type GoalIds } from './route-repair.js';

/**
 * The steps in the order the carer goes through them: from the first step, each step's `next` or
 * else the one after it in the list. Steps that route never reaches follow, in list order.
 * (Loops are mended when the data is read, see {@link repairRoute}; a loop here just ends the walk.)
 */
export function routeOrder(steps: readonly RouteStep[]): RouteStep[] {
  if (!steps.some((s) => s.next !== undefined)) return [...steps];
  const at = new Map(steps.map((s, i) => [s.id, i]));
  const seen = new Set<number>();
  const order: RouteStep[] = [];
  for (let i: number | undefined = 0; i !== undefined && i < steps.length && !seen.has(i);) {
    seen.add(i);
    order.push(steps[i]);
    const next: string | undefined = steps[i].next;
    i = next === undefined ? i + 1 : at.get(next);
  }
  return [...order, ...steps.filter((_, i) => !seen.has(i))];
}

/** The steps in route order, written without `next`: how the element stores a version after an edit. */
export function normalizeSteps(steps: readonly RouteStep[]): RouteStep[] {
  return routeOrder(steps).map((s) => (s.next === undefined ? s : withoutKey(s, 'next')));
}

/** The lane a step is in, if it has one. */
export function laneOf(route: Route, step: RouteStep): RouteLane | undefined {
  return step.lane === undefined ? undefined : route.lanes.find((l) => l.id === step.lane);
}

/** The goal of the doelenboom a link points to, if it is there. */
export function linkedGoal(dataset: Dataset, link: GoalLink | undefined): Goal | undefined {
  return link ? dataset.goalTrees.find((t) => t.id === link.tree)?.goals.find((g) => g.id === link.goal) : undefined;
}

/** The steps of one version. */
export function stepsOf(route: Route, version: RouteVersion): readonly RouteStep[] {
  return version === 'current' ? route.current : route.desired;
}
