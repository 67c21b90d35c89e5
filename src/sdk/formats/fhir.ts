/**
 * HL7 FHIR R4 for care networks: a `collection` Bundle around one `CareTeam`.
 *
 * - the naaste is the `Patient` and the CareTeam's `subject`;
 * - people in the own network (kind `persoon`, field `informeel`) and the carer are `RelatedPerson`s
 *   (the zib ContactPerson maps to RelatedPerson the same way);
 * - other people are a `Practitioner` with a `PractitionerRole`; organisations, teams and initiatives
 *   are an `Organization`;
 * - every member is a `CareTeam.participant` with its `role` (the party's role in words), and three
 *   extensions: ring, field and regiehouder;
 * - who talks to whom is a `network-relation` extension on the CareTeam.
 *
 * Import reads such a Bundle (also one made elsewhere) and reports what it could not map.
 */
import { FIELDS, NETWORK_FIELDS, PARTY_KINDS, RELATION_KINDS, RINGS, STRENGTHS, emptyDataset,
  type CareNetwork, type Dataset, type Field, type NetworkField, type Party, type Relation, type Ring } from '../model.js';
import type { Issue, Severity } from '../issues.js';
import { parseDataset } from '../parse.js';
import { fhirMessages, type FhirMessages } from '../../translations/care-network-map.js';
import { FHIR_REGISSEUR_EXTENSION, FHIR_SHARING_EXTENSION, readRegisseur, readSharing, regisseurExtensions, sharingExtension } from './fhir-sharing.js';

/** Base of the extension and code system URLs samenspel defines (URNs: they name, they do not resolve). */
export const FHIR_BASE = 'urn:samenspel:fhir';
export const FHIR_EXTENSION = {
  ring: `${FHIR_BASE}:StructureDefinition:network-ring`,
  field: `${FHIR_BASE}:StructureDefinition:network-field`,
  regiehouder: `${FHIR_BASE}:StructureDefinition:regiehouder`,
  partyField: `${FHIR_BASE}:StructureDefinition:party-field`,
  partyKind: `${FHIR_BASE}:StructureDefinition:party-kind`,
  relation: `${FHIR_BASE}:StructureDefinition:network-relation`,
  sharing: FHIR_SHARING_EXTENSION,
  regisseur: FHIR_REGISSEUR_EXTENSION,
} as const;
/** Code system of the roles in a network: `mantelzorger`, `naaste`, `regiehouder`. */
export const FHIR_ROLE_SYSTEM = `${FHIR_BASE}:CodeSystem:network-role`;
/** SNOMED CT 133932002 |Caregiver|: the mantelzorger; a code of FHIR's participant-role value set. */
export const SNOMED_CAREGIVER = { system: 'http://snomed.info/sct', code: '133932002', display: 'Caregiver' } as const;
/** Identifier system that keeps samenspel's own ids through a round trip. */
export const FHIR_ID_SYSTEM = `${FHIR_BASE}:party-id`;

type Json = Record<string, unknown>;
interface Extension { url: string; [value: string]: unknown }

