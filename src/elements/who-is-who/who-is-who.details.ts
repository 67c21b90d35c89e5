import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { isSafeUrl, type Party, type Relation } from '../../sdk/model.js';
import { isStale } from '../../sdk/analysis/who-is-who.js';
import { memberSharing } from '../../sdk/analysis/sharing.js';
import { formatDate } from '../../translations/localize.js';
import type { WhoIsWhoMessages } from '../../translations/who-is-who.js';
import type { WhoIsWhoPort } from './who-is-who.port.js';
import { fieldMarker } from '../../internal/field-style.js';

/** What the details need beyond the port: the party's ties, and the element's own actions. */
export interface DetailActions {
  relations: { relation: Relation; other: Party }[];
  /** In a live room: the name tag of the others who have this party selected. */
  mark?: TemplateResult | typeof nothing;
  clearFilters: () => void;
  editParty: () => void;
  removeParty: () => void;
  addRelation: () => void;
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
export function renderDetail(port: WhoIsWhoPort, p: Party, actions: DetailActions): TemplateResult {
  const t = port.t();
  const { editable, headingLevel } = port.options;
  const { visible } = port.shown;
  /** The search or filters leave this party out of the list (and the picture). */
  const filteredOut = !!visible && !visible.has(p.id);
  const sharing = memberSharing(port.snapshot, p.id);
  const c = p.contact ?? {};
  const stale = isStale(p, new Date());
  return html`<article class="detail-body" aria-labelledby="detail-title">
    ${heading(headingLevel, html`${fieldMarker(p.field)} ${p.name}`, { id: 'detail-title', class: 'detail-title h' })}
    <p class="detail-meta">${t.kindNames[p.kind]} · ${t.fieldNames[p.field]}${p.role ? ` · ${p.role}` : ''}</p>
    ${actions.mark ?? nothing}
    ${
      filteredOut
        ? html`<p class="filtered-out" role="note">${t.filteredOut}
          <button type="button" class="link" @click=${actions.clearFilters}>${t.showInList}</button></p>`
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
      ${sharing.length ? html`<dt>${t.sharingLabel}</dt><dd>${sharing.map((s) => t.sharing[s]).join('; ')}</dd>` : nothing}
      ${p.lastVerified ? html`<dt>${t.lastVerified}</dt><dd>${formatDate(port.lang(), p.lastVerified)}</dd>` : nothing}
    </dl>
    ${heading(headingLevel + 1, t.worksWith, { class: 'h sub' })}
    ${
      actions.relations.length
        ? html`<ul class="partners">
          ${actions.relations.map(
            ({ relation, other }) => html`<li>
              <button type="button" class="link" @click=${() => port.select(other.id)}>${other.name}</button>
              ${relationDetail(t, relation)}
              ${
                editable
                  ? html`<button type="button" class="icon" aria-label=${t.removeRelation(other.name)} title=${t.removeRelation(other.name)}
                    @click=${() => port.edit({ op: 'remove', collection: 'relations', id: relation.id })}>×</button>`
                  : nothing
              }
              ${relation.note ? html`<span class="relation-note pre">${relation.note}</span>` : nothing}
            </li>`,
          )}
        </ul>`
        : html`<p class="muted">${t.noRelations}</p>`
    }
    ${
      editable
        ? html`<div class="actions">
          <button type="button" @click=${actions.editParty}>${t.edit}</button>
          <button type="button" @click=${actions.addRelation}>${t.addRelation}</button>
          <button type="button" @click=${actions.removeParty}>${t.removeParty}</button>
        </div>`
        : nothing
    }
  </article>`;
}
