/**
 * Insights into the sociale kaart (wie is wie in de wijk): who has no tie yet, which fields do not
 * reach each other, who connects otherwise separate groups, which entries are out of date, and the
 * overview of a large map by field or wijk. Pure functions over the dataset. The search and filters
 * residents use to find someone are in party-search.ts.
 */
import { FIELDS, type Dataset, type Field, type Party, type Relation } from '../model.js';
import { PartyGrouping, type GroupBy, type PartyGroups } from './party-grouping.js';

// Part of the who-is-who analysis for its users (the element, the SDK's entry): importable from here as before.
export * from './party-search.js';

/** Each party's neighbours through relations (in either direction). */
export function neighbours(dataset: Pick<Dataset, 'parties' | 'relations'>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>(dataset.parties.map((p) => [p.id, new Set<string>()]));
  for (const r of dataset.relations) {
    if (r.source === r.target) continue;
    map.get(r.source)?.add(r.target);
    map.get(r.target)?.add(r.source);
  }
  return map;
}

/** The relations that touch a party, and the party at their other end. */
export function relationsOf(
  dataset: Pick<Dataset, 'parties' | 'relations'>,
  id: string,
): { relation: Relation; other: string }[] {
  return dataset.relations.flatMap((r) =>
    r.source === id ? [{ relation: r, other: r.target }] : r.target === id ? [{ relation: r, other: r.source }] : [],
  );
}

/** Parties with no relation at all. */
export function isolatedParties(dataset: Pick<Dataset, 'parties' | 'relations'>): Party[] {
  const n = neighbours(dataset);
  return dataset.parties.filter((p) => (n.get(p.id)?.size ?? 0) === 0);
}

/** Two fields and whether any party of the one has a relation with a party of the other. */
export interface FieldTie {
  a: Field;
  b: Field;
  relations: number;
}

/**
 * Every pair of fields that are both present, with the number of relations between them. A pair
 * with 0 is a gap: nobody in the one field works with anybody in the other.
 */
export function fieldTies(dataset: Pick<Dataset, 'parties' | 'relations'>): FieldTie[] {
  const fieldOf = new Map(dataset.parties.map((p) => [p.id, p.field]));
  const present = FIELDS.filter((f) => dataset.parties.some((p) => p.field === f));
  const count = new Map<string, number>();
  for (const r of dataset.relations) {
    const a = fieldOf.get(r.source);
    const b = fieldOf.get(r.target);
    if (!a || !b || a === b) continue;
    const key = FIELDS.indexOf(a) < FIELDS.indexOf(b) ? `${a}|${b}` : `${b}|${a}`;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const ties: FieldTie[] = [];
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++)
      ties.push({ a: present[i], b: present[j], relations: count.get(`${present[i]}|${present[j]}`) ?? 0 });
  }
  return ties;
}

/** Fields present in the dataset with no relation to any other field. */
export function unconnectedFields(dataset: Pick<Dataset, 'parties' | 'relations'>): Field[] {
  const ties = fieldTies(dataset);
  const present = FIELDS.filter((f) => dataset.parties.some((p) => p.field === f));
  if (present.length < 2) return [];
  return present.filter((f) => ties.every((t) => (t.a !== f && t.b !== f) || t.relations === 0));
}

/**
 * Betweenness centrality (Brandes, 2001) on the undirected graph of relations, normalised to 0..1:
 * how often a party lies on the shortest path between two others.
 */
export function betweenness(dataset: Pick<Dataset, 'parties' | 'relations'>): Map<string, number> {
  const ids = dataset.parties.map((p) => p.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const adjacency: number[][] = ids.map(() => []);
  for (const [id, set] of neighbours(dataset)) {
    const i = index.get(id)!;
    for (const other of set) adjacency[i].push(index.get(other)!);
  }
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const queue = new Int32Array(n);
  const preds: number[][] = ids.map(() => []);
  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    for (const p of preds) p.length = 0;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let visited = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      order[visited++] = v;
      for (const w of adjacency[v]) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v] + 1) {
          sigma[w] += sigma[v];
          preds[w].push(v);
        }
      }
    }
    for (let k = visited - 1; k > 0; k--) {
      const w = order[k];
      for (const v of preds[w]) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      score[w] += delta[w];
    }
  }
  // Undirected: every pair was counted from both ends.
  const norm = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  return new Map(ids.map((id, i) => [id, score[i] * norm]));
}

/** A party that connects others, with its betweenness score (0..1). */
export interface Broker {
  party: Party;
  score: number;
}

/** The parties with the highest betweenness (above 0), at most `limit`. */
export function brokers(dataset: Pick<Dataset, 'parties' | 'relations'>, limit = 5): Broker[] {
  const scores = betweenness(dataset);
  return dataset.parties
    .map((party) => ({ party, score: scores.get(party.id) ?? 0 }))
    .filter((b) => b.score > 0)
    .sort((a, b) => b.score - a.score || a.party.name.localeCompare(b.party.name))
    .slice(0, limit);
}

/** Milliseconds in a year of 365 days. */
const YEAR = 365 * 24 * 60 * 60 * 1000;

/** True when a party was last checked more than a year before `now` (or never). */
export function isStale(party: Party, now: Date = new Date()): boolean {
  if (!party.lastVerified) return false;
  const checked = Date.parse(`${party.lastVerified}T00:00:00Z`);
  return Number.isFinite(checked) && now.getTime() - checked > YEAR;
}

/** Parties whose "laatst gecontroleerd" is more than a year ago. */
export function staleParties(parties: readonly Party[], now: Date = new Date()): Party[] {
  return parties.filter((p) => isStale(p, now));
}

/** All insights of the who-is-who panel at once. */
export interface WhoIsWhoInsights {
  isolated: Party[];
  unconnectedFields: Field[];
  fieldTies: FieldTie[];
  brokers: Broker[];
  stale: Party[];
}

/** Computes every insight for the panel. */
export function whoIsWhoInsights(
  dataset: Pick<Dataset, 'parties' | 'relations'>,
  now: Date = new Date(),
): WhoIsWhoInsights {
  return {
    isolated: isolatedParties(dataset),
    unconnectedFields: unconnectedFields(dataset),
    fieldTies: fieldTies(dataset),
    brokers: brokers(dataset),
    stale: staleParties(dataset.parties, now),
  };
}

export type { GroupBy, GroupTie, PartyGroup, PartyGroups } from './party-grouping.js';

/**
 * The parties grouped by field or by wijk (a party active in several wijken is in each), with the
 * relations within each group and between groups: what a map of thousands of parties shows first.
 * `visible` (the ids passing a search or filter) counts what is shown; ties count only visible parties.
 */
export function partyGroups(
  dataset: Pick<Dataset, 'parties' | 'relations'>,
  by: GroupBy,
  visible: ReadonlySet<string> | null = null,
): PartyGroups {
  return new PartyGrouping(dataset, by).count(visible);
}