/** Exports one care network as a FHIR R4 Bundle (type `collection`). */
export function toFhirBundle(dataset: Dataset, networkId?: string): Json {
  const network = networkId ? dataset.careNetworks.find((n) => n.id === networkId) : dataset.careNetworks[0];
  if (!network) return { resourceType: 'Bundle', type: 'collection', entry: [] };
  const parties = new Map(dataset.parties.map((p) => [p.id, p]));
  const fhirIds = new FhirIds();
  const entries: Json[] = [];
  const refs = new Map<string, string>();
  const patientRef = `Patient/${fhirIds.of(network.caredFor)}`;
  const add = (resource: Json) => entries.push({ fullUrl: `urn:uuid:${String(resource.resourceType).toLowerCase()}-${String(resource.id)}`, resource });

  const caredFor = parties.get(network.caredFor);
  add({ resourceType: 'Patient', id: fhirIds.of(network.caredFor), identifier: [ident(network.caredFor)], name: [{ text: caredFor?.name ?? network.caredFor }], ...partyExtensions(caredFor) });
  refs.set(network.caredFor, patientRef);

  const addParty = (id: string, carer: boolean) => {
    const p = parties.get(id);
    if (!p) return;
    const fid = fhirIds.of(id);
    const common = { id: fid, identifier: [ident(id)], ...partyExtensions(p), ...(telecom(p).length ? { telecom: telecom(p) } : {}) };
    if (carer || (p.kind === 'persoon' && p.field === 'informeel')) {
      const relationship = carer ? [{ coding: [SNOMED_CAREGIVER, { system: FHIR_ROLE_SYSTEM, code: 'mantelzorger', display: 'mantelzorger' }], text: p.role ?? 'mantelzorger' }] : p.role ? [{ text: p.role }] : undefined;
      add({ resourceType: 'RelatedPerson', ...common, patient: { reference: patientRef }, ...(relationship ? { relationship } : {}), name: [{ text: p.name }] });
      refs.set(id, `RelatedPerson/${fid}`);
    } else if (p.kind === 'persoon') {
      add({ resourceType: 'Practitioner', ...common, name: [{ text: p.name }] });
      add({ resourceType: 'PractitionerRole', id: `${fid}-role`, practitioner: { reference: `Practitioner/${fid}` }, ...(p.role ? { code: [{ text: p.role }] } : {}) });
      refs.set(id, `PractitionerRole/${fid}-role`);
    } else {
      add({ resourceType: 'Organization', ...common, name: p.name, ...(p.role ? { type: [{ text: p.role }] } : {}) });
      refs.set(id, `Organization/${fid}`);
    }
  };
  addParty(network.carer, true);
  for (const m of network.members) addParty(m.party, false);

  const participant = [
    { role: [{ coding: [SNOMED_CAREGIVER, { system: FHIR_ROLE_SYSTEM, code: 'mantelzorger', display: 'mantelzorger' }] }], member: { reference: refs.get(network.carer) } },
    ...network.members.filter((m) => refs.has(m.party)).map((m) => {
      const p = parties.get(m.party);
      const role = [{ ...(m.regiehouder ? { coding: [{ system: FHIR_ROLE_SYSTEM, code: 'regiehouder', display: 'regiehouder' }] } : {}), text: p?.role ?? p?.name ?? m.party }];
      return {
        extension: [
          { url: FHIR_EXTENSION.ring, valueCode: m.ring },
          { url: FHIR_EXTENSION.field, valueCode: m.field },
          ...(m.regiehouder ? [{ url: FHIR_EXTENSION.regiehouder, valueBoolean: true }] : []),
          ...sharingExtension(m.sharing),
        ],
        role,
        member: { reference: refs.get(m.party) },
      };
    }),
  ];
  const relations = network.relations.filter((r) => refs.has(r.source) && refs.has(r.target)).map((r) => ({
    url: FHIR_EXTENSION.relation,
    extension: [
      { url: 'id', valueString: r.id },
      { url: 'source', valueReference: { reference: refs.get(r.source) } },
      { url: 'target', valueReference: { reference: refs.get(r.target) } },
      { url: 'kind', valueCode: r.kind },
      ...(r.strength ? [{ url: 'strength', valueCode: r.strength }] : []),
      ...(r.directed === false ? [{ url: 'directed', valueBoolean: false }] : []),
      ...(r.note ? [{ url: 'note', valueString: r.note }] : []),
      ...sharingExtension(r.sharing, 'sharing'),
    ],
  }));
  const regisseurs = regisseurExtensions(network, (party) => refs.get(party) ?? (party === network.caredFor ? patientRef : undefined));
  add({
    resourceType: 'CareTeam',
    id: fhirIds.of(network.id),
    identifier: [ident(network.id)],
    status: 'active',
    name: network.name,
    subject: { reference: patientRef },
    participant,
    ...(relations.length || regisseurs.length ? { extension: [...relations, ...regisseurs] } : {}),
    ...(network.note ? { note: [{ text: network.note }] } : {}),
  });
  return { resourceType: 'Bundle', type: 'collection', ...(dataset.title ? { meta: { tag: [{ display: dataset.title }] } } : {}), entry: entries };
}

