/**
 * What samenspel's two FHIR R4 exports share: the care-network Bundle (`fhir.ts`) and the who-is-who
 * directory Bundle (`fhir-directory.ts`). samenspel's own extension and code-system URLs, the Dutch
 * (Nictiz) profiles and codes, how a party becomes a resource and back, and how a relation's details travel.
 */
import {
  FIELDS,
  PARTY_KINDS,
  STRENGTHS,
  emptyDataset,
  type Dataset,
  type Field,
  type Party,
  type Relation,
} from '../model.js';
import { issueFrom, type Issue, type Severity } from '../issues.js';
import { parseDataset } from '../parse.js';
import { fhirMessages, type FhirMessages } from '../messages/fhir.js';
import { uuidFor } from './uuid.js';
import { FHIR_REGISSEUR_EXTENSION, FHIR_SHARING_EXTENSION, readSharing, sharingExtension } from './fhir-sharing.js';

/** Base of the extension and code system URLs samenspel defines (URNs: they name, they do not resolve). */
export const FHIR_BASE = 'urn:samenspel:fhir';
export const FHIR_EXTENSION = {
  ring: `${FHIR_BASE}:StructureDefinition:network-ring`,
  field: `${FHIR_BASE}:StructureDefinition:network-field`,
  regiehouder: `${FHIR_BASE}:StructureDefinition:regiehouder`,
  partyField: `${FHIR_BASE}:StructureDefinition:party-field`,
  partyKind: `${FHIR_BASE}:StructureDefinition:party-kind`,
  /** A relation as a whole (id, source, target, kind and details): on a CareTeam, or on a person's resource in a directory. */
  relation: `${FHIR_BASE}:StructureDefinition:network-relation`,
  /** How a relation is (strength, direction, note), on an OrganizationAffiliation, which names the two sides itself. */
  relationDetails: `${FHIR_BASE}:StructureDefinition:relation-details`,
  sharing: FHIR_SHARING_EXTENSION,
  regisseur: FHIR_REGISSEUR_EXTENSION,
} as const;
/** Code system of the roles in a network: `mantelzorger`, `naaste`, `regiehouder`. */
export const FHIR_ROLE_SYSTEM = `${FHIR_BASE}:CodeSystem:network-role`;
/** Code system of the kinds of relation: `werkt-samen`, `verwijst`, `ondersteunt`, `coordineert`, `informeert`. */
export const FHIR_RELATION_SYSTEM = `${FHIR_BASE}:CodeSystem:relation-kind`;
/** Identifier system that keeps samenspel's own ids through a round trip. */
export const FHIR_ID_SYSTEM = `${FHIR_BASE}:party-id`;
/** Identifier system of samenspel's relation ids (on an OrganizationAffiliation). */
export const FHIR_RELATION_ID_SYSTEM = `${FHIR_BASE}:relation-id`;

const SNOMED = 'http://snomed.info/sct';
/** SNOMED CT 133932002 |Caregiver|: the mantelzorger; a code of FHIR's participant-role value set. */
export const SNOMED_CAREGIVER = { system: SNOMED, code: '133932002', display: 'Caregiver' } as const;
/** SNOMED CT 407542009 |Informal carer|, as older Dutch specifications mark a mantelzorger. */
export const SNOMED_INFORMAL_CARER = { system: SNOMED, code: '407542009', display: 'Informal carer' } as const;
/** The code Dutch specifications use for a mantelzorger on a zib ContactPerson's role. */
export const MANTELZORGER = {
  system: 'urn:oid:2.16.840.1.113883.2.4.3.11.60.40.4.23.1',
  code: '100001',
  display: 'Mantelzorger',
} as const;
/** COD472-VEKT: the codes of the zib ContactPerson's RolCodelijst, which `nl-core-ContactPerson.relationship:role` binds. */
export const ZIB_ROLE_SYSTEM = 'urn:oid:2.16.840.1.113883.2.4.3.11.22.472';
/** HL7 v3 RoleCode: the family relations of the zib ContactPerson's RelatieCodelijst (`relationship:relationship`). */
export const V3_ROLE_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
/** The Nictiz profiles (zib 2020, FHIR R4) the care-network Bundle follows and names in `meta.profile`. */
export const NL_CORE_PROFILE = {
  contactPerson: 'http://nictiz.nl/fhir/StructureDefinition/nl-core-ContactPerson',
  careTeam: 'http://nictiz.nl/fhir/StructureDefinition/nl-core-CareTeam',
} as const;

export type Json = Record<string, unknown>;
export interface Extension {
  url: string;
  [value: string]: unknown;
}
export type Coding = { readonly system: string; readonly code: string; readonly display: string };

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Resource ids and full URLs of one Bundle. FHIR ids allow only `A-Z a-z 0-9 - .` (up to 64), so
 * samenspel ids are cleaned and made unique; an entry's full URL is a UUID derived from type and id,
 * and references use it, so they resolve inside the Bundle.
 */
