import { expect } from '@open-wc/testing';
import { generateDataset, parseDataset, parseDatasetInSlices } from '../../src/sdk/index.js';

/** A generated dataset with some of everything parseDataset reports: a duplicate, a nameless party, a dangling relation. */
function brokenDataset(): Record<string, unknown> {
  const data = generateDataset({ parties: 300, relations: 900, seed: 3 }) as unknown as {
    parties: Record<string, unknown>[];
    relations: Record<string, unknown>[];
  };
  data.parties.push({ ...data.parties[0] }, { id: 'zonder-naam', kind: 'team', field: 'zorg' });
  data.parties[5] = { ...data.parties[5], website: 'javascript:alert(1)', extra: true };
  data.relations.push({ source: data.parties[1].id, target: 'niemand', kind: 'werkt-samen' });
  return { ...data, onbekend: 1 };
}

describe('parseDatasetInSlices', () => {
  it('reads every input to the same dataset, issues and unread records as parseDataset', async () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('nee');
        },
      },
    );
    const inputs: unknown[] = [
      generateDataset({ parties: 400, relations: 1200, seed: 9 }),
      brokenDataset(),
      JSON.stringify(brokenDataset()),
      '{ niet: json',
      [1, 2],
      null,
      throwing,
    ];
    for (const input of inputs) {
      const sliced = await parseDatasetInSlices(input);
      expect(sliced).to.deep.equal(parseDataset(input));
    }
  });

  it('finds a list or document inside itself at the same place, read at once or in slices', async () => {
    const parties: unknown[] = [];
    const doc = { format: 'samenspel', version: 1, parties };
    parties.push({ id: 'a', name: 'A', kind: 'team', field: 'zorg', self: doc }, parties, { __proto__: [] });
    for (const read of [parseDataset(doc), await parseDatasetInSlices(doc)]) {
      expect(read.dataset.parties.map((p) => p.id)).to.deep.equal(['a']);
      expect(read.issues.filter((i) => i.code === 'circular').map((i) => i.path)).to.deep.equal([
        '$.parties[0].self',
        '$.parties[1]',
      ]);
    }
  });

  it('lets the page go on while it reads a large dataset', async () => {
    const data = generateDataset({ parties: 4000, relations: 12000, seed: 1 });
    let otherTasks = 0;
    const timer = setInterval(() => otherTasks++, 0);
    const { dataset, issues } = await parseDatasetInSlices(data);
    clearInterval(timer);
    expect(dataset.parties).to.have.length(4000);
    expect(issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(otherTasks).to.be.greaterThan(0);
  });
});