export interface FhirImportResult {
  /** Parties and one care network per CareTeam, as a samenspel dataset. */
  dataset: Dataset;
  /** What could not be mapped, or was mapped by a guess. */
  issues: Issue[];
}

/** Reads a FHIR R4 Bundle (object or JSON text) with one or more CareTeams. Never throws. */
export function fromFhirBundle(input: unknown, options: { today?: string } = {}): FhirImportResult {
  const issues: Issue[] = [];
  const report = fhirIssue(issues);
  let bundle: unknown = input;
  if (typeof input === 'string') {
    try {
      bundle = JSON.parse(input);
    } catch {
      report('$', 'error', 'not-json', 'notJson');
      return { dataset: emptyDataset(), issues };
    }
  }
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle' || !Array.isArray(bundle.entry)) {
    report('$', 'error', 'fhir-not-bundle', 'notBundle');
    return { dataset: emptyDataset(), issues };
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const resources = new Map<string, { resource: Json; index: number }>();
  bundle.entry.forEach((entry, index) => {
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource) || typeof resource.resourceType !== 'string') {
      report(`$.entry[${index}]`, 'warning', 'fhir-no-resource', 'noResource');
      return;
    }
    const key = `${resource.resourceType}/${String(resource.id ?? '')}`;
    resources.set(key, { resource, index });
    if (isObject(entry) && typeof entry.fullUrl === 'string') resources.set(entry.fullUrl, { resource, index });
  });

  const parties: Party[] = [];
  const partyByRef = new Map<string, string>();
  const usedIds = new Set<string>();
  const partyFor = (ref: unknown, path: string): string | undefined => {
    const reference = isObject(ref) && typeof ref.reference === 'string' ? ref.reference : undefined;
    if (!reference) return undefined;
    if (partyByRef.has(reference)) return partyByRef.get(reference);
    const found = resources.get(reference);
    if (!found) {
      report(path, 'warning', 'fhir-missing-reference', 'missingReference', reference);
      return undefined;
    }
    let party = readParty(found.resource, resources);
    if (!party) {
      report(path, 'warning', 'fhir-unsupported-member', 'unsupportedMember', String(found.resource.resourceType));
      return undefined;
    }
    if (usedIds.has(party.id)) party = { ...party, id: `${party.id}-${usedIds.size}` };
    usedIds.add(party.id);
    parties.push(party);
    partyByRef.set(reference, party.id);
    return party.id;
  };

  const careNetworks: CareNetwork[] = [];
  for (const { resource, index } of new Map([...resources.values()].map((v) => [v.resource, v])).values()) {
    if (resource.resourceType !== 'CareTeam') continue;
    const at = `$.entry[${index}].resource`;
    const caredFor = partyFor(resource.subject, `${at}.subject`);
    if (!caredFor) {
      report(`${at}.subject`, 'error', 'fhir-no-subject', 'noSubject');
      continue;
    }
    const participants = Array.isArray(resource.participant) ? resource.participant : [];
    const memberRef = (pt: unknown) => (isObject(pt) && isObject(pt.member) ? String(pt.member.reference ?? '') : '');
    const roles = (pt: unknown) => (isObject(pt) && Array.isArray(pt.role) ? pt.role : []);
    // The carer is the participant coded mantelzorger; without one, the first RelatedPerson is taken.
    let carerAt = participants.findIndex((pt) => roles(pt).some((r) => hasCode(r, 'mantelzorger') || hasSnomedCaregiver(r)));
    // A RelatedPerson coded as caregiver (SNOMED) is the carer too, as other systems write it.
    if (carerAt < 0) carerAt = participants.findIndex((pt) => isCaregiver(resources.get(memberRef(pt))?.resource));
    const guessedCarer = carerAt < 0;
    if (guessedCarer) carerAt = participants.findIndex((pt) => memberRef(pt).startsWith('RelatedPerson/') || resources.get(memberRef(pt))?.resource.resourceType === 'RelatedPerson');
    const carer = carerAt >= 0 ? partyFor((participants[carerAt] as Json).member, `${at}.participant[${carerAt}].member`) : undefined;
    if (!carer) {
      report(`${at}.participant`, 'error', 'fhir-no-carer', 'noCarer');
      continue;
    }
    if (guessedCarer) report(`${at}.participant[${carerAt}]`, 'warning', 'fhir-guessed-carer', 'guessedCarer', parties.find((p) => p.id === carer)?.name ?? carer);
    const members: CareNetwork['members'] = [];
    participants.forEach((pt, i) => {
      const path = `${at}.participant[${i}]`;
      if (!isObject(pt) || i === carerAt) return;
      const period = isObject(pt.period) ? pt.period : undefined;
      if (period && typeof period.end === 'string' && period.end.slice(0, 10) < today) {
        report(`${path}.period`, 'warning', 'fhir-ended', 'ended', period.end.slice(0, 10));
        return;
      }
      const party = partyFor(pt.member, `${path}.member`);
      if (!party) {
        if (!isObject(pt.member)) report(path, 'warning', 'fhir-no-member', 'noMember');
        return;
      }
      if (party === caredFor || party === carer || members.some((m) => m.party === party)) return;
      const ext = extensions(pt);
      const found = parties.find((p) => p.id === party)!;
      let ring = ext.get(FHIR_EXTENSION.ring)?.valueCode as Ring | undefined;
      if (!ring || !RINGS.includes(ring)) {
        ring = found.field === 'informeel' && found.kind === 'persoon' ? 'eigen-netwerk' : 'dichtbij';
        report(path, 'warning', 'fhir-guessed-ring', 'guessedRing', found.name, ring);
      }
      let field = ext.get(FHIR_EXTENSION.field)?.valueCode as NetworkField | undefined;
      if (!field || !NETWORK_FIELDS.includes(field)) {
        field = (NETWORK_FIELDS as readonly string[]).includes(found.field) ? (found.field as NetworkField) : 'zorg';
        report(path, 'warning', 'fhir-guessed-field', 'guessedField', found.name, field);
      }
      const regiehouder = ext.get(FHIR_EXTENSION.regiehouder)?.valueBoolean === true || roles(pt).some((r) => hasCode(r, 'regiehouder'));
      const sharing = readSharing(pt.extension);
      members.push({ party, ring, field, ...(regiehouder ? { regiehouder: true } : {}), ...(sharing ? { sharing } : {}) });
    });
    const relations: Relation[] = [];
    const regisseurs: CareNetwork['regisseurs'] = {};
    for (const [i, ext] of (Array.isArray(resource.extension) ? resource.extension : []).entries()) {
      if (!isObject(ext)) continue;
      const path = `${at}.extension[${i}]`;
      if (ext.url === FHIR_REGISSEUR_EXTENSION && readRegisseur(ext, (ref) => partyFor(ref, path), regisseurs)) continue;
      if (ext.url !== FHIR_EXTENSION.relation) {
        report(path, 'warning', 'fhir-unknown-extension', 'unknownExtension', String(ext.url));
        continue;
      }
      const parts = extensions(ext);
      const source = partyFor(parts.get('source')?.valueReference, path);
      const target = partyFor(parts.get('target')?.valueReference, path);
      if (!source || !target) {
        report(path, 'warning', 'fhir-bad-relation', 'badRelation');
        continue;
      }
      const kind = parts.get('kind')?.valueCode;
      const strength = parts.get('strength')?.valueCode;
      const id = String(parts.get('id')?.valueString ?? `relation-${relations.length + 1}`);
      relations.push({
        id,
        source,
        target,
        kind: (RELATION_KINDS as readonly unknown[]).includes(kind) ? (kind as Relation['kind']) : 'werkt-samen',
        ...((STRENGTHS as readonly unknown[]).includes(strength) ? { strength: strength as Relation['strength'] } : {}),
        ...(parts.get('directed')?.valueBoolean === false ? { directed: false } : {}),
        ...(typeof parts.get('note')?.valueString === 'string' ? { note: String(parts.get('note')!.valueString) } : {}),
        ...(readSharing(ext.extension, 'sharing') ? { sharing: readSharing(ext.extension, 'sharing') } : {}),
      });
    }
    const id = ownId(resource) ?? `network-${careNetworks.length + 1}`;
    const name = typeof resource.name === 'string' && resource.name.trim() ? resource.name : id;
    const note = Array.isArray(resource.note) && isObject(resource.note[0]) && typeof resource.note[0].text === 'string' ? resource.note[0].text : undefined;
    careNetworks.push({ id, name, carer, caredFor, members, relations, ...(Object.keys(regisseurs).length ? { regisseurs } : {}), ...(note ? { note } : {}) });
  }
  if (!careNetworks.length && !issues.some((i) => i.severity === 'error')) report('$', 'error', 'fhir-no-careteam', 'noCareTeam');
  const known = new Set(['CareTeam', 'Patient', 'RelatedPerson', 'Practitioner', 'PractitionerRole', 'Organization']);
  for (const { resource, index } of new Map([...resources.values()].map((v) => [v.resource, v])).values()) {
    if (!known.has(String(resource.resourceType))) report(`$.entry[${index}]`, 'warning', 'fhir-unsupported-resource', 'unsupportedResource', String(resource.resourceType));
  }
  const title = isObject(bundle.meta) && Array.isArray(bundle.meta.tag) && isObject(bundle.meta.tag[0]) && typeof bundle.meta.tag[0].display === 'string' ? bundle.meta.tag[0].display : undefined;
  // The result goes through the same checks as any samenspel file, so it is valid (and regiehouders are at most one).
  const checked = parseDataset({ ...emptyDataset(title), parties, careNetworks });
  return { dataset: checked.dataset, issues: [...issues, ...checked.issues] };
}

