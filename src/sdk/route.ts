/**
 * Routes of a carer: reading them in order, mending their references, and the pure edits the
 * `<carer-route>` element makes. No DOM.
 */
import type { Dataset } from './model.js';
import type { Annotation, Route, RouteLane, RouteStep, RouteVersion } from './route-model.js';
import type { Change } from './store.js';
import { issue, jsonPath, type Issue } from './issues.js';

type Key = string | number;

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

/** The steps of one version. */
export function stepsOf(route: Route, version: RouteVersion): readonly RouteStep[] {
  return version === 'current' ? route.current : route.desired;
}

/**
 * Mends what a route refers to, keeping the rest: a lane's missing party is left out, a step in a lane
 * that does not exist loses its lane, a duplicate id is dropped, a `next` to a missing step or one that
 * makes a loop is left out. Every mend is reported with its path.
 */
export function repairRoute(route: Route, parties: ReadonlySet<string>, path: Key[], issues: Issue[]): Route {
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
  const version = (name: RouteVersion) => repairSteps(route[name], laneIds, parties, [...path, name], issues);
  const current = version('current');
  const desired = version('desired');
  return same(lanes, route.lanes) && same(current, route.current) && same(desired, route.desired) ? route : { ...route, lanes, current, desired };
}

function repairSteps(steps: readonly RouteStep[], lanes: ReadonlySet<string>, parties: ReadonlySet<string>, path: Key[], issues: Issue[]): RouteStep[] {
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
    if (s.annotations) {
      const annotations = repairAnnotations(s.annotations, parties, [...at, 'annotations'], issues);
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
  for (const step of list.filter((s) => s.next !== undefined && !ids.has(s.next))) mend(step, 'missing-ref', 'missingStep', 'error');
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

function repairAnnotations(list: readonly Annotation[], parties: ReadonlySet<string>, path: Key[], issues: Issue[]): Annotation[] {
  const ids = new Set<string>();
  return list.flatMap((a, i) => {
    if (ids.has(a.id)) {
      issues.push(issue(jsonPath([...path, i, 'id']), 'error', 'duplicate-id', 'duplicateId', a.id));
      return [];
    }
    ids.add(a.id);
    if (a.owner === undefined || parties.has(a.owner)) return [a];
    issues.push(issue(jsonPath([...path, i, 'owner']), 'warning', 'missing-party', 'missingParty', a.owner));
    return [withoutKey(a, 'owner')];
  });
}

/** How many places in routes refer to a party: lanes and annotation owners. */
export function routeUsagesOfParty(dataset: Dataset, id: string): number {
  let n = 0;
  for (const route of dataset.routes) {
    for (const lane of route.lanes) if (lane.party === id) n++;
    for (const step of [...route.current, ...route.desired]) for (const a of step.annotations ?? []) if (a.owner === id) n++;
  }
  return n;
}

/** The changes that take a party out of every route (lanes keep their role, annotations their text). */
export function removePartyFromRoutes(dataset: Dataset, id: string): Change[] {
  const changes: Change[] = [];
  const steps = (list: readonly RouteStep[]) =>
    list.map((s) => (s.annotations?.some((a) => a.owner === id) ? { ...s, annotations: s.annotations.map((a) => (a.owner === id ? withoutKey(a, 'owner') : a)) } : s));
  for (const route of dataset.routes) {
    if (routeUsagesOfParty({ ...dataset, routes: [route] }, id) === 0) continue;
    changes.push({ op: 'put', collection: 'routes', record: {
      ...route,
      lanes: route.lanes.map((l) => (l.party === id ? withoutKey(l, 'party') : l)),
      current: steps(route.current),
      desired: steps(route.desired),
    } });
  }
  return changes;
}

/* Edits: each returns a new route, leaving the given one as it was. */

/** Replaces the steps of one version (written in order, without `next`). */
export function withSteps(route: Route, version: RouteVersion, steps: readonly RouteStep[]): Route {
  return { ...route, [version]: normalizeSteps(steps) };
}

/** Puts a step in a version: replaces the one with its id, or inserts it at `index` (default: at the end). */
export function putStep(route: Route, version: RouteVersion, step: RouteStep, index?: number): Route {
  const steps = routeOrder(stepsOf(route, version));
  const at = steps.findIndex((s) => s.id === step.id);
  if (at >= 0) steps[at] = step;
  else steps.splice(index === undefined ? steps.length : Math.max(0, Math.min(steps.length, index)), 0, step);
  return withSteps(route, version, steps);
}

/** Takes a step out of a version. */
export function removeStep(route: Route, version: RouteVersion, id: string): Route {
  return withSteps(route, version, routeOrder(stepsOf(route, version)).filter((s) => s.id !== id));
}

/** Moves a step `by` places (−1 earlier, +1 later) in its version; unchanged at either end. */
export function moveStep(route: Route, version: RouteVersion, id: string, by: number): Route {
  return withSteps(route, version, moved(routeOrder(stepsOf(route, version)), id, by));
}

/** Puts a lane: replaces the one with its id, or adds it at the end. */
export function putLane(route: Route, lane: RouteLane): Route {
  const at = route.lanes.findIndex((l) => l.id === lane.id);
  return { ...route, lanes: at >= 0 ? route.lanes.map((l, i) => (i === at ? lane : l)) : [...route.lanes, lane] };
}

/** Moves a lane `by` places up (−1) or down (+1). */
export function moveLane(route: Route, id: string, by: number): Route {
  return { ...route, lanes: moved(route.lanes, id, by) };
}

/** Takes a lane out; its steps in both versions then have no owner. */
export function removeLane(route: Route, id: string): Route {
  const free = (steps: readonly RouteStep[]) => steps.map((s) => (s.lane === id ? withoutKey(s, 'lane') : s));
  return { ...route, lanes: route.lanes.filter((l) => l.id !== id), current: free(route.current), desired: free(route.desired) };
}

/** Puts an annotation on a step (replacing the one with its id). */
export function putAnnotation(route: Route, version: RouteVersion, stepId: string, annotation: Annotation): Route {
  const step = stepsOf(route, version).find((s) => s.id === stepId);
  if (!step) return route;
  const list = step.annotations ?? [];
  const at = list.findIndex((a) => a.id === annotation.id);
  const annotations = at >= 0 ? list.map((a, i) => (i === at ? annotation : a)) : [...list, annotation];
  return putStep(route, version, { ...step, annotations });
}

/** Takes an annotation off a step. */
export function removeAnnotation(route: Route, version: RouteVersion, stepId: string, annotationId: string): Route {
  const step = stepsOf(route, version).find((s) => s.id === stepId);
  if (!step?.annotations) return route;
  const annotations = step.annotations.filter((a) => a.id !== annotationId);
  return putStep(route, version, annotations.length ? { ...step, annotations } : withoutKey(step, 'annotations'));
}

/** Starts the desired version as a copy of the current one (same step ids, so every change shows). */
export function copyCurrentToDesired(route: Route): Route {
  return { ...route, desired: normalizeSteps(route.current) };
}

function moved<T extends { id: string }>(list: readonly T[], id: string, by: number): T[] {
  const copy = [...list];
  const from = copy.findIndex((x) => x.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

function same<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}