export class BundleEntries {
  readonly entries: Json[] = [];
  #map = new Map<string, string>();
  #used = new Set<string>();
  /** The FHIR id for a samenspel id. */
  id(own: string): string {
    let fid = this.#map.get(own);
    if (fid) return fid;
    const base = own.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 56) || 'id';
    fid = base;
    for (let n = 2; this.#used.has(fid); n++) fid = `${base}-${n}`;
    this.#used.add(fid);
    this.#map.set(own, fid);
    return fid;
  }
  /** The reference to a resource of this Bundle (its full URL). */
  ref(type: string, fid: string): string {
    return `urn:uuid:${uuidFor(`${type}/${fid}`)}`;
  }
  /** Adds a resource and gives the reference to it. */
  add(resource: Json): string {
    const fullUrl = this.ref(String(resource.resourceType), String(resource.id));
    this.entries.push({ fullUrl, resource });
    return fullUrl;
  }
}

export function ident(id: string, system: string = FHIR_ID_SYSTEM): Json {
  return { system, value: id };
}

export function ownId(resource: Json, system: string = FHIR_ID_SYSTEM): string | undefined {
  const list = Array.isArray(resource.identifier) ? resource.identifier : [];
  const own = list.find((i) => isObject(i) && i.system === system && typeof i.value === 'string');
  return isObject(own) ? String(own.value) : undefined;
}

export function partyExtensions(p: Party | undefined): Json {
  if (!p) return {};
  return {
    extension: [
      { url: FHIR_EXTENSION.partyKind, valueCode: p.kind },
      { url: FHIR_EXTENSION.partyField, valueCode: p.field },
    ],
  };
}

export function telecom(p: Party): Json[] {
  const c = p.contact ?? {};
  return [
    ...(c.phone ? [{ system: 'phone', value: c.phone }] : []),
    ...(c.email ? [{ system: 'email', value: c.email }] : []),
    ...(c.website ? [{ system: 'url', value: c.website }] : []),
  ];
}

/** A relation as samenspel's extension, in both exports; `refs` maps a party id to its reference in the Bundle. */
export function relationExtension(r: Relation, refs: ReadonlyMap<string, string>): Json {
  return {
    url: FHIR_EXTENSION.relation,
    extension: [
      { url: 'id', valueString: r.id },
      { url: 'source', valueReference: { reference: refs.get(r.source) } },
      { url: 'target', valueReference: { reference: refs.get(r.target) } },
      { url: 'kind', valueCode: r.kind },
      ...relationDetails(r),
    ],
  };
}

/** The sub-extensions that say how a relation is, in both exports: its strength, that it is mutual, its note, its sharing agreement. */
export function relationDetails(r: Relation): Extension[] {
  return [
    ...(r.strength ? [{ url: 'strength', valueCode: r.strength }] : []),
    ...(r.directed === false ? [{ url: 'directed', valueBoolean: false }] : []),
    ...(r.note ? [{ url: 'note', valueString: r.note }] : []),
    ...(sharingExtension(r.sharing, 'sharing') as Extension[]),
  ];
}

/** Reads back what {@link relationDetails} wrote. */
export function readRelationDetails(
  parts: Map<string, Extension>,
): Pick<Relation, 'strength' | 'directed' | 'note' | 'sharing'> {
  const strength = parts.get('strength')?.valueCode;
  const note = parts.get('note')?.valueString;
  const sharing = readSharing([...parts.values()], 'sharing');
  return {
    ...(sharing ? { sharing } : {}),
    ...((STRENGTHS as readonly unknown[]).includes(strength) ? { strength: strength as Relation['strength'] } : {}),
    ...(parts.get('directed')?.valueBoolean === false ? { directed: false } : {}),
    ...(typeof note === 'string' ? { note } : {}),
  };
}

export function extensions(resource: Json): Map<string, Extension> {
  const map = new Map<string, Extension>();
  for (const e of Array.isArray(resource.extension) ? resource.extension : [])
    if (isObject(e) && typeof e.url === 'string') map.set(e.url, e as Extension);
  return map;
}

export function hasCoding(concept: unknown, coding: { system: string; code: string }): boolean {
  return (
    isObject(concept) &&
    Array.isArray(concept.coding) &&
    concept.coding.some((c) => isObject(c) && c.system === coding.system && c.code === coding.code)
  );
}

export function text(concept: unknown): string | undefined {
  if (!isObject(concept)) return undefined;
  if (typeof concept.text === 'string' && concept.text.trim()) return concept.text.trim();
  const coding = Array.isArray(concept.coding)
    ? concept.coding.find((c) => isObject(c) && typeof c.display === 'string')
    : undefined;
  return isObject(coding) ? String(coding.display) : undefined;
}

