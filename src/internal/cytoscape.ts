import type cytoscapeType from 'cytoscape';

let loading: Promise<typeof cytoscapeType> | undefined;

// Cytoscape puts a <style> into the page's head unless an element with this id is there. A strict CSP
// refuses that inline style and logs an error; our graph containers set `position: relative` themselves.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

/**
 * Cytoscape.js, fetched the first time a graph view is shown: it is its own chunk, so pages
 * with only the goal tree or the cooperation check never download it.
 */
export function loadCytoscape(): Promise<typeof cytoscapeType> {
  if (typeof document !== 'undefined' && !document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
    const marker = document.createElement('template');
    marker.id = CYTOSCAPE_STYLESHEET_ID;
    document.head.append(marker);
  }
  loading ??= import('cytoscape').then((m) => m.default);
  return loading;
}
