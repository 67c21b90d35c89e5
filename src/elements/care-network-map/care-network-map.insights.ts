/** The insights in plain sentences and the legend of `<care-network-map>`, below the map. */
import { html, type TemplateResult } from 'lit';
import { NETWORK_FIELDS } from '../../sdk/model.js';
import type { CareNetworkInsight } from '../../sdk/analysis/care-network.js';
import { fieldMarker } from '../../internal/field-style.js';
import { heading } from '../../internal/heading.js';
import { nameOf, view, type View } from './care-network-map.views.js';
import type { MapPort } from './care-network-map.port.js';

function insightText(c: View, i: CareNetworkInsight): string {
  const { t } = c;
  switch (i.kind) {
    case 'empty-field':
      return t.emptyField(t.fields[i.field].toLocaleLowerCase());
    case 'unconnected-field':
      return t.unconnectedField(t.fields[i.field].toLocaleLowerCase());
    case 'no-regiehouder':
      return t.noRegiehouderInsight;
    case 'no-regisseur':
      return t.noRegisseurInsight(t.fields[i.field]);
    case 'blocked-referral':
      return t.blockedReferral(nameOf(c, i.from), nameOf(c, i.to));
    case 'empty-own-network':
      return t.emptyOwnNetwork;
    case 'single-hub':
      return t.singleHub(nameOf(c, i.party), i.relations, i.total);
    case 'ring-count':
      return t.ringCountInsight(t.rings[i.ring], i.count);
  }
}

/** The insights as plain sentences: gaps first, then the counts. */
export function renderInsights(port: MapPort): TemplateResult {
  const c = view(port);
  const gaps = c.analysis.insights.filter((i) => i.kind !== 'ring-count');
  const counts = c.analysis.insights.filter((i) => i.kind === 'ring-count');
  const pairs = c.analysis.connectedFields.map(
    ([x, y]) => `${c.t.fields[x].toLocaleLowerCase()}–${c.t.fields[y].toLocaleLowerCase()}`,
  );
  return html`<div class="insights" part="insights">
    ${heading(c.level + 1, c.t.insights, { class: 'h-section', id: 'insights-heading' })}
    ${gaps.length ? html`<ul class="gaps">${gaps.map((i) => html`<li>${insightText(c, i)}</li>`)}</ul>` : html`<p class="no-gaps">${c.t.noGaps}</p>`}
    <ul class="counts">${counts.map((i) => html`<li>${insightText(c, i)}</li>`)}<li>${c.t.connected(pairs)}</li></ul>
  </div>`;
}

/** The legend: shapes per field, line styles, arrows and the regiehouder mark. */
export function renderLegend(port: MapPort): TemplateResult {
  const t = port.t();
  return html`<div class="legend" part="legend">
    ${heading(port.options.headingLevel + 1, t.legend, { class: 'h-section', id: 'legend-heading' })}
    <ul class="plain">
      ${NETWORK_FIELDS.map((f) => html`<li>${fieldMarker(f)}${t.legendShape(t.fields[f], t.shapes[f])}</li>`)}
      <li><span class="line" aria-hidden="true"><svg viewBox="0 0 40 12" width="40" height="12"><line x1="0" y1="3" x2="40" y2="3" stroke="currentColor" stroke-width="3"/><line x1="0" y1="10" x2="40" y2="10" stroke="currentColor" stroke-width="2" stroke-dasharray="6 4"/></svg><svg viewBox="0 0 40 8" width="40" height="8"><line class="difficult" x1="2" y1="4" x2="40" y2="4" stroke-width="4" stroke-dasharray="0.5 8" stroke-linecap="round"/></svg></span>${t.legendStrength}</li>
      <li><span class="line" aria-hidden="true">→ ↔</span>${t.legendArrow}</li>
      <li><span class="shape regie" aria-hidden="true"></span>${t.legendRegiehouder}</li>
      <li><span class="line" aria-hidden="true"><svg viewBox="0 0 72 12" width="72" height="12"><line x1="0" y1="6" x2="72" y2="6" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="6" r="4" fill="currentColor"/><path d="M36 1l5 5-5 5-5-5z" fill="Canvas" stroke="currentColor" stroke-width="1.5"/><line x1="60" y1="0" x2="60" y2="12" stroke="currentColor" stroke-width="3"/></svg></span>${t.legendSharing}</li>
      <li><span class="line" aria-hidden="true">▲</span>${t.legendRegisseur}</li>
    </ul>
  </div>`;
}
