import { expect } from '@open-wc/testing';
import { emptyDataset, parseDataset, withUnread, type Dataset, type Goal } from '../../src/sdk/index.js';

const goal = (id: string, parent?: string): Goal => ({
  id,
  ...(parent ? { parent } : {}),
  title: `Doel ${id}`,
  partners: [],
  steps: [],
});

/** A kept copy with a bad party, a bad goal and a bad step among good ones, and a relation to nobody. */
function copy(): Record<string, unknown> {
  return {
    ...emptyDataset('Wijk'),
    parties: [
      { id: 'a', name: 'A', kind: 'team', field: 'zorg' },
      { id: 'x', name: 'X', kind: 'ruimteschip', field: 'zorg' },
      { id: 'b', name: 'B', kind: 'team', field: 'zorg' },
    ],
    relations: [{ id: 'r', source: 'a', target: 'nobody', kind: 'verwijst' }],
    goalTrees: [
      {
        id: 't',
        title: 'Boom',
        goals: [
          goal('g1'),
          { id: 'g2', parent: 'g1', title: '' },
          {
            ...goal('g3', 'g1'),
            steps: [
              { id: 's1', title: 'Bellen', status: 'open' },
              { id: 's2', title: 'Mailen', status: 'misschien' },
            ],
          },
        ],
      },
    ],
  };
}

describe('withUnread: what could not be read is written back untouched', () => {
  it('gives back every record and item parseDataset left out, where it was', () => {
    const raw = copy();
    const { dataset, unread } = parseDataset(raw);
    expect(dataset.parties.map((p) => p.id)).to.deep.equal(['a', 'b']);
    expect(dataset.relations).to.deep.equal([]);
    expect(dataset.goalTrees[0].goals.map((g) => g.id)).to.deep.equal(['g1', 'g3']);
    expect(dataset.goalTrees[0].goals[1].steps.map((s) => s.id)).to.deep.equal(['s1']);
    expect(unread).to.have.length(4);
    expect(JSON.parse(JSON.stringify(withUnread(dataset, unread!)))).to.deep.equal(raw);
  });

  it('keeps the unread parts beside edits, and reads the same unread parts again', () => {
    const { dataset, unread } = parseDataset(copy());
    const tree = dataset.goalTrees[0];
    const edited: Dataset = {
      ...dataset,
      parties: [{ id: 'n', name: 'Nieuw', kind: 'persoon', field: 'informeel' }, ...dataset.parties],
      goalTrees: [
        { ...tree, goals: [goal('g0'), ...tree.goals.map((g) => (g.id === 'g3' ? { ...g, title: 'Anders' } : g))] },
      ],
    };
    const saved = JSON.parse(JSON.stringify(withUnread(edited, unread!)));
    expect(saved.parties.map((p: { id: string }) => p.id)).to.deep.equal(['n', 'a', 'x', 'b']);
    const goals = saved.goalTrees[0].goals;
    expect(goals.map((g: Goal) => g.id)).to.deep.equal(['g0', 'g1', 'g2', 'g3']);
    expect(goals[3].title).to.equal('Anders');
    expect(goals[3].steps.map((s: { id: string }) => s.id)).to.deep.equal(['s1', 's2']);
    const again = parseDataset(saved);
    expect(again.unread?.map((p) => p.value)).to.deep.equal(unread!.map((p) => p.value));
    expect(again.dataset.parties.map((p) => p.id)).to.deep.equal(['n', 'a', 'b']);
  });

  it('lets an item go with the record the user removed', () => {
    const { dataset, unread } = parseDataset(copy());
    const saved = withUnread(
      { ...dataset, goalTrees: [{ ...dataset.goalTrees[0], goals: dataset.goalTrees[0].goals.slice(0, 1) }] },
      unread!,
    );
    expect(saved.goalTrees[0].goals.map((g) => g.id)).to.deep.equal(['g1', 'g2']);
  });

  it('leaves a copy that was read whole as it is', () => {
    const { dataset, unread } = parseDataset({
      ...emptyDataset(),
      parties: [{ id: 'a', name: 'A', kind: 'team', field: 'zorg' }],
    });
    expect(unread).to.equal(undefined);
    expect(withUnread(dataset, [])).to.equal(dataset);
  });
});
