import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  id?: string;
  class?: string;
  /** Focusable by script (where focus goes after a step), never by Tab. */
  focusable?: boolean;
}

/** A heading at `level` (the host's `heading-level` plus a depth, clamped to 1–6), so a tool fits the outline of the page around it. */
export function heading(
  level: number,
  content: unknown,
  { id, class: cls, focusable }: HeadingOptions = {},
): TemplateResult {
  const tab = focusable ? -1 : undefined;
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 class=${ifDefined(cls)} id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h1>`;
    case 2:
      return html`<h2 class=${ifDefined(cls)} id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${ifDefined(cls)} id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${ifDefined(cls)} id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${ifDefined(cls)} id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h5>`;
    default:
      return html`<h6 class=${ifDefined(cls)} id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h6>`;
  }
}
