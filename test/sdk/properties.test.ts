/**
 * Property-based tests of the SDK core: a valid dataset survives JSON and parsing unchanged; undo
 * takes an edit back exactly; any sequence of edits, valid or not, leaves a dataset that parses
 * without a single issue, and a refused edit leaves the store untouched.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  COLLECTION_NAMES,
  createStore,
  parseDataset,
  removePartyChanges,
  type Change,
  type CollectionName,
  type Dataset,
  type Store,
} from '../../src/sdk/index.js';
import {
  careNetworkArb,
  checkArb,
  datasetArb,
  goalTreeArb,
  idArb,
  partyArb,
  relationArb,
  routeArb,
} from './arbitraries.js';

/** Counts the cases run, for the report at the end. */
const counted = { cases: 0, changes: 0, refused: 0, started: performance.now() };
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('properties of the SDK core', function () {
  // A busy machine can take several times as long as an idle one; the counts above keep an idle run near 5 s.
  this.timeout(60_000);

  after(() => {
    const seconds = ((performance.now() - counted.started) / 1000).toFixed(1);
    console.log(
      `properties: ${counted.cases} cases, ${counted.changes} changes applied, ${counted.refused} refused, ${seconds} s`,
    );
  });

  it('parses every valid dataset back to itself after a JSON round trip, with no issues', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        counted.cases++;
        const { dataset, issues } = parseDataset(json(d));
        expect(issues).to.deep.equal([]);
        expect(dataset).to.deep.equal(d);
        // And from the JSON text, the way a file or a fetch delivers it.
        expect(parseDataset(JSON.stringify(d)).dataset).to.deep.equal(d);
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on a valid dataset corrupted anywhere, and what it keeps parses without issues', () => {
    fc.assert(
      fc.property(datasetArb, fc.gen(), (d, g) => {
        counted.cases++;
        const doc = json(d) as unknown as Record<string, unknown>;
        const corruptions = g(fc.integer, { min: 1, max: 3 });
        for (let n = 0; n < corruptions; n++) corrupt(doc, g);
        const { dataset, issues } = parseDataset(doc);
        for (const i of issues) {
          expect(i.path).to.match(/^\$/);
          expect(i.message.nl && i.message.en)
            .to.be.a('string')
            .and.not.equal('');
        }
        expect(parseDataset(json(dataset)).issues).to.deep.equal([]);
      }),
      { numRuns: 500 },
    );
  });

  it('restores the previous snapshot exactly when an applied change is undone, and the next one on redo', () => {
    fc.assert(
      fc.property(datasetArb, fc.gen(), (d, g) => {
        counted.cases++;
        const store = createStore(json(d));
        const before = store.snapshot;
        const changes = validChanges(store.snapshot, g);
        const result = store.apply(changes);
        expect(result.issues).to.deep.equal([]);
        const after = store.snapshot;
        expect(store.undo()).to.not.equal(undefined);
        expect(store.snapshot).to.deep.equal(before);
        expect(json(store.snapshot)).to.deep.equal(json(before));
        store.redo();
        expect(store.snapshot).to.deep.equal(after);
      }),
      { numRuns: 600 },
    );
  });

  it('keeps the dataset valid through random sequences of valid and invalid changes, and leaves it untouched on refusal', () => {
    fc.assert(
      fc.property(datasetArb, fc.gen(), (d, g) => {
        counted.cases++;
        const store = createStore(json(d));
        const steps = g(fc.integer, { min: 1, max: 10 });
        for (let n = 0; n < steps; n++) {
          const before = store.snapshot;
          const { changes, expectOk } = randomChanges(store, g);
          if (changes === 'undo' || changes === 'redo') {
            store[changes]();
          } else {
            const result = store.apply(changes);
            if (expectOk !== undefined) expect(result.ok, JSON.stringify(result.issues)).to.equal(expectOk);
            if (result.ok) {
              counted.changes++;
              expect(result.issues).to.deep.equal([]);
            } else {
              counted.refused++;
              expect(result.issues.length).to.be.greaterThan(0);
              expect(store.snapshot).to.equal(before);
            }
          }
          const check = parseDataset(json(store.snapshot));
          expect(check.issues, JSON.stringify(check.issues)).to.deep.equal([]);
          expect(check.dataset).to.deep.equal(store.snapshot);
        }
      }),
      { numRuns: 300 },
    );
  });
});

type Gen = fc.GeneratorValue;

