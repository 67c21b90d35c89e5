/**
 * Insights into a carer's route, for each version and as the difference between them: handoffs, cold
 * referrals, how often the carer tells the story again, waiting, steps nobody owns, and which steps
 * the desired version removes, adds, makes warm or makes quicker. Pure functions.
 */
import {
  ANNOTATION_KINDS,
  type AnnotationKind,
  type Route,
  type RouteStep,
  type RouteVersion,
} from '../route-model.js';
import { routeOrder, stepsOf } from '../route.js';
import type { Dataset } from '../model.js';
import { SHARES_NOTHING, datasetSharing, type BlockedFlow } from './sharing.js';

/** The numbers of one version of a route. */
export interface RouteFigures {
  steps: number;
  /** Times the carer passes from one lane to another between two steps that both have a lane. */
  handoffs: number;
  coldReferrals: number;
  warmReferrals: number;
  /** Steps where the carer has to tell (part of) the story again. */
  retellings: number;
  /** Days of waiting over all steps. */
  waitDays: number;
  /** Steps without a lane: nobody owns them. */
  noOwner: number;
  /** Annotations per kind. */
  annotations: Record<AnnotationKind, number>;
}

/** The figures compared: desired minus current per number. */
export type RouteFigureName = Exclude<keyof RouteFigures, 'annotations'>;
export const ROUTE_FIGURES: readonly RouteFigureName[] = [
  'steps',
  'handoffs',
  'coldReferrals',
  'warmReferrals',
  'retellings',
  'waitDays',
  'noOwner',
];

/** What the desired version changes, step by step (steps are matched by id). */
export interface RouteComparison {
  current: RouteFigures;
  desired: RouteFigures;
  /** desired − current for every figure. */
  difference: Record<RouteFigureName, number>;
  /** Steps of the current version that the desired one no longer has. */
  removed: RouteStep[];
  /** Steps only the desired version has. */
  added: RouteStep[];
  /** Cold referrals that became warm ones. */
  madeWarm: RouteStep[];
  /** Steps where the carer waits less, with the days before and after. */
  quicker: { step: RouteStep; from: number; to: number }[];
  /** Steps that moved to another lane (another role acts). */
  otherLane: { step: RouteStep; from?: string; to?: string }[];
}

/** The figures of one list of steps (in any order: they are put in route order first). */
export function stepFigures(steps: readonly RouteStep[]): RouteFigures {
  const ordered = routeOrder(steps);
  const annotations = Object.fromEntries(ANNOTATION_KINDS.map((k) => [k, 0])) as Record<AnnotationKind, number>;
  let handoffs = 0;
  let lastLane: string | undefined;
  for (const s of ordered) {
    if (s.lane !== undefined) {
      if (lastLane !== undefined && s.lane !== lastLane) handoffs++;
      lastLane = s.lane;
    }
    for (const a of s.annotations ?? []) annotations[a.kind]++;
  }
  return {
    steps: ordered.length,
    handoffs,
    coldReferrals: ordered.filter((s) => s.contact === 'koude-verwijzing').length,
    warmReferrals: ordered.filter((s) => s.contact === 'warme-verwijzing').length,
    retellings: ordered.filter((s) => (s.retell ?? '').trim() !== '').length,
    waitDays: ordered.reduce((sum, s) => sum + (s.waitDays ?? 0), 0),
    noOwner: ordered.filter((s) => s.lane === undefined).length,
    annotations,
  };
}

/** The figures of one version of a route. */
export function routeFigures(route: Route, version: RouteVersion): RouteFigures {
  return stepFigures(stepsOf(route, version));
}

/** Both versions side by side, with what changed. */
export function compareRoute(route: Route): RouteComparison {
  const current = routeFigures(route, 'current');
  const desired = routeFigures(route, 'desired');
  const before = new Map(route.current.map((s) => [s.id, s]));
  const after = new Set(route.desired.map((s) => s.id));
  const comparison: RouteComparison = {
    current,
    desired,
    difference: Object.fromEntries(ROUTE_FIGURES.map((k) => [k, desired[k] - current[k]])) as Record<
      RouteFigureName,
      number
    >,
    removed: routeOrder(route.current).filter((s) => !after.has(s.id)),
    added: [],
    madeWarm: [],
    quicker: [],
    otherLane: [],
  };
  for (const step of routeOrder(route.desired)) {
    const old = before.get(step.id);
    if (!old) {
      comparison.added.push(step);
      continue;
    }
    if (old.contact === 'koude-verwijzing' && step.contact === 'warme-verwijzing') comparison.madeWarm.push(step);
    const from = old.waitDays ?? 0;
    const to = step.waitDays ?? 0;
    if (to < from) comparison.quicker.push({ step, from, to });
    if (old.lane !== step.lane) comparison.otherLane.push({ step, from: old.lane, to: step.lane });
  }
  return comparison;
}

/**
 * Handoffs in one version of a route (from the last step with a lane to the next step in another lane)
 * between two parties where nothing about the personal situation may go. Lanes without a party are
 * roles only: no agreement applies to them.
 */
export function blockedHandoffs(dataset: Dataset, route: Route, version: RouteVersion): BlockedFlow[] {
  const partyOf = new Map(route.lanes.map((l) => [l.id, l.party]));
  const out: BlockedFlow[] = [];
  let last: string | undefined;
  for (const step of routeOrder(stepsOf(route, version))) {
    if (step.lane === undefined) continue;
    if (last !== undefined && last !== step.lane) {
      const from = partyOf.get(last);
      const to = partyOf.get(step.lane);
      if (from && to && from !== to && datasetSharing(dataset, from, to) === SHARES_NOTHING)
        out.push({ from, to, via: 'handoff', step: step.id });
    }
    last = step.lane;
  }
  return out;
}
