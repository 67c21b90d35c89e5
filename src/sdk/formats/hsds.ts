/**
 * Open Referral HSDS 3.0: the open standard for directories of organisations and services.
 *
 * Import reads what HSDS APIs and files hold: a list of organisations, a page (`contents`), one
 * organisation or service in full, or the tabular form (`organizations.csv`, `services.csv`, …).
 * Export writes a list of HSDS `organization` objects that validate against the HSDS 3.0 schemas.
 *
 * HSDS has no relation between organisations except `parent_organization_id`. samenspel keeps what
 * HSDS cannot say in an extension property `samenspel` on each organisation (see docs/who-is-who.md):
 * `{ id, kind, field, role?, targetGroups?, areas?, lastVerified?, position?, relations: [{ id, target, kind, directed?, strength?, sharing?, note? }] }`.
 * Other HSDS readers ignore it; samenspel reads it back, so a round trip keeps every party and relation.
 */
import { emptyDataset, type Dataset, type Party, type Relation } from '../model.js';
import { parseRecord } from '../parse-record.js';
import { issueFrom, jsonPath, type Issue } from '../issues.js';
import { hsdsMessages } from '../messages/hsds.js';
import { uuidFor } from './uuid.js';

export { uuidFor };

/** The extension's property name on an HSDS organization. */
export const HSDS_EXTENSION = 'samenspel';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

type Key = string | number;
interface Found {
  org: Json;
  path: Key[];
  services: readonly Json[];
  locations: readonly Json[];
  phones: readonly Json[];
}
const NONE: readonly Json[] = [];
/** The objects in a list; a missing or empty list is one shared empty list (most organisations have few parts). */
const objects = (v: unknown): readonly Json[] => (Array.isArray(v) && v.length ? v.filter(isObject) : NONE);

/**
 * The organisations in any of the shapes HSDS data comes in, with their nested or joined services and
 * locations, added to `found`; `at` is the path to `doc`.
 */
function organisations(doc: unknown, at: Key[] = [], found: Found[] = []): Found[] {
  const withParts = (org: Json, path: Key[]): Found => ({
    org,
    path,
    services: objects(org.services),
    locations: objects(org.locations),
    phones: objects(org.phones),
  });
  if (Array.isArray(doc)) {
    doc.forEach((item, i) => isObject(item) && organisations(item, [...at, i], found));
    return found;
  }
  if (!isObject(doc)) return found;
  if (Array.isArray(doc.contents)) return organisations(doc.contents, [...at, 'contents'], found);
  const table = (name: string) => arr(doc[`${name}.csv`] ?? doc[name]).filter(isObject);
  const tabular = table('organizations');
  if (tabular.length && Array.isArray(doc['organizations.csv'] ?? doc.organizations)) {
    const key = doc['organizations.csv'] ? 'organizations.csv' : 'organizations';
    // Rows are grouped once by the id they belong to, so joining stays linear in the rows.
    const groupBy = (rows: Json[], key: string) => {
      const groups = new Map<unknown, Json[]>();
      for (const row of rows) {
        const list = groups.get(row[key]);
        if (list) list.push(row);
        else groups.set(row[key], [row]);
      }
      return (id: unknown) => groups.get(id) ?? NONE;
    };
    const services = groupBy(table('services'), 'organization_id');
    const locations = groupBy(table('locations'), 'organization_id');
    const phones = groupBy(table('phones'), 'organization_id');
    const addresses = groupBy(table('addresses'), 'location_id');
    tabular.forEach((org, i) =>
      found.push({
        org,
        path: [...at, key, i],
        services: services(org.id),
        phones: phones(org.id),
        locations: locations(org.id).map((l) => ({ ...l, addresses: addresses(l.id) })),
      }),
    );
    return found;
  }
  // A service (full) carries its organisation; a service_at_location carries a service.
  if (isObject(doc.service)) return organisations(doc.service, [...at, 'service'], found);
  if (isObject(doc.organization) && !('website' in doc && 'tax_status' in doc)) {
    const parts = withParts(doc.organization, [...at, 'organization']);
    found.push({ ...parts, services: [doc, ...parts.services] });
  } else if (
    typeof doc.name === 'string' &&
    ('description' in doc || 'website' in doc || 'services' in doc || HSDS_EXTENSION in doc)
  )
    found.push(withParts(doc, at));
  return found;
}

