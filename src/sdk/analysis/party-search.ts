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
 * A reusable search over many parties: the normalised texts are computed once per list, and kept for
 * the parties whose words did not change when the list is replaced (new positions, one edited party).
 * A search that narrows the one before (a key typed: "zorg" after "zor") looks only at what that one found.
 */
export class PartyIndex {
  readonly #parties: readonly Party[];
  readonly #texts: string[];
  readonly #areas: string[][];
  #last?: { words: string[]; field: string; kind: string; area: string; found: number[] };

  constructor(parties: readonly Party[], previous?: PartyIndex) {
    this.#parties = parties;
    const before = previous ? previous.#parties : undefined;
    const same = (i: number) => {
      const a = before?.[i];
      const b = parties[i];
      return (
        !!a &&
        a.id === b.id &&
        a.name === b.name &&
        a.description === b.description &&
        a.role === b.role &&
        sameWords(a.targetGroups, b.targetGroups) &&
        sameWords(a.areas, b.areas)
      );
    };
    this.#texts = parties.map((p, i) => (same(i) ? previous!.#texts[i] : partySearchText(p)));
    this.#areas = parties.map((p, i) => (same(i) ? previous!.#areas[i] : (p.areas ?? []).map(normalizeSearchText)));
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
      if (area && !this.#areas[i].includes(area)) return;
      const text = this.#texts[i];
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
  for (const p of parties)
    for (const a of p.areas ?? [])
      if (a.trim() && !byKey.has(normalizeSearchText(a))) byKey.set(normalizeSearchText(a), a.trim());
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, locale));
}
