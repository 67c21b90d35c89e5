import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FIELDS, PARTY_KINDS, type Field, type PartyKind } from '../../sdk/model.js';
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
  return html`<div class="filters" part="filters" role="search">
    <label class="search">
      <span>${t.search}</span>
      <input type="search" part="search" .value=${live(filter.query)} placeholder=${t.searchHint} autocomplete="off"
        @input=${(e: Event) => change({ query: value(e) })} />
    </label>
    <label>
      <span>${t.field}</span>
      <select .value=${live(filter.field)} @change=${(e: Event) => change({ field: value(e) as Field | '' })}>
        <option value="">${t.allFields}</option>
        ${FIELDS.map((f) => html`<option value=${f} ?selected=${filter.field === f}>${t.fieldNames[f]}</option>`)}
      </select>
    </label>
    <label>
      <span>${t.kind}</span>
      <select .value=${live(filter.kind)} @change=${(e: Event) => change({ kind: value(e) as PartyKind | '' })}>
        <option value="">${t.allKinds}</option>
        ${PARTY_KINDS.map((k) => html`<option value=${k} ?selected=${filter.kind === k}>${t.kindNames[k]}</option>`)}
      </select>
    </label>
    <label>
      <span>${t.area}</span>
      <select .value=${live(filter.area)} @change=${(e: Event) => change({ area: value(e) })}>
        <option value="">${t.allAreas}</option>
        ${areas.map((a) => html`<option value=${a} ?selected=${filter.area === a}>${a}</option>`)}
      </select>
    </label>
    <button type="button" class="clear" ?disabled=${!active} @click=${() => change({ query: '', field: '', kind: '', area: '' })}>${t.clearFilters}</button>
  </div>`;
}
