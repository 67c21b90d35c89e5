import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { isSafeUrl, type Party, type Relation, type SharingAgreement } from '../../sdk/model.js';
import { isStale } from '../../sdk/analysis/who-is-who.js';
import { formatDate, type Lang } from '../../translations/localize.js';
import type { WhoIsWhoMessages } from '../../translations/who-is-who.js';
import { fieldMarker } from '../../internal/field-style.js';

export interface DetailContext {
  party: Party;
  relations: { relation: Relation; other: Party }[];
  /** What the party agreed to share as a member of care networks (without naming the networks). */
  sharing: readonly SharingAgreement[];
  t: WhoIsWhoMessages;
  lang: Lang;
  editable: boolean;
  now: Date;
  /** True when the search or filters leave this party out of the list (and the picture). */
  filteredOut: boolean;
  clearFilters: () => void;
  /** The level of the party's name as a heading (its parts one lower). */
  headingLevel: number;
  select: (id: string) => void;
  editParty: () => void;
  removeParty: () => void;
  addRelation: () => void;
  removeRelation: (id: string) => void;
  /** In a live room: the name tag of the others who have this party selected. */
  mark?: TemplateResult | typeof nothing;
}

/** A link only for a safe scheme; anything else is shown as plain text, never as a link. */
function safeLink(href: string, text: string): TemplateResult {
  return isSafeUrl(href) ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${text}</a>` : html`${text}`;
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The kind of a relation (unless plain cooperation) and its strength, in words. */
function relationDetail(t: WhoIsWhoMessages, relation: Relation): TemplateResult | typeof nothing {
  const parts = [
    ...(relation.kind !== 'werkt-samen' ? [t.relationKinds[relation.kind]] : []),
    ...(relation.strength ? [t.strengths[relation.strength]] : []),
    ...(relation.sharing ? [t.sharing[relation.sharing]] : []),
  ];
  return parts.length ? html`<span class="muted">${t.relationDetail(parts)}</span>` : nothing;
}

/** The details of one party: what they do, contact, areas, with whom they work, when last checked. */
export function renderDetail(ctx: DetailContext): TemplateResult {
  const { party: p, t } = ctx;
  const c = p.contact ?? {};
  const stale = isStale(p, ctx.now);
  return html`<article class="detail-body" aria-labelledby="detail-title">
    ${heading(ctx.headingLevel, html`${fieldMarker(p.field)} ${p.name}`, { id: 'detail-title', class: 'detail-title h' })}
    <p class="detail-meta">${t.kindNames[p.kind]} · ${t.fieldNames[p.field]}${p.role ? ` · ${p.role}` : ''}</p>
    ${ctx.mark ?? nothing}
    ${
      ctx.filteredOut
        ? html`<p class="filtered-out" role="note">${t.filteredOut}
          <button type="button" class="link" @click=${ctx.clearFilters}>${t.showInList}</button></p>`
        : nothing
    }
    ${
      stale && p.lastVerified
        ? html`<p class="stale" part="stale-notice" role="note"><strong>${t.stale}</strong></p>`
        : nothing
    }
    <dl>
      ${p.description ? html`<dt>${t.whatWeDo}</dt><dd class="pre">${p.description}</dd>` : nothing}
      ${p.targetGroups?.length ? html`<dt>${t.targetGroups}</dt><dd>${p.targetGroups.join(', ')}</dd>` : nothing}
      ${p.areas?.length ? html`<dt>${t.areas}</dt><dd>${p.areas.join(', ')}</dd>` : nothing}
      ${c.phone ? html`<dt>${t.phone}</dt><dd>${safeLink(telHref(c.phone), c.phone)}</dd>` : nothing}
      ${c.email ? html`<dt>${t.email}</dt><dd>${safeLink(`mailto:${c.email}`, c.email)}</dd>` : nothing}
      ${c.website ? html`<dt>${t.website}</dt><dd>${safeLink(c.website, c.website.replace(/^https?:\/\//, ''))}</dd>` : nothing}
      ${c.address ? html`<dt>${t.address}</dt><dd>${c.address}</dd>` : nothing}
      ${ctx.sharing.length ? html`<dt>${t.sharingLabel}</dt><dd>${ctx.sharing.map((s) => t.sharing[s]).join('; ')}</dd>` : nothing}
      ${p.lastVerified ? html`<dt>${t.lastVerified}</dt><dd>${formatDate(ctx.lang, p.lastVerified)}</dd>` : nothing}
    </dl>
    ${heading(ctx.headingLevel + 1, t.worksWith, { class: 'h sub' })}
    ${
      ctx.relations.length
        ? html`<ul class="partners">
          ${ctx.relations.map(
            ({ relation, other }) => html`<li>
              <button type="button" class="link" @click=${() => ctx.select(other.id)}>${other.name}</button>
              ${relationDetail(t, relation)}
              ${
                ctx.editable
                  ? html`<button type="button" class="icon" aria-label=${t.removeRelation(other.name)} title=${t.removeRelation(other.name)}
                    @click=${() => ctx.removeRelation(relation.id)}>×</button>`
                  : nothing
              }
              ${relation.note ? html`<span class="relation-note pre">${relation.note}</span>` : nothing}
            </li>`,
          )}
        </ul>`
        : html`<p class="muted">${t.noRelations}</p>`
    }
    ${
      ctx.editable
        ? html`<div class="actions">
          <button type="button" @click=${ctx.editParty}>${t.edit}</button>
          <button type="button" @click=${ctx.addRelation}>${t.addRelation}</button>
          <button type="button" @click=${ctx.removeParty}>${t.removeParty}</button>
        </div>`
        : nothing
    }
  </article>`;
}
