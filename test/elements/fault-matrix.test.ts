/**
 * The fault matrix of issue 18: every way saving or loading can fail, with what the user sees (in Dutch
 * and English), how many edits were made during the fault, and how many are kept once it is gone
 * (by the element's own recovery, or by the replace it offers). Prints the table at the end.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/samenspel-data/samenspel-data.js';
import { SamenspelElement } from '../../src/internal/samenspel-element.js';
import type { SamenspelData } from '../../src/elements/samenspel-data/samenspel-data.component.js';
import { emptyDataset, parseDataset, type Dataset, type Party } from '../../src/sdk/index.js';
import { fakeServer, type Fault } from '../helpers/fake-server.js';

class MatrixTool extends SamenspelElement {
  override render() {
    return html`<ul aria-label="Partijen">${this.activeStore.snapshot.parties.map((p) => html`<li>${p.name}</li>`)}</ul>`;
  }
  add(id: string): boolean {
    return this.edit({ op: 'put', collection: 'parties', record: party(id, `Nieuw ${id}`) });
  }
}
customElements.define('matrix-tool', MatrixTool);

const party = (id: string, name: string): Party => ({ id, name, kind: 'organisatie', field: 'welzijn' });
const seed = (): Dataset => ({
  ...emptyDataset('Wijk'),
  parties: Array.from({ length: 51 }, (_, i) => party(`p${i}`, `Partij ${i}`)),
});
const URL_ = 'https://example.org/matrix.json';
const EDITS = 3;
const status = (el: SamenspelData) =>
  el.shadowRoot!.querySelector('[part="save-status"] [role="status"]')?.textContent?.trim() ?? '';
const notices = (el: SamenspelData) =>
  el.shadowRoot!.querySelector('[part="notices"]')?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
const shown = (el: SamenspelData) => [status(el), notices(el)].filter(Boolean).join(' / ');
const key = () => `samenspel-test-${Math.random().toString(36).slice(2)}`;

interface Row {
  fault: string;
  nl: string;
  en: string;
  made: number;
  kept: number;
  /** Parties in the kept copy before the fault → after recovery, counted in its raw JSON (a record that could not be read counts too). */
  copy: string;
  recovery: string;
}
const rows: Row[] = [];

/** What the element says now, in Dutch and in English. */
async function messages(el: SamenspelData): Promise<{ nl: string; en: string }> {
  const nl = shown(el);
  el.setAttribute('lang', 'en');
  await el.updateComplete;
  const en = shown(el);
  el.setAttribute('lang', 'nl');
  await el.updateComplete;
  return { nl, en };
}

async function mount(attrs: string): Promise<{ el: SamenspelData; tool: MatrixTool }> {
  const el = await fixture<SamenspelData>(
    Object.assign(document.createElement('div'), {
      innerHTML: `<samenspel-data lang="nl" save-delay="0" retry-delay="20" ${attrs}><matrix-tool></matrix-tool></samenspel-data>`,
    }).firstElementChild as SamenspelData,
  );
  return { el, tool: el.querySelector('matrix-tool')! };
}

async function edit(tool: MatrixTool, prefix: string): Promise<string[]> {
  const ids = Array.from({ length: EDITS }, (_, i) => `${prefix}-${i}`);
  for (const id of ids) {
    expect(tool.add(id)).to.equal(true);
    await aTimeout(5);
  }
  return ids;
}

const keptOf = (d: Dataset | undefined, ids: string[]) =>
  ids.filter((id) => d?.parties.some((p) => p.id === id)).length;
/** Parties in a kept copy as stored, readable or not; `?` when it is no JSON. */
function partiesIn(kept: Dataset | string | null | undefined): number | '?' {
  if (kept === null || kept === undefined) return 0;
  try {
    const d = (typeof kept === 'string' ? JSON.parse(kept) : kept) as { parties?: unknown[] };
    return Array.isArray(d.parties) ? d.parties.length : 0;
  } catch {
    return '?';
  }
}
const copyOf = (before: Dataset | string | null | undefined, after: Dataset | string | null | undefined) =>
  `${partiesIn(before)} → ${partiesIn(after)}`;

