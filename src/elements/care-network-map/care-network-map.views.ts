/** The text view and the details and edit panel of `<care-network-map>`. */
import { html, nothing, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { heading } from '../../internal/heading.js';
import {
  NETWORK_FIELDS,
  PARTY_KINDS,
  RELATION_KINDS,
  RINGS,
  SHARING_AGREEMENTS,
  STRENGTHS,
  type CareNetwork,
  type NetworkField,
  type Party,
  type PartyKind,
  type Relation,
  type RelationKind,
  type Ring,
  type SharingAgreement,
  type Strength,
} from '../../sdk/model.js';
import type { CareNetworkAnalysis } from '../../sdk/analysis/care-network.js';
import type { CareNetworkMapMessages } from '../../translations/care-network-map.js';
import { fieldMarker } from '../../internal/field-style.js';
import type { PartyChoice, PartyCombobox, PartyComboboxOptions } from '../../internal/party-combobox.js';
import type { MapPort } from './care-network-map.port.js';

/** What a view reads of the port, once per render. */
export interface View {
  t: CareNetworkMapMessages;
  level: number;
  network: CareNetwork;
  parties: ReadonlyMap<string, Party>;
  analysis: CareNetworkAnalysis;
  editable: boolean;
  selected?: string;
  selectedRelation?: string;
  mark?: (party: string) => TemplateResult | typeof nothing;
}

/** The views render only when there is a network (and so an analysis). */
export function view(port: MapPort): View {
  const o = port.options;
  const { network, analysis } = o;
  return {
    ...o,
    t: port.t(),
    level: o.headingLevel,
    network: network!,
    analysis: analysis!,
    editable: o.editable && !o.present,
  };
}

/** What the views can ask the element to do. */
export interface NetworkActions {
  select(kind: 'party' | 'relation', id: string | null): void;
  move(party: string, ring: Ring, field: NetworkField): void;
  setRegiehouder(party: string | undefined): void;
  setMemberSharing(party: string, sharing: SharingAgreement | undefined): void;
  setRegisseur(field: NetworkField, party: string | undefined): void;
  removeMember(party: string): void;
  addRelation(relation: Omit<Relation, 'id'>): void;
  updateRelation(id: string, patch: Partial<Omit<Relation, 'id'>>): void;
  removeRelation(id: string): void;
  /** Adds the chosen party (or a new one) with the form's kind, role, ring and field; false when refused. */
  addMember(choice: PartyChoice | { name: '' }, form: HTMLFormElement): boolean;
  /** Why the last member could not be added, shown with the form until one is. */
  readonly addProblem?: string;
}

export const nameOf = (c: View, id: string) => c.parties.get(id)?.name ?? id;

/** A relation in words: "Casemanager werkt samen met Huisarts Bakker (sterk, wederzijds)". */
function relationText(c: View, r: Relation): string {
  const detail = [
    r.strength ? c.t.strengths[r.strength] : c.t.noStrength,
    ...(r.directed === false ? [c.t.mutual] : []),
    ...(r.sharing ? [c.t.sharing[r.sharing]] : []),
  ].join(', ');
  return c.t.relation(nameOf(c, r.source), c.t.relationKinds[r.kind], nameOf(c, r.target), detail);
}

/** The fields `party` directs in this network, in words ("zorg en welzijn"), or '' when none. */
function directedFields(c: Pick<View, 't' | 'network'>, party: string): string {
  const fields = NETWORK_FIELDS.filter((f) => c.network.regisseurs?.[f] === party).map((f) =>
    c.t.fields[f].toLocaleLowerCase(),
  );
  return fields.join(', ');
}

/** What the text view says after a member's name: role, regiehouder, regisseur, sharing agreement. */
function memberExtras(
  c: View,
  party: string,
  role?: string,
  regiehouder?: boolean,
  sharing?: SharingAgreement,
): string {
  const directs = directedFields(c, party);
  return [
    role,
    regiehouder ? c.t.regiehouderMark : '',
    directs ? c.t.regisseurMark(directs) : '',
    sharing ? c.t.sharing[sharing] : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function memberButton(c: View, a: NetworkActions, id: string, extra?: string): TemplateResult {
  const chosen = c.selected === id;
  return html`<button type="button" class="member" part="member" aria-pressed=${chosen ? 'true' : 'false'} data-party=${id}
    @click=${() => a.select('party', chosen ? null : id)}>${nameOf(c, id)}</button>${extra ? html` <span class="muted">${extra}</span>` : nothing} ${c.mark?.(id) ?? nothing}`;
}

/** Members grouped by ring and field, each with their relations; the regiehouder stated in words. */
export function renderTextView(port: MapPort, a: NetworkActions): TemplateResult {
  const c = view(port);
  const { t, network } = c;
  const regie = c.analysis.regiehouder;
  // Relations between the carer and the naaste belong to no member, so they are listed with the centre.
  const centre = new Set([network.carer, network.caredFor]);
  const centreRelations = network.relations.filter((r) => centre.has(r.source) && centre.has(r.target));
  // Named after the network too, so two maps on one page give two distinct regions.
  return html`<section class="text-view" part="text-view" aria-label=${`${t.textView}: ${network.name}`} @keydown=${moveFocus}>
    ${heading(c.level + 1, t.textView, { class: 'h-section', id: 'text-view-heading' })}
    <p>${t.centre(nameOf(c, network.carer), nameOf(c, network.caredFor))}</p>
    <ul class="plain centre-list">
      <li>${memberButton(c, a, network.carer, memberExtras(c, network.carer, t.carer))}</li>
      <li>${memberButton(c, a, network.caredFor, memberExtras(c, network.caredFor, t.caredFor))}</li>
    </ul>
    ${centreRelations.length ? html`<ul class="relations">${centreRelations.map((r) => html`<li>${relationText(c, r)}</li>`)}</ul>` : nothing}
    <p class="regie-sentence"><strong>${regie ? `★ ${t.isRegiehouder(nameOf(c, regie))}` : t.noRegiehouder}</strong></p>
    ${regisseurSentence(c)}
    ${RINGS.map((ring) => {
      const inRing = network.members.filter((m) => m.ring === ring);
      return html`${heading(c.level + 2, html`${t.rings[ring]} <span class="muted">(${t.ringCount(inRing.length)})</span>`, { class: 'h-ring' })}
        ${inRing.length === 0 ? html`<p class="muted">${t.nobodyInRing}</p>` : nothing}
        ${NETWORK_FIELDS.filter((f) => inRing.some((m) => m.field === f)).map(
          (field) => html`
          ${heading(c.level + 3, html`${fieldMarker(field)}${t.fields[field]}`, { class: `h-field field-${field}` })}
          <ul class="plain members">
            ${inRing
              .filter((m) => m.field === field)
              .map((m) => {
                const party = c.parties.get(m.party);
                const rels = network.relations.filter((r) => r.source === m.party || r.target === m.party);
                return html`<li>
                ${memberButton(c, a, m.party, memberExtras(c, m.party, party?.role, m.regiehouder, m.sharing))}
                ${rels.length ? html`<ul class="relations">${rels.map((r) => html`<li>${relationText(c, r)}</li>`)}</ul>` : nothing}
              </li>`;
              })}
          </ul>`,
        )}`;
    })}
  </section>`;
}

/** Who directs per field, when the network names regisseurs. */
function regisseurSentence(c: View): TemplateResult | typeof nothing {
  const items = NETWORK_FIELDS.filter((f) => c.network.regisseurs?.[f] !== undefined).map((f) =>
    c.t.regisseurItem(c.t.fields[f].toLocaleLowerCase(), nameOf(c, c.network.regisseurs![f]!)),
  );
  return items.length ? html`<p class="regisseurs">▲ ${c.t.regisseurs(items)}</p>` : nothing;
}

/** ↑ and ↓ move between the members of the text view, Home and End to the first and the last. */
function moveFocus(e: KeyboardEvent) {
  const current = e.target as HTMLElement;
  if (!current.matches('button.member') || e.altKey || e.ctrlKey || e.metaKey) return;
  const all = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button.member')];
  const at = all.indexOf(current as HTMLButtonElement);
  const next =
    e.key === 'ArrowDown'
      ? all[at + 1]
      : e.key === 'ArrowUp'
        ? all[at - 1]
        : e.key === 'Home'
          ? all[0]
          : e.key === 'End'
            ? all[all.length - 1]
            : undefined;
  if (!next) return;
  e.preventDefault();
  next.focus();
}

/** Enter on a select of a form submits it, as Enter in its text fields does (a browser does not do it for a select). */
function submitFromSelect(e: KeyboardEvent) {
  const target = e.target as HTMLElement;
  if (e.key !== 'Enter' || !(target instanceof HTMLSelectElement) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey)
    return;
  e.preventDefault();
  target.form?.requestSubmit();
}

function options<T extends string>(values: readonly T[], names: Record<T, string>, current?: string): TemplateResult[] {
  return values.map((v) => html`<option value=${String(v)} ?selected=${v === current}>${names[v]}</option>`);
}

function sharingOptions(c: View, current: SharingAgreement | undefined): TemplateResult {
  return html`<option value="" ?selected=${!current}>${c.t.sharingNone}</option>${options(SHARING_AGREEMENTS, c.t.sharingNames, current)}`;
}

function relationRow(c: View, a: NetworkActions, r: Relation): TemplateResult {
  const { t } = c;
  const text = relationText(c, r);
  if (!c.editable) return html`<li>${text}</li>`;
  return html`<li class="relation-row">
    <span>${text}</span>
    <span class="row-controls">
      <select aria-label=${`${t.relationKind}: ${text}`} data-edit="kind" @change=${(e: Event) => a.updateRelation(r.id, { kind: (e.target as HTMLSelectElement).value as RelationKind })}>
        ${options(RELATION_KINDS, t.relationKindNames, r.kind)}
      </select>
      <select aria-label=${`${t.strength}: ${text}`} data-edit="strength" @change=${(e: Event) => a.updateRelation(r.id, { strength: (e.target as HTMLSelectElement).value as Strength })}>
        ${r.strength ? nothing : html`<option value="" selected>${t.noStrength}</option>`}
        ${options(STRENGTHS, t.strengths, r.strength)}
      </select>
      <select aria-label=${`${t.sharingLabel}: ${text}`} data-edit="sharing"
        @change=${(e: Event) => a.updateRelation(r.id, { sharing: ((e.target as HTMLSelectElement).value || undefined) as SharingAgreement | undefined })}>
        ${sharingOptions(c, r.sharing)}
      </select>
      <button type="button" data-edit="remove-relation" aria-label=${t.removeRelation(text)} @click=${() => a.removeRelation(r.id)}>✕</button>
    </span>
  </li>`;
}

/** The selected member or relation: what it is, and (when editable) everything that can change about it. */
export function renderDetails(port: MapPort, a: NetworkActions): TemplateResult {
  const c = view(port);
  const { t, network } = c;
  const relation = c.selectedRelation ? network.relations.find((r) => r.id === c.selectedRelation) : undefined;
  if (relation) {
    return html`<div class="details" part="details">
      ${heading(c.level + 1, t.relations, { class: 'h-section', id: 'details-heading' })}
      <ul class="plain">${relationRow(c, a, relation)}</ul>
    </div>`;
  }
  const id = c.selected;
  if (!id)
    return html`<div class="details" part="details">${heading(c.level + 1, t.details, { class: 'h-section', id: 'details-heading' })}<p class="muted">${t.nothingSelected}</p></div>`;
  const party = c.parties.get(id);
  const member = network.members.find((m) => m.party === id);
  const rels = network.relations.filter((r) => r.source === id || r.target === id);
  const others = [network.carer, network.caredFor, ...network.members.map((m) => m.party)].filter((p) => p !== id);
  const where = member
    ? `${t.rings[member.ring]} · ${t.fields[member.field]}`
    : id === network.carer
      ? t.carer
      : t.caredFor;
  return html`<div class="details" part="details">
    ${heading(c.level + 1, party?.name ?? id, { class: 'h-section', id: 'details-heading' })}
    <p>${[party?.role, where].filter(Boolean).join(' · ')}${member?.regiehouder ? html` · <strong>${t.regiehouderMark}</strong>` : nothing}${directedFields(c, id) ? html` · <strong>${t.regisseurMark(directedFields(c, id))}</strong>` : nothing}</p>
    ${member?.sharing && !c.editable ? html`<p>${t.sharingOfMember(t.sharing[member.sharing])}</p>` : nothing}
    ${
      c.editable && member
        ? html`
      <fieldset class="move">
        <legend>${t.move}</legend>
        <label>${t.ring} <select data-edit="ring" @change=${(e: Event) => a.move(id, (e.target as HTMLSelectElement).value as Ring, member.field)}>${options(RINGS, t.rings, member.ring)}</select></label>
        <label>${t.field} <select data-edit="field" @change=${(e: Event) => a.move(id, member.ring, (e.target as HTMLSelectElement).value as NetworkField)}>${options(NETWORK_FIELDS, t.fields, member.field)}</select></label>
      </fieldset>
      <button type="button" data-edit="regiehouder" aria-pressed=${member.regiehouder ? 'true' : 'false'}
        @click=${() => a.setRegiehouder(member.regiehouder ? undefined : id)}>${member.regiehouder ? t.clearRegiehouder : t.makeRegiehouder}</button>
      <label class="sharing">${t.sharingLabel} <select data-edit="member-sharing"
        @change=${(e: Event) => a.setMemberSharing(id, ((e.target as HTMLSelectElement).value || undefined) as SharingAgreement | undefined)}>${sharingOptions(c, member.sharing)}</select></label>`
        : nothing
    }
    ${
      c.editable
        ? html`<fieldset class="regisseur">
      <legend>${t.regisseurFor}</legend>
      ${NETWORK_FIELDS.map((f) => {
        const directs = network.regisseurs?.[f] === id;
        return html`<label><input type="checkbox" data-edit=${`regisseur-${f}`} .checked=${directs}
          @change=${(e: Event) => a.setRegisseur(f, (e.target as HTMLInputElement).checked ? id : undefined)}> ${t.fields[f]}</label>`;
      })}
    </fieldset>`
        : nothing
    }
    ${heading(c.level + 2, t.relations, { class: 'h-sub' })}
    ${rels.length ? html`<ul class="plain">${rels.map((r) => relationRow(c, a, r))}</ul>` : html`<p class="muted">${t.noRelations}</p>`}
    ${
      c.editable && others.length
        ? html`<form class="add-relation" data-edit="add-relation" @keydown=${submitFromSelect} @submit=${(
            e: SubmitEvent,
          ) => {
            e.preventDefault();
            const f = new FormData(e.target as HTMLFormElement);
            const other = String(f.get('other'));
            const direction = String(f.get('direction'));
            const strength = String(f.get('strength')) as Strength;
            a.addRelation({
              source: direction === 'in' ? other : id,
              target: direction === 'in' ? id : other,
              kind: String(f.get('kind')) as RelationKind,
              strength,
              ...(direction === 'both' ? { directed: false } : {}),
            });
          }}>
      <fieldset><legend>${t.addRelation}</legend>
        <label>${t.relationWith} <select name="other">${others.map((p) => html`<option value=${p}>${nameOf(c, p)}</option>`)}</select></label>
        <label>${t.relationKind} <select name="kind">${options(RELATION_KINDS, t.relationKindNames)}</select></label>
        <label>${t.strength} <select name="strength">${options(STRENGTHS, t.strengths)}</select></label>
        <label>${t.direction} <select name="direction">
          <option value="out">${t.directionOut}</option><option value="in">${t.directionIn}</option><option value="both">${t.directionBoth}</option>
        </select></label>
        <button type="submit">${t.addRelation}</button>
      </fieldset>
    </form>`
        : nothing
    }
    ${c.editable && member ? html`<button type="button" class="danger" data-edit="remove-member" @click=${() => a.removeMember(id)}>${t.removeMember}</button>` : nothing}
  </div>`;
}

/**
 * Adding a member: the party combobox lists the parties of the dataset not yet on the map; a new party
 * only comes from its own option, so typing part of a name never makes a double.
 */
export function renderAddForm(port: MapPort, a: NetworkActions, field: PartyCombobox): TemplateResult {
  const c = view(port);
  const { t } = c;
  const problem = a.addProblem;
  const onMap = new Set([c.network.carer, c.network.caredFor, ...c.network.members.map((m) => m.party)]);
  const form = createRef<HTMLFormElement>();
  const pick: PartyComboboxOptions = {
    parties: port.snapshot.parties.filter((p) => !onMap.has(p.id)),
    label: t.addName,
    lang: port.lang(),
    describedBy: problem ? 'add-problem' : undefined,
    invalid: !!problem,
    choose: (choice) => a.addMember(choice, form.value!),
  };
  return html`<form class="add-member" part="add-member" data-edit="add-member" ${ref(form)} @keydown=${submitFromSelect} @submit=${(
    e: SubmitEvent,
  ) => {
    e.preventDefault();
    if (field.query.trim()) field.submit(pick);
    else a.addMember({ name: '' }, form.value!);
  }}>
    <fieldset><legend>${t.add}</legend>
      <div class="wide">${field.render(pick)}</div>
      <label>${t.addKind} <select name="kind">${options<PartyKind>(PARTY_KINDS, t.kinds, 'persoon')}</select></label>
      <label>${t.addRole} <input name="role" autocomplete="off"></label>
      <label>${t.ring} <select name="ring">${options(RINGS, t.rings, 'dichtbij')}</select></label>
      <label>${t.field} <select name="field">${options(NETWORK_FIELDS, t.fields, 'zorg')}</select></label>
      <button type="submit" class="primary">${t.addButton}</button>
      ${problem ? html`<p id="add-problem" class="problem" role="alert">${problem}</p>` : nothing}
    </fieldset>
  </form>`;
}
