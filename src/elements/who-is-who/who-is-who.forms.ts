import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import {
  FIELDS,
  PARTY_KINDS,
  RELATION_KINDS,
  type Field,
  type Party,
  type PartyKind,
  type Relation,
  type RelationKind,
} from '../../sdk/model.js';
import type { WhoIsWhoPort } from './who-is-who.port.js';

/** What the edit panel shows: a party form (new or existing) or a new relation from a party. */
export type Editing = { mode: 'party'; party?: Party } | { mode: 'relation'; source: Party };

const list = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const text = (value: FormDataEntryValue | null) => String(value ?? '').trim();

/** A party record from the party form; empty fields are left out, the id and position are kept. */
export function partyFromForm(form: HTMLFormElement, id: string, before?: Party): Party {
  const data = new FormData(form);
  const contact = Object.fromEntries(
    (['phone', 'email', 'website', 'address'] as const).map((k) => [k, text(data.get(k))]).filter(([, v]) => v),
  );
  const record: Party = {
    id,
    name: text(data.get('name')),
    kind: text(data.get('kind')) as PartyKind,
    field: text(data.get('field')) as Field,
  };
  const description = text(data.get('description'));
  const role = text(data.get('role'));
  const targetGroups = list(data.get('targetGroups'));
  const areas = list(data.get('areas'));
  const lastVerified = text(data.get('lastVerified'));
  if (description) record.description = description;
  if (role) record.role = role;
  if (targetGroups.length) record.targetGroups = targetGroups;
  if (areas.length) record.areas = areas;
  if (Object.keys(contact).length) record.contact = contact;
  if (lastVerified) record.lastVerified = lastVerified;
  if (before?.position) record.position = before.position;
  return record;
}

/** A relation record from the relation form. */
export function relationFromForm(form: HTMLFormElement, id: string, source: string): Relation {
  const data = new FormData(form);
  return {
    id,
    source,
    target: text(data.get('target')),
    kind: text(data.get('kind')) as RelationKind,
    directed: false,
  };
}

/** What the element does when a form is sent or left. */
export interface FormActions {
  submit: (form: HTMLFormElement) => void;
  cancel: () => void;
}

/** The form to add or change a party. */
export function renderPartyForm(port: WhoIsWhoPort, party: Party | undefined, actions: FormActions): TemplateResult {
  const t = port.t();
  const c = party?.contact ?? {};
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    actions.submit(e.target as HTMLFormElement);
  };
  return html`<form class="edit" part="form" aria-labelledby="form-title" @submit=${onSubmit}>
    ${heading(port.options.headingLevel, party ? t.formTitleEdit : t.formTitleNew, { id: 'form-title', class: 'h' })}
    <label>${t.name} ${t.required}<input name="name" required maxlength="500" .value=${party?.name ?? ''} /></label>
    <label>${t.kind}
      <select name="kind">${PARTY_KINDS.map((k) => html`<option value=${k} ?selected=${(party?.kind ?? 'organisatie') === k}>${t.kindNames[k]}</option>`)}</select>
    </label>
    <label>${t.field}
      <select name="field">${FIELDS.map((f) => html`<option value=${f} ?selected=${(party?.field ?? 'welzijn') === f}>${t.fieldNames[f]}</option>`)}</select>
    </label>
    <label>${t.whatWeDo}<textarea name="description" rows="3" .value=${party?.description ?? ''}></textarea></label>
    <label>${t.role}<input name="role" .value=${party?.role ?? ''} /></label>
    <label>${t.targetGroups}<input name="targetGroups" aria-describedby="comma-hint" .value=${party?.targetGroups?.join(', ') ?? ''} /></label>
    <label>${t.areas}<input name="areas" aria-describedby="comma-hint" .value=${party?.areas?.join(', ') ?? ''} /></label>
    <span id="comma-hint" class="hint">${t.commaHint}</span>
    <label>${t.phone}<input name="phone" type="tel" autocomplete="off" .value=${c.phone ?? ''} /></label>
    <label>${t.email}<input name="email" type="email" autocomplete="off" .value=${c.email ?? ''} /></label>
    <label>${t.website}<input name="website" type="url" placeholder="https://" .value=${c.website ?? ''} /></label>
    <label>${t.address}<input name="address" .value=${c.address ?? ''} /></label>
    <label>${t.lastVerified}<input name="lastVerified" type="date" .value=${party?.lastVerified ?? ''} /></label>
    <div class="actions">
      <button type="submit" class="primary">${t.save}</button>
      <button type="button" @click=${actions.cancel}>${t.cancel}</button>
    </div>
  </form>`;
}

/** The form to add a relation from `source` to another party. */
export function renderRelationForm(port: WhoIsWhoPort, source: Party, actions: FormActions): TemplateResult {
  const t = port.t();
  const others = port.snapshot.parties.filter((p) => p.id !== source.id);
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    actions.submit(e.target as HTMLFormElement);
  };
  return html`<form class="edit" part="form" aria-labelledby="form-title" @submit=${onSubmit}>
    ${heading(port.options.headingLevel, html`${t.relationFormTitle}: ${source.name}`, { id: 'form-title', class: 'h' })}
    <label>${t.with} ${t.required}
      <select name="target" required>
        <option value="">${t.choose}</option>
        ${others.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
      </select>
    </label>
    <label>${t.relationKind}
      <select name="kind">${RELATION_KINDS.map((k) => html`<option value=${k}>${t.relationKinds[k]}</option>`)}</select>
    </label>
    <div class="actions">
      <button type="submit" class="primary">${t.save}</button>
      <button type="button" @click=${actions.cancel}>${t.cancel}</button>
    </div>
    ${nothing}
  </form>`;
}
