import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import type { Party } from '../../sdk/model.js';
import type { WhoIsWhoInsights } from '../../sdk/analysis/who-is-who.js';
import { formatNumber } from '../../translations/localize.js';
import type { WhoIsWhoPort } from './who-is-who.port.js';

/** Whether the panel is open (the element keeps it), and the insights once it is. */
export interface InsightsPanel {
  insights?: WhoIsWhoInsights;
  open: boolean;
  toggle: (open: boolean) => void;
}

const MAX = 20;

/** The insights panel; computed only when opened, since betweenness takes a moment on big maps. */
export function renderInsights(port: WhoIsWhoPort, panel: InsightsPanel): TemplateResult {
  const t = port.t();
  const level = port.options.headingLevel;
  const { insights: i } = panel;
  const parties = (list: readonly Party[], none: string) =>
    list.length
      ? html`<ul>
          ${list.slice(0, MAX).map((p) => html`<li><button type="button" class="link" @click=${() => port.select(p.id)}>${p.name}</button></li>`)}
          ${list.length > MAX ? html`<li>… (${list.length - MAX})</li>` : nothing}
        </ul>`
      : html`<p class="muted">${none}</p>`;
  const gaps = i?.fieldTies.filter((f) => f.relations === 0) ?? [];
  return html`<details class="insights" part="insights" ?open=${panel.open} @toggle=${(e: Event) => panel.toggle((e.target as HTMLDetailsElement).open)}>
    <summary>${t.insights}</summary>
    ${
      i
        ? html`
          ${heading(level, html`${t.isolated} (${i.isolated.length})`, { class: 'h sub' })}
          ${parties(i.isolated, t.isolatedNone)}
          ${heading(level, t.unconnectedFields, { class: 'h sub' })}
          ${
            i.unconnectedFields.length
              ? html`<ul>${i.unconnectedFields.map((f) => html`<li>${t.fieldNames[f]}</li>`)}</ul>`
              : html`<p class="muted">${t.unconnectedNone}</p>`
          }
          ${
            gaps.length
              ? html`${heading(level, t.fieldGaps, { class: 'h sub' })}
                <ul>${gaps.map((g) => html`<li>${t.fieldGap(t.fieldNames[g.a], t.fieldNames[g.b])}</li>`)}</ul>`
              : nothing
          }
          ${heading(level, t.brokers, { class: 'h sub' })}
          <p class="muted">${t.brokersHint}</p>
          ${
            i.brokers.length
              ? html`<ol>
                ${i.brokers.map(
                  (
                    b,
                  ) => html`<li><button type="button" class="link" @click=${() => port.select(b.party.id)}>${b.party.name}</button>
                  <span class="muted">(${formatNumber(port.lang(), b.score * 100)}%)</span></li>`,
                )}
              </ol>`
              : html`<p class="muted">${t.brokersNone}</p>`
          }
          ${heading(level, html`${t.staleTitle} (${i.stale.length})`, { class: 'h sub' })}
          ${parties(i.stale, t.staleNone)}
        `
        : nothing
    }
  </details>`;
}
