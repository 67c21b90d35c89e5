/**
 * The search and filters residents use to find someone on the sociale kaart: words matched without
 * regard to case, accents or punctuation, and filters by field, kind and wijk.
 */
import type { Field, Party, PartyKind } from '../model.js';
import { sameWords } from './same-words.js';

/** Text for searching: lower case, without diacritics, punctuation as spaces ("Sint-Józef" → "sint jozef"). */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
}

/** What a party is found by: name, what they do, role, target groups and areas, normalised. */
export function partySearchText(party: Party): string {
  return normalizeSearchText(
    [party.name, party.description ?? '', party.role ?? '', ...(party.targetGroups ?? []), ...(party.areas ?? [])].join(
      ' \u0001 ',
    ),
  );
}

/** Search words and filters; an empty or absent value does not filter. */
export interface PartyFilter {
  query?: string;
  field?: Field | '';
  kind?: PartyKind | '';
  area?: string;
}

/**
 * A reusable search over many parties: the normalised texts are made once per list, and kept for the
 * parties whose words did not change when the list is replaced (new positions, one edited party).
 * They are made when first needed, or ahead of time a slice at a time (`prepare`), so that 10,000
 * parties never cost one long task. A search that narrows the one before (a key typed: "zorg" after
 * "zor") looks only at what that one found.
 */
export class PartyIndex {
  readonly #parties: readonly Party[];
  readonly #texts: (string | undefined)[];
  readonly #areas: (string[] | undefined)[];
  /** The list before, while texts of unchanged parties may still be taken from it. */
  #previous?: PartyIndex;
  /** Texts before this index are all made. */
  #prepared = 0;
  #last?: { words: string[]; field: string; kind: string; area: string; found: number[] };

  constructor(parties: readonly Party[], previous?: PartyIndex) {
    this.#parties = parties;
    this.#texts = new Array<string | undefined>(parties.length);
    this.#areas = new Array<string[] | undefined>(parties.length);
    this.#previous = previous;
  }

  /** Makes the texts of party `i`, or takes them from the list before when its words did not change. */
  #make(i: number): void {
    if (this.#texts[i] !== undefined) return;
    const b = this.#parties[i];
    const previous = this.#previous;
    const a = previous ? previous.#parties[i] : undefined;
    const same =
      !!a &&
      a.id === b.id &&
      a.name === b.name &&
      a.description === b.description &&
      a.role === b.role &&
      sameWords(a.targetGroups, b.targetGroups) &&
      sameWords(a.areas, b.areas);
    if (same) previous!.#make(i);
    this.#texts[i] = same ? previous!.#texts[i] : partySearchText(b);
    this.#areas[i] = same ? previous!.#areas[i] : (b.areas ?? []).map(normalizeSearchText);
  }

  /** Makes texts for about `ms` milliseconds; true once every text is made (the list before is then let go). */
  prepare(ms: number): boolean {
    const end = performance.now() + ms;
    const n = this.#parties.length;
    while (this.#prepared < n) {
      this.#make(this.#prepared++);
      if ((this.#prepared & 63) === 0 && performance.now() >= end) break;
    }
    if (this.#prepared < n) return false;
    this.#previous = undefined;
    return true;
  }

  /** The parties this index was built for. */
  get parties(): readonly Party[] {
    return this.#parties;
  }

  /** The parties that match every search word and every filter, in their original order. */
  filter(filter: PartyFilter): Party[] {
    const words = normalizeSearchText(filter.query ?? '')
      .split(' ')
      .filter(Boolean);
    const field = filter.field ?? '';
    const kind = filter.kind ?? '';
    const area = filter.area ? normalizeSearchText(filter.area) : '';
    const last = this.#last;
    // Every party the new words match, the old ones matched too when each old word is part of a new one.
    const narrows =
      last &&
      last.field === field &&
      last.kind === kind &&
      last.area === area &&
      last.words.every((w) => words.some((n) => n.includes(w)));
    const found: number[] = [];
    const test = (i: number) => {
      const p = this.#parties[i];
      if (field && p.field !== field) return;
      if (kind && p.kind !== kind) return;
      this.#make(i);
      if (area && !this.#areas[i]!.includes(area)) return;
      const text = this.#texts[i]!;
      if (words.length && !words.every((w) => text.includes(w))) return;
      found.push(i);
    };
    if (narrows) for (const i of last.found) test(i);
    else for (let i = 0; i < this.#parties.length; i++) test(i);
    this.#last = { words, field, kind, area, found };
    return found.map((i) => this.#parties[i]);
  }
}

/** Filters parties (see {@link PartyIndex} for repeated searches over the same list). */
export function filterParties(parties: readonly Party[], filter: PartyFilter): Party[] {
  return new PartyIndex(parties).filter(filter);
}

/** The distinct areas (wijken) named in the dataset, sorted the way the language sorts. */
export function partyAreas(parties: readonly Party[], locale = 'nl'): string[] {
  const byKey = new Map<string, string>();
  // Thousands of parties name the same few wijken: each spelling is normalised once.
  const seen = new Set<string>();
  for (const p of parties)
    for (const a of p.areas ?? []) {
      if (seen.has(a)) continue;
      seen.add(a);
      const key = normalizeSearchText(a);
      if (a.trim() && !byKey.has(key)) byKey.set(key, a.trim());
    }
  // One collator for the sort: localeCompare with a locale makes one per comparison.
  return [...byKey.values()].sort(new Intl.Collator(locale).compare);
}
