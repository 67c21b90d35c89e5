import type { CollectionArgument, Core, NodeSingular } from 'cytoscape';
import { settle } from '../../internal/graph-view.js';

/**
 * A graph with more elements than this is added to Cytoscape a slice per task: all at once, 8,000
 * elements hold the page for more than a second (styles, bounds and the first drawing of each).
 */
export const LARGE_GRAPH = 1000;

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
