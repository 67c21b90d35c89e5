/**
 * The who-is-who directory as a FHIR R4 `collection` Bundle, in the pattern of IHE mCSD (which the
 * Dutch "Generieke Functies – Adressering" profiles follow):
 *
 * - organisations, teams and initiatives are an `Organization`; people a `Practitioner` with a `PractitionerRole`;
 * - a relation between two of those organisations ("werkt samen met", "verwijst", …) is an
 *   `OrganizationAffiliation`: `organization` is the source, `participatingOrganization` the target,
 *   `code` the kind (samenspel's relation-kind code system, with the words), `identifier` the relation id,
 *   and the `relation-details` extension its strength, direction and note;
 * - FHIR has no resource for a tie with a person, so a relation with a person on either side stays the
 *   `network-relation` extension (as on a care network's CareTeam), on the source's resource.
 *
 * `fromFhirDirectory` reads such a Bundle back (and Organizations and affiliations made elsewhere). Never throws.
 */
import { RELATION_KINDS, emptyDataset, type Dataset, type Party, type Relation, type RelationKind } from '../model.js';
import type { Issue } from '../issues.js';
import {
  BundleEntries,
  checkedDataset,
  FHIR_EXTENSION,
  FHIR_RELATION_ID_SYSTEM,
  FHIR_RELATION_SYSTEM,
  extensions,
  fhirIssue,
  readBundle,
  ident,
  isObject,
  ownId,
  partyExtensions,
  readParty,
  readRelationDetails,
  relationDetails,
  relationExtension,
  telecom,
  type Json,
} from './fhir-common.js';

/** The words of each kind of relation, as the display of its code. */
const RELATION_DISPLAY: Record<RelationKind, string> = {
  'werkt-samen': 'werkt samen met',
  verwijst: 'verwijst naar',
  ondersteunt: 'ondersteunt',
  coordineert: 'coördineert',
  informeert: 'informeert',
};

const isPerson = (p: Party | undefined) => p?.kind === 'persoon';

/** Exports the parties and relations of a dataset (the who-is-who) as a FHIR R4 Bundle with OrganizationAffiliations. */
export function toFhirDirectory(dataset: Pick<Dataset, 'parties' | 'relations'> & { title?: string }): Json {
  const bundle = new BundleEntries();
  const parties = new Map(dataset.parties.map((p) => [p.id, p]));
  const refs = new Map<string, string>();
  const resources = new Map<string, Json>();
  for (const p of dataset.parties) {
    const fid = bundle.id(p.id);
    const common: Json = {
      id: fid,
      identifier: [ident(p.id)],
      ...partyExtensions(p),
      ...(telecom(p).length ? { telecom: telecom(p) } : {}),
    };
    if (isPerson(p)) {
      const practitioner = bundle.add({ resourceType: 'Practitioner', ...common, name: [{ text: p.name }] });
      const role: Json = {
        resourceType: 'PractitionerRole',
        id: `${fid}-role`,
        practitioner: { reference: practitioner },
        ...(p.role ? { code: [{ text: p.role }] } : {}),
      };
      refs.set(p.id, bundle.add(role));
      resources.set(p.id, role);
    } else {
      const org: Json = {
        resourceType: 'Organization',
        ...common,
        active: true,
        name: p.name,
        ...(p.role ? { type: [{ text: p.role }] } : {}),
      };
      refs.set(p.id, bundle.add(org));
      resources.set(p.id, org);
    }
  }
  for (const r of dataset.relations) {
    const source = parties.get(r.source);
    const target = parties.get(r.target);
    if (!source || !target) continue;
    if (!isPerson(source) && !isPerson(target)) {
      const details = relationDetails(r);
      bundle.add({
        resourceType: 'OrganizationAffiliation',
        id: `${bundle.id(`relation ${r.id}`)}`,
        identifier: [ident(r.id, FHIR_RELATION_ID_SYSTEM)],
        active: true,
        organization: { reference: refs.get(r.source) },
        participatingOrganization: { reference: refs.get(r.target) },
        code: [
          {
            coding: [{ system: FHIR_RELATION_SYSTEM, code: r.kind, display: RELATION_DISPLAY[r.kind] }],
            text: RELATION_DISPLAY[r.kind],
          },
        ],
        ...(details.length ? { extension: [{ url: FHIR_EXTENSION.relationDetails, extension: details }] } : {}),
      });
    } else {
      // The resources were added above and are written out as JSON later, so the extension still lands in the Bundle.
      const holder = resources.get(r.source)!;
      const list = (holder.extension ??= []) as Json[];
      list.push(relationExtension(r, refs));
    }
  }
  return {
    resourceType: 'Bundle',
    type: 'collection',
    ...(dataset.title ? { meta: { tag: [{ display: dataset.title }] } } : {}),
    entry: bundle.entries,
  };
}