/** Replaces or deletes one value somewhere in a JSON document. */
function corrupt(doc: Record<string, unknown>, g: Gen): void {
  let parent: Record<string, unknown> | unknown[] = doc;
  for (;;) {
    const keys: (string | number)[] = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    if (!keys.length) return;
    const k = keys[g(fc.nat, keys.length - 1)];
    const child: unknown = (parent as Record<string | number, unknown>)[k];
    const descend = child !== null && typeof child === 'object' && g(fc.boolean);
    if (descend) {
      parent = child as Record<string, unknown> | unknown[];
      continue;
    }
    if (g(fc.boolean) && !Array.isArray(parent)) delete parent[k as string];
    else
      (parent as Record<string | number, unknown>)[k] = g(() =>
        fc.oneof(
          fc.jsonValue(),
          fc.constantFrom(
            'javascript:alert(1)',
            '2026-02-31',
            '__proto__',
            '',
            ' ',
            -0,
            Number.POSITIVE_INFINITY,
            Number.NaN,
          ),
        ),
      );
    return;
  }
}

function partyIds(d: Dataset): string[] {
  return d.parties.map((p) => p.id);
}

/** One or two changes that must be accepted. */
function validChanges(d: Dataset, g: Gen): Change[] {
  const ids = partyIds(d);
  const kind = g(
    fc.constantFrom,
    'party',
    'relation',
    'network',
    'tree',
    'check',
    'route',
    'remove',
    'removeParty',
    'pair',
  );
  const id = g(() => idArb);
  switch (kind) {
    case 'relation':
      // A relation id differs from every party id (and the other way round).
      if (ids.length && !ids.includes(id))
        return [{ op: 'put', collection: 'relations', record: g(relationArb, id, ids) }];
      break;
    case 'network':
      if (ids.length >= 2) return [{ op: 'put', collection: 'careNetworks', record: g(careNetworkArb, id, ids) }];
      break;
    case 'tree':
      return [{ op: 'put', collection: 'goalTrees', record: g(goalTreeArb, id, ids) }];
    case 'check':
      return [{ op: 'put', collection: 'checks', record: g(checkArb, id, ids) }];
    case 'route':
      return [{ op: 'put', collection: 'routes', record: g(routeArb, id, ids) }];
    case 'remove': {
      const collection = g(fc.constantFrom, 'relations', 'careNetworks', 'goalTrees', 'checks', 'routes') as Exclude<
        CollectionName,
        'parties'
      >;
      const list = d[collection];
      if (list.length) return [{ op: 'remove', collection, id: list[g(fc.nat, list.length - 1)].id }];
      break;
    }
    case 'removeParty':
      if (ids.length) return removePartyChanges(d, ids[g(fc.nat, ids.length - 1)]);
      break;
    case 'pair': {
      // A new party and a relation to it, in one step.
      const fresh = `${id}-new`;
      if (ids.includes(fresh) || ids.includes(`${id}-rel`) || d.relations.some((r) => r.id === fresh)) break;
      const party = g(partyArb, fresh);
      return [
        { op: 'put', collection: 'parties', record: party },
        { op: 'put', collection: 'relations', record: g(relationArb, `${id}-rel`, [fresh, ...ids]) },
      ];
    }
  }
  let pid = id;
  while (d.relations.some((r) => r.id === pid)) pid = `${pid}-p`;
  return [
    { op: 'put', collection: 'parties', record: g(partyArb, pid), index: g(fc.option, fc.nat(20), { nil: undefined }) },
  ];
}

