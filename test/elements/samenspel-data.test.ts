import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/samenspel-data/samenspel-data.js';
import { SamenspelElement } from '../../src/internal/samenspel-element.js';
import type { SamenspelData } from '../../src/elements/samenspel-data/samenspel-data.component.js';
import { emptyDataset, parseDataset, type Dataset, type Party } from '../../src/sdk/index.js';
import type { SamenspelErrorEvent } from '../../src/events/events.js';
import { fakeServer } from '../helpers/fake-server.js';

/** Two stand-ins for the real tools: one lists the parties and adds one, the other counts them. */
class TestPartyList extends SamenspelElement {
  override render() {
    return html`${this.renderStatus()}<ul aria-label="Partijen">${this.activeStore.snapshot.parties.map((p) => html`<li>${p.name}</li>`)}</ul>`;
  }
  addParty(id: string, name: string): boolean {
    return this.edit({ op: 'put', collection: 'parties', record: { id, name, kind: 'organisatie', field: 'welzijn' } });
  }
}
class TestPartyCount extends SamenspelElement {
  override render() {
    return html`<p>${this.activeStore.snapshot.parties.length} partijen</p>`;
  }
}
customElements.define('test-party-list', TestPartyList);
customElements.define('test-party-count', TestPartyCount);

const party = (id: string, name: string): Party => ({ id, name, kind: 'organisatie', field: 'welzijn' });
const wijk = (): Dataset => ({
  ...emptyDataset('Voorbeeldwijk'),
  parties: [party('buurthuis', 'Buurthuis De Linde'), party('huisarts', 'Huisarts Zuid')],
});
const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));
const key = () => `samenspel-test-${Math.random().toString(36).slice(2)}`;

const listText = (root: SamenspelData) =>
  [...root.querySelectorAll('test-party-list')].map((l) =>
    [...l.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent),
  );
const countText = (root: SamenspelData) => root.querySelector('test-party-count')!.shadowRoot!.textContent!.trim();
const saveStatus = (el: SamenspelData) =>
  el.shadowRoot!.querySelector('[part="save-status"] [role="status"]')?.textContent?.trim();
