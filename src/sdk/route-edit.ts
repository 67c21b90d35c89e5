/** The pure edits `<carer-route>` makes to a route: each returns a new route, leaving the given one as it was. No DOM. */
import type { Annotation, Route, RouteLane, RouteStep, RouteVersion } from './route-model.js';
import { normalizeSteps, routeOrder, stepsOf, withoutKey } from './route.js';

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
  return withSteps(
    route,
    version,
    routeOrder(stepsOf(route, version)).filter((s) => s.id !== id),
  );
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
  return {
    ...route,
    lanes: route.lanes.filter((l) => l.id !== id),
    current: free(route.current),
    desired: free(route.desired),
  };
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