function readParty(resource: Json, resources: Map<string, { resource: Json }>): Party | undefined {
  const type = resource.resourceType;
  let source = resource;
  let role: string | undefined;
  if (type === 'PractitionerRole') {
    role = text(Array.isArray(resource.code) ? resource.code[0] : undefined);
    const ref = isObject(resource.practitioner) ? resource.practitioner.reference : undefined;
    const org = isObject(resource.organization) ? resource.organization.reference : undefined;
    const target = (typeof ref === 'string' && resources.get(ref)?.resource) || (typeof org === 'string' && resources.get(org)?.resource);
    if (!target) return undefined;
    source = target;
  } else if (type === 'RelatedPerson') {
    role = text(Array.isArray(resource.relationship) ? resource.relationship[0] : undefined);
  } else if (type === 'Organization') {
    role = text(Array.isArray(resource.type) ? resource.type[0] : undefined);
  } else if (type !== 'Patient' && type !== 'Practitioner') {
    return undefined;
  }
  const ext = extensions(source);
  const kindCode = ext.get(FHIR_EXTENSION.partyKind)?.valueCode;
  const fieldCode = ext.get(FHIR_EXTENSION.partyField)?.valueCode;
  const isOrg = source.resourceType === 'Organization';
  const kind = (PARTY_KINDS as readonly unknown[]).includes(kindCode) ? (kindCode as Party['kind']) : isOrg ? 'organisatie' : 'persoon';
  const field: Field = (FIELDS as readonly unknown[]).includes(fieldCode)
    ? (fieldCode as Field)
    : source.resourceType === 'RelatedPerson' || source.resourceType === 'Patient' ? 'informeel' : 'zorg';
  const name = isOrg ? (typeof source.name === 'string' ? source.name : undefined) : humanName(source.name);
  const id = ownId(source) ?? `${String(source.resourceType).toLowerCase()}-${String(source.id ?? 'x')}`;
  const contact: NonNullable<Party['contact']> = {};
  for (const t of Array.isArray(source.telecom) ? source.telecom : []) {
    if (!isObject(t) || typeof t.value !== 'string') continue;
    if (t.system === 'phone' && !contact.phone) contact.phone = t.value;
    else if (t.system === 'email' && !contact.email) contact.email = t.value;
    else if (t.system === 'url' && !contact.website) contact.website = t.value;
  }
  return {
    id, name: name?.trim() || id, kind, field,
    ...(role ? { role } : {}),
    ...(Object.keys(contact).length ? { contact } : {}),
  };
}

