/**
 * Convergence as a property: three people make random edits at once, their updates reach each other in a
 * random order (and some only at the end), and every copy ends with the same dataset, one that
 * `parseDataset` reads without a single issue.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  emptyDataset,
  newId,
  parseDataset,
  removePartyChanges,
  type Change,
  type Dataset,
  type Goal,
  type Store,
} from '../../../src/sdk/index.js';
import { deliverAll, deliverOne, peers } from './peers.js';

type Command =
  | { kind: 'edit'; who: number; what: number; pick: number; text: string }
  | { kind: 'undo' | 'redo'; who: number }
  | { kind: 'deliver'; who: number; pick: number };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      who: fc.nat(2),
      what: fc.nat(9),
      pick: fc.nat(),
      text: fc.stringMatching(/^[A-Z][a-z]{1,8}$/),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const), who: fc.nat(2) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('deliver' as const), who: fc.nat(2), pick: fc.nat() }) },
);

const start = (): Dataset => ({
  ...emptyDataset('Kring'),
  parties: [
    { id: 'p1', name: 'Wijkteam', kind: 'team', field: 'welzijn' },
    { id: 'p2', name: 'Huisarts', kind: 'persoon', field: 'medisch' },
  ],
  goalTrees: [{ id: 't1', title: 'Doelen', goals: [{ id: 'g0', title: 'Hoofddoel', partners: [], steps: [] }] }],
});

/** One edit a person could make in the views, built from what that person sees now. */
function edit(store: Store, what: number, pick: number, text: string): Change[] {
  const d = store.snapshot;
  const any = <T>(list: readonly T[]) => list[pick % list.length];
  const party = any(d.parties);
  const tree = any(d.goalTrees);
  const goal = tree && any(tree.goals);
  const putTree = (goals: Goal[]): Change[] => [{ op: 'put', collection: 'goalTrees', record: { ...tree, goals } }];
  switch (what) {
    case 0:
      return [
        {
          op: 'put',
          collection: 'parties',
          record: { id: newId('party'), name: text, kind: 'organisatie', field: 'zorg' },
          index: pick % (d.parties.length + 1),
        },
      ];
    case 1:
      return party ? [{ op: 'put', collection: 'parties', record: { ...party, name: text } }] : [];
    case 2:
      return party ? [{ op: 'put', collection: 'parties', record: { ...party, role: text.toLowerCase() } }] : [];
    case 3:
      return party && d.parties.length > 1 ? removePartyChanges(d, party.id) : [];
    case 4: {
      const other = d.parties[(pick + 1) % d.parties.length];
      return party && other && other !== party
        ? [
            {
              op: 'put',
              collection: 'relations',
              record: { id: newId('rel'), source: party.id, target: other.id, kind: 'werkt-samen' },
            },
          ]
        : [];
    }
    case 5:
      return goal
        ? putTree([...tree.goals, { id: newId('goal'), parent: goal.id, title: text, partners: [], steps: [] }])
        : [];
    case 6:
      return goal ? putTree(tree.goals.map((g) => (g === goal ? { ...g, title: text } : g))) : [];
    case 7:
      return goal && party
        ? putTree(tree.goals.map((g) => (g === goal ? { ...g, partners: [...new Set([...g.partners, party.id])] } : g)))
        : [];
    case 8: {
      // Another parent: may make a loop together with someone else's move.
      const parent = tree && tree.goals[(pick >> 3) % tree.goals.length];
      return goal?.parent && parent && parent !== goal
        ? putTree(tree.goals.map((g) => (g === goal ? { ...g, parent: parent.id } : g)))
        : [];
    }
    default:
      return goal?.parent ? putTree(tree.goals.filter((g) => g !== goal && g.parent !== goal.id)) : [];
  }
}

describe('live convergence', function () {
  this.timeout(120_000);

  it('ends with identical, valid snapshots on three copies, whatever the edits and the order of delivery', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { minLength: 1, maxLength: 60 }), (commands) => {
        const list = peers(3, start());
        for (const c of commands) {
          const peer = list[c.who];
          if (c.kind === 'deliver') {
            if (peer.inbox.length) deliverOne(peer, c.pick);
          } else if (c.kind === 'undo') peer.store.undo();
          else if (c.kind === 'redo') peer.store.redo();
          else if (c.kind === 'edit') {
            const changes = edit(peer.store, c.what, c.pick, c.text);
            if (changes.length) peer.store.apply(changes);
          }
        }
        deliverAll(list);
        const [a, b, c] = list.map((p) => JSON.parse(JSON.stringify(p.store.snapshot)) as Dataset);
        expect(b).to.deep.equal(a);
        expect(c).to.deep.equal(a);
        expect(parseDataset(a).issues).to.deep.equal([]);
      }),
      { numRuns: 150 },
    );
  });
});
