/**
 * A remote update is read and checked again only where it changed, and what is checked is checked
 * exactly as parseDataset checks it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as Y from 'yjs';
import { COLLECTION_NAMES, generateDataset, type CollectionName, type Store } from '../../../src/sdk/index.js';
import { checkCount, parseRecord } from '../../../src/sdk/parse-record.js';
import { RecordChecker } from '../../../src/sdk/live/records.js';
import { datasetArb } from '../arbitraries.js';
import { deliverAll, peers } from './peers.js';

const renameGoal = (store: Store, at: number) => {
  const tree = store.snapshot.goalTrees[0];
  const goals = tree.goals.map((g, i) => (i === at ? { ...g, title: `${g.title} (bijgewerkt)` } : g));
  store.apply({ op: 'put', collection: 'goalTrees', record: { ...tree, goals } });
};

describe('live binding: checking only what changed', () => {
  it('checks again only the goal a remote change touched, and keeps every other goal and record as it was', () => {
    const [a, b] = peers(2, generateDataset({ parties: 30, relations: 40, goals: 300, responses: 50, seed: 5 }));
    const before = b.store.snapshot;
    renameGoal(a.store, 120);
    const counted = { ...checkCount };
    deliverAll([a, b]);
    expect(checkCount.records - counted.records, 'records checked for the update').to.equal(1);
    expect(checkCount.items - counted.items, 'items checked for the update').to.equal(1);
    const after = b.store.snapshot;
    expect(after.goalTrees[0].goals[120].title).to.match(/\(bijgewerkt\)$/);
    expect(after.goalTrees[0].goals.filter((g, i) => g !== before.goalTrees[0].goals[i])).to.have.length(1);
    for (const name of COLLECTION_NAMES.filter((n) => n !== 'goalTrees'))
      expect(after[name], `${name}, which nobody changed`).to.equal(before[name]);
    expect(b.issues).to.deep.equal([]);
  });

  it('keeps a hostile goal that arrives later out and reported, with the valid goals live, also after more updates', () => {
    const [a, b] = peers(2, generateDataset({ parties: 10, relations: 5, goals: 50, seed: 2 }));
    a.doc.transact(() => {
      const tree = [...a.doc.getMap<Y.Map<unknown>>('goalTrees').values()][0];
      const goals = tree.get('goals') as Y.Array<Y.Map<unknown>>;
      // A goal without a title, and one whose parent makes a loop with the goal above it.
      goals.get(7).delete('title');
      goals.get(3).set('parent', goals.get(9).get('id'));
      goals.get(9).set('parent', goals.get(3).get('id'));
    });
    deliverAll([a, b]);
    const codes = b.issues.map((i) => i.code);
    expect(codes).to.include.members(['item-dropped', 'goal-cycle']);
    expect(b.store.snapshot.goalTrees[0].goals).to.have.length(49);
    const reported = b.issues.length;
    renameGoal(a.store, 20);
    deliverAll([a, b]);
    expect(b.store.snapshot.goalTrees[0].goals).to.have.length(49);
    expect(b.store.snapshot.goalTrees[0].goals.some((g) => g.title.endsWith('(bijgewerkt)'))).to.equal(true);
    expect(b.issues.length, 'reported once').to.equal(reported);
  });

  it('gives what parseRecord gives, issues included, for any record, valid or broken, read once or again', () => {
    const broken = (value: unknown, pick: number, junk: unknown): unknown => {
      if (!value || typeof value !== 'object') return value;
      const record = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
      const lists = Object.values(record).filter(
        (v): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0,
      );
      if (!lists.length) return { ...record, [Object.keys(record)[pick % Object.keys(record).length]]: junk };
      const list = lists[pick % lists.length];
      const item = list[pick % list.length];
      if (item && typeof item === 'object') {
        const keys = Object.keys(item);
        (item as Record<string, unknown>)[keys[pick % keys.length] ?? 'x'] = junk;
      } else list[pick % list.length] = junk as never;
      return record;
    };
    fc.assert(
      fc.property(
        datasetArb,
        fc.nat(),
        fc.oneof(fc.constant(undefined), fc.integer(), fc.string(), fc.constant(null), fc.constant({})),
        fc.boolean(),
        (dataset, pick, junk, breakIt) => {
          const checker = new RecordChecker();
          for (const name of COLLECTION_NAMES as CollectionName[]) {
            for (const [index, record] of (dataset[name] as unknown[]).entries()) {
              const raw = JSON.parse(JSON.stringify(breakIt ? broken(record, pick + index, junk) : record)) as unknown;
              const path = [name, index];
              const expected: unknown[] = [];
              const want = parseRecord(name, raw, path, expected as never[]);
              for (let time = 0; time < 2; time++) {
                const issues: unknown[] = [];
                expect(checker.check(name, raw, path, issues as never[])).to.deep.equal(want);
                expect(issues).to.deep.equal(expected);
              }
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
