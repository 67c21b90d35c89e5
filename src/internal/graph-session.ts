import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Position } from '../sdk/model.js';

/** What the view shows: a zoom level and the pan (in Cytoscape's terms). */
export interface Viewport {
  zoom: number;
  pan: Position;
}

/**
 * Work per task while a large graph is built or restyled, in milliseconds: long enough that the pauses
 * between slices (and the frame Cytoscape draws in each) are few, and short enough that a slice with the
 * frame after it stays under 100 ms on a slow laptop (the bench's "no task > 100 ms").
 */
const SLICE_BUDGET = 40;
/** Elements handled between two looks at the clock. */
const STEP = 50;
/** How far the view looks away from the graph while it is built (see `BuildSession`). */
const FAR_AWAY = 1e7;

/** Lets the page draw and answer input before the next slice. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Computes the style and bounds of fresh or changed elements now, inside the task that changed them:
 * otherwise Cytoscape does it for all of them in its next frame, in one long task.
 */
export function settle(elements: Collection | readonly NodeSingular[], edgesToo = false): void {
  elements.forEach((ele) => {
    ele.boundingBox();
    if (edgesToo && ele.isNode()) ele.connectedEdges().forEach((edge) => void edge.boundingBox());
  });
}

/** Resolves after Cytoscape's next drawing of the canvas (or after `timeout` ms, e.g. in a hidden page). */
export function nextRender(cy: Core, timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      cy.off('render', done);
      resolve();
    };
    const timer = setTimeout(done, timeout);
    cy.one('render', done);
  });
}

/**
 * One piece of work on a large graph done a slice per task (adding elements, restyling or moving nodes,
 * naming them), so that the page stays responsive. A session is either running, ended or cancelled;
 * starting a newer session of the same kind (`GraphView.begin`) cancels it, and so does closing the view.
 *
 * A session that looks away (`home` given) points the view far from the graph until it ends: the frames
 * Cytoscape draws between slices (to take in the new elements) then cost little. A fit asked for in the
 * meantime changes where it goes at the end.
 */
export class BuildSession {
  readonly #cy: Core;
  readonly #ended: (session: BuildSession) => void;
  #state: 'running' | 'ended' | 'cancelled' = 'running';
  #home?: Viewport;

  constructor(cy: Core, ended: (session: BuildSession) => void, home?: Viewport) {
    this.#cy = cy;
    this.#ended = ended;
    this.#home = home;
    if (home) cy.viewport({ zoom: home.zoom, pan: { x: home.pan.x + FAR_AWAY, y: home.pan.y + FAR_AWAY } });
  }

  /** True until the session ended or was cancelled (or its Cytoscape instance destroyed). */
  get running(): boolean {
    return this.#state === 'running' && !this.#cy.destroyed();
  }

  /** True while the view looks away from the graph. */
  get lookingAway(): boolean {
    return this.running && !!this.#home;
  }

  /** Where the view goes when the session ends, while it looks away. */
  get home(): Viewport | undefined {
    return this.running ? this.#home : undefined;
  }

  /** Where the view goes when the session ends (for a fit asked for while it looks away). */
  goHomeTo(view: Viewport): void {
    this.#home = view;
  }

  /** Stops the work after the slice in hand; the view stays where it is. */
  cancel(): void {
    if (this.#state !== 'running') return;
    this.#state = 'cancelled';
    this.#ended(this);
  }

  /** Adds `defs` (nodes before the edges that join them), skipping ids already drawn. False when cancelled. */
  add(defs: readonly ElementDefinition[]): Promise<boolean> {
    const cy = this.#cy;
    return this.#inSlices(defs.length, SLICE_BUDGET, (from, to) => {
      const slice = defs.slice(from, to).filter((d) => !cy.hasElementWithId(String(d.data.id)));
      if (!slice.length) return;
      let added = cy.collection();
      // One notice to the renderer per slice rather than one per element.
      cy.batch(() => void (added = cy.add(slice)));
      settle(added);
    });
  }

  /**
   * Calls `change` on each of `nodes` (a class to add or remove, a new position), with the new styles and
   * bounds computed within the slice (with `edgesToo`, their edges' too). False when cancelled.
   */
  change(nodes: readonly NodeSingular[], change: (node: NodeSingular) => void, edgesToo = false): Promise<boolean> {
    return this.#inSlices(nodes.length, SLICE_BUDGET / 2, (from, to) => {
      const slice = nodes.slice(from, to);
      this.#cy.batch(() => slice.forEach(change));
      settle(slice, edgesToo);
    });
  }

  /**
   * Ends the session: the view goes home (when it looked away) and, once Cytoscape has drawn the result,
   * the session has ended. False when it was cancelled before.
   */
  async finish(): Promise<boolean> {
    if (!this.running) return false;
    if (this.#home) this.#cy.viewport(this.#home);
    this.#home = undefined;
    await nextRender(this.#cy);
    return this.end();
  }

  /** Ends the session at once (the work is done and nothing waits for the drawing). False when it was cancelled. */
  end(): boolean {
    if (!this.running) return false;
    this.#state = 'ended';
    this.#ended(this);
    return true;
  }

  /** Runs `work(from, to)` over `count` items, `budget` ms per task, the first in a task of its own too. */
  async #inSlices(count: number, budget: number, work: (from: number, to: number) => void): Promise<boolean> {
    let i = 0;
    // The first slice too gets a task of its own, rather than lengthen the one that asked for it.
    await nextTask();
    while (i < count) {
      if (!this.running) return false;
      const start = performance.now();
      while (i < count && performance.now() - start < budget) {
        work(i, i + STEP);
        i += STEP;
      }
      // No pause after the last slice: the caller waits for the drawing that follows it.
      if (i < count) await nextTask();
    }
    return this.running;
  }
}
