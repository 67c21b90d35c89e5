/**
 * What a care network map shows at a glance, as data: the gaps (a field nobody is in, a field with
 * no tie to another field, nobody coordinating, an empty own network, everything through one person)
 * and the counts per ring and field. Elements turn these into plain sentences.
 */
import { NETWORK_FIELDS, RINGS, type CareNetwork, type NetworkField, type Ring } from '../model.js';
import { blockedReferrals } from './sharing.js';

export type CareNetworkInsight =
  /** Nobody in the network works in this field. */
  | { kind: 'empty-field'; field: NetworkField }
  /** The field has members, but none of them has a relation with a member of another field. */
  | { kind: 'unconnected-field'; field: NetworkField }
  /** Nobody is regiehouder. */
  | { kind: 'no-regiehouder' }
  /** The network names regisseurs per field, but none for this field, which has members. */
  | { kind: 'no-regisseur'; field: NetworkField }
  /** A referral along which nothing about the personal situation may go (a `niets-persoonlijk` agreement). */
  | { kind: 'blocked-referral'; from: string; to: string; relation: string }
  /** The carer has nobody in the ring `eigen netwerk`. */
  | { kind: 'empty-own-network' }
  /** One party is an end of (nearly) every relation: the others do not talk to each other. */
  | { kind: 'single-hub'; party: string; relations: number; total: number }
  /** How many members are in this ring. */
  | { kind: 'ring-count'; ring: Ring; count: number };

export interface CareNetworkAnalysis {
  /** Gaps first, then the counts per ring. */
  insights: CareNetworkInsight[];
  rings: Record<Ring, number>;
  fields: Record<NetworkField, number>;
  /** The regiehouder's party id, if any. */
  regiehouder?: string;
  /** Pairs of fields with at least one relation between their members, e.g. `['zorg', 'medisch']`. */
  connectedFields: [NetworkField, NetworkField][];
}

/** Share of all relations above which one party counts as the hub everything runs through. */
export const HUB_SHARE = 0.8;
/** Fewest relations before the hub rule applies (two ties through one person is not yet a pattern). */
export const HUB_MIN_RELATIONS = 3;

/** Analyses one care network. Pure: the same network gives the same insights, in the same order. */
export function analyzeCareNetwork(network: CareNetwork): CareNetworkAnalysis {
  const rings = Object.fromEntries(RINGS.map((r) => [r, 0])) as Record<Ring, number>;
  const fields = Object.fromEntries(NETWORK_FIELDS.map((f) => [f, 0])) as Record<NetworkField, number>;
  const fieldOf = new Map<string, NetworkField>();
  for (const m of network.members) {
    rings[m.ring]++;
    fields[m.field]++;
    fieldOf.set(m.party, m.field);
  }
  const regiehouder = network.members.find((m) => m.regiehouder)?.party;

  const pairs = new Set<string>();
  const linked = new Set<NetworkField>();
  for (const r of network.relations) {
    const a = fieldOf.get(r.source);
    const b = fieldOf.get(r.target);
    if (!a || !b || a === b) continue;
    linked.add(a).add(b);
    const [x, y] = NETWORK_FIELDS.indexOf(a) < NETWORK_FIELDS.indexOf(b) ? [a, b] : [b, a];
    pairs.add(`${x}|${y}`);
  }
  const connectedFields = [...pairs].sort().map((p) => p.split('|') as [NetworkField, NetworkField]);

  const insights: CareNetworkInsight[] = [];
  for (const field of NETWORK_FIELDS) if (fields[field] === 0) insights.push({ kind: 'empty-field', field });
  for (const field of NETWORK_FIELDS) {
    if (fields[field] > 0 && !linked.has(field) && network.members.length > fields[field])
      insights.push({ kind: 'unconnected-field', field });
  }
  if (!regiehouder) insights.push({ kind: 'no-regiehouder' });
  // Only a network that directs per field is asked about every field; one regiehouder is the simpler way.
  const regisseurs = network.regisseurs;
  if (regisseurs && NETWORK_FIELDS.some((f) => regisseurs[f] !== undefined)) {
    for (const field of NETWORK_FIELDS)
      if (fields[field] > 0 && regisseurs[field] === undefined) insights.push({ kind: 'no-regisseur', field });
  }
  for (const b of blockedReferrals(network))
    insights.push({ kind: 'blocked-referral', from: b.from, to: b.to, relation: b.relation! });
  if (rings['eigen-netwerk'] === 0) insights.push({ kind: 'empty-own-network' });

  const total = network.relations.length;
  if (total >= HUB_MIN_RELATIONS) {
    const ends = new Map<string, number>();
    for (const r of network.relations)
      for (const id of new Set([r.source, r.target])) ends.set(id, (ends.get(id) ?? 0) + 1);
    // Ties broken by id, so the answer does not depend on the order of relations.
    const [party, count] = [...ends].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (count / total >= HUB_SHARE) insights.push({ kind: 'single-hub', party, relations: count, total });
  }
  for (const ring of RINGS) insights.push({ kind: 'ring-count', ring, count: rings[ring] });
  return { insights, rings, fields, regiehouder, connectedFields };
}
