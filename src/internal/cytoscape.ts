import type cytoscapeType from 'cytoscape';

let loading: Promise<typeof cytoscapeType> | undefined;

/**
 * Cytoscape.js, fetched the first time a graph view is shown: it is its own chunk, so pages
 * with only the goal tree or the cooperation check never download it.
 */
export function loadCytoscape(): Promise<typeof cytoscapeType> {
  loading ??= import('cytoscape').then((m) => m.default);
  return loading;
}
