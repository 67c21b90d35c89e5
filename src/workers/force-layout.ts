/**
 * ForceAtlas2 (Jacomy et al., 2014) with Barnes-Hut repulsion, on typed arrays: the force layout of
 * the who-is-who graph. Pure and deterministic (the same input gives the same positions), so it runs
 * in a Web Worker, on the main thread in small slices, and in Node.
 */
import type { LayoutGraph } from './layout-protocol.js';

export interface ForceLayoutOptions {
  /** Repulsion strength; larger spreads the graph. Default 10. */
  scalingRatio?: number;
  /** Pull towards the centre, growing with distance ("strong gravity"). Default 0.05. */
  gravity?: number;
  /** Barnes-Hut accuracy: larger is faster and coarser. Default 1.2. */
  theta?: number;
  /** How much swinging is tolerated before nodes slow down. Default 1. */
  tolerance?: number;
}

/** The running state of a layout, so that it can be advanced a few iterations at a time. */
export class ForceLayout {
  readonly #g: LayoutGraph;
  readonly #n: number;
  readonly #mass: Float64Array;
  readonly #dx: Float64Array;
  readonly #dy: Float64Array;
  readonly #oldDx: Float64Array;
  readonly #oldDy: Float64Array;
  readonly #kr: number;
  readonly #kg: number;
  readonly #theta2: number;
  readonly #tolerance: number;
  #speed = 1;
  #tree = new QuadTree(0);
  /** Iterations done so far. */
  iterations = 0;

  constructor(graph: LayoutGraph, options: ForceLayoutOptions = {}) {
    this.#g = graph;
    const n = (this.#n = graph.x.length);
    this.#mass = new Float64Array(n).fill(1);
    for (let e = 0; e < graph.edges.length; e += 2) {
      this.#mass[graph.edges[e]]++;
      this.#mass[graph.edges[e + 1]]++;
    }
    this.#dx = new Float64Array(n);
    this.#dy = new Float64Array(n);
    this.#oldDx = new Float64Array(n);
    this.#oldDy = new Float64Array(n);
    this.#kr = options.scalingRatio ?? 10;
    this.#kg = options.gravity ?? 0.05;
    const theta = options.theta ?? 1.2;
    this.#theta2 = theta * theta;
    this.#tolerance = options.tolerance ?? 1;
    this.#tree = new QuadTree(n);
  }

  /** Runs `count` iterations. */
  run(count: number): void {
    for (let i = 0; i < count; i++) this.#step();
  }

  #step(): void {
    const { x, y, fixed, edges } = this.#g;
    const n = this.#n;
    const mass = this.#mass;
    const dx = this.#dx;
    const dy = this.#dy;
    const oldDx = this.#oldDx;
    const oldDy = this.#oldDy;
    for (let i = 0; i < n; i++) {
      oldDx[i] = dx[i];
      oldDy[i] = dy[i];
      dx[i] = 0;
      dy[i] = 0;
    }
    // Repulsion, approximated with a Barnes-Hut quadtree: F = kr · m_i · m_j / d.
    this.#tree.build(x, y, mass);
    for (let i = 0; i < n; i++) this.#tree.repel(i, x[i], y[i], mass[i] * this.#kr, this.#theta2, dx, dy);
    // Strong gravity towards the origin: F = kg · m_i · d.
    for (let i = 0; i < n; i++) {
      dx[i] -= this.#kg * mass[i] * x[i];
      dy[i] -= this.#kg * mass[i] * y[i];
    }
    // Linear attraction along every edge: F = d.
    for (let e = 0; e < edges.length; e += 2) {
      const a = edges[e];
      const b = edges[e + 1];
      const fx = x[b] - x[a];
      const fy = y[b] - y[a];
      dx[a] += fx;
      dy[a] += fy;
      dx[b] -= fx;
      dy[b] -= fy;
    }
    // Adaptive speed: fast while the graph settles, slow where nodes swing back and forth.
    let swing = 0;
    let traction = 0;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      swing += mass[i] * Math.hypot(dx[i] - oldDx[i], dy[i] - oldDy[i]);
      traction += (mass[i] * Math.hypot(dx[i] + oldDx[i], dy[i] + oldDy[i])) / 2;
    }
    const estimate = swing > 0 ? (this.#tolerance * traction) / swing : this.#speed;
    this.#speed = this.iterations === 0 ? Math.min(estimate, 1) : Math.min(estimate, this.#speed * 1.5);
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      const nodeSwing = mass[i] * Math.hypot(dx[i] - oldDx[i], dy[i] - oldDy[i]);
      let factor = (0.1 * this.#speed) / (1 + this.#speed * Math.sqrt(nodeSwing));
      const force = Math.hypot(dx[i], dy[i]);
      if (force > 0) factor = Math.min(factor, 10 / force);
      x[i] += dx[i] * factor;
      y[i] += dy[i] * factor;
    }
    this.iterations++;
  }
}

