import type { Collection, CollectionArgument, Core, ElementDefinition, NodeSingular } from 'cytoscape';

/**
 * A graph with more elements than this is added to Cytoscape a slice per task: all at once, 8,000
 * elements hold the page for more than a second (styles, bounds and the first drawing of each).
 */
export const LARGE_GRAPH = 1000;

/**
 * Work per task while a large graph is added, in milliseconds: long enough that the pauses between
 * slices (and the frame Cytoscape draws in each) are few, well short of a long task of 200 ms.
 */
const SLICE_BUDGET = 120;
/** Elements added between two looks at the clock. */
const STEP = 50;
/** Lets the page draw and answer input before the next slice. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Computes the style and bounds of freshly added elements now, inside the task that added them:
 * otherwise Cytoscape does it for all of them in its next frame, in one long task.
 */
function settle(added: Collection): void {
  added.forEach((ele) => void ele.boundingBox());
}

/**
 * Adds `defs` (nodes before the edges that join them) to `cy` in slices of about 120 ms, each in a
 * task of its own, so that the page stays responsive. Stops early, returning false, when `current()`
 * turns false (newer data, or the view was closed).
 */
export async function addInSlices(
  cy: Core,
  defs: readonly ElementDefinition[],
  current: () => boolean,
): Promise<boolean> {
  let i = 0;
  // The first slice too gets a task of its own, rather than lengthen the one that asked for it.
  await nextTask();
  while (i < defs.length) {
    if (!current() || cy.destroyed()) return false;
    const start = performance.now();
    while (i < defs.length && performance.now() - start < SLICE_BUDGET) {
      const slice = defs.slice(i, i + STEP).filter((d) => !cy.hasElementWithId(String(d.data.id)));
      i += STEP;
      if (!slice.length) continue;
      let added = cy.collection();
      // One notice to the renderer per slice rather than one per element.
      cy.batch(() => void (added = cy.add(slice)));
      settle(added);
    }
    // No pause after the last slice: the caller waits for the drawing that follows it.
    if (i < defs.length) await nextTask();
  }
  return current() && !cy.destroyed();
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
 * Gives nodes in view their names (`label` data from `labelOf`) when zoomed in to `minZoom` or more, the
 * ones nearest the centre first. A large graph starts without names: at the zoom that
 * shows all of it they are too small to draw, and measuring thousands of them would delay the picture.
 * Names at most `limit` nodes at once; returns true when more in view are waiting.
 */
export function labelInView(cy: Core, labelOf: (name: string) => string, minZoom: number, limit = 150): boolean {
  if (cy.zoom() < minZoom) return false;
  const { x1, y1, x2, y2 } = cy.extent();
  const cx = (x1 + x2) / 2;
  const cy0 = (y1 + y2) / 2;
  const waiting: { node: NodeSingular; d: number }[] = [];
  cy.nodes().forEach((node) => {
    if (node.data('label')) return;
    const { x, y } = node.position();
    if (x >= x1 && x <= x2 && y >= y1 && y <= y2) waiting.push({ node, d: (x - cx) ** 2 + (y - cy0) ** 2 });
  });
  waiting.sort((a, b) => a.d - b.d);
  const next = cy.collection();
  for (const w of waiting.slice(0, limit)) next.merge(w.node);
  nameNodes(cy, next, labelOf);
  settle(next);
  return waiting.length > limit;
}

/** Gives `nodes` their names. */
export function nameNodes(cy: Core, nodes: CollectionArgument, labelOf: (name: string) => string): void {
  cy.batch(() => nodes.forEach((n) => void (n.data('label') || n.data('label', labelOf(String(n.data('name')))))));
}

/**
 * Gives every node its name, a slice per task (before a picture of the whole graph at full size is
 * exported, for example).
 */
export async function addLabels(cy: Core, labelOf: (name: string) => string, current: () => boolean): Promise<boolean> {
  const nodes = cy.nodes().filter((n) => n.data('label') !== labelOf(String(n.data('name'))));
  let i = 0;
  while (i < nodes.length) {
    if (!current() || cy.destroyed()) return false;
    const start = performance.now();
    while (i < nodes.length && performance.now() - start < SLICE_BUDGET) {
      const slice = nodes.slice(i, i + STEP);
      i += STEP;
      nameNodes(cy, slice, labelOf);
      settle(slice);
    }
    await nextTask();
  }
  return current() && !cy.destroyed();
}

/**
 * Calls `change` on each of `nodes` (a class to add or remove, a new position), a slice of about 60 ms
 * per task, computing the new styles and bounds within the slice (with `edgesToo`, their edges' too):
 * changing thousands of nodes at once holds the page for a long moment. Returns false when `current()`
 * turned false before the end.
 */
export async function restyleInSlices(
  cy: Core,
  nodes: readonly NodeSingular[],
  change: (node: NodeSingular) => void,
  current: () => boolean,
  edgesToo = false,
): Promise<boolean> {
  let i = 0;
  await nextTask();
  while (i < nodes.length) {
    if (!current() || cy.destroyed()) return false;
    const start = performance.now();
    while (i < nodes.length && performance.now() - start < SLICE_BUDGET / 2) {
      const slice = nodes.slice(i, i + STEP);
      i += STEP;
      cy.batch(() => slice.forEach(change));
      for (const node of slice) {
        node.boundingBox();
        if (edgesToo) node.connectedEdges().forEach((edge) => void edge.boundingBox());
      }
    }
    if (i < nodes.length) await nextTask();
  }
  return current() && !cy.destroyed();
}
