/**
 * The quick parser reads a record exactly as valibot does: for every record, valid or broken anywhere,
 * it gives valibot's output (as parseRecord keeps it) when valibot accepts the record, and steps aside
 * (so that valibot says what is wrong) when valibot refuses it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type Dataset } from '../../src/sdk/index.js';
import { quickParse } from '../../src/sdk/quick-parse.js';
import { withoutUndefined } from '../../src/sdk/plain.js';
import { datasetArb } from './arbitraries.js';

type Gen = fc.GeneratorValue;
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Values that sit on the edges of the schemas: padded and empty texts, odd numbers, wrong shapes, undefined. */
const edgeValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    undefined,
    null,
    '',
    ' ',
    '  padded  ',
    'x'.repeat(501),
    'javascript:alert(1)',
    'https://example.org',
    'mailto:a@b.nl',
    '2026-02-31',
    '2026-02-28',
    '030 123 4567',
    'a@b.nl',
    '__proto__',
    'default',
    'klaar',
    'organisatie',
    'zorg',
    -0,
    0.5,
    3,
    6,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    [],
    {},
    { nl: 'Tekst' },
  ),
);

/** Changes one place of `doc` (a value, a key left out, a key added, an id padded with spaces). */
function mutate(doc: unknown, g: Gen): unknown {
  if (doc === null || typeof doc !== 'object') return g(() => edgeValue);
  let parent = doc as Record<string | number, unknown>;
  for (;;) {
    const keys: (string | number)[] = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    const k = keys.length ? keys[g(fc.nat, keys.length - 1)] : undefined;
    const child = k === undefined ? undefined : parent[k];
    if (k !== undefined && child !== null && typeof child === 'object' && g(fc.boolean)) {
      parent = child as Record<string | number, unknown>;
      continue;
    }
    const what = g(fc.constantFrom, 'value', 'delete', 'add', 'pad');
    if (what === 'add' && !Array.isArray(parent))
      parent[g(fc.constantFrom, 'extra', 'toString', 'note', 'id', 'parent')] = g(() => edgeValue);
    else if (k === undefined) return doc;
    else if (what === 'delete' && !Array.isArray(parent)) delete parent[k];
    else if (what === 'pad' && typeof child === 'string') parent[k] = ` ${child}\t`;
    else parent[k] = g(() => edgeValue);
    return doc;
  }
}

/** `value` with every object's keys in order, to compare the order valibot writes them in too. */
const keyOrder = (value: unknown): unknown =>
  value !== null && typeof value === 'object'
    ? Array.isArray(value)
      ? value.map(keyOrder)
      : Object.entries(value).map(([k, x]) => [k, keyOrder(x)])
    : value;

/** Checks one record both ways; true when valibot accepted it. */
function agrees(collection: CollectionName, input: unknown): boolean {
  const schema = COLLECTIONS[collection] as v.GenericSchema;
  const slow = v.safeParse(schema, input);
  const quick = quickParse(schema, input);
  expect(
    quick !== undefined,
    `${collection}: quick ${quick === undefined ? 'refused' : 'read'} what valibot ${slow.success ? 'read' : 'refused'}`,
  ).to.equal(slow.success);
  if (slow.success) {
    const expected = withoutUndefined(slow.output);
    expect(quick).to.deep.equal(expected);
    expect(keyOrder(quick)).to.deep.equal(keyOrder(expected));
  }
  return slow.success;
}

describe('quick parser', function () {
  this.timeout(60_000);
  const counted = { valid: 0, broken: 0, refused: 0 };
  after(() =>
    console.log(
      `quick parser: ${counted.valid} valid records, ${counted.broken} broken ones (${counted.refused} refused by valibot)`,
    ),
  );

  it('reads every valid record as valibot does', () => {
    fc.assert(
      fc.property(datasetArb, (d: Dataset) => {
        for (const name of COLLECTION_NAMES)
          for (const record of d[name]) {
            counted.valid++;
            expect(agrees(name, json(record))).to.equal(true);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a record broken anywhere as valibot does: the same record, or none', () => {
    fc.assert(
      fc.property(datasetArb, fc.gen(), (d: Dataset, g: Gen) => {
        for (const name of COLLECTION_NAMES)
          for (const record of d[name]) {
            let input: unknown = json(record);
            for (let n = g(fc.integer, { min: 1, max: 3 }); n > 0; n--) input = mutate(input, g);
            counted.broken++;
            if (!agrees(name, input)) counted.refused++;
          }
      }),
      { numRuns: 600 },
    );
  });

  it('reads records as they come from code: undefined values, lists left out, ids with spaces, arrays for objects', () => {
    const party = { id: ' p ', name: 'Buurthuis ', kind: 'organisatie', field: 'welzijn', note: undefined };
    expect(agrees('parties', party)).to.equal(false);
    expect(agrees('parties', { ...party, note: undefined, description: undefined } as unknown)).to.equal(false);
    const { note: _note, ...known } = party;
    expect(agrees('parties', { ...known, description: undefined, contact: { phone: undefined } })).to.equal(true);
    expect(agrees('goalTrees', { id: 't', title: 'Doelen', goals: [{ id: ' g ', title: 'Doel' }] })).to.equal(true);
    expect(agrees('routes', { id: 'r', title: 'Route' })).to.equal(true);
    expect(agrees('checks', { id: 'c', title: 'Check' })).to.equal(true);
    expect(agrees('checks', { id: 'c', title: 'Check', instrument: 'default', responses: [] })).to.equal(true);
    // valibot reads an empty array as an object with no keys; a non-empty one has unknown keys.
    expect(agrees('parties', { ...known, contact: [] })).to.equal(true);
    expect(agrees('parties', { ...known, contact: ['x'] })).to.equal(false);
    const inherited = Object.assign(Object.create({ role: 'buurman' }) as object, known);
    expect(agrees('parties', inherited)).to.equal(true);
    expect(agrees('parties', Object.assign(Object.create(null) as object, known))).to.equal(true);
  });
});
