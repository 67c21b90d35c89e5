/**
 * The overview of a large map: the parties grouped by field or by wijk, and the ties between the groups.
 * Which groups a party is in and which parties a relation joins are worked out once per list (as numbers);
 * counting for a search or filter then only walks them.
 */
import { FIELDS, type Dataset, type Field } from '../model.js';
import { normalizeSearchText } from './party-search.js';

/** What the parties of a large map are grouped by in its overview: their field or their wijk. */
export type GroupBy = 'field' | 'area';

/** One group of the overview: the parties of a field or a wijk, and how many of them pass the filter. */
export interface PartyGroup {
  /** The field, or the area as written (the empty string for parties without an area). */
  key: string;
  /** Ids of the parties in the group, in the dataset's order. */
  parties: string[];
  /** How many of them pass the filter (all when nothing is filtered). */
  shown: number;
  /** Relations between two parties of the group. */
  inner: number;
}

/** The relations between the parties of two groups. */
export interface GroupTie {
  a: string;
  b: string;
  relations: number;
}

/** The overview of a map: its groups (fields in their order, wijken alphabetically) and the ties between them, strongest first. */
export interface PartyGroups {
  by: GroupBy;
  groups: PartyGroup[];
  ties: GroupTie[];
}

/** Sorts wijken the Dutch way; one collator, as localeCompare with a locale makes one per comparison. */
const dutch = new Intl.Collator('nl');

/** The groups of one list of parties and relations, counted again for each filter. */
export class PartyGrouping {
  readonly by: GroupBy;
  readonly #keys: string[] = [];
  readonly #members: string[][] = [];
  readonly #ids: string[];
  /** Per party (by index), its one group, or -1 when it is in several (then see `#groupsOf`). */
  readonly #single: Int32Array;
  /** Per party (by index), the groups it is in. */
  readonly #groupsOf: number[][];
  /** Per relation between two different known parties, their indexes, two numbers a relation. */
  readonly #ends: Int32Array;

  constructor(dataset: Pick<Dataset, 'parties' | 'relations'>, by: GroupBy) {
    this.by = by;
    const { parties, relations } = dataset;
    const index = new Map<string, number>();
    const groupOf = new Map<string, number>();
    const areaKeys = new Map<string, string>();
    // Thousands of parties name the same few wijken: each spelling is normalised once.
    const normal = new Map<string, string>();
    const group = (key: string, party: string) => {
      let g = groupOf.get(key);
      if (g === undefined) {
        g = this.#keys.push(key) - 1;
        groupOf.set(key, g);
        this.#members.push([]);
      }
      this.#members[g].push(party);
      return g;
    };
    this.#ids = new Array<string>(parties.length);
    this.#single = new Int32Array(parties.length);
    this.#groupsOf = new Array<number[]>(parties.length);
    for (let i = 0; i < parties.length; i++) {
      const p = parties[i];
      this.#ids[i] = p.id;
      index.set(p.id, i);
      const names: string[] = [];
      if (by === 'field') names.push(p.field);
      else {
        const seen = new Set<string>();
        for (const area of p.areas ?? []) {
          let norm = normal.get(area);
          if (norm === undefined) normal.set(area, (norm = normalizeSearchText(area)));
          if (!norm || seen.has(norm)) continue;
          seen.add(norm);
          if (!areaKeys.has(norm)) areaKeys.set(norm, area.trim());
          names.push(areaKeys.get(norm)!);
        }
        if (!names.length) names.push('');
      }
      const groups = names.map((name) => group(name, p.id));
      this.#groupsOf[i] = groups;
      this.#single[i] = groups.length === 1 ? groups[0] : -1;
    }
    const ends = new Int32Array(relations.length * 2);
    let k = 0;
    for (const r of relations) {
      const s = index.get(r.source);
      const t = index.get(r.target);
      if (s === undefined || t === undefined || r.source === r.target) continue;
      ends[k++] = s;
      ends[k++] = t;
    }
    this.#ends = ends.slice(0, k);
  }

  /** The groups and ties, counting the parties in `visible` (all when null) and the relations between them. */
  count(visible: ReadonlySet<string> | null = null): PartyGroups {
    const keys = this.#keys;
    const n = keys.length;
    const inner = new Array<number>(n).fill(0);
    // Relations per pair of groups (a pair as a * n + b, its first key the lower), and the pairs in the order first met.
    const between = new Float64Array(n * n);
    const met: number[] = [];
    const pair = (a: number, b: number) => (keys[a] < keys[b] ? a * n + b : b * n + a);
    const tie = (a: number, b: number) => {
      const id = pair(a, b);
      if (between[id]++ === 0) met.push(id);
    };
    const ends = this.#ends;
    const single = this.#single;
    const ids = this.#ids;
    for (let i = 0; i < ends.length; i += 2) {
      const s = ends[i];
      const t = ends[i + 1];
      if (visible && (!visible.has(ids[s]) || !visible.has(ids[t]))) continue;
      // One group at each end (always so by field): no set needed to count the relation once.
      const a = single[s];
      const b = single[t];
      if (a >= 0 && b >= 0) {
        if (a === b) inner[a]++;
        else tie(a, b);
        continue;
      }
      // Within a group as -1 - group, between two as their pair.
      const counted = new Set<number>();
      for (const x of this.#groupsOf[s])
        for (const y of this.#groupsOf[t]) {
          const id = x === y ? -1 - x : pair(x, y);
          if (counted.has(id)) continue;
          counted.add(id);
          if (x === y) inner[x]++;
          else tie(x, y);
        }
    }
    const order = (a: PartyGroup, b: PartyGroup) =>
      this.by === 'field'
        ? FIELDS.indexOf(a.key as Field) - FIELDS.indexOf(b.key as Field)
        : (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || dutch.compare(a.key, b.key);
    const groups = keys.map((key, g) => {
      const parties = this.#members[g];
      const shown = visible ? parties.reduce((k, id) => (visible.has(id) ? k + 1 : k), 0) : parties.length;
      return { key, parties: parties.slice(), shown, inner: inner[g] };
    });
    return {
      by: this.by,
      groups: groups.sort(order),
      ties: met
        .map((id) => ({ a: keys[(id / n) | 0], b: keys[id % n], relations: between[id] }))
        .sort((a, b) => b.relations - a.relations),
    };
  }
}
