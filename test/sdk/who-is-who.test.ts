import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateDataset } from '../../src/sdk/generate.js';
import {
  PartyIndex,
  betweenness,
  partyGroups,
  brokers,
  fieldTies,
  filterParties,
  isStale,
  isolatedParties,
  normalizeSearchText,
  partyAreas,
  staleParties,
  unconnectedFields,
  whoIsWhoInsights,
} from '../../src/sdk/analysis/who-is-who.js';
import type { Party, Relation } from '../../src/sdk/model.js';

const party = (id: string, field: Party['field'], extra: Partial<Party> = {}): Party => ({
  id,
  name: id,
  kind: 'organisatie',
  field,
  ...extra,
});
const rel = (source: string, target: string): Relation => ({
  id: `${source}-${target}`,
  source,
  target,
  kind: 'werkt-samen',
});

// Two triangles joined through "brug": a–b–c and d–e–f, with c–brug–d. "los" has no relation.
const parties = [
  party('a', 'zorg'),
  party('b', 'zorg'),
  party('c', 'zorg'),
  party('brug', 'welzijn'),
  party('d', 'medisch'),
  party('e', 'medisch'),
  party('f', 'medisch'),
  party('los', 'informeel'),
];
const relations = [
  rel('a', 'b'),
  rel('b', 'c'),
  rel('a', 'c'),
  rel('c', 'brug'),
  rel('brug', 'd'),
  rel('d', 'e'),
  rel('e', 'f'),
  rel('d', 'f'),
];
const dataset = { parties, relations };

