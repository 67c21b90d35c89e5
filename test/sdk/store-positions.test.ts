import { expect } from '@open-wc/testing';
import { createStore, emptyDataset, type Party } from '../../src/sdk/index.js';

const party = (id: string): Party => ({
  id,
  name: `Partij ${id}`,
  kind: 'organisatie',
  field: 'welzijn',
  areas: ['Noord'],
  contact: { website: 'https://example.org' },
});

describe('Store: storing positions', () => {
  const store = () => createStore({ ...emptyDataset(), parties: [party('a'), party('b')] });

  it('keeps a party put back with only a new position, everything else as it was', () => {
    const s = store();
    const before = s.get('parties', 'a')!;
    const result = s.apply(
      { op: 'put', collection: 'parties', record: { ...before, position: { x: 1.5, y: -2 } } },
      'layout',
    );
    expect(result.ok).to.equal(true);
    expect(s.get('parties', 'a')).to.deep.equal({ ...party('a'), position: { x: 1.5, y: -2 } });
    expect(Object.isFrozen(s.get('parties', 'a')!.position)).to.equal(true);
    // Moved again, and pinned.
    const moved = s.get('parties', 'a')!;
    expect(
      s.apply({ op: 'put', collection: 'parties', record: { ...moved, position: { x: 3, y: 4, pinned: true } } }).ok,
    ).to.equal(true);
    expect(s.get('parties', 'a')!.position).to.deep.equal({ x: 3, y: 4, pinned: true });
  });

  it('refuses a position that is not one, and checks the whole party when more than its position changed', () => {
    const s = store();
    const before = s.get('parties', 'a')!;
    for (const position of [{ x: 'links', y: 0 }, { x: 1 }, { x: 1, y: 2, z: 3 }, null]) {
      const record = { ...before, position } as unknown as Party;
      expect(s.apply({ op: 'put', collection: 'parties', record }).ok, JSON.stringify(position)).to.equal(false);
    }
    const unsafe = { ...before, position: { x: 0, y: 0 }, contact: { website: 'javascript:alert(1)' } };
    expect(s.apply({ op: 'put', collection: 'parties', record: unsafe }).ok).to.equal(false);
    const unknown = { ...before, position: { x: 0, y: 0 }, geheim: 1 } as unknown as Party;
    expect(s.apply({ op: 'put', collection: 'parties', record: unknown }).ok).to.equal(false);
    expect(s.get('parties', 'a')).to.deep.equal(party('a'));
  });
});