/** A change (or undo/redo) of any kind, with whether it must be accepted when that is known. */
function randomChanges(store: Store, g: Gen): { changes: Change[] | 'undo' | 'redo'; expectOk?: boolean } {
  const d = store.snapshot;
  const ids = partyIds(d);
  const kind = g(
    fc.constantFrom,
    'valid',
    'valid',
    'valid',
    'undo',
    'redo',
    'dangling',
    'removeMissing',
    'removeUsedParty',
    'garbage',
    'badNetwork',
    'badTree',
    'badCheck',
    'unsafe',
    'undefinedKeys',
    'garbageChange',
  );
  const id = g(() => idArb);
  switch (kind) {
    case 'valid':
      return { changes: validChanges(d, g), expectOk: true };
    case 'undo':
    case 'redo':
      return { changes: kind };
    case 'dangling': {
      const ghost = `${id}-ghost`;
      if (ids.includes(ghost)) break;
      return {
        changes: [
          {
            op: 'put',
            collection: 'relations',
            record: { id, source: ids[0] ?? ghost, target: ghost, kind: 'verwijst' },
          },
        ],
        expectOk: false,
      };
    }
    case 'removeMissing': {
      const collection: CollectionName = g(fc.constantFrom, ...COLLECTION_NAMES);
      if ((d[collection] as readonly { id: string }[]).some((r) => r.id === id)) break;
      return { changes: [{ op: 'remove', collection, id }], expectOk: false };
    }
    case 'removeUsedParty': {
      if (!ids.length) break;
      const target = ids[g(fc.nat, ids.length - 1)];
      // Refused exactly when something still refers to it.
      return {
        changes: [{ op: 'remove', collection: 'parties', id: target }],
        expectOk: removePartyChanges(d, target).length === 1,
      };
    }
    case 'garbage': {
      const collection: CollectionName = g(fc.constantFrom, ...COLLECTION_NAMES);
      return { changes: [{ op: 'put', collection, record: g(() => fc.anything()) } as unknown as Change] };
    }
    case 'garbageChange': {
      // What another tab or server might send: anything at all, even as the second change of a step.
      const change = g(() =>
        fc.oneof(
          fc.anything(),
          fc.record({
            op: fc.constantFrom('put', 'remove', 'move'),
            collection: fc.string(),
            id: fc.anything(),
            record: fc.anything(),
          }),
        ),
      );
      return { changes: [...validChanges(d, g), change as Change], expectOk: false };
    }
    case 'badNetwork': {
      if (ids.length < 4) break;
      const net = g(careNetworkArb, id, ids);
      if (net.members.length < 2) break;
      const members = net.members.map((m) => ({ ...m, regiehouder: true }));
      return { changes: [{ op: 'put', collection: 'careNetworks', record: { ...net, members } }], expectOk: false };
    }
    case 'badTree': {
      const tree = g(goalTreeArb, id, ids);
      if (tree.goals.length < 2) break;
      const cycle = g(fc.boolean);
      const goals = tree.goals.map((goal) => {
        if (cycle && goal.parent === undefined)
          return { ...goal, parent: tree.goals.find((x) => x.parent !== undefined)!.id };
        if (!cycle && goal.parent !== undefined) {
          const { parent: _p, ...root } = goal;
          return root;
        }
        return goal;
      });
      return { changes: [{ op: 'put', collection: 'goalTrees', record: { ...tree, goals } }], expectOk: false };
    }
    case 'badCheck': {
      const check = g(checkArb, id, ids);
      if (!check.responses.length) break;
      const responses = check.responses.map((r) => ({ ...r, round: `${r.round}-gone` }));
      if (responses.some((r) => check.rounds.some((x) => x.id === r.round))) break;
      return { changes: [{ op: 'put', collection: 'checks', record: { ...check, responses } }], expectOk: false };
    }
    case 'undefinedKeys': {
      // What a view writes after clearing a field with a spread: `{ ...party, description: undefined }`.
      if (d.relations.some((r) => r.id === id)) break;
      const party = g(partyArb, id);
      const tree = g(goalTreeArb, `${id}-tree`, ids);
      return {
        changes: [
          {
            op: 'put',
            collection: 'parties',
            record: { ...party, description: undefined, contact: { ...party.contact, email: undefined } },
          },
          {
            op: 'put',
            collection: 'goalTrees',
            record: {
              ...tree,
              goals: tree.goals.map((goal) => ({
                ...goal,
                indicator: undefined,
                steps: goal.steps.map((s) => ({ ...s, owner: undefined })),
              })),
            },
          },
        ],
        expectOk: true,
      };
    }
    case 'unsafe': {
      const party = g(partyArb, id);
      const website = g(
        fc.constantFrom,
        'javascript:alert(1)',
        ' java\tscript:alert(1)',
        'data:text/html,<b>x</b>',
        'vbscript:msgbox(1)',
        'ftp://example.org',
      );
      // A put of a valid record first, so the refusal must undo it too.
      return {
        changes: [
          ...validChanges(d, g),
          { op: 'put', collection: 'parties', record: { ...party, id: `${id}-unsafe`, contact: { website } } },
        ],
        expectOk: false,
      };
    }
  }
  return { changes: validChanges(d, g), expectOk: true };
}
