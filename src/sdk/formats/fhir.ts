/**
 * HL7 FHIR R4 for care networks: a `collection` Bundle around one `CareTeam`, following the Dutch
 * Nictiz profiles (zib 2020) where they apply, and naming them in `meta.profile`:
 *
 * - the naaste is the `Patient` and the CareTeam's `subject`;
 * - the carer and the people of the own network (kind `persoon`, field `informeel`) are
 *   `nl-core-ContactPerson` (a `RelatedPerson`): the role in `relationship` coded from the zib
 *   RolCodelijst (COD472), the family relation from HL7 v3 RoleCode where the words say it; the carer
 *   coded `100001` Mantelzorger, as Dutch specifications mark a mantelzorger (and SNOMED 407542009);
 * - other people are a `Practitioner` with a `PractitionerRole`; organisations, teams and initiatives
 *   are an `Organization`;
 * - the network is an `nl-core-CareTeam`: every member a `participant` with its `role` (the party's
 *   role in words), and three extensions: ring, field and regiehouder;
 * - who talks to whom is a `network-relation` extension on the CareTeam.
 *
 * Import reads such a Bundle, samenspel's earlier ones and ones made elsewhere, and reports what it could not map.
 */
import {
  NETWORK_FIELDS,
  RELATION_KINDS,
  RINGS,
  emptyDataset,
  type CareNetwork,
  type Dataset,
  type NetworkField,
  type Party,
  type Relation,
  type Ring,
} from '../model.js';
import type { Issue } from '../issues.js';
import {
  BundleEntries,
  checkedDataset,
  FHIR_EXTENSION,
  FHIR_ROLE_SYSTEM,
  NL_CORE_PROFILE,
  SNOMED_CAREGIVER,
  extensions,
  fhirIssue,
  readBundle,
  hasCoding,
  ident,
  isObject,
  ownId,
  partyExtensions,
  readParty,
  readRelationDetails,
  relationExtension,
  telecom,
  type Json,
} from './fhir-common.js';
import {
  FHIR_REGISSEUR_EXTENSION,
  readRegisseur,
  readSharing,
  regisseurExtensions,
  sharingExtension,
} from './fhir-sharing.js';
import { contactRelationship, isCaregiver, isCarerRole } from './fhir-roles.js';

export {
  FHIR_BASE,
  FHIR_EXTENSION,
  FHIR_ID_SYSTEM,
  FHIR_RELATION_ID_SYSTEM,
  FHIR_RELATION_SYSTEM,
  FHIR_ROLE_SYSTEM,
  MANTELZORGER,
  NL_CORE_PROFILE,
  SNOMED_CAREGIVER,
  SNOMED_INFORMAL_CARER,
  V3_ROLE_CODE_SYSTEM,
  ZIB_ROLE_SYSTEM,
} from './fhir-common.js';

