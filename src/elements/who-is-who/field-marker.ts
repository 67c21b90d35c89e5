import { svg, type SVGTemplateResult } from 'lit';
import type { Field } from '../../sdk/model.js';

/** Each field has a colour and a shape, so that colour is never the only difference. */
export const FIELD_SHAPES: Record<Field, 'ellipse' | 'round-rectangle' | 'diamond' | 'triangle' | 'hexagon'> = {
  zorg: 'ellipse',
  welzijn: 'round-rectangle',
  medisch: 'diamond',
  informeel: 'triangle',
  overig: 'hexagon',
};

/** The default field colours (also in `baseStyles`), for the canvas which cannot read CSS variables itself. */
export const FIELD_COLOURS: Record<Field, string> = {
  zorg: '#b3261e',
  welzijn: '#1b6e3a',
  medisch: '#0b57a4',
  informeel: '#7a4b00',
  overig: '#5c5c5c',
};

/** SVG path of a field's shape in a 16 × 16 box. */
export function fieldShapePath(field: Field): string {
  switch (FIELD_SHAPES[field]) {
    case 'ellipse':
      return 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z';
    case 'round-rectangle':
      return 'M4 1h8a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V4a3 3 0 0 1 3-3z';
    case 'diamond':
      return 'M8 0.5 15.5 8 8 15.5 0.5 8z';
    case 'triangle':
      return 'M8 1 15.5 15H0.5z';
    case 'hexagon':
      return 'M4.5 1.5h7L15.5 8l-4 6.5h-7L0.5 8z';
  }
}

/** A small shape in the field's colour; decorative, as the field is always written next to it. */
export function fieldMarker(field: Field): SVGTemplateResult {
  return svg`<svg class="marker" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path class="field-${field}" d=${fieldShapePath(field)}></path></svg>`;
}