describe('fault matrix', () => {
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('samenspel-test-')) localStorage.removeItem(k);
  });

  after(() => {
    const cell = (s: string) => s.replace(/\|/g, '\\|');
    const table = [
      '| fault | what the user sees (nl) | what the user sees (en) | edits made | edits kept | parties in the kept copy | recovery |',
      '|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${cell(r.fault)} | ${cell(r.nl)} | ${cell(r.en)} | ${r.made} | ${r.kept} | ${r.copy} | ${cell(r.recovery)} |`,
      ),
    ].join('\n');
    console.log(`fault matrix (${rows.length} faults):\n${table}`);
  });

  describe('HTTP endpoint', () => {
    /** A save fault: edits during it, the message, then the fault goes away and saving recovers by itself. */
    const saveFaults: [string, Fault, string, { nl: string; en: string }?][] = [
      ['HTTP 500 on save', { status: 500 }, 'retried with growing pauses'],
      [
        'HTTP 429 on save (the server is busy)',
        { status: 429 },
        'retried with growing pauses',
        {
          nl: 'Niet opgeslagen — we proberen het opnieuw. De server heeft het nu te druk. Uw wijzigingen staan nog op dit scherm.',
          en: 'Not saved — we will try again. The server is too busy right now. Your changes are still on this screen.',
        },
      ],
      ['no answer in time (timeout)', { delay: 400 }, 'request given up after request-timeout, retried'],
      ['a save that hangs', { hang: true }, 'request given up after request-timeout, retried'],
      ['connection refused', { refuse: true }, 'retried with growing pauses'],
    ];
    for (const [fault, f, recovery, says] of saveFaults) {
      it(fault, async () => {
        const server = fakeServer(URL_, seed());
        try {
          const { el, tool } = await mount(`endpoint="${URL_}" request-timeout="150" retry-delay="400"`);
          await waitUntil(() => status(el) === 'Alles is opgeslagen op de server.', 'loaded');
          server.faults.put = f;
          const ids = await edit(tool, 'e');
          await waitUntil(
            () => status(el).startsWith('Niet opgeslagen — we proberen het opnieuw'),
            'says it will try again',
            { timeout: 5000 },
          );
          const said = await messages(el);
          expect(said.nl).to.match(/wijziging(en)? (is|zijn) nog niet opgeslagen/);
          if (says) {
            expect(said.nl).to.contain(says.nl).and.not.contain('verbinding');
            expect(said.en).to.contain(says.en).and.not.contain('connection');
          }
          await expect(el).to.be.accessible();
          delete server.faults.put;
          await waitUntil(() => status(el) === 'Alles is opgeslagen op de server.', 'recovered', { timeout: 10000 });
          rows.push({
            fault,
            ...said,
            made: ids.length,
            kept: keptOf(server.dataset, ids),
            copy: copyOf(seed(), server.dataset),
            recovery,
          });
          expect(keptOf(server.dataset, ids)).to.equal(ids.length);
          expect(server.dataset!.parties).to.have.length(51 + EDITS);
        } finally {
          server.restore();
        }
      });
    }

    it('HTTP 412: someone else saved in between', async () => {
      const server = fakeServer(URL_, seed());
      try {
        const { el, tool } = await mount(`endpoint="${URL_}"`);
        await waitUntil(() => status(el) === 'Alles is opgeslagen op de server.', 'loaded');
        server.overwrite({ ...seed(), parties: [...seed().parties, party('theirs', 'Hun partij')] });
        const ids = await edit(tool, 'e');
        await waitUntil(
          () => status(el) === 'Alles is opgeslagen op de server.' && notices(el) !== '',
          'merged and saved',
        );
        const said = await messages(el);
        expect(said.nl).to.contain('samengevoegd');
        expect(server.dataset!.parties.map((p) => p.id)).to.include('theirs');
        rows.push({
          fault: 'HTTP 412 (someone else saved)',
          ...said,
          made: ids.length,
          kept: keptOf(server.dataset, ids),
          copy: copyOf(seed(), server.dataset),
          recovery: 'their copy loaded, ours merged on top field by field, saved',
        });
        expect(keptOf(server.dataset, ids)).to.equal(ids.length);
      } finally {
        server.restore();
      }
    });

    it('a slow server (10 s, here 300 ms under a 2 s timeout)', async () => {
      const server = fakeServer(URL_, seed());
      try {
        const { el, tool } = await mount(`endpoint="${URL_}" request-timeout="2000"`);
        await waitUntil(() => status(el) === 'Alles is opgeslagen op de server.', 'loaded');
        server.faults.put = { delay: 300 };
        const ids = await edit(tool, 'e');
        await waitUntil(() => status(el) === 'Bezig met opslaan…', 'saving');
        const said = await messages(el);
        await waitUntil(() => status(el) === 'Alles is opgeslagen op de server.', 'saved', { timeout: 5000 });
        rows.push({
          fault: 'slow server',
          ...said,
          made: ids.length,
          kept: keptOf(server.dataset, ids),
          copy: copyOf(seed(), server.dataset),
          recovery: 'none needed: edits made while saving are saved next',
        });
        expect(keptOf(server.dataset, ids)).to.equal(ids.length);
      } finally {
        server.restore();
      }
    });

    it('a server copy with one unreadable record', async () => {
      const unreadable = { id: 'kapot', name: 'Kapot', kind: 'organisatie', field: 'ruimtevaart' };
      const before = { ...seed(), parties: [unreadable, ...seed().parties] } as Dataset;
      const server = fakeServer(URL_, before);
      try {
        const { el, tool } = await mount(`endpoint="${URL_}"`);
        await waitUntil(() => notices(el) !== '', 'says what could not be read');
        const ids = await edit(tool, 'e');
        await waitUntil(() => status(el) === 'Alles is opgeslagen op de server.' && server.puts.length > 0, 'saved');
        const said = await messages(el);
        expect(server.dataset!.parties[0]).to.deep.equal(unreadable);
        expect(server.dataset!.parties).to.have.length(52 + EDITS);
        rows.push({
          fault: 'a server copy with one unreadable record',
          ...said,
          made: ids.length,
          kept: keptOf(server.dataset, ids),
          copy: copyOf(before, server.dataset),
          recovery: 'none needed: the unreadable record is written back untouched with every save',
        });
        expect(keptOf(server.dataset, ids)).to.equal(ids.length);
      } finally {
        server.restore();
      }
    });

    it('a hung save does not keep the last edits from leaving when the page closes', async () => {
      const server = fakeServer(URL_, seed());
      try {
        const { el, tool } = await mount(`endpoint="${URL_}" request-timeout="600000"`);
        await waitUntil(() => status(el) === 'Alles is opgeslagen op de server.', 'loaded');
        server.faults.put = { hang: true };
        const first = await edit(tool, 'a');
        await waitUntil(() => server.puts.length === 1, 'a save hangs');
        delete server.faults.put;
        const second = await edit(tool, 'b');
        await aTimeout(50);
        // The next saves wait for the hung one; closing the page does not.
        expect(server.puts).to.have.length(1);
        window.dispatchEvent(new PageTransitionEvent('pagehide'));
        await waitUntil(
          () => keptOf(server.dataset, [...first, ...second]) === 2 * EDITS,
          'sent on closing, past the hung save',
        );
        rows.push({
          fault: 'page closed while a save hangs',
          nl: '(page closing)',
          en: '(page closing)',
          made: 2 * EDITS,
          kept: keptOf(server.dataset, [...first, ...second]),
          copy: copyOf(seed(), server.dataset),
          recovery: 'the hung save is aborted and overtaken by one sent at once',
        });
      } finally {
        server.restore();
      }
    });

    const loadFaults: [string, Fault][] = [
      ['HTTP 500 on load', { status: 500 }],
      ['truncated JSON', { body: JSON.stringify(seed()).slice(0, 900) }],
      ['a newer version', { body: JSON.stringify({ ...seed(), version: 99 }) }],
      ['an HTML page with 200', { body: '<!doctype html><title>Inloggen</title>', type: 'text/html' }],
    ];
    for (const [fault, f] of loadFaults) {
      it(fault, async () => {
        const server = fakeServer(URL_, seed());
        server.faults.get = f;
        try {
          const { el, tool } = await mount(`endpoint="${URL_}"`);
          await waitUntil(() => status(el).startsWith('Alleen lezen'), 'read-only');
          const ids = await edit(tool, 'e');
          await el.updateComplete;
          const said = await messages(el);
          expect(said.nl).not.to.contain('Iemand anders');
          expect(server.puts).to.have.length(0);
          await expect(el).to.be.accessible();
          // The fault goes away (the server is back, the user logged in again, a newer build reads it): loaded, merged, saved.
          delete server.faults.get;
          await waitUntil(() => status(el) === 'Alles is opgeslagen op de server.', 'recovered', { timeout: 8000 });
          rows.push({
            fault,
            ...said,
            made: ids.length,
            kept: keptOf(server.dataset, ids),
            copy: copyOf(seed(), server.dataset),
            recovery: 'read-only; loading retried; then our edits merged on top of the copy read',
          });
          expect(keptOf(server.dataset, ids)).to.equal(ids.length);
          expect(server.dataset!.parties).to.have.length(51 + EDITS);
        } finally {
          server.restore();
        }
      });
    }
  });

  describe('browser storage', () => {
    it('storage full', async () => {
      const k = key();
      localStorage.setItem(k, JSON.stringify(seed()));
      const { el, tool } = await mount(`storage="local" storage-key="${k}"`);
      await waitUntil(() => status(el) === 'Alles is opgeslagen in deze browser.', 'loaded');
      const { setItem } = Storage.prototype;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      let ids: string[];
      let said: { nl: string; en: string };
      try {
        ids = await edit(tool, 'e');
        await waitUntil(() => status(el).startsWith('Niet opgeslagen — we proberen het opnieuw'), 'says so');
        said = await messages(el);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      await waitUntil(() => status(el) === 'Alles is opgeslagen in deze browser.', 'recovered', { timeout: 5000 });
      const kept = keptOf(parseDataset(localStorage.getItem(k)).dataset, ids);
      rows.push({
        fault: 'localStorage full',
        ...said,
        made: ids.length,
        kept,
        copy: copyOf(seed(), localStorage.getItem(k)),
        recovery: 'retried with growing pauses',
      });
      expect(kept).to.equal(ids.length);
    });

    it('storage throwing (switched off)', async () => {
      const k = key();
      localStorage.setItem(k, JSON.stringify(seed()));
      const { el, tool } = await mount(`storage="local" storage-key="${k}"`);
      await waitUntil(() => status(el) === 'Alles is opgeslagen in deze browser.', 'loaded');
      const { getItem, setItem } = Storage.prototype;
      const deny = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Object.assign(Storage.prototype, { getItem: deny, setItem: deny });
      let ids: string[];
      let said: { nl: string; en: string };
      try {
        ids = await edit(tool, 'e');
        await waitUntil(() => status(el).startsWith('Niet opgeslagen.'), 'says so');
        said = await messages(el);
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
      // Switched on again: the next edit saves everything.
      ids.push(...(await edit(tool, 'later')));
      await waitUntil(() => status(el) === 'Alles is opgeslagen in deze browser.', 'recovered', { timeout: 5000 });
      const kept = keptOf(parseDataset(localStorage.getItem(k)).dataset, ids);
      rows.push({
        fault: 'localStorage throwing',
        ...said,
        made: ids.length,
        kept,
        copy: copyOf(seed(), localStorage.getItem(k)),
        recovery: 'with the next edit',
      });
      expect(kept).to.equal(ids.length);
    });

    for (const [fault, copy] of [
      ['localStorage holding a corrupt copy', JSON.stringify(seed()).slice(0, 900)],
      ['localStorage holding a newer copy', JSON.stringify({ ...seed(), version: 99 })],
    ] as const) {
      it(fault, async () => {
        const k = key();
        localStorage.setItem(k, copy);
        const { el, tool } = await mount(`storage="local" storage-key="${k}"`);
        await waitUntil(() => status(el).startsWith('Alleen lezen'), 'read-only');
        const ids = await edit(tool, 'e');
        await el.updateComplete;
        const said = await messages(el);
        expect(localStorage.getItem(k)).to.equal(copy);
        el.shadowRoot!.querySelector<HTMLElement>('[part="replace"]')!.click();
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLElement>('[part="confirm-replace"]')!.click();
        await waitUntil(() => status(el) === 'Alles is opgeslagen in deze browser.', 'replaced on the user’s word');
        const kept = keptOf(parseDataset(localStorage.getItem(k)).dataset, ids);
        rows.push({
          fault,
          ...said,
          made: ids.length,
          kept,
          copy: copyOf(copy, localStorage.getItem(k)),
          recovery: 'read-only; old copy offered as a file; replaced after confirming',
        });
        expect(kept).to.equal(ids.length);
      });
    }

    it('a copy with one unreadable record', async () => {
      const k = key();
      const unreadable = {
        id: 'kapot',
        name: 'Kapot',
        kind: 'ruimteschip',
        field: 'welzijn',
        note: 'van een nieuwere schrijver',
      };
      const before = JSON.stringify({
        ...seed(),
        parties: [...seed().parties.slice(0, 10), unreadable, ...seed().parties.slice(10)],
      });
      localStorage.setItem(k, before);
      const { el, tool } = await mount(`storage="local" storage-key="${k}"`);
      await waitUntil(() => notices(el) !== '', 'says what could not be read');
      expect(tool.activeStore.snapshot.parties).to.have.length(51);
      const ids = await edit(tool, 'e');
      await waitUntil(() => status(el) === 'Alles is opgeslagen in deze browser.', 'saved');
      const said = await messages(el);
      expect(said.nl).to.contain('Eén onderdeel van de opgeslagen gegevens kon niet worden gelezen');
      await expect(el).to.be.accessible();
      const after = localStorage.getItem(k)!;
      const saved = JSON.parse(after) as { parties: unknown[] };
      // What was valid is kept and edited; the record that could not be read is written back untouched, in its place.
      expect(saved.parties).to.have.length(52 + EDITS);
      expect(saved.parties[10]).to.deep.equal(unreadable);
      const kept = keptOf(parseDataset(after).dataset, ids);
      rows.push({
        fault: 'a copy with one unreadable record',
        ...said,
        made: ids.length,
        kept,
        copy: copyOf(before, after),
        recovery:
          'none needed: what could be read is edited and saved, the unreadable record is written back untouched',
      });
      expect(kept).to.equal(ids.length);
    });

    it('localStorage cleared by another tab', async () => {
      const k = key();
      localStorage.setItem(k, JSON.stringify(seed()));
      const { el, tool } = await mount(`storage="local" storage-key="${k}"`);
      await waitUntil(() => status(el) === 'Alles is opgeslagen in deze browser.', 'loaded');
      const ids = await edit(tool, 'e');
      await waitUntil(() => status(el) === 'Alles is opgeslagen in deze browser.', 'saved');
      localStorage.removeItem(k);
      window.dispatchEvent(
        new StorageEvent('storage', { key: k, oldValue: 'x', newValue: null, storageArea: localStorage }),
      );
      await waitUntil(() => localStorage.getItem(k) !== null && notices(el) !== '', 'written back');
      const said = await messages(el);
      const kept = keptOf(parseDataset(localStorage.getItem(k)).dataset, ids);
      rows.push({
        fault: 'localStorage cleared by another tab',
        ...said,
        made: ids.length,
        kept,
        copy: copyOf(seed(), localStorage.getItem(k)),
        recovery: 'written back from the tab',
      });
      expect(kept).to.equal(ids.length);
    });
  });
});
