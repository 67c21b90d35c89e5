/** Messages between the who-is-who element and its layout worker. */

export interface LayoutRequest {
  id: number;
  x: Float64Array;
  y: Float64Array;
  fixed: Uint8Array;
  edges: Uint32Array;
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
