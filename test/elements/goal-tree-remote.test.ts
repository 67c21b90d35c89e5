/**
 * <goal-tree> on a store bound to a shared document, as in a live room: an edit from someone else
 * renders again only what it changed, and a burst of them arriving within one frame renders once.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import * as Y from 'yjs';
import '../../src/elements/goal-tree/goal-tree.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import { createStore, emptyDataset, type Dataset, type Goal, type Store } from '../../src/sdk/index.js';
import { bindStore } from '../../src/sdk/live/index.js';

const goal = (id: string, title: string, parent?: string): Goal => ({
  id,
  title,
  ...(parent ? { parent } : {}),
  partners: [],
  steps: [],
});
const dataset = (): Dataset => ({
  ...emptyDataset('Kring'),
  goalTrees: [
    {
      id: 't1',
      title: 'Samen voor Ans',
      goals: [
        goal('g0', 'Ans woont veilig thuis'),
        ...Array.from({ length: 30 }, (_, i) => goal(`g${i + 1}`, `Subdoel ${i + 1}`, 'g0')),
      ],
    },
  ],
});

/** Two copies of one room: `mine` is what the element shows (gathering as the element's room does), `theirs` edits. */
function room() {
  const docs = [new Y.Doc(), new Y.Doc()];
  const stores: Store[] = [createStore(dataset()), createStore()];
  bindStore(stores[0], docs[0], { gather: 16 });
  Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0]));
  bindStore(stores[1], docs[1]);
  docs[1].on('update', (u: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(docs[0], u, 'wire'));
  docs[0].on('update', (u: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(docs[1], u, 'wire'));
  return { mine: stores[0], theirs: stores[1] };
}

function renameIn(store: Store, id: string, title: string): void {
  const tree = store.snapshot.goalTrees[0];
  store.apply({
    op: 'put',
    collection: 'goalTrees',
    record: { ...tree, goals: tree.goals.map((g) => (g.id === id ? { ...g, title } : g)) },
  });
}

const mounted: GoalTreeElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

async function show(store: Store, view = 'outline'): Promise<{ el: GoalTreeElement; renders: () => number }> {
  const el = document.createElement('goal-tree') as GoalTreeElement;
  el.store = store;
  el.view = view as GoalTreeElement['view'];
  let count = 0;
  el.addController({ hostUpdated: () => void count++ });
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return { el, renders: () => count };
}

const row = (el: GoalTreeElement, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`.outline [role=treeitem][data-id="${id}"]`)!;

describe('<goal-tree> with edits from someone else', () => {
  it('renders again only the row of the goal that someone else renamed', async () => {
    const { mine, theirs } = room();
    const { el } = await show(mine);
    const changed = new Set<Node>();
    const observer = new MutationObserver((records) => records.forEach((r) => changed.add(r.target)));
    observer.observe(el.shadowRoot!.querySelector('.outline')!, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    renameIn(theirs, 'g7', 'Henk houdt het vol');
    await waitUntil(() => row(el, 'g7').querySelector('.title')?.textContent === 'Henk houdt het vol');
    await el.updateComplete;
    observer.disconnect();
    const renamed = row(el, 'g7');
    const outside = [...changed].filter((n) => !renamed.contains(n));
    expect(outside, 'nothing outside the renamed row changed').to.deep.equal([]);
    expect(changed.size).to.be.above(0);
    expect(row(el, 'g6').querySelector('.title')?.textContent).to.equal('Subdoel 6');
    await expect(el).to.be.accessible();
  });

  it('renders once for edits of others that arrive within one frame, and shows all of them', async () => {
    const { mine, theirs } = room();
    const { el, renders } = await show(mine);
    await aTimeout(50);
    const before = renders();
    for (let i = 1; i <= 10; i++) renameIn(theirs, `g${i}`, `Nieuw ${i}`);
    await waitUntil(() => row(el, 'g10').querySelector('.title')?.textContent === 'Nieuw 10');
    await el.updateComplete;
    expect(renders() - before, 'one render for the burst').to.equal(1);
    for (let i = 1; i <= 10; i++) expect(row(el, `g${i}`).querySelector('.title')?.textContent).to.equal(`Nieuw ${i}`);
  });

  it('starts an edit from what has arrived, even before it is shown: a rename keeps the colleague’s edit', async () => {
    const { mine, theirs } = room();
    const { el } = await show(mine);
    el.editable = true;
    await el.updateComplete;
    renameIn(theirs, 'g2', 'Van de collega');
    // At once, before the gathered edit is handed to the view: this person renames another goal.
    renameIn(mine, 'g3', 'Van mij');
    await aTimeout(50);
    await el.updateComplete;
    for (const store of [mine, theirs]) {
      const titles = store.snapshot.goalTrees[0].goals.map((g) => g.title);
      expect(titles).to.include.members(['Van de collega', 'Van mij']);
    }
    expect(row(el, 'g2').querySelector('.title')?.textContent).to.equal('Van de collega');
    expect(row(el, 'g3').querySelector('.title')?.textContent).to.equal('Van mij');
  });
});