function humanName(names: unknown): string | undefined {
  const n = Array.isArray(names) ? names[0] : undefined;
  if (!isObject(n)) return undefined;
  if (typeof n.text === 'string') return n.text;
  const given = Array.isArray(n.given) ? n.given.filter((g) => typeof g === 'string').join(' ') : '';
  return [given, typeof n.family === 'string' ? n.family : ''].filter(Boolean).join(' ') || undefined;
}

/** A party from a Patient, RelatedPerson, Practitioner, PractitionerRole (through its practitioner) or Organization. */
export function readParty(resource: Json, resources: Map<string, { resource: Json }>): Party | undefined {
  const type = resource.resourceType;
  let source = resource;
  let role: string | undefined;
  if (type === 'PractitionerRole') {
    role = text(Array.isArray(resource.code) ? resource.code[0] : undefined);
    const ref = isObject(resource.practitioner) ? resource.practitioner.reference : undefined;
    const org = isObject(resource.organization) ? resource.organization.reference : undefined;
    const target =
      (typeof ref === 'string' && resources.get(ref)?.resource) ||
      (typeof org === 'string' && resources.get(org)?.resource);
    if (!target) return undefined;
    source = target;
  } else if (type === 'RelatedPerson') {
    // The role in words: samenspel writes it as the role's text; other systems may only code it (the RolCodelijst slice first).
    const relationship = Array.isArray(resource.relationship) ? resource.relationship : [];
    const inRoleSlice = (c: unknown) =>
      isObject(c) && Array.isArray(c.coding) && c.coding.some((x) => isObject(x) && x.system === ZIB_ROLE_SYSTEM);
    role =
      text(relationship.find((c) => isObject(c) && typeof c.text === 'string')) ??
      text(relationship.find(inRoleSlice)) ??
      relationship.map(text).find(Boolean);
  } else if (type === 'Organization') {
    role = text(Array.isArray(resource.type) ? resource.type[0] : undefined);
  } else if (type !== 'Patient' && type !== 'Practitioner') {
    return undefined;
  }
  const ext = extensions(source);
  const kindCode = ext.get(FHIR_EXTENSION.partyKind)?.valueCode;
  const fieldCode = ext.get(FHIR_EXTENSION.partyField)?.valueCode;
  const isOrg = source.resourceType === 'Organization';
  const kind = (PARTY_KINDS as readonly unknown[]).includes(kindCode)
    ? (kindCode as Party['kind'])
    : isOrg
      ? 'organisatie'
      : 'persoon';
  const field: Field = (FIELDS as readonly unknown[]).includes(fieldCode)
    ? (fieldCode as Field)
    : source.resourceType === 'RelatedPerson' || source.resourceType === 'Patient'
      ? 'informeel'
      : 'zorg';
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
    id,
    name: name?.trim() || id,
    kind,
    field,
    ...(role ? { role } : {}),
    ...(Object.keys(contact).length ? { contact } : {}),
  };
}

type FhirKey = keyof FhirMessages & string;
type FhirArgs<K extends FhirKey> = FhirMessages[K] extends (...args: infer A) => string ? A : [];

/** A function that adds an issue of the FHIR import, with its message in both languages. */
export function fhirIssue(issues: Issue[]) {
  return <K extends FhirKey>(path: string, severity: Severity, code: string, key: K, ...args: FhirArgs<K>) => {
    issues.push(issueFrom(fhirMessages, path, severity, code, key, ...(args as never)));
  };
}

/** A FHIR Bundle read from an object or JSON text; undefined, with an error issue, when it is not one. */
export function readBundle(
  input: unknown,
  report: ReturnType<typeof fhirIssue>,
): (Json & { entry: unknown[] }) | undefined {
  let bundle = input;
  if (typeof input === 'string') {
    try {
      bundle = JSON.parse(input);
    } catch {
      report('$', 'error', 'not-json', 'notJson');
      return undefined;
    }
  }
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle' || !Array.isArray(bundle.entry)) {
    report('$', 'error', 'fhir-not-bundle', 'notBundle');
    return undefined;
  }
  return bundle as Json & { entry: unknown[] };
}

/**
 * What was read from a Bundle as a samenspel dataset, titled as the Bundle's first `meta.tag` says, after
 * the same checks as any samenspel file; their issues come after those of the import.
 */
export function checkedDataset(
  bundle: Json,
  records: Partial<Pick<Dataset, 'parties' | 'relations' | 'careNetworks'>>,
  issues: readonly Issue[],
): { dataset: Dataset; issues: Issue[] } {
  const tag = isObject(bundle.meta) && Array.isArray(bundle.meta.tag) ? bundle.meta.tag[0] : undefined;
  const title = isObject(tag) && typeof tag.display === 'string' ? tag.display : undefined;
  const checked = parseDataset({ ...emptyDataset(title), ...records });
  return { dataset: checked.dataset, issues: [...issues, ...checked.issues] };
}