function partyExtensions(p: Party | undefined): Json {
  if (!p) return {};
  return { extension: [{ url: FHIR_EXTENSION.partyKind, valueCode: p.kind }, { url: FHIR_EXTENSION.partyField, valueCode: p.field }] };
}

function telecom(p: Party): Json[] {
  const c = p.contact ?? {};
  return [
    ...(c.phone ? [{ system: 'phone', value: c.phone }] : []),
    ...(c.email ? [{ system: 'email', value: c.email }] : []),
    ...(c.website ? [{ system: 'url', value: c.website }] : []),
  ];
}

function ident(id: string): Json {
  return { system: FHIR_ID_SYSTEM, value: id };
}

function ownId(resource: Json): string | undefined {
  const list = Array.isArray(resource.identifier) ? resource.identifier : [];
  const own = list.find((i) => isObject(i) && i.system === FHIR_ID_SYSTEM && typeof i.value === 'string');
  return isObject(own) ? String(own.value) : undefined;
}

/** FHIR ids allow only `A-Z a-z 0-9 - .`, up to 64 characters; samenspel ids may hold more. */
class FhirIds {
  #map = new Map<string, string>();
  #used = new Set<string>();
  of(id: string): string {
    let fid = this.#map.get(id);
    if (fid) return fid;
    const base = id.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 56) || 'id';
    fid = base;
    for (let n = 2; this.#used.has(fid); n++) fid = `${base}-${n}`;
    this.#used.add(fid);
    this.#map.set(id, fid);
    return fid;
  }
}