/** Exports one care network as a FHIR R4 Bundle (type `collection`) that follows nl-core-ContactPerson and nl-core-CareTeam. */
export function toFhirBundle(dataset: Dataset, networkId?: string): Json {
  const network = networkId ? dataset.careNetworks.find((n) => n.id === networkId) : dataset.careNetworks[0];
  if (!network) return { resourceType: 'Bundle', type: 'collection', entry: [] };
  const parties = new Map(dataset.parties.map((p) => [p.id, p]));
  const bundle = new BundleEntries();
  const refs = new Map<string, string>();

  const caredFor = parties.get(network.caredFor);
  const patientRef = bundle.add({
    resourceType: 'Patient',
    id: bundle.id(network.caredFor),
    identifier: [ident(network.caredFor)],
    name: [{ text: caredFor?.name ?? network.caredFor }],
    ...partyExtensions(caredFor),
  });
  refs.set(network.caredFor, patientRef);

  const addParty = (id: string, carer: boolean) => {
    const p = parties.get(id);
    if (!p) return;
    const fid = bundle.id(id);
    const common = {
      id: fid,
      identifier: [ident(id)],
      ...partyExtensions(p),
      ...(telecom(p).length ? { telecom: telecom(p) } : {}),
    };
    if (carer || (p.kind === 'persoon' && p.field === 'informeel')) {
      refs.set(
        id,
        bundle.add({
          resourceType: 'RelatedPerson',
          meta: { profile: [NL_CORE_PROFILE.contactPerson] },
          ...common,
          patient: { reference: patientRef },
          relationship: contactRelationship(p, carer),
          name: [{ text: p.name }],
        }),
      );
    } else if (p.kind === 'persoon') {
      const practitioner = bundle.add({ resourceType: 'Practitioner', ...common, name: [{ text: p.name }] });
      refs.set(
        id,
        bundle.add({
          resourceType: 'PractitionerRole',
          id: `${fid}-role`,
          practitioner: { reference: practitioner },
          ...(p.role ? { code: [{ text: p.role }] } : {}),
        }),
      );
    } else {
      refs.set(
        id,
        bundle.add({
          resourceType: 'Organization',
          ...common,
          name: p.name,
          ...(p.role ? { type: [{ text: p.role }] } : {}),
        }),
      );
    }
  };
  addParty(network.carer, true);
  for (const m of network.members) addParty(m.party, false);

  const participant = [
    { role: [{ coding: [SNOMED_CAREGIVER], text: 'mantelzorger' }], member: { reference: refs.get(network.carer) } },
    ...network.members
      .filter((m) => refs.has(m.party))
      .map((m) => {
        const p = parties.get(m.party);
        const role = [
          {
            ...(m.regiehouder
              ? { coding: [{ system: FHIR_ROLE_SYSTEM, code: 'regiehouder', display: 'regiehouder' }] }
              : {}),
            text: p?.role ?? p?.name ?? m.party,
          },
        ];
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
  const relations = network.relations
    .filter((r) => refs.has(r.source) && refs.has(r.target))
    .map((r) => relationExtension(r, refs));
  const regisseurs = regisseurExtensions(
    network,
    (party) => refs.get(party) ?? (party === network.caredFor ? patientRef : undefined),
  );
  bundle.add({
    resourceType: 'CareTeam',
    id: bundle.id(network.id),
    meta: { profile: [NL_CORE_PROFILE.careTeam] },
    identifier: [ident(network.id)],
    status: 'active',
    name: network.name,
    subject: { reference: patientRef },
    participant,
    ...(relations.length || regisseurs.length ? { extension: [...relations, ...regisseurs] } : {}),
    ...(network.note ? { note: [{ text: network.note }] } : {}),
  });
  return {
    resourceType: 'Bundle',
    type: 'collection',
    ...(dataset.title ? { meta: { tag: [{ display: dataset.title }] } } : {}),
    entry: bundle.entries,
  };
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
  const bundle = readBundle(input, report);
  if (!bundle) return { dataset: emptyDataset(), issues };
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
    let carerAt = participants.findIndex((pt) => roles(pt).some(isCarerRole));
    // A RelatedPerson coded as caregiver (SNOMED) is the carer too, as other systems write it.
    if (carerAt < 0) carerAt = participants.findIndex((pt) => isCaregiver(resources.get(memberRef(pt))?.resource));
    const guessedCarer = carerAt < 0;
    if (guessedCarer)
      carerAt = participants.findIndex(
        (pt) =>
          memberRef(pt).startsWith('RelatedPerson/') ||
          resources.get(memberRef(pt))?.resource.resourceType === 'RelatedPerson',
      );
    const carer =
      carerAt >= 0
        ? partyFor((participants[carerAt] as Json).member, `${at}.participant[${carerAt}].member`)
        : undefined;
    if (!carer) {
      report(`${at}.participant`, 'error', 'fhir-no-carer', 'noCarer');
      continue;
    }
    if (guessedCarer)
      report(
        `${at}.participant[${carerAt}]`,
        'warning',
        'fhir-guessed-carer',
        'guessedCarer',
        parties.find((p) => p.id === carer)?.name ?? carer,
      );
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
      const regiehouder =
        ext.get(FHIR_EXTENSION.regiehouder)?.valueBoolean === true ||
        roles(pt).some((r) => hasCoding(r, { system: FHIR_ROLE_SYSTEM, code: 'regiehouder' }));
      const sharing = readSharing(pt.extension);
      members.push({
        party,
        ring,
        field,
        ...(regiehouder ? { regiehouder: true } : {}),
        ...(sharing ? { sharing } : {}),
      });
    });
    const relations: Relation[] = [];
    const regisseurs: CareNetwork['regisseurs'] = {};
    for (const [i, ext] of (Array.isArray(resource.extension) ? resource.extension : []).entries()) {
      if (!isObject(ext)) continue;
      const path = `${at}.extension[${i}]`;
      if (ext.url === FHIR_REGISSEUR_EXTENSION && readRegisseur(ext, (ref) => partyFor(ref, path), regisseurs))
        continue;
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
      const id = String(parts.get('id')?.valueString ?? `relation-${relations.length + 1}`);
      relations.push({
        id,
        source,
        target,
        kind: (RELATION_KINDS as readonly unknown[]).includes(kind) ? (kind as Relation['kind']) : 'werkt-samen',
        ...readRelationDetails(parts),
      });
    }
    const id = ownId(resource) ?? `network-${careNetworks.length + 1}`;
    const name = typeof resource.name === 'string' && resource.name.trim() ? resource.name : id;
    const note =
      Array.isArray(resource.note) && isObject(resource.note[0]) && typeof resource.note[0].text === 'string'
        ? resource.note[0].text
        : undefined;
    careNetworks.push({
      id,
      name,
      carer,
      caredFor,
      members,
      relations,
      ...(Object.keys(regisseurs).length ? { regisseurs } : {}),
      ...(note ? { note } : {}),
    });
  }
  if (!careNetworks.length && !issues.some((i) => i.severity === 'error'))
    report('$', 'error', 'fhir-no-careteam', 'noCareTeam');
  const known = new Set(['CareTeam', 'Patient', 'RelatedPerson', 'Practitioner', 'PractitionerRole', 'Organization']);
  for (const { resource, index } of new Map([...resources.values()].map((v) => [v.resource, v])).values()) {
    if (!known.has(String(resource.resourceType)))
      report(
        `$.entry[${index}]`,
        'warning',
        'fhir-unsupported-resource',
        'unsupportedResource',
        String(resource.resourceType),
      );
  }
  // The same checks as any samenspel file, so the result is valid (and regiehouders are at most one).
  return checkedDataset(bundle, { parties, careNetworks }, issues);
}
