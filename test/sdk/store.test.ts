import { expect } from '@open-wc/testing';
import { createStore, emptyDataset, parseDataset, removePartyChanges, type Party } from '../../src/sdk/index.js';

const party = (id: string, name = id): Party => ({ id, name, kind: 'organisatie', field: 'welzijn' });

describe('store', () => {
  it('applies, undoes and redoes a change, and tells its listeners', () => {
    const store = createStore(emptyDataset());
    const seen: string[] = [];
    store.subscribe((e) => seen.push(e.origin));
    const before = store.snapshot;
    expect(store.apply({ op: 'put', collection: 'parties', record: party('a') }).ok).to.equal(true);
    expect(store.snapshot.parties.map((p) => p.id)).to.deep.equal(['a']);
    expect(store.canUndo).to.equal(true);
    store.undo();
    expect(store.snapshot).to.deep.equal(before);
    store.redo();
    expect(store.get('parties', 'a')?.name).to.equal('a');
    expect(seen).to.deep.equal(['local', 'undo', 'redo']);
  });

  it('keeps positions a layout computed out of the undo history, and says they came from the layout', () => {
    const store = createStore({ ...emptyDataset(), parties: [party('a')] });
    const seen: string[] = [];
    store.subscribe((e) => seen.push(e.origin));
    store.apply({ op: 'put', collection: 'parties', record: party('a', 'Buurthuis') });
    store.apply(
      { op: 'put', collection: 'parties', record: { ...party('a', 'Buurthuis'), position: { x: 10, y: 20 } } },
      'layout',
    );
    expect(seen).to.deep.equal(['local', 'layout']);
    store.undo();
    // The user's rename is taken back; the computed position stays.
    expect(store.get('parties', 'a')).to.deep.equal({ ...party('a'), position: { x: 10, y: 20 } });
    expect(store.canUndo).to.equal(false);
  });

  it('refuses an invalid change with issues and leaves the store as it was', () => {
    const store = createStore(emptyDataset());
    const before = store.snapshot;
    const result = store.apply([
      { op: 'put', collection: 'parties', record: party('a') },
      { op: 'put', collection: 'relations', record: { id: 'r', source: 'a', target: 'ghost', kind: 'werkt-samen' } },
    ]);
    expect(result.ok).to.equal(false);
    expect(result.issues[0].code).to.equal('missing-party');
    expect(store.snapshot).to.equal(before);
  });

  it('keeps snapshots immutable', () => {
    const store = createStore(emptyDataset());
    store.apply({ op: 'put', collection: 'parties', record: party('a') });
    expect(Object.isFrozen(store.snapshot.parties)).to.equal(true);
    expect(Object.isFrozen(store.snapshot.parties[0])).to.equal(true);
  });

  it('refuses to remove a party that is still used, and removes it with its references as one step', () => {
    const store = createStore(emptyDataset());
    store.transaction([
      { op: 'put', collection: 'parties', record: party('a') },
      { op: 'put', collection: 'parties', record: party('b') },
      { op: 'put', collection: 'relations', record: { id: 'r', source: 'a', target: 'b', kind: 'werkt-samen' } },
    ]);
    expect(store.apply({ op: 'remove', collection: 'parties', id: 'a' }).issues[0].code).to.equal('still-used');
    expect(store.apply(removePartyChanges(store.snapshot, 'a')).ok).to.equal(true);
    expect(store.snapshot.relations).to.have.length(0);
    store.undo();
    expect(store.snapshot.relations).to.have.length(1);
    expect(parseDataset(store.snapshot).issues).to.deep.equal([]);
  });
});

describe('store: undo with edits from elsewhere', () => {
  const put = (p: Party) => ({ op: 'put', collection: 'parties', record: p }) as const;
  const start = () => createStore({ ...emptyDataset(), parties: [party('a', 'Buurthuis')] });

  it('takes back only the fields its step changed, keeping another tab’s edit to the same record', () => {
    const store = start();
    store.apply(put({ ...party('a', 'Buurthuis De Linde') }));
    store.apply(put({ ...party('a', 'Buurthuis De Linde'), description: 'Koffie op dinsdag' }), 'remote');
    store.undo();
    expect(store.get('parties', 'a')).to.deep.equal({ ...party('a', 'Buurthuis'), description: 'Koffie op dinsdag' });
    store.redo();
    expect(store.get('parties', 'a')).to.deep.equal({
      ...party('a', 'Buurthuis De Linde'),
      description: 'Koffie op dinsdag',
    });
  });

  it('leaves a field that another tab changed since, and says it changed nothing', () => {
    const store = start();
    store.apply(put(party('a', 'Buurthuis De Linde')));
    store.apply(put(party('a', 'Wijkcentrum De Linde')), 'remote');
    expect(store.undo()).to.deep.equal([]);
    expect(store.get('parties', 'a')?.name).to.equal('Wijkcentrum De Linde');
  });

  it('does not remove a record it added once another tab has changed it', () => {
    const store = start();
    store.apply(put(party('b', 'Kerk')));
    store.apply(put({ ...party('b', 'Kerk'), description: 'Open op zondag' }), 'remote');
    store.undo();
    expect(store.get('parties', 'b')?.description).to.equal('Open op zondag');
  });

  it('puts a removed record back in its place, and undoes a step of several changes as one', () => {
    const store = createStore({ ...emptyDataset(), parties: [party('a'), party('b'), party('c')] });
    store.apply({ op: 'remove', collection: 'parties', id: 'b' });
    store.transaction([put(party('a', 'A')), put(party('d'))]);
    store.undo();
    expect(store.snapshot.parties.map((p) => p.name)).to.deep.equal(['a', 'c']);
    store.undo();
    expect(store.snapshot.parties.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
  });
});
