import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading at a level from 1 to 6 (the host's `heading-level` plus `depth`), so it fits the page's outline. */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  // A heading with an id is where focus goes after a step: focusable by script, not by Tab.
  const tab = id ? -1 : undefined;
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1: return html`<h1 id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h1>`;
    case 2: return html`<h2 id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h2>`;
    case 3: return html`<h3 id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h3>`;
    case 4: return html`<h4 id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h4>`;
    case 5: return html`<h5 id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h5>`;
    default: return html`<h6 id=${ifDefined(id)} tabindex=${ifDefined(tab)}>${content}</h6>`;
  }
}