describe('who-is-who analysis', () => {
  it('normalises search text: case, diacritics and punctuation', () => {
    expect(normalizeSearchText('Sint-Józef  CAFÉ')).to.equal('sint jozef cafe');
  });

  it('searches name, description, target groups and areas; "jozef" finds "Sint-Jozef"', () => {
    const list = [
      party('p1', 'informeel', { name: 'Parochie Sint-Jozef' }),
      party('p2', 'zorg', { name: 'Thuiszorg', description: 'Wondzorg en ADL' }),
      party('p3', 'welzijn', { name: 'Buurtkamer', targetGroups: ['Jonge mantelzorgers'], areas: ['Zuid'] }),
    ];
    expect(filterParties(list, { query: 'jozef' }).map((p) => p.id)).to.deep.equal(['p1']);
    expect(filterParties(list, { query: 'WONDZORG' }).map((p) => p.id)).to.deep.equal(['p2']);
    expect(filterParties(list, { query: 'mantelzorgers zuid' }).map((p) => p.id)).to.deep.equal(['p3']);
    expect(filterParties(list, { field: 'zorg' }).map((p) => p.id)).to.deep.equal(['p2']);
    expect(filterParties(list, { area: 'zuid' }).map((p) => p.id)).to.deep.equal(['p3']);
    expect(filterParties(list, { kind: 'team' })).to.deep.equal([]);
    expect(partyAreas([...list, party('p4', 'overig', { areas: ['Noord', 'zuid'] })])).to.deep.equal(['Noord', 'Zuid']);
  });

  it('finds the same parties typing a key at a time on one index as searching afresh, also after new positions', () => {
    const parties = generateDataset({ parties: 300, relations: 0, seed: 11 }).parties;
    const word = fc.constantFrom('zorg', 'noord', 'jo', 'buurt', 'm', 'oud-zuid', 'team', 'x');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', 'zorg', 'welzijn'),
        (words, field) => {
          const typed = words.join(' ');
          const index = new PartyIndex(parties);
          // Positions stored: every party a new object with its own copy of its lists (as the store's check
          // gives), its words the same.
          const moved = new PartyIndex(
            parties.map((p, i) => ({
              ...p,
              position: { x: i, y: i },
              ...(p.areas ? { areas: [...p.areas] } : {}),
              ...(p.targetGroups ? { targetGroups: [...p.targetGroups] } : {}),
            })),
            index,
          );
          for (let i = 1; i <= typed.length; i++) {
            const filter = { query: typed.slice(0, i), field: field as '' | 'zorg' | 'welzijn' };
            const fresh = filterParties(parties, filter).map((p) => p.id);
            expect(index.filter(filter).map((p) => p.id)).to.deep.equal(fresh);
            expect(moved.filter(filter).map((p) => p.id)).to.deep.equal(fresh);
          }
          // Deleting keys widens the search again.
          expect(index.filter({ query: words[0].slice(0, 1) }).map((p) => p.id)).to.deep.equal(
            filterParties(parties, { query: words[0].slice(0, 1) }).map((p) => p.id),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds a party by its new words when an index is built again after its lists changed', () => {
    const before = [party('a', 'zorg', { areas: ['Noord'], targetGroups: ['ouderen'] }), party('b', 'welzijn')];
    const index = new PartyIndex(before);
    expect(index.filter({ query: 'noord' }).map((p) => p.id)).to.deep.equal(['a']);
    const after = new PartyIndex([{ ...before[0], areas: ['Zuid'], targetGroups: ['jongeren'] }, before[1]], index);
    expect(after.filter({ query: 'noord' })).to.deep.equal([]);
    expect(after.filter({ query: 'zuid jongeren' }).map((p) => p.id)).to.deep.equal(['a']);
    expect(after.filter({ area: 'Zuid' }).map((p) => p.id)).to.deep.equal(['a']);
  });

  it('makes its search texts a slice at a time, and finds the same parties before, during and after', () => {
    const parties = generateDataset({ parties: 2000, relations: 0, seed: 5 }).parties;
    const filter = { query: 'zorg noord' };
    const fresh = filterParties(parties, filter).map((p) => p.id);
    const index = new PartyIndex(parties);
    // A slice of no time makes one run of texts and stops: far from all of 2,000.
    expect(index.prepare(0)).to.equal(false);
    expect(index.filter(filter).map((p) => p.id)).to.deep.equal(fresh);
    let slices = 1;
    while (!index.prepare(0)) slices++;
    expect(slices).to.be.greaterThan(10);
    expect(index.filter(filter).map((p) => p.id)).to.deep.equal(fresh);
    // Built on that one with one party renamed: the others keep their texts, the renamed one is found by its new name.
    const renamed = parties.map((p, i) => (i === 7 ? { ...p, name: 'Buurtkamer Qwixotl' } : p));
    const next = new PartyIndex(renamed, index);
    expect(next.filter({ query: 'qwixotl' }).map((p) => p.id)).to.deep.equal([parties[7].id]);
    expect(next.prepare(1000)).to.equal(true);
    expect(next.filter(filter).map((p) => p.id)).to.deep.equal(filterParties(renamed, filter).map((p) => p.id));
  });

  it('groups parties by field or wijk, with the ties within and between groups, counted for a filter', () => {
    const list = [
      party('a', 'zorg', { areas: ['Noord', 'noord'] }),
      party('b', 'zorg', { areas: ['Zuid'] }),
      party('c', 'welzijn', { areas: ['Noord', 'Zuid'] }),
      party('d', 'informeel'),
    ];
    const rel = (id: string, source: string, target: string): Relation => ({ id, source, target, kind: 'werkt-samen' });
    const relations = [rel('r1', 'a', 'b'), rel('r2', 'a', 'c'), rel('r3', 'b', 'c'), rel('r4', 'c', 'd')];
    const byField = partyGroups({ parties: list, relations }, 'field');
    expect(byField.groups.map((g) => [g.key, g.parties, g.inner])).to.deep.equal([
      ['zorg', ['a', 'b'], 1],
      ['welzijn', ['c'], 0],
      ['informeel', ['d'], 0],
    ]);
    expect(byField.ties).to.deep.equal([
      { a: 'welzijn', b: 'zorg', relations: 2 },
      { a: 'informeel', b: 'welzijn', relations: 1 },
    ]);
    // A party in two wijken is in both; one relation counts once per pair of groups, and once within a group.
    const byArea = partyGroups({ parties: list, relations }, 'area');
    expect(byArea.groups.map((g) => [g.key, g.parties, g.inner])).to.deep.equal([
      ['Noord', ['a', 'c'], 1],
      ['Zuid', ['b', 'c'], 1],
      ['', ['d'], 0],
    ]);
    expect(byArea.ties.find((t) => t.a === 'Noord' && t.b === 'Zuid')!.relations).to.equal(3);
    const filtered = partyGroups({ parties: list, relations }, 'field', new Set(['a', 'c']));
    expect(filtered.groups.map((g) => g.shown)).to.deep.equal([1, 1, 0]);
    expect(filtered.ties).to.deep.equal([{ a: 'welzijn', b: 'zorg', relations: 1 }]);
  });

  it('finds parties without any relation', () => {
    expect(isolatedParties(dataset).map((p) => p.id)).to.deep.equal(['los']);
  });

  it('counts relations between fields and finds fields with no tie to another field', () => {
    const ties = fieldTies(dataset);
    const count = (a: string, b: string) => ties.find((t) => t.a === a && t.b === b)?.relations;
    expect(count('zorg', 'welzijn')).to.equal(1);
    expect(count('welzijn', 'medisch')).to.equal(1);
    expect(count('zorg', 'medisch')).to.equal(0);
    expect(unconnectedFields(dataset)).to.deep.equal(['informeel']);
  });

  it('ranks brokers by betweenness: the bridge first, then the two ends of the bridge', () => {
    const scores = betweenness(dataset);
    // brug lies on every shortest path between {a,b,c} and {d,e,f}: 9 pairs of 21 (n=7 connected + los).
    expect(scores.get('brug')).to.be.closeTo(9 / 21, 1e-9);
    // c lies between {a,b} and {brug,d,e,f}: 8 pairs.
    expect(scores.get('c')).to.be.closeTo(8 / 21, 1e-9);
    expect(scores.get('a')).to.equal(0);
    expect(brokers(dataset, 3).map((b) => b.party.id)).to.deep.equal(['brug', 'c', 'd']);
  });

  it('flags entries last verified more than a year ago', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(isStale(party('x', 'zorg', { lastVerified: '2025-11-22' }), now)).to.equal(true);
    expect(isStale(party('x', 'zorg', { lastVerified: '2025-12-01' }), now)).to.equal(false);
    expect(isStale(party('x', 'zorg'), now)).to.equal(false);
    expect(
      staleParties(
        [party('old', 'zorg', { lastVerified: '2020-01-01' }), party('new', 'zorg', { lastVerified: '2026-10-01' })],
        now,
      ).map((p) => p.id),
    ).to.deep.equal(['old']);
    const all = whoIsWhoInsights(dataset, now);
    expect(all.isolated.map((p) => p.id)).to.deep.equal(['los']);
    expect(all.stale).to.deep.equal([]);
  });
});
