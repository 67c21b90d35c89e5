/** Where who-is-who's parties go: a ForceAtlas2 layout of all of them in the worker, or a few placed near their ties. */
import type { Party, Position, Relation } from '../../sdk/model.js';
import { nextTask } from '../../sdk/next-task.js';
import { seededPosition } from '../../workers/seeded-position.js';
import { runLayout } from './who-is-who.layout-client.js';

/** ForceAtlas2 iterations for a first layout. */
export const LAYOUT_ITERATIONS = 150;

/** Positions by the index of their party in the list laid out. */
export interface LaidOut {
  x: Float64Array;
  y: Float64Array;
  /** Each party's index in `x` and `y`. */
  index: ReadonlyMap<string, number>;
}

/** True when most parties have no position yet: then all are laid out, rather than a few placed. */
export function needsLayout(parties: readonly Party[]): boolean {
  const missing = parties.reduce((n, p) => n + (p.position ? 0 : 1), 0);
  return missing > 0 && (missing === parties.length || missing > Math.max(10, parties.length * 0.1));
}

/** The parties as they are laid out again: every position but the pinned ones let go. */
export const unpinned = (parties: readonly Party[]): Party[] =>
  parties.map((p) => (p.position?.pinned ? p : { ...p, position: undefined }));

/**
 * Lays out `parties` in the worker (see `runLayout`): each starts at its position or at a place of its
 * own, pinned ones stay. Rejects when `signal` aborts or the layout fails.
 */
export async function layOut(
  parties: readonly Party[],
  relations: readonly Relation[],
  options: { workerUrl?: string; signal: AbortSignal },
): Promise<LaidOut> {
  // Not in the task that asked (an update that draws the picture): at city scale this takes a while.
  await nextTask();
  options.signal.throwIfAborted();
  const n = parties.length;
  const index = new Map(parties.map((p, i) => [p.id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const fixed = new Uint8Array(n);
  const radius = Math.sqrt(n) * 12;
  parties.forEach((p, i) => {
    const start = p.position ?? seededPosition(p.id, radius);
    x[i] = start.x;
    y[i] = start.y;
    fixed[i] = p.position?.pinned ? 1 : 0;
  });
  const pairs: number[] = [];
  for (const r of relations) {
    const a = index.get(r.source);
    const b = index.get(r.target);
    if (a !== undefined && b !== undefined && a !== b) pairs.push(a, b);
  }
  // One picture, of the final layout: the worker is quick, and a second full redraw would cost the page more.
  const result = await runLayout(
    { x, y, fixed, edges: new Uint32Array(pairs) },
    { iterations: LAYOUT_ITERATIONS, ...options },
  );
  return { x: result.x, y: result.y, index };
}

/** The positions to keep from a layout: every party's but the pinned ones, to a tenth of a pixel. */
export function keptPositions(parties: readonly Party[], { x, y }: LaidOut): Map<string, Position> {
  const positions = new Map<string, Position>();
  parties.forEach((p, i) => {
    if (!p.position?.pinned) positions.set(p.id, { x: Math.round(x[i] * 10) / 10, y: Math.round(y[i] * 10) / 10 });
  });
  return positions;
}

/**
 * Positions for parties without one: next to the parties they work with, or near `corner` (the top left
 * of the view) when they work with none placed.
 */
export function placeNear(
  missing: readonly Party[],
  parties: readonly Party[],
  relations: readonly Relation[],
  corner: Position,
): Map<string, Position> {
  const at = new Map(parties.flatMap((p) => (p.position ? [[p.id, p.position] as const] : [])));
  const positions = new Map<string, Position>();
  for (const p of missing) {
    const placed = relations.flatMap((r) => {
      const other = at.get(r.source === p.id ? r.target : r.target === p.id ? r.source : '');
      return other ? [other] : [];
    });
    const offset = seededPosition(p.id, 60);
    const centre = placed.length
      ? {
          x: placed.reduce((s, q) => s + q.x, 0) / placed.length,
          y: placed.reduce((s, q) => s + q.y, 0) / placed.length,
        }
      : { x: corner.x + 40, y: corner.y + 40 };
    positions.set(p.id, { x: Math.round(centre.x + offset.x), y: Math.round(centre.y + offset.y) });
  }
  return positions;
}