/** Reads parties and relations from a FHIR R4 Bundle of Organizations, practitioners and OrganizationAffiliations. Never throws. */
export function fromFhirDirectory(input: unknown): { dataset: Dataset; issues: Issue[] } {
  const issues: Issue[] = [];
  const report = fhirIssue(issues);
  const bundle = readBundle(input, report);
  if (!bundle) return { dataset: emptyDataset(), issues };
  const resources = new Map<string, { resource: Json; index: number }>();
  const list: { resource: Json; index: number }[] = [];
  bundle.entry.forEach((entry, index) => {
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource) || typeof resource.resourceType !== 'string') {
      report(`$.entry[${index}]`, 'warning', 'fhir-no-resource', 'noResource');
      return;
    }
    const found = { resource, index };
    list.push(found);
    resources.set(`${resource.resourceType}/${String(resource.id ?? '')}`, found);
    if (isObject(entry) && typeof entry.fullUrl === 'string') resources.set(entry.fullUrl, found);
  });
  const parties: Party[] = [];
  const partyOf = new Map<Json, string>();
  const used = new Set<string>();
  // A person is read from the PractitionerRole; a Practitioner with a role is not read twice.
  const practitionersWithRole = new Set(
    list
      .filter((f) => f.resource.resourceType === 'PractitionerRole')
      .map((f) => {
        const ref = isObject(f.resource.practitioner) ? f.resource.practitioner.reference : undefined;
        return typeof ref === 'string' ? resources.get(ref)?.resource : undefined;
      }),
  );
  for (const { resource } of list) {
    if (
      !['Organization', 'PractitionerRole', 'Practitioner'].includes(String(resource.resourceType)) ||
      practitionersWithRole.has(resource)
    )
      continue;
    let party = readParty(resource, resources);
    if (!party) continue;
    if (used.has(party.id)) party = { ...party, id: `${party.id}-${used.size}` };
    used.add(party.id);
    parties.push(party);
    partyOf.set(resource, party.id);
  }
  const partyAt = (ref: unknown): string | undefined => {
    const reference = isObject(ref) && typeof ref.reference === 'string' ? ref.reference : undefined;
    const found = reference ? resources.get(reference)?.resource : undefined;
    return found ? partyOf.get(found) : undefined;
  };
  const relations: Relation[] = [];
  const kindOf = (code: unknown): RelationKind =>
    (RELATION_KINDS as readonly unknown[]).includes(code) ? (code as RelationKind) : 'werkt-samen';
  for (const { resource, index } of list) {
    const at = `$.entry[${index}].resource`;
    if (resource.resourceType === 'OrganizationAffiliation') {
      const source = partyAt(resource.organization);
      const target = partyAt(resource.participatingOrganization);
      if (!source || !target) {
        report(at, 'warning', 'fhir-bad-relation', 'badRelation');
        continue;
      }
      const codings = (Array.isArray(resource.code) ? resource.code : []).flatMap((c) =>
        isObject(c) && Array.isArray(c.coding) ? c.coding : [],
      );
      const own = codings.find((c) => isObject(c) && c.system === FHIR_RELATION_SYSTEM);
      const details = extensions(resource).get(FHIR_EXTENSION.relationDetails);
      relations.push({
        id: ownId(resource, FHIR_RELATION_ID_SYSTEM) ?? `relation-${relations.length + 1}`,
        source,
        target,
        kind: kindOf(isObject(own) ? own.code : undefined),
        ...(details ? readRelationDetails(extensions(details)) : {}),
      });
    }
    for (const [i, ext] of (Array.isArray(resource.extension) ? resource.extension : []).entries()) {
      if (!isObject(ext) || ext.url !== FHIR_EXTENSION.relation) continue;
      const parts = extensions(ext);
      const source = partyAt(parts.get('source')?.valueReference);
      const target = partyAt(parts.get('target')?.valueReference);
      if (!source || !target) {
        report(`${at}.extension[${i}]`, 'warning', 'fhir-bad-relation', 'badRelation');
        continue;
      }
      relations.push({
        id: String(parts.get('id')?.valueString ?? `relation-${relations.length + 1}`),
        source,
        target,
        kind: kindOf(parts.get('kind')?.valueCode),
        ...readRelationDetails(parts),
      });
    }
  }
  // The same checks as any samenspel file: duplicate relation ids, unsafe links and the like are reported there.
  return checkedDataset(bundle, { parties, relations }, issues);
}
