/** The insights of `<carer-route>`: a table of the figures now, desired and the difference, and what changes. */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { ROUTE_FIGURES, blockedHandoffs, type RouteComparison } from '../../sdk/analysis/route.js';
import { ANNOTATION_KINDS, type Route, type RouteStep } from '../../sdk/route-model.js';
import { routeOrder, stepsOf } from '../../sdk/route.js';
import { formatNumber } from '../../translations/localize.js';
import type { RoutePort } from './carer-route.port.js';

export function renderInsights(port: RoutePort, route: Route, c: RouteComparison): TemplateResult {
  const t = port.t();
  const both = route.desired.length > 0;
  const num = (n: number) => formatNumber(port.lang(), n, 0);
  const signed = (n: number) => (n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : '0');
  const rows: [string, number, number][] = [
    ...ROUTE_FIGURES.map((k): [string, number, number] => [t.figures[k], c.current[k], c.desired[k]]),
    ...ANNOTATION_KINDS.map((k): [string, number, number] => [
      t.annotation[k],
      c.current.annotations[k],
      c.desired.annotations[k],
    ]),
  ];
  const list = (title: string, steps: readonly RouteStep[]) =>
    html`<li>${title}: ${steps.length ? steps.map((s) => s.what).join(' · ') : t.none}</li>`;
  return html`<section class="insights" part="insights" aria-labelledby="insights-h">
    ${heading(port.options.headingLevel + 1, t.insights, { id: 'insights-h' })}
    <div class="scroll" tabindex="0" role="region" aria-label=${t.insightsCaption}><table>
      <caption>${t.insightsCaption}</caption>
      <thead><tr><th scope="col">${t.figure}</th><th scope="col" class="num">${t.version.current}</th>
        ${both ? html`<th scope="col" class="num">${t.version.desired}</th><th scope="col" class="num">${t.difference}</th>` : nothing}</tr></thead>
      <tbody>${rows.map(
        ([label, now, desired]) => html`<tr><th scope="row">${label}</th><td class="num">${num(now)}</td>
        ${both ? html`<td class="num">${num(desired)}</td><td class="num">${signed(desired - now)}</td>` : nothing}</tr>`,
      )}</tbody>
    </table></div>
    ${
      both
        ? html`${heading(port.options.headingLevel + 2, t.changes)}
          <ul class="change-list">
            ${list(t.removedSteps, c.removed)} ${list(t.addedSteps, c.added)} ${list(t.warmSteps, c.madeWarm)}
            ${list(
              t.quickerSteps,
              c.quicker.map((q) => q.step),
            )}
          </ul>`
        : html`<p>${t.noDesired}</p>`
    }
    ${renderBlocked(port, route)}
  </section>`;
}

/** Handoffs where a sharing agreement (deelt niets over de persoonlijke situatie) stops the information, per version. */
function renderBlocked(port: RoutePort, route: Route): TemplateResult | typeof nothing {
  const t = port.t();
  const name = (id: string) => port.snapshot.parties.find((p) => p.id === id)?.name ?? id;
  const items = port.options.versions.flatMap((v) => {
    const order = routeOrder(stepsOf(route, v)).map((s) => s.id);
    return blockedHandoffs(port.snapshot, route, v).map(
      (b) => `${t.version[v]}: ${t.blocked(name(b.from), name(b.to), order.indexOf(b.step!) + 1)}`,
    );
  });
  if (!items.length) return nothing;
  return html`${heading(port.options.headingLevel + 2, t.blockedTitle)}<ul class="blocked">${items.map((i) => html`<li>${i}</li>`)}</ul>`;
}
