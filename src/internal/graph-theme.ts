/** The colours and font the network tools draw with, read from an element's CSS custom properties. */
import type { StylesheetJson } from 'cytoscape';
import { FIELDS, type Field } from '../sdk/model.js';
import { DEFAULT_FIELD_COLORS, FIELD_COLOR_PROPERTIES, FIELD_SHAPES, readColors } from './field-style.js';

/** The colours and font a graph is drawn with, from the element's CSS custom properties (so a host's theme reaches the canvas and the exports). */
export interface GraphTheme<X extends string = never> {
  text: string;
  background: string;
  border: string;
  surface: string;
  accent: string;
  font: string;
  fields: Record<Field, string>;
  /** A tool's own colours (`GraphViewOptions.colors`). */
  extra: Record<X, string>;
}

/** The colours of `baseStyles`, for when a custom property cannot be read. */
export const DEFAULT_GRAPH_THEME: GraphTheme = {
  text: '#1a1a1a',
  background: '#ffffff',
  border: '#8c8c8c',
  surface: '#f3f3f3',
  accent: '#00529c',
  font: 'system-ui, sans-serif',
  fields: { ...DEFAULT_FIELD_COLORS },
  extra: {},
};

/** A tool's own colours: name → [custom property of the element, fallback]. */
export type GraphColors<X extends string> = Readonly<Record<X, readonly [property: string, fallback: string]>>;

/** The custom properties a theme is read from: name → [property, fallback]. */
function themeProperties<X extends string>(colors?: GraphColors<X>): Record<string, readonly [string, string]> {
  const d = DEFAULT_GRAPH_THEME;
  return {
    ...prefixed('extra:', colors ?? {}),
    ...prefixed('field:', FIELD_COLOR_PROPERTIES),
    text: ['--_color', d.text],
    background: ['--_background', d.background],
    border: ['--_border', d.border],
    surface: ['--_surface', d.surface],
    accent: ['--_accent', d.accent],
  };
}

/** The theme as the element's computed style sets it (for the colour scheme it is shown in). */
export function readGraphTheme<X extends string = never>(el: Element, colors?: GraphColors<X>): GraphTheme<X> {
  const d = DEFAULT_GRAPH_THEME;
  // One reading for all colours (each needs the page's styles computed).
  const read: Record<string, string> = readColors(el, themeProperties(colors));
  const pick = <K extends string>(prefix: string, keys: Iterable<K>) =>
    Object.fromEntries([...keys].map((k) => [k, read[`${prefix}${k}`]])) as Record<K, string>;
  return {
    text: read.text,
    background: read.background,
    border: read.border,
    surface: read.surface,
    accent: read.accent,
    font: getComputedStyle(el).getPropertyValue('--_font-family').trim() || d.font,
    fields: pick('field:', FIELDS),
    extra: pick('extra:', Object.keys(colors ?? {}) as X[]),
  };
}

/**
 * What the theme is made of, as the element's style has it before colours are resolved: the custom
 * properties as written, and what resolves them (the colour scheme, forced colours, the inherited colour).
 * The same inputs give the same theme, so it is read again only when this changes.
 */
export function themeInputs(el: Element, colors?: GraphColors<string>): string {
  const style = getComputedStyle(el);
  return JSON.stringify([
    Object.entries(themeProperties(colors)).map(([name, [p]]) => [name, style.getPropertyValue(p)]),
    style.getPropertyValue('--_font-family'),
    style.color,
    style.colorScheme,
    matchMedia('(prefers-color-scheme: dark)').matches,
    matchMedia('(forced-colors: active)').matches,
  ]);
}

const prefixed = (prefix: string, colors: Readonly<Record<string, readonly [string, string]>>) =>
  Object.fromEntries(Object.entries(colors).map(([k, v]) => [`${prefix}${k}`, v]));

/**
 * A node of a field (data `field`) gets its field's shape and colour: the rule is the same in both tools,
 * so a field looks the same in each. Place it after rules that set a shape or colour for all nodes.
 */
export function fieldStyles(theme: GraphTheme<string>): StylesheetJson {
  return FIELDS.map((f) => ({
    selector: `node[field = "${f}"]`,
    style: { shape: FIELD_SHAPES[f], 'background-color': theme.fields[f] },
  })) as StylesheetJson;
}
