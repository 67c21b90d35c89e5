/**
 * fast-check arbitraries for the sociale kaart: parties and relations as a spreadsheet or an HSDS
 * directory can carry them (trimmed texts, list items without commas, unique pairs, no self-loops).
 */
import fc from 'fast-check';
import { FIELDS, PARTY_KINDS, RELATION_KINDS, STRENGTHS, type Party, type Relation } from '../../src/sdk/model.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const trimmed = (min: number, max: number) =>
  fc
    .string({ minLength: min, maxLength: max, unit: 'grapheme' })
    .map((s) => s.trim())
    .filter((s) => s.length >= min && s.length <= max);
/** Text as a spreadsheet keeps it; a leading apostrophe before a formula sign would be read as Excel's escape. */
const cellText = (min: number, max: number) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 ,.;"'()=+@-]{0,30}[A-Za-z0-9.)]$/) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '=SOM(A1)',
          '+31 test',
          '-min',
          '@home',
          'Sint-Jozef "De Hoek"',
          'a;b,c',
          'regel\nregel',
        ),
      },
      { weight: 1, arbitrary: trimmed(min, max) },
    )
    .filter((s) => s.trim() === s && s.length >= min && !/^'[=+\-@\t\r]/.test(s));
const listItem = cellText(1, 20).filter((s) => !s.includes(','));
const idArb = fc
  .oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/) },
    { weight: 1, arbitrary: trimmed(1, 12).filter((s) => !/[,]/.test(s)) },
  )
  .filter((s) => !FORBIDDEN.has(s));
const dateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function partyArb(id: string, positions: boolean): fc.Arbitrary<Party> {
  return fc
    .record(
      {
        name: cellText(1, 40),
        kind: fc.constantFrom(...PARTY_KINDS),
        field: fc.constantFrom(...FIELDS),
        description: cellText(1, 60),
        role: cellText(1, 20),
        targetGroups: fc.array(listItem, { minLength: 1, maxLength: 3 }),
        areas: fc.array(listItem, { minLength: 1, maxLength: 3 }),
        contact: fc.record(
          {
            phone: fc.stringMatching(/^\+?[0-9][0-9 ]{2,10}[0-9]$/),
            email: fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.nl$/),
            website: fc.stringMatching(/^https:\/\/[a-z]{1,10}\.nl\/[a-z]{0,5}$/),
            address: cellText(1, 40),
          },
          { requiredKeys: [] },
        ),
        lastVerified: dateArb,
        ...(positions
          ? {
              position: fc.record(
                {
                  x: fc.integer({ min: -5000, max: 5000 }),
                  y: fc.integer({ min: -5000, max: 5000 }),
                  pinned: fc.constant(true),
                },
                { requiredKeys: ['x', 'y'] },
              ),
            }
          : {}),
      },
      { requiredKeys: ['name', 'kind', 'field'] },
    )
    .map((p) => {
      const party = { id, ...p } as Party;
      if (party.contact && !Object.keys(party.contact).length) delete party.contact;
      return party;
    });
}

export interface PartiesDatasetOptions {
  /** Give parties positions (HSDS keeps them; a spreadsheet does not). */
  positions?: boolean;
  /** Every relation kind, direction, strength and note (HSDS keeps them; a spreadsheet keeps only who works with whom). */
  relationKinds?: boolean;
}

/** Parties with unique ids and relations between distinct parties, one per ordered pair. */
export function partiesDatasetArb(options: PartiesDatasetOptions = {}) {
  return fc.uniqueArray(idArb, { minLength: 1, maxLength: 12 }).chain((ids) =>
    fc
      .tuple(
        fc.tuple(...ids.map((id) => partyArb(id, !!options.positions))),
        ids.length < 2
          ? fc.constant([] as [number, number][])
          : fc.uniqueArray(
              // Two different indices: the second is drawn from the others.
              fc
                .tuple(fc.nat(ids.length - 1), fc.nat(ids.length - 2))
                .map(([a, b]): [number, number] => [a, b >= a ? b + 1 : b]),
              { maxLength: ids.length * 2, selector: ([a, b]) => (a < b ? `${a}-${b}` : `${b}-${a}`) },
            ),
        fc.array(
          fc.record(
            {
              kind: fc.constantFrom(...RELATION_KINDS),
              directed: fc.boolean(),
              strength: fc.constantFrom(...STRENGTHS),
              note: cellText(1, 30),
            },
            { requiredKeys: ['kind'] },
          ),
          { minLength: ids.length * 2, maxLength: ids.length * 2 },
        ),
      )
      .map(([parties, pairs, extras]) => ({
        parties,
        relations: pairs.map(([a, b], i): Relation =>
          options.relationKinds
            ? { id: `r${i}`, source: ids[a], target: ids[b], ...extras[i] }
            : { id: `r${i}`, source: ids[a], target: ids[b], kind: 'werkt-samen', directed: false },
        ),
      })),
  );
}
