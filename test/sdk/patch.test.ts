import { expect } from '@open-wc/testing';
import {
  diffDatasets,
  emptyDataset,
  mergeDatasets,
  mergeValues,
  rebasePatches,
  type Dataset,
  type GoalTree,
  type Party,
} from '../../src/sdk/index.js';

const party = (id: string, name = id): Party => ({ id, name, kind: 'organisatie', field: 'welzijn' });
const withParties = (...parties: Party[]): Dataset => ({ ...emptyDataset(), parties });

describe('patch: field-by-field merges', () => {
  it('keeps both edits when two sides change different fields of one record', () => {
    const base = withParties(party('a', 'Buurthuis'));
    const ours = withParties(party('a', 'Buurthuis De Linde'));
    const theirs = withParties({ ...party('a', 'Buurthuis'), description: 'Koffie op dinsdag' });
    const { changes, conflicts } = mergeDatasets(base, ours, theirs);
    expect(conflicts).to.deep.equal([]);
    expect(changes).to.deep.equal([
      {
        op: 'put',
        collection: 'parties',
        record: { ...party('a', 'Buurthuis De Linde'), description: 'Koffie op dinsdag' },
      },
    ]);
  });

  it('keeps ours where both changed the same field, and reports what theirs was', () => {
    const conflicts: unknown[] = [];
    const merged = mergeValues({ name: 'A' }, { name: 'B' }, { name: 'C' }, [], (path, ours, theirs) =>
      conflicts.push({ path, ours, theirs }),
    );
    expect(merged).to.deep.equal({ name: 'B' });
    expect(conflicts).to.deep.equal([{ path: ['name'], ours: 'B', theirs: 'C' }]);
  });

  it('merges lists of records with ids item by item: goals added on both sides, a goal edited on one', () => {
    const goal = (id: string, title: string) => ({ id, title, partners: [], steps: [] });
    const tree = (...goals: ReturnType<typeof goal>[]) => ({ id: 't', title: 'Boom', goals }) as unknown as GoalTree;
    const base = tree(goal('g1', 'Stip'));
    const ours = tree(goal('g1', 'Stip op de horizon'), goal('g2', 'Ons subdoel'));
    const theirs = tree(goal('g1', 'Stip'), goal('g3', 'Hun subdoel'));
    expect(mergeValues(base, ours, theirs)).to.deep.equal(
      tree(goal('g1', 'Stip op de horizon'), goal('g3', 'Hun subdoel'), goal('g2', 'Ons subdoel')),
    );
  });

  it('removes what they removed only when we did not change it', () => {
    const base = withParties(party('a'), party('b'));
    const ours = withParties(party('a', 'A!'), party('b'));
    const theirs = withParties();
    const { changes, conflicts } = mergeDatasets(base, ours, theirs);
    expect(changes).to.deep.equal([{ op: 'remove', collection: 'parties', id: 'b' }]);
    expect(conflicts.map((c) => c.id)).to.deep.equal(['a']);
  });

  it('treats a `__proto__` key as data, never as the prototype', () => {
    const theirs = JSON.parse('{"id": "a", "__proto__": {"polluted": true}}') as Record<string, unknown>;
    const merged = mergeValues({ id: 'a' }, { id: 'a', x: 1 }, theirs) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).to.equal(Object.prototype);
    expect(Object.hasOwn(merged, '__proto__')).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('diffs and rebases to the same dataset: apply(diff(a, b)) to a gives b', () => {
    const a = withParties(party('a'), party('b'), party('c'));
    const b = withParties(party('a', 'A'), party('x'), party('c'));
    const { changes } = rebasePatches(a, diffDatasets(a, b));
    expect(changes.map((c) => (c.op === 'put' ? `put ${c.record.id}` : `remove ${c.id}`))).to.deep.equal([
      'put a',
      'put x',
      'remove b',
    ]);
  });
});
