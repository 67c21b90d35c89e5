/**
 * Two tabs on one storage key: two documents (iframes of this page share its localStorage and hear
 * each other's `storage` events, as tabs do), each with its own <samenspel-data storage="local">.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { SamenspelData } from '../../src/elements/samenspel-data/samenspel-data.component.js';
import { emptyDataset, parseDataset, type Dataset, type Party } from '../../src/sdk/index.js';

const party = (id: string, name: string): Party => ({ id, name, kind: 'organisatie', field: 'welzijn' });

async function openTab(key: string): Promise<SamenspelData> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/tab.html?key=${encodeURIComponent(key)}`;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & { samenspelTab?: SamenspelData }) | null;
  await waitUntil(() => win()?.samenspelTab?.hasUpdated, 'the tab is up', { timeout: 15000 });
  const el = win()!.samenspelTab!;
  await waitUntil(
    () => /opgeslagen|^$/.test(status(el)) && !el.shadowRoot!.querySelector('[part~="status"][role="status"]'),
    'the tab has loaded',
    { timeout: 15000 },
  );
  return el;
}

const status = (el: SamenspelData) =>
  el.shadowRoot!.querySelector('[part="save-status"] [role="status"]')?.textContent?.trim() ?? '';
const stored = (key: string) => parseDataset(localStorage.getItem(key)).dataset;
const sorted = (o: Record<string, string>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
/** The parties as id → name and description, in a form that compares regardless of order. */
const view = (d: Dataset) => Object.fromEntries(d.parties.map((p) => [p.id, `${p.name}|${p.description ?? ''}`]));
/** The parties as id and name|description in their order: tabs and storage must also agree on where each stands. */
const inOrder = (d: Dataset) => d.parties.map((p) => `${p.id}:${p.name}|${p.description ?? ''}`).join('\n');
/** Under a busy machine a tab can take seconds to hear the other; every wait allows for that. */
const patient = { timeout: 10000 };

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('two tabs on one storage key', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const f of document.querySelectorAll('iframe')) f.remove();
    frames.length = 0;
    for (const k of Object.keys(localStorage)) if (k.startsWith('samenspel-test-')) localStorage.removeItem(k);
  });

  it('each tab shows the other’s edit at once, and two edits to different fields of one record are both kept', async () => {
    const key = `samenspel-test-${Math.random().toString(36).slice(2)}`;
    localStorage.setItem(key, JSON.stringify({ ...emptyDataset(), parties: [party('buurthuis', 'Buurthuis')] }));
    const a = await openTab(key);
    const b = await openTab(key);
    // At the same moment: A renames the party, B describes it.
    a.activeStore.apply({ op: 'put', collection: 'parties', record: party('buurthuis', 'Buurthuis De Linde') });
    b.activeStore.apply({
      op: 'put',
      collection: 'parties',
      record: { ...party('buurthuis', 'Buurthuis'), description: 'Koffie op dinsdag' },
    });
    const both = { buurthuis: 'Buurthuis De Linde|Koffie op dinsdag' };
    await waitUntil(
      () =>
        JSON.stringify(view(a.activeStore.snapshot)) === JSON.stringify(both) &&
        JSON.stringify(view(b.activeStore.snapshot)) === JSON.stringify(both),
      'both tabs have both edits',
      patient,
    );
    await waitUntil(
      () =>
        status(a) === 'Alles is opgeslagen in deze browser.' && status(b) === 'Alles is opgeslagen in deze browser.',
      'both saved',
      patient,
    );
    expect(view(stored(key))).to.deep.equal(both);
    // A takes back its rename: B's description stays, in both tabs and in storage.
    a.activeStore.undo();
    const undone = { buurthuis: 'Buurthuis|Koffie op dinsdag' };
    await waitUntil(
      () => JSON.stringify(view(b.activeStore.snapshot)) === JSON.stringify(undone),
      'B sees the undo',
      patient,
    );
    await waitUntil(() => JSON.stringify(view(stored(key))) === JSON.stringify(undone), 'stored', patient);
    expect(view(a.activeStore.snapshot)).to.deep.equal(undone);
  });

  it('50 interleaved edits and undos: both tabs and storage end identical, with every edit not undone by its author', async () => {
    const key = `samenspel-test-${Math.random().toString(36).slice(2)}`;
    const seeded = Array.from({ length: 6 }, (_, i) => party(`p${i}`, `Partij ${i}`));
    localStorage.setItem(key, JSON.stringify({ ...emptyDataset(), parties: seeded }));
    const tabs = { A: await openTab(key), B: await openTab(key) };
    // Each tab edits its own field of the same records (A the name, B the description) and adds its own parties.
    type Edit = { id: string; field: 'name' | 'description'; value: string } | { id: string; add: true };
    const done: Record<'A' | 'B', Edit[]> = { A: [], B: [] };
    const own: Record<'A' | 'B', string[]> = { A: [], B: [] };
    const next = random(18);
    let undos = 0;
    for (let n = 0; n < 50; n++) {
      const who = next() < 0.5 ? 'A' : 'B';
      const store = tabs[who].activeStore;
      const roll = next();
      if (roll < 0.2 && done[who].length) {
        store.undo();
        const undone = done[who].pop()!;
        if ('add' in undone) own[who] = own[who].filter((id) => id !== undone.id);
        undos++;
      } else if (roll < 0.35) {
        const id = `${who.toLowerCase()}-${n}`;
        expect(store.apply({ op: 'put', collection: 'parties', record: party(id, `Nieuw ${n}`) }).ok).to.equal(true);
        done[who].push({ id, add: true });
        own[who].push(id);
      } else {
        const ids = [...seeded.map((p) => p.id), ...own[who]];
        const id = ids[Math.floor(next() * ids.length)];
        const field = who === 'A' ? 'name' : 'description';
        const value = `${field === 'name' ? 'Naam' : 'Beschrijving'} ${n}`;
        const current = store.get('parties', id)!;
        expect(store.apply({ op: 'put', collection: 'parties', record: { ...current, [field]: value } }).ok).to.equal(
          true,
        );
        done[who].push({ id, field, value });
      }
      // Sometimes at once, sometimes after the other tab has heard: both orders must merge.
      if (next() < 0.5) await aTimeout(Math.floor(next() * 30));
    }
    // What must be there: the seed, with each tab's edits that it did not take back, in its order.
    const expected = new Map(seeded.map((p) => [p.id, { ...p } as Party]));
    for (const who of ['A', 'B'] as const) {
      for (const edit of done[who]) {
        if ('add' in edit) expected.set(edit.id, party(edit.id, `Nieuw ${edit.id.split('-')[1]}`));
        else expected.set(edit.id, { ...expected.get(edit.id)!, [edit.field]: edit.value });
      }
    }
    const want = view({ ...emptyDataset(), parties: [...expected.values()] });
    const copies = () => ({ A: tabs.A.activeStore.snapshot, B: tabs.B.activeStore.snapshot, stored: stored(key) });
    // The same records with the same fields (in whatever order the edits came), and in the same order everywhere.
    const same = () => {
      const { A, B, stored: kept } = copies();
      return (
        JSON.stringify(sorted(view(A))) === JSON.stringify(sorted(want)) &&
        inOrder(A) === inOrder(B) &&
        inOrder(A) === inOrder(kept)
      );
    };
    const saved = () =>
      status(tabs.A) === 'Alles is opgeslagen in deze browser.' &&
      status(tabs.B) === 'Alles is opgeslagen in deze browser.';
    const report = () => {
      const { A, B, stored: kept } = copies();
      expect({ A: view(A), B: view(B), stored: view(kept) }).to.deep.equal({ A: want, B: want, stored: want });
      expect({ B: inOrder(B), stored: inOrder(kept) }, 'the same order everywhere').to.deep.equal({
        B: inOrder(A),
        stored: inOrder(A),
      });
    };
    await waitUntil(() => same() && saved(), 'both tabs and storage agree, and both say all is saved', patient).catch(
      report,
    );
    // Settled means settled: nothing is saved or changed any more.
    const settled = localStorage.getItem(key);
    await aTimeout(300);
    expect(localStorage.getItem(key), 'no more saves once both tabs agree').to.equal(settled);
    expect(saved()).to.equal(true);
    report();
    expect(undos).to.be.greaterThan(3);
    console.log(`two tabs: 50 edits (${undos} undos), ${Object.keys(want).length} parties, tabs and storage identical`);
  });

  it('writes the copy back when another tab clears the storage, and says so', async () => {
    const key = `samenspel-test-${Math.random().toString(36).slice(2)}`;
    localStorage.setItem(key, JSON.stringify({ ...emptyDataset(), parties: [party('buurthuis', 'Buurthuis')] }));
    const a = await openTab(key);
    const b = await openTab(key);
    a.activeStore.apply({ op: 'put', collection: 'parties', record: party('kerk', 'Kerk') });
    await waitUntil(() => b.activeStore.get('parties', 'kerk'), 'B has the edit');
    // Another document clears it: both tabs hear it as a storage event.
    localStorage.removeItem(key);
    await waitUntil(() => stored(key).parties.length === 2, 'written back');
    await waitUntil(
      () => a.shadowRoot!.querySelector('[part="notices"]')?.textContent?.includes('gewist'),
      'A says so',
    );
  });
});
