/** How who-is-who's network looks: its Cytoscape options, its stylesheet in the theme's colours, and the size of names. */
import type { StylesheetJson } from 'cytoscape';
import { fieldStyles, type GraphTheme } from '../../internal/graph-theme.js';
import type { GraphViewOptions } from '../../internal/graph-view.js';

const FONT_SIZE = 10;
/**
 * The smallest name, in screen pixels, that is drawn: on a large graph names only show when zoomed in
 * far enough to tell them apart (and they are only measured then; see `labelInView`).
 */
const MIN_FONT = { small: 7, large: 12 };
/**
 * From this zoom on, the nodes in view of a large graph get their names: where they are 12 px on screen.
 * Cytoscape judges `min-zoomed-font-size` at its texture level (the zoom rounded up to a power of two), so
 * a named node shows its name from a zoom of 1 on; the names are given here, at the zoom they can be read.
 */
export const LABEL_ZOOM = MIN_FONT.large / FONT_SIZE;
/** Present mode: no name smaller than 14 px is drawn, and the graph opens with names of 16 px. */
const PRESENT_FONT = { min: 14, open: 16 };

/**
 * The smallest zoom a graph opens at, so that its names can be read: 12 px, or 16 px in present mode. The
 * view then shows the middle of the graph, and the rest is a drag (or the fit button) away. A large graph
 * opens on the whole: its names come when zoomed in (see `labelInView`).
 */
export const readableZoom = (large: boolean, present: boolean): number =>
  present ? PRESENT_FONT.open / FONT_SIZE : large ? 0 : MIN_FONT.large / FONT_SIZE;

/** Cytoscape's options for the network: a wide zoom range, and cheap frames while the view moves. */
export const CYTOSCAPE_OPTIONS: GraphViewOptions['cytoscape'] = {
  minZoom: 0.05,
  maxZoom: 4,
  textureOnViewport: true,
  hideEdgesOnViewport: true,
  pixelRatio: 1,
  boxSelectionEnabled: false,
  selectionType: 'single',
};

/**
 * The stylesheet. A large graph draws names only when zoomed in to read them; present mode draws none
 * under 14 px.
 */
export const graphStyle = (large: boolean, c: GraphTheme, present = false): StylesheetJson =>
  [
    { selector: 'node', style: { width: 18, height: 18, 'border-width': 0 } },
    // One rule per field, so that a change of theme is one new stylesheet rather than new data on every node.
    ...fieldStyles(c),
    // Only nodes with a name have text to style (on a large graph, the ones zoomed in on): fewer properties to apply to the others.
    {
      selector: 'node[label]',
      style: {
        label: 'data(label)',
        'font-size': FONT_SIZE,
        'min-zoomed-font-size': present ? PRESENT_FONT.min : large ? MIN_FONT.large : MIN_FONT.small,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: c.text,
        'text-background-color': c.background,
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': c.text, 'border-style': 'double' } },
    // Opaque (3:1 on white) rather than translucent: less blending per frame.
    { selector: 'edge', style: { 'curve-style': 'haystack', width: 1, 'line-color': c.border } },
    { selector: '.faded', style: { opacity: 0.18 } },
    {
      selector: 'node.neighbour',
      style: { 'border-width': 2, 'border-color': c.text, 'min-zoomed-font-size': 0, 'z-index': 5 },
    },
    { selector: 'edge.neighbour', style: { 'line-color': c.text, width: 2, opacity: 1 } },
    {
      selector: 'node.selected',
      style: {
        width: 28,
        height: 28,
        'border-width': 4,
        'border-color': c.text,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    // Someone else in the room has chosen it: a dashed border, and their name under the party's.
    {
      selector: 'node.others',
      style: {
        'border-width': 3,
        'border-style': 'dashed',
        'border-color': c.text,
        'text-wrap': 'wrap',
        'z-index': 8,
        ...(present ? {} : { 'min-zoomed-font-size': 0 }),
      },
    },
    // The overview's groups: a node sized by its parties (a field's shape and colour, a wijk in the accent colour), a line as wide as the ties.
    {
      selector: 'node.group',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 13,
        'text-wrap': 'wrap',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        color: c.text,
        'text-background-color': c.background,
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.group[!field]', style: { 'background-color': c.accent } },
    { selector: 'edge.group', style: { width: 'data(width)', 'curve-style': 'straight' } },
    { selector: '.hidden', style: { display: 'none' } },
  ] as StylesheetJson;
