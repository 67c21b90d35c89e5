/**
 * Messages between the who-is-who element and its layout worker, and the graph they carry: the shape
 * the force layout works on, on the main thread as in the worker.
 */

/** A graph to lay out, as typed arrays: positions are read as the start and written in place. */
export interface LayoutGraph {
  x: Float64Array;
  y: Float64Array;
  /** 1 for a node that stays where it is (pinned by the user). */
  fixed: Uint8Array;
  /** Pairs of node indices. */
  edges: Uint32Array;
}

export interface LayoutRequest extends LayoutGraph {
  id: number;
  /** Iterations in all. */
  iterations: number;
  /** After this many iterations, positions are posted once for a first picture (0: only at the end). */
  firstAfter: number;
}

export interface LayoutResponse {
  id: number;
  /** False for the first, part-way positions; true for the final ones. */
  done: boolean;
  x: Float64Array;
  y: Float64Array;
}