const part = (el: SamenspelData, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** A neighbourhood of 51 parties: what a server or browser keeps, and must never lose. */
const big = (): Dataset => ({
  ...emptyDataset('Grote wijk'),
  parties: Array.from({ length: 51 }, (_, i) => party(`p${i}`, `Partij ${i}`)),
});

async function provider(template: ReturnType<typeof html>): Promise<{ el: SamenspelData; list: TestPartyList }> {
  const el = await fixture<SamenspelData>(template);
  return { el, list: el.querySelector('test-party-list')! };
}

/** Records every fetch and every localStorage read and write until `restore()`. */
function spyOnRequestsAndStorage() {
  const requests: string[] = [];
  const storage: string[] = [];
  const fetchBefore = window.fetch;
  const { getItem, setItem } = Storage.prototype;
  window.fetch = (input, init) => {
    requests.push(String(input instanceof Request ? input.url : input));
    return fetchBefore(input, init);
  };
  Storage.prototype.getItem = function (k: string) {
    storage.push(`get ${k}`);
    return getItem.call(this, k);
  };
  Storage.prototype.setItem = function (k: string, v: string) {
    storage.push(`set ${k}`);
    return setItem.call(this, k, v);
  };
  return {
    requests,
    storage,
    restore() {
      window.fetch = fetchBefore;
      Object.assign(Storage.prototype, { getItem, setItem });
    },
  };
}

describe('<samenspel-data>', () => {
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('samenspel-test-')) localStorage.removeItem(k);
  });

  it('gives two tools inside it one store: an edit through one shows in the other', async () => {
    const { el, list } = await provider(
      html`<samenspel-data .data=${wijk()}><test-party-list></test-party-list><test-party-count></test-party-count></samenspel-data>`,
    );
    await list.updateComplete;
    expect(countText(el)).to.equal('2 partijen');
    const changed = oneEvent(list, 'samenspel-change');
    expect(list.addParty('kerk', 'Kerk Zuid')).to.equal(true);
    expect((await changed).detail.changes).to.have.length(1);
    await waitUntil(() => countText(el) === '3 partijen', 'the other tool shows the new party');
    expect(listText(el)).to.deep.equal([['Buurthuis De Linde', 'Huisarts Zuid', 'Kerk Zuid']]);
    await expect(el).to.be.accessible();
  });

  it('loads its src and shows it in every tool', async () => {
    const url = blobUrl(JSON.stringify(wijk()));
    const { el } = await provider(
      html`<samenspel-data src=${url}><test-party-list></test-party-list><test-party-count></test-party-count></samenspel-data>`,
    );
    await waitUntil(() => countText(el) === '2 partijen', 'the data arrives');
    expect(listText(el)).to.deep.equal([['Buurthuis De Linde', 'Huisarts Zuid']]);
    expect(el.shadowRoot!.querySelector('[part~="status"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error and fires samenspel-error when src cannot be fetched', async () => {
    const errors: SamenspelErrorEvent[] = [];
    const el = await fixture<SamenspelData>(
      html`<samenspel-data @samenspel-error=${(e: SamenspelErrorEvent) => errors.push(e)} src="/does-not-exist.json"><test-party-list></test-party-list></samenspel-data>`,
    );
    await waitUntil(() => errors.length > 0, 'an error event');
    await el.updateComplete;
    expect(errors[0].detail.during).to.equal('load');
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('De gegevens konden niet worden geladen').and.contain('404');
    await expect(el).to.be.accessible();
  });

  it('tells the host why a load failed in Dutch and in English', async () => {
    const errors: SamenspelErrorEvent[] = [];
    await fixture<SamenspelData>(
      html`<samenspel-data @samenspel-error=${(e: SamenspelErrorEvent) => errors.push(e)} src="/does-not-exist.json"></samenspel-data>`,
    );
    await waitUntil(() => errors.length > 0, 'an error event');
    const { message, code } = errors[0].detail.issues[0];
    expect(code).to.equal('load-failed');
    expect(message.nl).to.equal('De gegevens konden niet worden geladen: de server antwoordde met status 404');
    expect(message.en).to.equal('The data could not be loaded: the server answered with status 404');
  });

  it('lists the problems of invalid data and keeps the valid records', async () => {
    const data = {
      ...wijk(),
      parties: [
        ...wijk().parties,
        {
          id: 'slecht',
          name: 'Slecht',
          kind: 'organisatie',
          field: 'welzijn',
          contact: { website: 'javascript:alert(1)' },
        },
      ],
      relations: [{ id: 'r', source: 'buurthuis', target: 'spook', kind: 'verwijst' }],
    };
    const errors: SamenspelErrorEvent[] = [];
    const el = await fixture<SamenspelData>(
      html`<samenspel-data @samenspel-error=${(e: SamenspelErrorEvent) => errors.push(e)} src=${blobUrl(JSON.stringify(data))}><test-party-list></test-party-list><test-party-count></test-party-count></samenspel-data>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('details[part~="problems"]'), 'the problems list');
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Er zijn 3 problemen in de gegevens');
    expect(details.textContent).to.contain('javascript:alert(1)').and.contain('spook');
    expect(errors.map((e) => e.detail.during)).to.deep.equal(['parse']);
    expect(listText(el)).to.deep.equal([['Buurthuis De Linde', 'Huisarts Zuid', 'Slecht']]);
    await expect(el).to.be.accessible();
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('makes no request and touches no storage without src, storage or endpoint', async () => {
    const spy = spyOnRequestsAndStorage();
    try {
      const { el, list } = await provider(
        html`<samenspel-data .data=${wijk()} save-delay="0"><test-party-list></test-party-list></samenspel-data>`,
      );
      list.addParty('kerk', 'Kerk Zuid');
      await aTimeout(50);
      await el.save();
      expect(saveStatus(el)).to.equal(undefined);
    } finally {
      spy.restore();
    }
    expect(spy.requests).to.deep.equal([]);
    expect(spy.storage).to.deep.equal([]);
  });

  describe('with storage="local"', () => {
    it('saves every edit in this browser, says so, and has it back after a reload', async () => {
      const k = key();
      const first = await provider(
        html`<samenspel-data storage="local" storage-key=${k} save-delay="0" .data=${wijk()}><test-party-list></test-party-list></samenspel-data>`,
      );
      first.list.addParty('kerk', 'Kerk Zuid');
      await waitUntil(() => saveStatus(first.el) === 'Alles is opgeslagen in deze browser.', 'saved');
      expect(parseDataset(localStorage.getItem(k)).dataset.parties.map((p) => p.id)).to.deep.equal([
        'buurthuis',
        'huisarts',
        'kerk',
      ]);
      await expect(first.el).to.be.accessible();
      first.el.remove();

      const again = await provider(
        html`<samenspel-data storage="local" storage-key=${k}><test-party-list></test-party-list></samenspel-data>`,
      );
      await waitUntil(() => listText(again.el)[0].length === 3, 'the kept copy is loaded');
      expect(listText(again.el)).to.deep.equal([['Buurthuis De Linde', 'Huisarts Zuid', 'Kerk Zuid']]);
    });

    it('saves at once when the page is closed, without waiting for the delay', async () => {
      const k = key();
      const { el, list } = await provider(
        html`<samenspel-data storage="local" storage-key=${k} save-delay="600000" .data=${wijk()}><test-party-list></test-party-list></samenspel-data>`,
      );
      await el.updateComplete;
      list.addParty('kerk', 'Kerk Zuid');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await waitUntil(() => localStorage.getItem(k)?.includes('Kerk Zuid'), 'kept before the page goes');
    });

    it('seeds the kept copy from src once, and after that does not fetch src again', async () => {
      const k = key();
      const url = blobUrl(JSON.stringify(wijk()));
      const first = await provider(
        html`<samenspel-data storage="local" storage-key=${k} save-delay="0" src=${url}><test-party-list></test-party-list></samenspel-data>`,
      );
      await waitUntil(() => localStorage.getItem(k), 'the seed is kept');
      first.list.addParty('kerk', 'Kerk Zuid');
      await first.el.save();
      first.el.remove();
      const spy = spyOnRequestsAndStorage();
      try {
        const again = await provider(
          html`<samenspel-data storage="local" storage-key=${k} src=${url}><test-party-list></test-party-list></samenspel-data>`,
        );
        await waitUntil(() => listText(again.el)[0].length === 3, 'the kept copy, with the edit');
      } finally {
        spy.restore();
      }
      expect(spy.requests).to.deep.equal([]);
    });

    it('keeps working in memory when the storage is full, says why, and fires samenspel-error', async () => {
      const { setItem } = Storage.prototype;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const { el, list } = await provider(
          html`<samenspel-data storage="local" storage-key=${key()} save-delay="0" .data=${wijk()}><test-party-list></test-party-list></samenspel-data>`,
        );
        await el.save();
        const error = oneEvent(el, 'samenspel-error');
        list.addParty('kerk', 'Kerk Zuid');
        expect((await error).detail.during).to.equal('save');
        await el.updateComplete;
        expect(saveStatus(el)).to.match(
          /^Niet opgeslagen — we proberen het opnieuw\. De opslag van deze browser is vol.* 1 wijziging is nog niet opgeslagen\.$/,
        );
        expect(listText(el)).to.deep.equal([['Buurthuis De Linde', 'Huisarts Zuid', 'Kerk Zuid']]);
        expect(el.shadowRoot!.querySelector('button[part="download"]')!.textContent).to.equal('Bewaar als bestand');
        await expect(el).to.be.accessible();
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    it('carries on in memory when storage is switched off, and says so', async () => {
      const { getItem, setItem } = Storage.prototype;
      const deny = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Object.assign(Storage.prototype, { getItem: deny, setItem: deny });
      try {
        const errors: SamenspelErrorEvent[] = [];
        const el = await fixture<SamenspelData>(
          html`<samenspel-data @samenspel-error=${(e: SamenspelErrorEvent) => errors.push(e)} storage="local" storage-key=${key()} src=${blobUrl(JSON.stringify(wijk()))}><test-party-list></test-party-list></samenspel-data>`,
        );
        await waitUntil(() => listText(el)[0].length === 2, 'the src is shown all the same');
        await waitUntil(
          () => /^Niet opgeslagen\. Opslaan in deze browser is uitgeschakeld/.test(saveStatus(el) ?? ''),
          'the reason is shown',
        );
        expect(errors[0].detail.issues[0].code).to.equal('storage-unavailable');
        await expect(el).to.be.accessible();
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });

    it('speaks English with lang="en"', async () => {
      const { el, list } = await provider(
        html`<samenspel-data lang="en" storage="local" storage-key=${key()} save-delay="0" .data=${wijk()}><test-party-list></test-party-list></samenspel-data>`,
      );
      list.addParty('kerk', 'Kerk Zuid');
      await waitUntil(() => saveStatus(el) === 'Everything is saved in this browser.', 'saved, in English');
    });
  });

  describe('with an endpoint', () => {
    /** A server that keeps one dataset and answers GET and PUT with ETags. */
    function stubServer(initial: Dataset) {
      let body = JSON.stringify(initial);
      let version = 1;
      const puts: Record<string, string>[] = [];
      const before = window.fetch;
      window.fetch = async (_input, init = {}) => {
        const headers = (init.headers ?? {}) as Record<string, string>;
        if ((init.method ?? 'GET') === 'GET') return new Response(body, { headers: { ETag: `"v${version}"` } });
        puts.push(headers);
        if (headers['If-Match'] !== `"v${version}"`) return new Response('', { status: 412 });
        body = init.body as string;
        version++;
        return new Response(null, { status: 204, headers: { ETag: `"v${version}"` } });
      };
      return {
        puts,
        get body() {
          return JSON.parse(body) as Dataset;
        },
        overwrite(d: Dataset) {
          body = JSON.stringify(d);
          version++;
        },
        restore: () => (window.fetch = before),
      };
    }

    it('loads from the endpoint and saves each edit with PUT and If-Match', async () => {
      const server = stubServer(wijk());
      try {
        const { el, list } = await provider(
          html`<samenspel-data endpoint="https://example.org/wijk.json" save-delay="0"><test-party-list></test-party-list></samenspel-data>`,
        );
        await waitUntil(() => listText(el)[0].length === 2, 'loaded from the server');
        expect(saveStatus(el)).to.equal('Alles is opgeslagen op de server.');
        list.addParty('kerk', 'Kerk Zuid');
        await el.updateComplete;
        expect(saveStatus(el)).to.equal('Bezig met opslaan…');
        await waitUntil(
          () => server.puts.length === 1 && saveStatus(el) === 'Alles is opgeslagen op de server.',
          'saved',
        );
        expect(server.puts[0]['If-Match']).to.equal('"v1"');
        expect(server.body.parties.map((p) => p.id)).to.deep.equal(['buurthuis', 'huisarts', 'kerk']);
        await expect(el).to.be.accessible();
      } finally {
        server.restore();
      }
    });

    it('merges an edit with what someone else saved in the meantime, and says so', async () => {
      const server = fakeServer('https://example.org/wijk.json', wijk());
      try {
        const { el, list } = await provider(
          html`<samenspel-data endpoint="https://example.org/wijk.json" save-delay="0"><test-party-list></test-party-list></samenspel-data>`,
        );
        await waitUntil(() => listText(el)[0].length === 2, 'loaded from the server');
        server.overwrite({ ...wijk(), parties: [...wijk().parties, party('apotheek', 'Apotheek West')] });
        list.addParty('kerk', 'Kerk Zuid');
        await waitUntil(
          () => saveStatus(el) === 'Alles is opgeslagen op de server.' && server.puts.length === 2,
          'saved after merging',
        );
        expect(server.puts.map((p) => p.headers['If-Match'])).to.deep.equal(['"v2"'.replace('2', '1'), '"v2"']);
        expect(server.dataset!.parties.map((p) => p.id)).to.deep.equal(['buurthuis', 'huisarts', 'apotheek', 'kerk']);
        expect(listText(el)).to.deep.equal([['Buurthuis De Linde', 'Huisarts Zuid', 'Apotheek West', 'Kerk Zuid']]);
        expect(part(el, 'notices')!.textContent).to.contain('Hun wijzigingen en de uwe zijn samengevoegd');
        await expect(el).to.be.accessible();
      } finally {
        server.restore();
      }
    });

    it('says someone else saved only when they did: not after a failed load', async () => {
      const server = fakeServer('https://example.org/wijk.json', wijk());
      server.faults.get = { status: 500 };
      try {
        const { el, list } = await provider(
          html`<samenspel-data endpoint="https://example.org/wijk.json" save-delay="0" retry-delay="30"><test-party-list></test-party-list></samenspel-data>`,
        );
        await waitUntil(() => saveStatus(el)?.startsWith('Alleen lezen'), 'read-only after the failed load');
        list.addParty('kerk', 'Kerk Zuid');
        await el.updateComplete;
        expect(saveStatus(el))
          .to.contain('status 500')
          .and.contain('We proberen het opnieuw te laden')
          .and.contain('1 wijziging is nog niet opgeslagen');
        expect(saveStatus(el)).not.to.contain('Iemand anders');
        expect(server.puts).to.have.length(0);
        await expect(el).to.be.accessible();
        // The server is back: the copy loads by itself, the edit goes on top of it, and is saved.
        delete server.faults.get;
        await waitUntil(() => saveStatus(el) === 'Alles is opgeslagen op de server.', 'recovered', { timeout: 5000 });
        expect(server.dataset!.parties.map((p) => p.id)).to.deep.equal(['buurthuis', 'huisarts', 'kerk']);
        expect(server.puts[0].headers['If-Match']).to.equal('"v1"');
      } finally {
        server.restore();
      }
    });

    const full = JSON.stringify(big());
    const unreadable = [
      [
        'a truncated JSON body',
        { body: full.slice(0, full.length / 2) },
        'De opgeslagen gegevens konden niet worden gelezen',
      ],
      [
        'a document of a newer version',
        { body: JSON.stringify({ ...big(), version: 99 }) },
        'De opgeslagen gegevens konden niet worden gelezen',
      ],
      [
        'an HTML login page answered with 200',
        { body: '<!doctype html><title>Inloggen</title><form action="/login"></form>', type: 'text/html' },
        'webpagina in plaats van de gegevens',
      ],
    ] as const;
    for (const [what, fault, says] of unreadable) {
      it(`never saves over ${what}: read-only until the user confirms replacing it`, async () => {
        const server = fakeServer('https://example.org/wijk.json', big());
        server.faults.get = fault;
        try {
          const { el, list } = await provider(
            html`<samenspel-data endpoint="https://example.org/wijk.json" save-delay="0"><test-party-list></test-party-list></samenspel-data>`,
          );
          await waitUntil(() => saveStatus(el)?.startsWith('Alleen lezen'), 'read-only');
          expect(saveStatus(el)).to.contain(says);
          list.addParty('kerk', 'Kerk Zuid');
          await el.save();
          await aTimeout(50);
          expect(server.puts).to.have.length(0);
          expect(server.dataset!.parties).to.have.length(51);
          expect(saveStatus(el)).to.contain('1 wijziging is nog niet opgeslagen').and.contain('bewaar het als bestand');
          expect(part(el, 'download')!.textContent).to.equal('Bewaar als bestand');
          await expect(el).to.be.accessible();
          part(el, 'replace')!.click();
          await el.updateComplete;
          expect(part(el, 'confirm')!.textContent)
            .to.contain(
              'De opgeslagen gegevens op de server worden vervangen door wat nu op dit scherm staat: 1 partij.',
            )
            .and.contain('gaat verloren');
          expect(server.puts).to.have.length(0);
          await expect(el).to.be.accessible();
          part(el, 'confirm-replace')!.click();
          await waitUntil(() => saveStatus(el) === 'Alles is opgeslagen op de server.', 'replaced, on the user’s word');
          expect(server.puts).to.have.length(1);
          expect(server.puts[0].headers['If-Match']).to.equal('"v1"');
          expect(server.dataset!.parties.map((p) => p.id)).to.deep.equal(['kerk']);
        } finally {
          server.restore();
        }
      });
    }

    it('says so in English too', async () => {
      const server = fakeServer('https://example.org/wijk.json', big());
      server.faults.get = { body: '{"format": "samenspel", "version": 1, "parties": [' };
      try {
        const { el } = await provider(
          html`<samenspel-data lang="en" endpoint="https://example.org/wijk.json"><test-party-list></test-party-list></samenspel-data>`,
        );
        await waitUntil(() => saveStatus(el)?.startsWith('Read-only'), 'read-only');
        expect(saveStatus(el)).to.contain('The saved data could not be read.').and.contain('save it as a file');
        part(el, 'replace')!.click();
        await el.updateComplete;
        expect(part(el, 'confirm')!.textContent)
          .to.contain('The saved data on the server will be replaced')
          .and.contain('will be lost');
        part(el, 'cancel-replace')!.click();
        await el.updateComplete;
        expect(part(el, 'confirm')).to.equal(null);
        expect(server.puts).to.have.length(0);
      } finally {
        server.restore();
      }
    });
  });

  describe('with a kept copy in this browser that cannot be read', () => {
    for (const [what, kept] of [
      ['a corrupt copy', JSON.stringify(big()).slice(0, 1000)],
      ['a copy of a newer version', JSON.stringify({ ...big(), version: 99 })],
    ] as const) {
      it(`keeps ${what} as it is until the user confirms replacing it, and offers it as a file`, async () => {
        const k = key();
        localStorage.setItem(k, kept);
        const { el, list } = await provider(
          html`<samenspel-data storage="local" storage-key=${k} save-delay="0" .data=${wijk()}><test-party-list></test-party-list></samenspel-data>`,
        );
        await waitUntil(() => saveStatus(el)?.startsWith('Alleen lezen'), 'read-only').catch(() =>
          expect(saveStatus(el)).to.equal('read-only'),
        );
        list.addParty('kerk', 'Kerk Zuid');
        await el.save();
        await aTimeout(50);
        expect(localStorage.getItem(k)).to.equal(kept);
        expect(part(el, 'download-kept')!.textContent).to.equal('Bewaar de oude kopie als bestand');
        part(el, 'replace')!.click();
        await el.updateComplete;
        expect(part(el, 'confirm')!.textContent)
          .to.contain('in deze browser')
          .and.contain(`(${kept.length.toLocaleString('nl-NL')} tekens)`);
        await expect(el).to.be.accessible();
        part(el, 'confirm-replace')!.click();
        await waitUntil(() => saveStatus(el) === 'Alles is opgeslagen in deze browser.', 'replaced');
        expect(parseDataset(localStorage.getItem(k)).dataset.parties.map((p) => p.id)).to.deep.equal([
          'buurthuis',
          'huisarts',
          'kerk',
        ]);
      });
    }
  });
});