function addressText(location: Json): string {
  const a =
    arr(location.addresses)
      .filter(isObject)
      .find((x) => str(x.address_type) !== 'postal') ?? arr(location.addresses).filter(isObject)[0];
  if (!a) return '';
  const place = [str(a.postal_code), str(a.city)].filter(Boolean).join(' ');
  return [str(a.address_1), str(a.address_2), place].filter(Boolean).join(', ');
}

/** Reads parties and relations from HSDS 3 JSON (text or parsed). Never throws. */
export function parseHsds(input: unknown): { dataset: Dataset; issues: Issue[] } {
  const dataset = emptyDataset();
  const issues: Issue[] = [];
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      return { dataset, issues: [issueFrom(hsdsMessages, '$', 'error', 'not-json', 'notJson', String(e))] };
    }
  }
  const found = organisations(doc);
  if (!found.length) return { dataset, issues: [issueFrom(hsdsMessages, '$', 'error', 'not-hsds', 'notHsds')] };
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  const pending: { ext: Json; source: string; path: (string | number)[] }[] = [];
  const parents: { child: string; parent: string; path: (string | number)[] }[] = [];
  for (const { org, path, services, locations, phones } of found) {
    const name = str(org.name);
    if (!name) {
      issues.push(issueFrom(hsdsMessages, jsonPath(path), 'error', 'missing-name', 'hsdsNoName'));
      continue;
    }
    const ext = isObject(org[HSDS_EXTENSION]) ? (org[HSDS_EXTENSION] as Json) : {};
    const hsdsId = str(org.id);
    let id = str(ext.id) || hsdsId || name;
    if (FORBIDDEN.has(id) || idOf.has(id) || used.has(id)) {
      const base = id;
      for (let n = dataset.parties.length + 1; FORBIDDEN.has(id) || idOf.has(id) || used.has(id); n++)
        id = `${base}-${n}`;
    }
    const phone = (
      str(phones[0]?.number) || str(locations.flatMap((l) => arr(l.phones)).find(isObject)?.number)
    ).replace(/^["']+|["']+$/g, '');
    const website = str(org.website) || str(org.url);
    const contact: Json = {};
    if (phone) contact.phone = phone;
    if (str(org.email)) contact.email = str(org.email);
    if (website) contact.website = website;
    for (const location of locations) {
      const address = addressText(location);
      if (!address) continue;
      contact.address = address;
      break;
    }
    const areas =
      ext.areas ??
      (services.length
        ? [
            ...new Set(
              services.flatMap((s) =>
                objects(s.service_areas)
                  .map((a) => str(a.name))
                  .filter(Boolean),
              ),
            ),
          ]
        : NONE);
    // Built field by field: an object spread per optional field made 50,000 organisations slow to read.
    const candidate: Json = { id, name, kind: ext.kind ?? 'organisatie', field: ext.field ?? 'overig' };
    if (str(org.description)) candidate.description = str(org.description);
    for (const key of ['role', 'targetGroups'] as const) if (ext[key] !== undefined) candidate[key] = ext[key];
    if (arr(areas).length) candidate.areas = areas;
    if (Object.keys(contact).length) candidate.contact = contact;
    for (const key of ['lastVerified', 'position'] as const) if (ext[key] !== undefined) candidate[key] = ext[key];
    const party = parseRecord('parties', candidate, path, issues);
    if (!party) continue;
    dataset.parties.push(party);
    used.add(party.id);
    if (hsdsId) idOf.set(hsdsId, party.id);
    idOf.set(party.id, party.id);
    pending.push({ ext, source: party.id, path });
    if (str(org.parent_organization_id))
      parents.push({
        child: party.id,
        parent: str(org.parent_organization_id),
        path: [...path, 'parent_organization_id'],
      });
  }
  const relationIds = new Set<string>();
  for (const { ext, source, path } of pending) {
    arr(ext.relations).forEach((raw, i) => {
      if (!isObject(raw)) return;
      const at = [...path, HSDS_EXTENSION, 'relations', i];
      const target = idOf.get(str(raw.target));
      if (!target) {
        issues.push(
          issueFrom(
            hsdsMessages,
            jsonPath([...at, 'target']),
            'warning',
            'missing-party',
            'hsdsDanglingRelation',
            str(raw.target).slice(0, 200),
          ),
        );
        return;
      }
      let id = str(raw.id) || `${source}-${target}`;
      while (relationIds.has(id)) id = `${id}-2`;
      const relation = parseRecord('relations', { ...raw, id, source, target }, at, issues);
      if (!relation) return;
      relationIds.add(relation.id);
      dataset.relations.push(relation);
    });
  }
  const linked = new Set(
    parents.length
      ? dataset.relations.flatMap((r) => [`${r.source}\u0000${r.target}`, `${r.target}\u0000${r.source}`])
      : [],
  );
  for (const { child, parent, path } of parents) {
    const target = idOf.get(parent);
    if (!target) {
      issues.push(issueFrom(hsdsMessages, jsonPath(path), 'warning', 'missing-party', 'hsdsDanglingParent', parent));
      continue;
    }
    if (linked.has(`${target}\u0000${child}`)) continue;
    let id = `${target}-${child}`;
    while (relationIds.has(id)) id = `${id}-2`;
    relationIds.add(id);
    dataset.relations.push({ id, source: target, target: child, kind: 'coordineert', directed: true });
  }
  return { dataset, issues };
}

/** The parties as HSDS 3.0 organisations, with their relations in the `samenspel` extension. */
export function toHsds(dataset: Pick<Dataset, 'parties' | 'relations'>): Json[] {
  const relationsOf = new Map<string, Relation[]>();
  for (const r of dataset.relations) {
    const list = relationsOf.get(r.source);
    if (list) list.push(r);
    else relationsOf.set(r.source, [r]);
  }
  return dataset.parties.map((p: Party) => {
    const orgId = uuidFor(p.id);
    const c = p.contact ?? {};
    const org: Json = { id: orgId, name: p.name, description: p.description ?? '' };
    if (c.email) org.email = c.email;
    if (c.website) org.website = c.website;
    if (c.phone) org.phones = [{ id: uuidFor(p.id, 'phone'), organization_id: orgId, number: c.phone }];
    if (c.address) {
      const locationId = uuidFor(p.id, 'location');
      org.locations = [
        {
          id: locationId,
          organization_id: orgId,
          location_type: 'physical',
          addresses: [
            {
              id: uuidFor(p.id, 'address'),
              location_id: locationId,
              address_1: c.address,
              city: '',
              state_province: '',
              postal_code: '',
              country: 'NL',
              address_type: 'physical',
            },
          ],
        },
      ];
    }
    const ext: Json = { id: p.id, kind: p.kind, field: p.field };
    if (p.role !== undefined) ext.role = p.role;
    if (p.targetGroups) ext.targetGroups = p.targetGroups;
    if (p.areas) ext.areas = p.areas;
    if (p.lastVerified) ext.lastVerified = p.lastVerified;
    if (p.position) ext.position = p.position;
    ext.relations = (relationsOf.get(p.id) ?? []).map(({ source: _s, ...r }) => r);
    org[HSDS_EXTENSION] = ext;
    return org;
  });
}