function extensions(resource: Json): Map<string, Extension> {
  const map = new Map<string, Extension>();
  for (const e of Array.isArray(resource.extension) ? resource.extension : []) if (isObject(e) && typeof e.url === 'string') map.set(e.url, e as Extension);
  return map;
}

function hasCode(concept: unknown, code: string): boolean {
  return isObject(concept) && Array.isArray(concept.coding) && concept.coding.some((c) => isObject(c) && c.system === FHIR_ROLE_SYSTEM && c.code === code);
}

function hasSnomedCaregiver(concept: unknown): boolean {
  return isObject(concept) && Array.isArray(concept.coding) && concept.coding.some((c) => isObject(c) && c.system === SNOMED_CAREGIVER.system && c.code === SNOMED_CAREGIVER.code);
}

function isCaregiver(resource: Json | undefined): boolean {
  return !!resource && resource.resourceType === 'RelatedPerson' && Array.isArray(resource.relationship) && resource.relationship.some(hasSnomedCaregiver);
}

function text(concept: unknown): string | undefined {
  if (!isObject(concept)) return undefined;
  if (typeof concept.text === 'string' && concept.text.trim()) return concept.text.trim();
  const coding = Array.isArray(concept.coding) ? concept.coding.find((c) => isObject(c) && typeof c.display === 'string') : undefined;
  return isObject(coding) ? String(coding.display) : undefined;
}

function humanName(names: unknown): string | undefined {
  const n = Array.isArray(names) ? names[0] : undefined;
  if (!isObject(n)) return undefined;
  if (typeof n.text === 'string') return n.text;
  const given = Array.isArray(n.given) ? n.given.filter((g) => typeof g === 'string').join(' ') : '';
  return [given, typeof n.family === 'string' ? n.family : ''].filter(Boolean).join(' ') || undefined;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

type FhirKey = keyof FhirMessages;
type FhirArgs<K extends FhirKey> = FhirMessages[K] extends (...args: infer A) => string ? A : [];

function fhirIssue(issues: Issue[]) {
  return <K extends FhirKey>(path: string, severity: Severity, code: string, key: K, ...args: FhirArgs<K>) => {
    const say = (m: FhirMessages) => {
      const entry = m[key] as string | ((...a: unknown[]) => string);
      return typeof entry === 'function' ? entry(...args) : entry;
    };
    issues.push({ path, severity, code, message: { nl: say(fhirMessages.nl), en: say(fhirMessages.en) } });
  };
}
