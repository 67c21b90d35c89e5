/**
 * Mending what routes refer to when a dataset is read or edited, and counting where they name a party:
 * what every tool needs of routes (the rest of route.ts only the carer's route uses). No DOM.
 */
import type { Dataset } from './model.js';
import type { Annotation, GoalLink, Route, RouteStep, RouteVersion } from './route-model.js';
import { issue, jsonPath, type Issue } from './issues.js';

type Key = string | number;

/**
 * Mends what a route refers to, keeping the rest: a lane's missing party is left out, a step in a lane
 * that does not exist loses its lane, a duplicate id is dropped, a `next` to a missing step or one that
 * makes a loop is left out. Every mend is reported with its path.
 */
export function repairRoute(
  route: Route,
  parties: ReadonlySet<string>,
  path: Key[],
  issues: Issue[],
  goals?: GoalIds,
): Route {
  const laneIds = new Set<string>();
  const lanes = route.lanes.flatMap((lane, i) => {
    const at = [...path, 'lanes', i];
    if (laneIds.has(lane.id)) {
      issues.push(issue(jsonPath([...at, 'id']), 'error', 'duplicate-id', 'duplicateId', lane.id));
      return [];
    }
    laneIds.add(lane.id);
    if (lane.party === undefined || parties.has(lane.party)) return [lane];
    issues.push(issue(jsonPath([...at, 'party']), 'warning', 'missing-party', 'missingParty', lane.party));
    return [withoutKey(lane, 'party')];
  });
  const version = (name: RouteVersion) => repairSteps(route[name], laneIds, parties, [...path, name], issues, goals);
  const current = version('current');
  const desired = version('desired');
  return same(lanes, route.lanes) && same(current, route.current) && same(desired, route.desired)
    ? route
    : { ...route, lanes, current, desired };
}

function repairSteps(
  steps: readonly RouteStep[],
  lanes: ReadonlySet<string>,
  parties: ReadonlySet<string>,
  path: Key[],
  issues: Issue[],
  goals?: GoalIds,
): RouteStep[] {
  const ids = new Set<string>();
  const indexOf = new Map<RouteStep, number>();
  let list = steps.flatMap((step, i) => {
    const at = [...path, i];
    if (ids.has(step.id)) {
      issues.push(issue(jsonPath([...at, 'id']), 'error', 'duplicate-id', 'duplicateId', step.id));
      return [];
    }
    ids.add(step.id);
    let s = step;
    if (s.lane !== undefined && !lanes.has(s.lane)) {
      issues.push(issue(jsonPath([...at, 'lane']), 'error', 'missing-ref', 'missingLane', s.lane));
      s = withoutKey(s, 'lane');
    }
    if (s.goal && !goalExists(goals, s.goal, [...at, 'goal'], issues)) s = withoutKey(s, 'goal');
    if (s.annotations) {
      const annotations = repairAnnotations(s.annotations, parties, [...at, 'annotations'], issues, goals);
      if (!same(annotations, s.annotations)) s = { ...s, annotations };
    }
    indexOf.set(s, i);
    return [s];
  });
  const mend = (step: RouteStep, code: string, key: 'missingStep' | 'routeLoop', severity: 'error' | 'warning') => {
    issues.push(issue(jsonPath([...path, indexOf.get(step) ?? 0, 'next']), severity, code, key, step.next!));
    const mended = withoutKey(step, 'next');
    indexOf.set(mended, indexOf.get(step) ?? 0);
    list = list.map((s) => (s === step ? mended : s));
  };
  for (const step of list.filter((s) => s.next !== undefined && !ids.has(s.next)))
    mend(step, 'missing-ref', 'missingStep', 'error');
  // Each pass takes out the last `next` that led back to a step already passed, until the walk ends.
  for (let loop = findLoop(list); loop; loop = findLoop(list)) mend(loop, 'route-loop', 'routeLoop', 'error');
  return list;
}

/** The step whose `next` was the last one followed before the walk came back to a step it had passed. */
function findLoop(steps: readonly RouteStep[]): RouteStep | undefined {
  const at = new Map(steps.map((s, i) => [s.id, i]));
  const seen = new Set<number>();
  let lastJump: RouteStep | undefined;
  for (let i: number | undefined = 0; i !== undefined && i < steps.length;) {
    if (seen.has(i)) return lastJump;
    seen.add(i);
    const step: RouteStep = steps[i];
    if (step.next !== undefined) lastJump = step;
    i = step.next === undefined ? i + 1 : at.get(step.next);
  }
  return undefined;
}

function repairAnnotations(
  list: readonly Annotation[],
  parties: ReadonlySet<string>,
  path: Key[],
  issues: Issue[],
  goals?: GoalIds,
): Annotation[] {
  const ids = new Set<string>();
  return list.flatMap((a, i) => {
    if (ids.has(a.id)) {
      issues.push(issue(jsonPath([...path, i, 'id']), 'error', 'duplicate-id', 'duplicateId', a.id));
      return [];
    }
    ids.add(a.id);
    let kept = a;
    if (a.goal && !goalExists(goals, a.goal, [...path, i, 'goal'], issues)) kept = withoutKey(kept, 'goal');
    if (a.owner === undefined || parties.has(a.owner)) return [kept];
    issues.push(issue(jsonPath([...path, i, 'owner']), 'warning', 'missing-party', 'missingParty', a.owner));
    return [withoutKey(kept, 'owner')];
  });
}

/** Goal ids per goal tree id. */
export type GoalIds = ReadonlyMap<string, ReadonlySet<string>>;

/** True when the linked goal is there (or goals are not checked here); else reports it. */
function goalExists(goals: GoalIds | undefined, link: GoalLink, path: Key[], issues: Issue[]): boolean {
  if (!goals || goals.get(link.tree)?.has(link.goal)) return true;
  issues.push(issue(jsonPath(path), 'warning', 'missing-ref', 'missingGoal', `${link.tree}/${link.goal}`));
  return false;
}

/** How many places in routes refer to a party: lanes and annotation owners. */
export function routeUsagesOfParty(dataset: Dataset, id: string): number {
  let n = 0;
  for (const route of dataset.routes) {
    for (const lane of route.lanes) if (lane.party === id) n++;
    for (const step of [...route.current, ...route.desired])
      for (const a of step.annotations ?? []) if (a.owner === id) n++;
  }
  return n;
}

function same<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A copy of `value` without `key`. */
export function withoutKey<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}
