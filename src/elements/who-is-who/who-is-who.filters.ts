import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FIELDS, PARTY_KINDS } from '../../sdk/model.js';
import type { PartyFilter } from '../../sdk/analysis/who-is-who.js';
import type { WhoIsWhoPort } from './who-is-who.port.js';

/** The search and filters as they are now, and how to change them (the element keeps them). */
export interface Filters {
  filter: Required<PartyFilter>;
  /** Every area the parties name, for the area filter. */
  areas: readonly string[];
  change: (filter: Partial<PartyFilter>) => void;
}

/** Search box and the field, kind and area filters; they apply to the list and the graph alike. */
export function renderFilters(port: WhoIsWhoPort, { filter, areas, change }: Filters): TemplateResult {
  const t = port.t();
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const active = filter.query || filter.field || filter.kind || filter.area;
  /** One filter: a labelled list of `[value, words]`, after the choice of all. */
  const select = (key: 'field' | 'kind' | 'area', label: string, all: string, options: [string, string][]) =>
    html`<label>
      <span>${label}</span>
      <select .value=${live(filter[key])} @change=${(e: Event) => change({ [key]: value(e) } as Partial<PartyFilter>)}>
        <option value="">${all}</option>
        ${options.map(([v, words]) => html`<option value=${v} ?selected=${filter[key] === v}>${words}</option>`)}
      </select>
    </label>`;
  return html`<div class="filters" part="filters" role="search">
    <label class="search">
      <span>${t.search}</span>
      <input type="search" part="search" .value=${live(filter.query)} placeholder=${t.searchHint} autocomplete="off"
        @input=${(e: Event) => change({ query: value(e) })} />
    </label>
    ${select(
      'field',
      t.field,
      t.allFields,
      FIELDS.map((f) => [f, t.fieldNames[f]]),
    )}
    ${select(
      'kind',
      t.kind,
      t.allKinds,
      PARTY_KINDS.map((k) => [k, t.kindNames[k]]),
    )}
    ${select(
      'area',
      t.area,
      t.allAreas,
      areas.map((a) => [a, a]),
    )}
    <button type="button" class="clear" ?disabled=${!active} @click=${() => change({ query: '', field: '', kind: '', area: '' })}>${t.clearFilters}</button>
  </div>`;
}
