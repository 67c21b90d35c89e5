import { aTimeout, expect } from '@open-wc/testing';
import * as Y from 'yjs';
import {
  createStore,
  emptyDataset,
  parseDataset,
  removePartyChanges,
  type Dataset,
  type GoalTree,
  type Party,
} from '../../../src/sdk/index.js';
import { bindStore, orderName } from '../../../src/sdk/live/index.js';
import { deliverAll, peers } from './peers.js';

const party = (id: string, name = id): Party => ({ id, name, kind: 'organisatie', field: 'welzijn' });
const tree: GoalTree = {
  id: 'tree',
  title: 'Samen verder',
  goals: [
    { id: 'root', title: 'Mantelzorger houdt het vol', partners: [], steps: [] },
    { id: 'g1', parent: 'root', title: 'Respijt', partners: [], steps: [] },
  ],
};
const start = (): Dataset => ({
  ...emptyDataset('Kring'),
  parties: [party('a', 'Wijkteam'), party('b', 'Huisarts')],
  goalTrees: [tree],
});

describe('live binding', () => {
  it("shows one person's edit to the others as a remote change", () => {
    const [a, b] = peers(2, start());
    const seen: string[] = [];
    b.store.subscribe((e) => seen.push(e.origin));
    a.store.apply({ op: 'put', collection: 'parties', record: party('c', 'Buurtvereniging') });
    deliverAll([a, b]);
    expect(b.store.get('parties', 'c')?.name).to.equal('Buurtvereniging');
    expect(seen).to.deep.equal(['remote']);
    expect(b.store.snapshot).to.deep.equal(a.store.snapshot);
    expect(b.store.snapshot.title).to.equal('Kring');
  });

  it('keeps both edits when two people change different fields of one record at once', () => {
    const [a, b] = peers(2, start());
    a.store.apply({ op: 'put', collection: 'parties', record: { ...party('a', 'Wijkteam Noord') } });
    b.store.apply({ op: 'put', collection: 'parties', record: { ...party('a', 'Wijkteam'), role: 'sociaal werker' } });
    deliverAll([a, b]);
    for (const p of [a, b])
      expect(p.store.get('parties', 'a')).to.deep.equal({ ...party('a', 'Wijkteam Noord'), role: 'sociaal werker' });
  });

  it('keeps both goals, in one order everywhere, when two people add a goal under one parent at once', () => {
    const [a, b] = peers(2, start());
    const add = (store: typeof a.store, id: string) => {
      const t = store.get('goalTrees', 'tree')!;
      store.apply({
        op: 'put',
        collection: 'goalTrees',
        record: { ...t, goals: [...t.goals, { id, parent: 'root', title: id, partners: [], steps: [] }] },
      });
    };
    add(a.store, 'from-a');
    add(b.store, 'from-b');
    // Meanwhile a third edit changes the first goal's title: it stays too.
    const t = a.store.get('goalTrees', 'tree')!;
    a.store.apply({
      op: 'put',
      collection: 'goalTrees',
      record: { ...t, goals: t.goals.map((g) => (g.id === 'g1' ? { ...g, title: 'Respijtzorg' } : g)) },
    });
    deliverAll([a, b]);
    const ids = a.store.get('goalTrees', 'tree')!.goals.map((g) => g.id);
    expect(ids).to.have.members(['root', 'g1', 'from-a', 'from-b']);
    expect(b.store.get('goalTrees', 'tree')!.goals.map((g) => g.id)).to.deep.equal(ids);
    expect(b.store.get('goalTrees', 'tree')!.goals[1].title).to.equal('Respijtzorg');
  });

  it('ends with one value everywhere when two people change the same field at once', () => {
    const [a, b, c] = peers(3, start());
    a.store.apply({ op: 'put', collection: 'parties', record: party('b', 'Huisartsenpraktijk') });
    b.store.apply({ op: 'put', collection: 'parties', record: party('b', 'Dokter') });
    c.store.apply({ op: 'put', collection: 'parties', record: party('b', 'Praktijk Zuid') });
    deliverAll([a, b, c]);
    const names = [a, b, c].map((p) => p.store.get('parties', 'b')?.name);
    expect(new Set(names).size).to.equal(1);
    expect(['Huisartsenpraktijk', 'Dokter', 'Praktijk Zuid']).to.include(names[0]);
  });

  it("undoes only the person's own edit, never a colleague's, through the store's undo", () => {
    const [a, b] = peers(2, start());
    expect(a.store.canUndo).to.equal(false);
    a.store.apply({ op: 'put', collection: 'parties', record: party('c', 'Van A') });
    deliverAll([a, b]);
    b.store.apply({ op: 'put', collection: 'parties', record: party('d', 'Van B') });
    deliverAll([a, b]);
    expect(a.store.canUndo).to.equal(true);
    const undone = a.store.undo();
    expect(undone).to.deep.equal([{ op: 'remove', collection: 'parties', id: 'c' }]);
    deliverAll([a, b]);
    for (const p of [a, b]) expect(p.store.snapshot.parties.map((x) => x.id)).to.deep.equal(['a', 'b', 'd']);
    expect(a.store.canUndo).to.equal(false);
    expect(a.store.canRedo).to.equal(true);
    a.store.redo();
    deliverAll([a, b]);
    expect(b.store.get('parties', 'c')?.name).to.equal('Van A');
  });

  it("undoes a field edit in place, keeping a colleague's edit to another field", () => {
    const [a, b] = peers(2, start());
    a.store.apply({ op: 'put', collection: 'parties', record: party('a', 'Wijkteam Zuid') });
    deliverAll([a, b]);
    b.store.apply({ op: 'put', collection: 'parties', record: { ...party('a', 'Wijkteam Zuid'), role: 'consulent' } });
    deliverAll([a, b]);
    const seen: string[] = [];
    a.store.subscribe((e) => seen.push(e.origin));
    a.store.undo();
    deliverAll([a, b]);
    for (const p of [a, b])
      expect(p.store.get('parties', 'a')).to.deep.equal({ ...party('a', 'Wijkteam'), role: 'consulent' });
    expect(seen).to.deep.equal(['undo']);
  });

  it('removes a party with every reference to it for everyone', () => {
    const [a, b] = peers(2, { ...start(), relations: [{ id: 'r', source: 'a', target: 'b', kind: 'werkt-samen' }] });
    a.store.apply(removePartyChanges(a.store.snapshot, 'b'));
    deliverAll([a, b]);
    expect(b.store.snapshot.parties.map((p) => p.id)).to.deep.equal(['a']);
    expect(b.store.snapshot.relations).to.deep.equal([]);
  });

  it('keeps a hostile record out of the views, reports it, and keeps the rest live', () => {
    const [a, b] = peers(2, start());
    // Another client writes straight into the document, past every check of its own store.
    b.doc.transact(() => {
      const parties = b.doc.getMap<Y.Map<unknown>>('parties');
      const evil = new Y.Map<unknown>();
      evil.set('id', 'evil');
      evil.set('name', 'Klik hier');
      evil.set('kind', 'organisatie');
      evil.set('field', 'welzijn');
      const contact = new Y.Map<unknown>();
      contact.set('website', 'javascript:alert(1)');
      evil.set('contact', contact);
      evil.set('__proto__', 'polluted');
      parties.set('evil', evil);
      b.doc.getArray<string>(orderName('parties')).push(['evil']);
      const broken = new Y.Map<unknown>();
      broken.set('id', 'broken');
      broken.set('name', new Uint8Array([1, 2, 3]));
      parties.set('broken', broken);
      const relations = b.doc.getMap<Y.Map<unknown>>('relations');
      const dangling = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id: 'r-ghost', source: 'a', target: 'ghost', kind: 'verwijst' }))
        dangling.set(k, v);
      relations.set('r-ghost', dangling);
      // A goal whose parent makes a loop.
      const goals = b.doc.getMap<Y.Map<unknown>>('goalTrees').get('tree')!.get('goals') as Y.Array<Y.Map<unknown>>;
      goals.get(0).set('parent', 'g1');
    });
    deliverAll([a, b]);
    const evil = a.store.get('parties', 'evil')!;
    expect(evil.name).to.equal('Klik hier');
    expect(evil.contact?.website).to.equal(undefined);
    expect(Object.getPrototypeOf(evil)).to.equal(Object.prototype);
    expect(a.store.get('parties', 'broken')).to.equal(undefined);
    expect(a.store.get('relations', 'r-ghost')).to.equal(undefined);
    const goals = a.store.get('goalTrees', 'tree')!.goals;
    expect(goals.find((g) => g.id === 'root')!.parent).to.equal(undefined);
    const codes = a.issues.map((i) => i.code);
    expect(codes).to.include.members(['unsafe-url', 'forbidden-key', 'record-dropped', 'missing-party', 'goal-cycle']);
    // Reported once, not again on the next edit.
    const count = a.issues.length;
    b.store.apply({ op: 'put', collection: 'parties', record: party('c', 'Later') });
    deliverAll([a, b]);
    expect(a.issues.length).to.equal(count);
    expect(a.store.get('parties', 'c')?.name).to.equal('Later');
    expect(parseDataset(JSON.parse(JSON.stringify(a.store.snapshot))).issues).to.deep.equal([]);
  });

  it("gives an empty room the store's dataset, and a store the room's dataset when the room has one", () => {
    const doc = new Y.Doc();
    const first = createStore(start());
    bindStore(first, doc);
    const second = createStore(emptyDataset());
    const seen: string[] = [];
    second.subscribe((e) => seen.push(e.origin));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    bindStore(second, copy);
    expect(second.snapshot).to.deep.equal(first.snapshot);
    expect(seen).to.deep.equal(['load']);
  });

  it('shares a dataset loaded while bound, and gives the store its own undo back when unbound', () => {
    const [a, b] = peers(2, start());
    a.store.replace({ ...emptyDataset('Nieuw'), parties: [party('x')] });
    deliverAll([a, b]);
    expect(b.store.snapshot.title).to.equal('Nieuw');
    expect(b.store.snapshot.parties.map((p) => p.id)).to.deep.equal(['x']);
    b.binding.destroy();
    b.store.apply({ op: 'put', collection: 'parties', record: party('y') });
    expect(b.store.canUndo).to.equal(true);
    deliverAll([a, b]);
    expect(a.store.get('parties', 'y')).to.equal(undefined);
  });

  describe('gathering what arrives from others (gather)', () => {
    const rename = (name: string, at: string) => ({
      op: 'put' as const,
      collection: 'goalTrees' as const,
      record: { ...tree, goals: tree.goals.map((g) => (g.id === at ? { ...g, title: name } : g)) },
    });

    it('hands a burst of remote edits over as one change, once the gathering time is up', async () => {
      const [a, b] = peers(2, start(), { gather: 20 });
      const seen: string[] = [];
      b.store.subscribe((e) => seen.push(e.origin));
      a.store.apply({ op: 'put', collection: 'parties', record: party('c', 'Een') });
      a.store.apply({ op: 'put', collection: 'parties', record: party('d', 'Twee') });
      a.store.apply(rename('Even rust', 'g1'));
      deliverAll([a, b]);
      expect(seen, 'nothing handed over yet').to.deep.equal([]);
      await aTimeout(60);
      expect(seen).to.deep.equal(['remote']);
      expect(b.store.snapshot).to.deep.equal(a.store.snapshot);
    });

    it('is never behind when read: reading takes in what has arrived at once', () => {
      const [a, b] = peers(2, start(), { gather: 1000 });
      a.store.apply({ op: 'put', collection: 'parties', record: party('c', 'Buurtvereniging') });
      deliverAll([a, b]);
      expect(b.store.get('parties', 'c')?.name).to.equal('Buurtvereniging');
      expect(b.binding.issues).to.deep.equal([]);
    });

    it('never lets an edit start from a dataset that is behind: both edits to one record are kept', () => {
      const [a, b] = peers(2, start(), { gather: 1000 });
      a.store.apply(rename('Even rust', 'g1'));
      deliverAll([a, b]);
      // B edits the same tree right away, from what it reads now: A's new title is in it.
      const shown = b.store.get('goalTrees', 'tree')!;
      b.store.apply({
        op: 'put',
        collection: 'goalTrees',
        record: { ...shown, goals: shown.goals.map((g) => (g.id === 'root' ? { ...g, title: 'Samen volhouden' } : g)) },
      });
      deliverAll([a, b]);
      for (const p of [a, b])
        expect(p.store.get('goalTrees', 'tree')!.goals.map((g) => g.title)).to.deep.equal([
          'Samen volhouden',
          'Even rust',
        ]);
    });

    it("hands what arrived over before an undo, and the undo takes back only the person's own edit", () => {
      const [a, b] = peers(2, start(), { gather: 1000 });
      b.store.apply({ op: 'put', collection: 'parties', record: party('d', 'Van B') });
      deliverAll([a, b]);
      a.store.apply({ op: 'put', collection: 'parties', record: party('c', 'Van A') });
      deliverAll([a, b]);
      const seen: string[] = [];
      b.store.subscribe((e) => seen.push(e.origin));
      b.store.undo();
      expect(seen).to.deep.equal(['remote', 'undo']);
      expect(b.store.snapshot.parties.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
    });

    it('keeps the identity of what did not change, so a view renders only the renamed goal again', async () => {
      const [a, b] = peers(2, start(), { gather: 5 });
      const before = b.store.get('goalTrees', 'tree')!;
      const parties = b.store.snapshot.parties;
      a.store.apply(rename('Even rust', 'g1'));
      deliverAll([a, b]);
      await aTimeout(30);
      const after = b.store.get('goalTrees', 'tree')!;
      expect(after).not.to.equal(before);
      expect(after.goals[0], 'the goal that did not change is the same object').to.equal(before.goals[0]);
      expect(after.goals[1].title).to.equal('Even rust');
      expect(b.store.snapshot.parties, 'a collection nobody changed').to.equal(parties);
    });

    it('hands over what arrived when the binding ends, so the store keeps it', () => {
      const [a, b] = peers(2, start(), { gather: 1000 });
      const seen: string[] = [];
      b.store.subscribe((e) => seen.push(e.origin));
      a.store.apply({ op: 'put', collection: 'parties', record: party('c', 'Van A') });
      deliverAll([a, b]);
      b.binding.destroy();
      expect(seen).to.deep.equal(['remote']);
    });
  });
});