/**
 * A quadtree in flat arrays, rebuilt every iteration. Each cell keeps its total mass and centre of
 * mass; a leaf holds one node.
 */
class QuadTree {
  #capacity: number;
  #count = 0;
  #cx = new Float64Array(0);
  #cy = new Float64Array(0);
  #half = new Float64Array(0);
  #mass = new Float64Array(0);
  #mx = new Float64Array(0);
  #my = new Float64Array(0);
  #child = new Int32Array(0);
  #body = new Int32Array(0);
  #stack = new Int32Array(0);

  constructor(n: number) {
    this.#capacity = 0;
    this.#grow(Math.max(16, n * 4));
  }

  #grow(capacity: number): void {
    const copy = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T) => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    const f = (n: number) => new Float64Array(n);
    const i = (n: number) => new Int32Array(n);
    this.#cx = copy(this.#cx, f);
    this.#cy = copy(this.#cy, f);
    this.#half = copy(this.#half, f);
    this.#mass = copy(this.#mass, f);
    this.#mx = copy(this.#mx, f);
    this.#my = copy(this.#my, f);
    this.#child = copy(this.#child, i);
    this.#body = copy(this.#body, i);
    this.#stack = new Int32Array(capacity);
    this.#capacity = capacity;
  }

  #cell(cx: number, cy: number, half: number): number {
    if (this.#count + 4 > this.#capacity) this.#grow(this.#capacity * 2);
    const c = this.#count++;
    this.#cx[c] = cx;
    this.#cy[c] = cy;
    this.#half[c] = half;
    this.#mass[c] = 0;
    this.#mx[c] = 0;
    this.#my[c] = 0;
    this.#child[c] = -1;
    this.#body[c] = -1;
    return c;
  }

  build(x: Float64Array, y: Float64Array, mass: Float64Array): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < x.length; i++) {
      if (x[i] < minX) minX = x[i];
      if (x[i] > maxX) maxX = x[i];
      if (y[i] < minY) minY = y[i];
      if (y[i] > maxY) maxY = y[i];
    }
    this.#count = 0;
    const half = Math.max(maxX - minX, maxY - minY, 1) / 2 + 1;
    this.#cell((minX + maxX) / 2, (minY + maxY) / 2, half);
    for (let i = 0; i < x.length; i++) this.#insert(i, x[i], y[i], mass[i], x, y, mass);
  }

  #insert(i: number, px: number, py: number, m: number, x: Float64Array, y: Float64Array, mass: Float64Array): void {
    let c = 0;
    for (let depth = 0; ; depth++) {
      // Every cell on the way down carries the node's mass.
      const total = this.#mass[c] + m;
      this.#mx[c] = (this.#mx[c] * this.#mass[c] + px * m) / total;
      this.#my[c] = (this.#my[c] * this.#mass[c] + py * m) / total;
      this.#mass[c] = total;
      if (this.#child[c] === -1) {
        if (this.#body[c] === -1 && total === m) {
          this.#body[c] = i;
          return;
        }
        // Two nodes on (almost) the same spot: keep them together in one leaf.
        if (depth > 40) return;
        const other = this.#body[c];
        this.#split(c);
        this.#body[c] = -1;
        if (other !== -1) this.#place(other, x[other], y[other], mass[other], c);
      }
      c = this.#quadrant(c, px, py);
    }
  }

  #split(c: number): void {
    const h = this.#half[c] / 2;
    const cx = this.#cx[c];
    const cy = this.#cy[c];
    const first = this.#cell(cx - h, cy - h, h);
    this.#cell(cx + h, cy - h, h);
    this.#cell(cx - h, cy + h, h);
    this.#cell(cx + h, cy + h, h);
    this.#child[c] = first;
  }

  /** Puts a node that was a leaf's body one level down (the masses above already count it). */
  #place(i: number, px: number, py: number, m: number, parent: number): void {
    const q = this.#quadrant(parent, px, py);
    this.#body[q] = i;
    this.#mass[q] = m;
    this.#mx[q] = px;
    this.#my[q] = py;
  }

  #quadrant(c: number, px: number, py: number): number {
    return this.#child[c] + (px >= this.#cx[c] ? 1 : 0) + (py >= this.#cy[c] ? 2 : 0);
  }

  repel(i: number, px: number, py: number, k: number, theta2: number, dx: Float64Array, dy: Float64Array): void {
    let stack = this.#stack;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const c = stack[--top];
      const m = this.#mass[c];
      if (m === 0 || this.#body[c] === i) continue;
      const rx = px - this.#mx[c];
      const ry = py - this.#my[c];
      const d2 = rx * rx + ry * ry;
      const size = this.#half[c] * 2;
      if (this.#child[c] === -1 || size * size < theta2 * d2) {
        if (d2 > 0) {
          const f = (k * m) / d2;
          dx[i] += rx * f;
          dy[i] += ry * f;
        } else if (this.#child[c] === -1) {
          // Exactly on top of each other: push apart in a direction that depends only on the index.
          dx[i] += Math.cos(i) * 0.01;
          dy[i] += Math.sin(i) * 0.01;
        }
        continue;
      }
      const first = this.#child[c];
      if (top + 4 > stack.length) {
        const bigger = new Int32Array(stack.length * 2);
        bigger.set(stack);
        this.#stack = stack = bigger;
      }
      stack[top++] = first;
      stack[top++] = first + 1;
      stack[top++] = first + 2;
      stack[top++] = first + 3;
    }
  }
}

export { seededPosition } from './seeded-position.js';

/**
 * Scales a finished layout around its centre so that relations are about `edgeLength` long, whatever
 * the size of the graph; skipped when a node is fixed (a pinned node stays exactly where it is).
 */
export function normalizeLayout(graph: LayoutGraph, edgeLength = 90): void {
  const { x, y, fixed, edges } = graph;
  const n = x.length;
  if (n < 2 || fixed.some((f) => f === 1)) return;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += x[i];
    cy += y[i];
  }
  cx /= n;
  cy /= n;
  let total = 0;
  for (let e = 0; e < edges.length; e += 2)
    total += Math.hypot(x[edges[e]] - x[edges[e + 1]], y[edges[e]] - y[edges[e + 1]]);
  let length = edges.length ? total / (edges.length / 2) : 0;
  if (!(length > 0)) {
    for (let i = 0; i < n; i++) length += Math.hypot(x[i] - cx, y[i] - cy);
    length = (length / n) * (2 / Math.sqrt(n));
  }
  if (!(length > 0)) return;
  const k = edgeLength / length;
  for (let i = 0; i < n; i++) {
    x[i] = (x[i] - cx) * k;
    y[i] = (y[i] - cy) * k;
  }
}
