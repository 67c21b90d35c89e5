import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import type { Party } from '../../sdk/model.js';
import type { WhoIsWhoInsights } from '../../sdk/analysis/who-is-who.js';
import { formatNumber, type Lang } from '../../translations/localize.js';
import type { WhoIsWhoMessages } from '../../translations/who-is-who.js';

export interface InsightsContext {
  insights?: WhoIsWhoInsights;
  t: WhoIsWhoMessages;
  lang: Lang;
  open: boolean;
  headingLevel: number;
  toggle: (open: boolean) => void;
  select: (id: string) => void;
}

const MAX = 20;

/** The insights panel; computed only when opened, since betweenness takes a moment on big maps. */
export function renderInsights(ctx: InsightsContext): TemplateResult {
  const { t, insights: i } = ctx;
  const parties = (list: readonly Party[], none: string) =>
    list.length
      ? html`<ul>
          ${list.slice(0, MAX).map((p) => html`<li><button type="button" class="link" @click=${() => ctx.select(p.id)}>${p.name}</button></li>`)}
          ${list.length > MAX ? html`<li>… (${list.length - MAX})</li>` : nothing}
        </ul>`
      : html`<p class="muted">${none}</p>`;
  const gaps = i?.fieldTies.filter((f) => f.relations === 0) ?? [];
  return html`<details class="insights" part="insights" ?open=${ctx.open} @toggle=${(e: Event) => ctx.toggle((e.target as HTMLDetailsElement).open)}>
    <summary>${t.insights}</summary>
    ${
      i
        ? html`
          ${heading(ctx.headingLevel, html`${t.isolated} (${i.isolated.length})`, { class: 'h sub' })}
          ${parties(i.isolated, t.isolatedNone)}
          ${heading(ctx.headingLevel, t.unconnectedFields, { class: 'h sub' })}
          ${
            i.unconnectedFields.length
              ? html`<ul>${i.unconnectedFields.map((f) => html`<li>${t.fieldNames[f]}</li>`)}</ul>`
              : html`<p class="muted">${t.unconnectedNone}</p>`
          }
          ${
            gaps.length
              ? html`${heading(ctx.headingLevel, t.fieldGaps, { class: 'h sub' })}
                <ul>${gaps.map((g) => html`<li>${t.fieldGap(t.fieldNames[g.a], t.fieldNames[g.b])}</li>`)}</ul>`
              : nothing
          }
          ${heading(ctx.headingLevel, t.brokers, { class: 'h sub' })}
          <p class="muted">${t.brokersHint}</p>
          ${
            i.brokers.length
              ? html`<ol>
                ${i.brokers.map(
                  (
                    b,
                  ) => html`<li><button type="button" class="link" @click=${() => ctx.select(b.party.id)}>${b.party.name}</button>
                  <span class="muted">(${formatNumber(ctx.lang, b.score * 100)}%)</span></li>`,
                )}
              </ol>`
              : html`<p class="muted">${t.brokersNone}</p>`
          }
          ${heading(ctx.headingLevel, html`${t.staleTitle} (${i.stale.length})`, { class: 'h sub' })}
          ${parties(i.stale, t.staleNone)}
        `
        : nothing
    }
  </details>`;
}
