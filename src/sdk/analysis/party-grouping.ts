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

/** The groups of one list of parties and relations, counted again for each filter. */
export class PartyGrouping {
  readonly by: GroupBy;
  readonly #keys: string[] = [];
  readonly #members: string[][] = [];
  readonly #ids: string[];
  /** Per party (by index), the groups it is in. */
  readonly #groupsOf: number[][];
  /** Per relation between two different known parties, their indexes, two numbers a relation. */
  readonly #ends: Int32Array;

  constructor(dataset: Pick<Dataset, 'parties' | 'relations'>, by: GroupBy) {
    this.by = by;
    const index = new Map<string, number>();
    const areaKeys = new Map<string, string>();
    this.#ids = dataset.parties.map((p) => p.id);
    this.#groupsOf = dataset.parties.map((p, i) => {
      index.set(p.id, i);
      const names: string[] = [];
      if (by === 'field') names.push(p.field);
      else {
        const seen = new Set<string>();
        for (const area of p.areas ?? []) {
          const norm = normalizeSearchText(area);
          if (!norm || seen.has(norm)) continue;
          seen.add(norm);
          if (!areaKeys.has(norm)) areaKeys.set(norm, area.trim());
          names.push(areaKeys.get(norm)!);
        }
        if (!names.length) names.push('');
      }
      return names.map((name) => this.#group(name, p.id));
    });
    const ends: number[] = [];
    for (const r of dataset.relations) {
      const [s, t] = [index.get(r.source), index.get(r.target)];
      if (s !== undefined && t !== undefined && r.source !== r.target) ends.push(s, t);
    }
    this.#ends = Int32Array.from(ends);
  }

  #group(key: string, party: string): number {
    let g = this.#keys.indexOf(key);
    if (g < 0) {
      g = this.#keys.push(key) - 1;
      this.#members.push([]);
    }
    this.#members[g].push(party);
    return g;
  }

  /** The groups and ties, counting the parties in `visible` (all when null) and the relations between them. */
  count(visible: ReadonlySet<string> | null = null): PartyGroups {
    const keys = this.#keys;
    const n = keys.length;
    const inner = new Array<number>(n).fill(0);
    const ties = new Map<number, GroupTie>();
    const pair = (a: number, b: number) => (keys[a] < keys[b] ? a * n + b : b * n + a);
    const tie = (a: number, b: number) => {
      const id = pair(a, b);
      let found = ties.get(id);
      if (!found) ties.set(id, (found = { a: keys[(id / n) | 0], b: keys[id % n], relations: 0 }));
      return found;
    };
    const ends = this.#ends;
    for (let i = 0; i < ends.length; i += 2) {
      const [s, t] = [ends[i], ends[i + 1]];
      if (visible && (!visible.has(this.#ids[s]) || !visible.has(this.#ids[t]))) continue;
      const [from, to] = [this.#groupsOf[s], this.#groupsOf[t]];
      // One group at each end (always so by field): no set needed to count the relation once.
      if (from.length === 1 && to.length === 1) {
        if (from[0] === to[0]) inner[from[0]]++;
        else tie(from[0], to[0]).relations++;
        continue;
      }
      // Within a group as -1 - group, between two as their pair.
      const counted = new Set<number>();
      for (const a of from)
        for (const b of to) {
          const id = a === b ? -1 - a : pair(a, b);
          if (counted.has(id)) continue;
          counted.add(id);
          if (a === b) inner[a]++;
          else tie(a, b).relations++;
        }
    }
    const order = (a: PartyGroup, b: PartyGroup) =>
      this.by === 'field'
        ? FIELDS.indexOf(a.key as Field) - FIELDS.indexOf(b.key as Field)
        : (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || a.key.localeCompare(b.key, 'nl');
    const groups = keys.map((key, g) => {
      const parties = this.#members[g];
      const shown = visible ? parties.reduce((k, id) => (visible.has(id) ? k + 1 : k), 0) : parties.length;
      return { key, parties: parties.slice(), shown, inner: inner[g] };
    });
    return {
      by: this.by,
      groups: groups.sort(order),
      ties: [...ties.values()].sort((a, b) => b.relations - a.relations),
    };
  }
}
