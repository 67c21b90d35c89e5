/**
 * How a field looks, in one place for every tool, picture, export and legend: a shape (so colour is
 * never the only difference) and a colour taken from the documented `--samenspel-field-<field>-color`
 * custom properties (through `--_field-<field>` in `baseStyles`).
 */
import { css, svg, type SVGTemplateResult } from 'lit';
import { FIELDS, type Field } from '../sdk/model.js';

/** The shape of each field, by its Cytoscape name. */
export const FIELD_SHAPES = {
  informeel: 'ellipse',
  zorg: 'round-rectangle',
  welzijn: 'diamond',
  medisch: 'hexagon',
  overig: 'triangle',
} as const satisfies Record<Field, string>;

export type FieldShape = (typeof FIELD_SHAPES)[Field];

/** The colours of `baseStyles`, for when a custom property cannot be read. */
export const DEFAULT_FIELD_COLORS: Readonly<Record<Field, string>> = {
  zorg: '#b3261e',
  welzijn: '#1b6e3a',
  medisch: '#0b57a4',
  informeel: '#7a4b00',
  overig: '#5c5c5c',
};

const f = (n: number) => Number(n.toFixed(2));

/** The SVG path (`d`) of a shape centred on (x, y) that fits a circle of radius r. */
export function shapePath(shape: FieldShape, x: number, y: number, r: number): string {
  const polygon = (points: [number, number][]) =>
    `M${points.map(([px, py]) => `${f(x + px * r)} ${f(y + py * r)}`).join(' L')}z`;
  switch (shape) {
    case 'ellipse':
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0z`;
    case 'round-rectangle': {
      // A square a little smaller than the circle, so that the shapes look the same size.
      const s = r * 0.86;
      const k = s / 3;
      return (
        `M${f(x - s + k)} ${f(y - s)}h${f(2 * (s - k))}a${f(k)} ${f(k)} 0 0 1 ${f(k)} ${f(k)}v${f(2 * (s - k))}a${f(k)} ${f(k)} 0 0 1 ${f(-k)} ${f(k)}` +
        `h${f(-2 * (s - k))}a${f(k)} ${f(k)} 0 0 1 ${f(-k)} ${f(-k)}v${f(-2 * (s - k))}a${f(k)} ${f(k)} 0 0 1 ${f(k)} ${f(-k)}z`
      );
    }
    case 'diamond':
      return polygon([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'hexagon':
      return polygon([
        [-1, 0],
        [-0.5, -0.87],
        [0.5, -0.87],
        [1, 0],
        [0.5, 0.87],
        [-0.5, 0.87],
      ]);
    case 'triangle':
      return polygon([
        [0, -1],
        [0.95, 0.8],
        [-0.95, 0.8],
      ]);
  }
}

/** The SVG path of a field's shape centred on (x, y), radius r. */
export function fieldShapePath(field: Field, x: number, y: number, r: number): string {
  return shapePath(FIELD_SHAPES[field], x, y, r);
}

/**
 * A small shape in the field's colour, for legends, lists and headings; decorative, as the field is
 * always written next to it. Needs `fieldMarkerStyles` in the element's styles.
 */
export function fieldMarker(field: Field): SVGTemplateResult {
  return svg`<svg class="marker" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path class="field-shape field-${field}" d=${fieldShapePath(field, 8, 8, 7)}></path></svg>`;
}

/** Colours of the markers (classes rather than inline styles, which a strict CSP refuses). */
export const fieldMarkerStyles = css`
  .marker { flex: none; vertical-align: middle; }
  .field-shape.field-zorg { fill: var(--_field-zorg); }
  .field-shape.field-welzijn { fill: var(--_field-welzijn); }
  .field-shape.field-medisch { fill: var(--_field-medisch); }
  .field-shape.field-informeel { fill: var(--_field-informeel); }
  .field-shape.field-overig { fill: var(--_field-overig); }
  @media (forced-colors: active) {
    .marker .field-shape { fill: CanvasText; }
  }
`;

let colorCanvas: CanvasRenderingContext2D | null | undefined;

/**
 * A colour a canvas and an SVG file can use (`#rrggbb` or `rgb(a)(…)`): custom properties hold whatever
 * the host wrote (`oklch(…)`, a name), so the browser's canvas converts it; what it cannot read falls back.
 */
export function normalizeColor(value: string, fallback: string): string {
  if (!value) return fallback;
  colorCanvas ??= document.createElement('canvas').getContext('2d');
  if (!colorCanvas) return value;
  colorCanvas.fillStyle = '#010203';
  colorCanvas.fillStyle = value;
  const out = String(colorCanvas.fillStyle);
  if (out === '#010203' && value.toLowerCase() !== '#010203') return fallback;
  return /^#[0-9a-f]{6}$|^rgba?\(/i.test(out) ? out : fallback;
}

/**
 * A colour from a custom property of the element, resolved as the element's styles use it: a default
 * holds `light-dark(…)`, which only a styled element can resolve for its colour scheme, so a hidden
 * probe in the shadow root takes the property as its colour (set through the CSSOM, allowed under CSP).
 */
export function readColor(el: Element, property: string, fallback: string): string {
  return readColors(el, { color: [property, fallback] }).color;
}

/**
 * Several colours as `readColor` reads them (name → [custom property, fallback]), with one probe each
 * added at once: the page computes styles once for all of them rather than once per colour.
 */
export function readColors<K extends string>(
  el: Element,
  wanted: Readonly<Record<K, readonly [property: string, fallback: string]>>,
): Record<K, string> {
  const out = {} as Record<K, string>;
  const style = getComputedStyle(el);
  const probes: [K, HTMLElement, string][] = [];
  for (const [name, [property, fallback]] of Object.entries(wanted) as [K, readonly [string, string]][]) {
    if (!style.getPropertyValue(property).trim()) {
      out[name] = fallback;
      continue;
    }
    const probe = document.createElement('span');
    probe.hidden = true;
    probe.style.setProperty('color', `var(${property})`);
    probes.push([name, probe, fallback]);
  }
  if (!probes.length) return out;
  const root = el.shadowRoot ?? el;
  root.append(...probes.map(([, probe]) => probe));
  for (const [name, probe, fallback] of probes) out[name] = normalizeColor(getComputedStyle(probe).color, fallback);
  for (const [, probe] of probes) probe.remove();
  return out;
}

/** The field colours' custom properties, with their fallbacks (as `readColors` takes them). */
export const FIELD_COLOR_PROPERTIES = Object.fromEntries(
  FIELDS.map((field) => [field, [`--_field-${field}`, DEFAULT_FIELD_COLORS[field]] as const]),
) as Record<Field, readonly [string, string]>;

/** The field colours of an element (with `baseStyles`), as the host's theme and colour scheme set them. */
export function readFieldColors(el: Element): Record<Field, string> {
  return readColors(el, FIELD_COLOR_PROPERTIES);
}
