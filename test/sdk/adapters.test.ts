import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import {
  AdapterError,
  Autosave,
  createStore,
  emptyDataset,
  exportDatasetFile,
  httpAdapter,
  importDatasetFile,
  localStorageAdapter,
  memoryAdapter,
  parseDataset,
  type Adapter,
  type Dataset,
  type KeyValueStorage,
  type Party,
  type SaveStatus,
} from '../../src/sdk/index.js';

const party = (id: string, name = id): Party => ({ id, name, kind: 'organisatie', field: 'welzijn' });
const withParties = (...ids: string[]): Dataset => ({ ...emptyDataset(), parties: ids.map((id) => party(id)) });
const put = (p: Party) => ({ op: 'put', collection: 'parties', record: p }) as const;
const key = () => `samenspel-test-${Math.random().toString(36).slice(2)}`;

/** A server that keeps one dataset and speaks the contract of docs/http-adapter.md. */
function fakeServer(initial?: Dataset) {
  let body = initial ? JSON.stringify(initial) : undefined;
  let version = 1;
  const requests: { method: string; headers: Record<string, string>; body?: string }[] = [];
  const fetchFn = (async (_url: string, init: RequestInit = {}) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    const method = init.method ?? 'GET';
    requests.push({ method, headers, body: init.body as string | undefined });
    const etag = () => `"v${version}"`;
    if (method === 'GET')
      return body === undefined
        ? new Response('', { status: 404 })
        : new Response(body, { headers: { ETag: etag(), 'Content-Type': 'application/json' } });
    if (
      (headers['If-Match'] && headers['If-Match'] !== etag()) ||
      (headers['If-None-Match'] === '*' && body !== undefined)
    )
      return new Response('', { status: 412 });
    body = init.body as string;
    version++;
    return new Response(null, { status: 204, headers: { ETag: etag() } });
  }) as typeof fetch;
  return {
    fetch: fetchFn,
    requests,
    get body() {
      return body;
    },
    /** Someone else saves. */
    overwrite(d: Dataset) {
      body = JSON.stringify(d);
      version++;
    },
  };
}

describe('adapters', () => {
  describe('memory', () => {
    it('keeps what it saved and hands it back on load', async () => {
      const adapter = memoryAdapter();
      expect(await adapter.load()).to.equal(undefined);
      await adapter.save(withParties('a'), []);
      expect(parseDataset(await adapter.load()).dataset.parties.map((p) => p.id)).to.deep.equal(['a']);
      expect(adapter.saves).to.equal(1);
    });
  });

  describe('browser storage', () => {
    afterEach(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('samenspel-test-')) localStorage.removeItem(k);
    });

    it('survives a reload: a new adapter on the same key loads what was saved', async () => {
      const k = key();
      await localStorageAdapter({ key: k, shareWithTabs: false }).save(withParties('a', 'b'), []);
      const raw = await localStorageAdapter({ key: k }).load();
      expect(parseDataset(raw)).to.deep.equal({ dataset: withParties('a', 'b'), issues: [] });
    });

    it('holds nothing for a key never used', async () => {
      expect(await localStorageAdapter({ key: key() }).load()).to.equal(undefined);
    });

    it('reports a full storage as a quota error, with a message in both languages', async () => {
      const full: KeyValueStorage = {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      };
      const error = await localStorageAdapter({ key: key(), storage: full })
        .save(withParties('a'), [])
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).to.be.instanceOf(AdapterError);
      expect((error as AdapterError).kind).to.equal('quota');
      expect((error as AdapterError).issues[0].message.nl).to.contain('vol');
      expect((error as AdapterError).issues[0].message.en).to.contain('full');
    });

    it('reports storage that is turned off as unavailable', async () => {
      const blocked: KeyValueStorage = {
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
        setItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      };
      const adapter = localStorageAdapter({ key: key(), storage: blocked });
      expect(((await adapter.load().catch((e: unknown) => e)) as AdapterError).kind).to.equal('unavailable');
      expect(((await adapter.save(withParties('a'), []).catch((e: unknown) => e)) as AdapterError).kind).to.equal(
        'unavailable',
      );
    });

    it('hears when another tab saves on the same key, and never writes over that copy unseen', async () => {
      const k = key();
      const tab = localStorageAdapter({ key: k });
      await tab.load();
      const heard: unknown[] = [];
      tab.subscribe!((kept) => heard.push(kept));
      // Another tab's save: the storage event fires in every other document on the origin.
      const theirs = JSON.stringify(withParties('x'));
      localStorage.setItem(k, theirs);
      const mine = await tab.save(withParties('a'), []).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((mine as AdapterError).kind).to.equal('conflict');
      expect(localStorage.getItem(k)).to.equal(theirs);
      window.dispatchEvent(new StorageEvent('storage', { key: k, newValue: theirs, storageArea: localStorage }));
      expect(heard).to.deep.equal([theirs]);
      // Now it has seen that copy, it may save over it.
      await tab.save(withParties('x', 'a'), []);
      expect(parseDataset(localStorage.getItem(k)).dataset.parties.map((p) => p.id)).to.deep.equal(['x', 'a']);
      tab.dispose!();
    });
  });

  describe('HTTP', () => {
    it('loads with GET, remembers the ETag and saves with PUT and If-Match', async () => {
      const server = fakeServer(withParties('a'));
      const adapter = httpAdapter({ url: 'https://example.org/data.json', fetch: server.fetch });
      expect(parseDataset(await adapter.load()).dataset).to.deep.equal(withParties('a'));
      expect(adapter.etag).to.equal('"v1"');
      await adapter.save(withParties('a', 'b'), []);
      expect(server.requests[1]).to.include({ method: 'PUT' });
      expect(server.requests[1].headers).to.include({ 'If-Match': '"v1"', 'Content-Type': 'application/json' });
      expect(JSON.parse(server.body!)).to.deep.equal(withParties('a', 'b'));
      expect(adapter.etag).to.equal('"v2"');
    });

    it('creates the dataset when the server has none, without overwriting one it did not see', async () => {
      const server = fakeServer();
      const adapter = httpAdapter({ url: 'https://example.org/data.json', fetch: server.fetch });
      expect(await adapter.load()).to.equal(undefined);
      await adapter.save(withParties('a'), []);
      expect(server.requests[1].headers).to.include({ 'If-None-Match': '*' });
      expect(JSON.parse(server.body!)).to.deep.equal(withParties('a'));
    });

    it('reports a conflict when someone else saved first', async () => {
      const server = fakeServer(withParties('a'));
      const adapter = httpAdapter({ url: 'https://example.org/data.json', fetch: server.fetch });
      await adapter.load();
      server.overwrite(withParties('x'));
      const error = (await adapter.save(withParties('a', 'b'), []).catch((e: unknown) => e)) as AdapterError;
      expect(error.kind).to.equal('conflict');
      expect(error.issues[0].code).to.equal('conflict');
      expect(JSON.parse(server.body!)).to.deep.equal(withParties('x'));
    });

    it('reports a network failure and a server error', async () => {
      const offline = httpAdapter({
        url: 'https://example.org/data.json',
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      });
      expect(((await offline.load().catch((e: unknown) => e)) as AdapterError).kind).to.equal('network');
      const broken = httpAdapter({
        url: 'https://example.org/data.json',
        fetch: () => Promise.resolve(new Response('', { status: 500 })),
      });
      const error = (await broken.load().catch((e: unknown) => e)) as AdapterError;
      expect(error.kind).to.equal('http');
      expect(error.issues[0].message.en).to.contain('500');
    });
  });

  describe('file', () => {
    it('exports a pretty-printed JSON file that imports back to the same dataset', async () => {
      const d = withParties('a', 'b');
      const blob = exportDatasetFile(d);
      expect(blob.type).to.equal('application/json');
      const text = await blob.text();
      expect(text).to.contain('\n  "parties": [');
      expect(await importDatasetFile(new File([text], 'wijk.json'))).to.deep.equal({ dataset: d, issues: [] });
    });

    it('reads a file with a byte order mark, and reports a broken or too large file', async () => {
      expect((await importDatasetFile(new Blob([`\uFEFF${JSON.stringify(withParties('a'))}`]))).issues).to.deep.equal(
        [],
      );
      expect((await importDatasetFile(new Blob(['{"parties": [']))).issues[0].code).to.equal('not-json');
      expect(
        (await importDatasetFile(new Blob([JSON.stringify(withParties('a'))]), { maxBytes: 10 })).issues[0].code,
      ).to.equal('too-large');
    });
  });

  describe('autosave', () => {
    const saving = (adapter: Adapter, store = createStore(withParties('a'))) => {
      const statuses: SaveStatus['state'][] = [];
      const autosave = new Autosave(store, adapter, { delay: 0, onStatus: (s) => statuses.push(s.state) });
      return { store, autosave, statuses };
    };

    it('catches up with another tab however often that tab saved first, and never calls that a failed save', async () => {
      const items = new Map<string, string>();
      const storage: KeyValueStorage = {
        getItem: (k) => items.get(k) ?? null,
        setItem: (k, v) => void items.set(k, v),
      };
      const k = key();
      const theirs: string[] = ['a'];
      const otherTabSaves = (id: string) => {
        theirs.push(id);
        items.set(k, JSON.stringify(withParties(...theirs)));
      };
      items.set(k, JSON.stringify(withParties('a')));
      const { store, autosave } = saving(localStorageAdapter({ key: k, storage, shareWithTabs: false }), createStore());
      await autosave.load();
      // Each time, the other tab saves before this one, whose edit was taken back before it was saved:
      // catching up leaves it nothing to save, which is no failure.
      for (let n = 0; n < 4; n++) {
        otherTabSaves(`x${n}`);
        store.apply(put(party(`tried${n}`)));
        store.undo();
        await autosave.flush();
        expect(autosave.status.state, `round ${n}`).to.equal('saved');
        expect(store.get('parties', `x${n}`), `round ${n}`).to.not.equal(undefined);
      }
      // And an edit that stands is merged with the other tab's and saved.
      otherTabSaves('x4');
      store.apply(put(party('mine')));
      await autosave.flush();
      expect(autosave.status.state).to.equal('saved');
      expect(parseDataset(items.get(k)).dataset.parties.map((p) => p.id)).to.deep.equal([...theirs, 'mine']);
      await autosave.dispose();
    });

    it('saves after an edit, and not what it was told to load quietly', async () => {
      const adapter = memoryAdapter();
      const { store, autosave, statuses } = saving(adapter);
      autosave.quietly(() => store.replace(withParties('x')));
      await autosave.flush();
      expect(adapter.saves).to.equal(0);
      store.apply(put(party('b')));
      await waitUntil(() => statuses.includes('saved'));
      expect(adapter.saved?.parties.map((p) => p.id)).to.deep.equal(['x', 'b']);
      expect(statuses).to.deep.equal(['idle', 'pending', 'saving', 'saved']);
    });

    it('saves nothing before the kept copy is loaded, so it never writes over what it did not read', async () => {
      const adapter = memoryAdapter();
      const { store, autosave } = saving(adapter);
      let release!: () => void;
      autosave.holdUntil(new Promise<void>((resolve) => (release = resolve)));
      store.apply(put(party('b')));
      await aTimeout(20);
      expect(adapter.saves).to.equal(0);
      release();
      await autosave.flush();
      expect(adapter.saves).to.equal(1);
      expect(adapter.saved?.parties.map((p) => p.id)).to.deep.equal(['a', 'b']);
    });

    it('keeps every edit in the store when saving fails, and saves them with the next edit', async () => {
      let fail = true;
      const inner = memoryAdapter();
      const flaky: Adapter = {
        load: () => inner.load(),
        save: (d, c) => (fail ? Promise.reject(new AdapterError('quota', [])) : inner.save(d, c)),
      };
      const { store, autosave } = saving(flaky);
      store.apply(put(party('b')));
      await autosave.flush();
      expect(autosave.status.state).to.equal('failed');
      expect(autosave.unsaved).to.equal(true);
      expect(store.snapshot.parties.map((p) => p.id)).to.deep.equal(['a', 'b']);
      fail = false;
      store.apply(put(party('c')));
      await autosave.flush();
      expect(autosave.status.state).to.equal('saved');
      expect(inner.saved?.parties.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
    });

    it('loses no edit when two tabs on one key edit at the same time', async () => {
      const k = key();
      const start = withParties('a');
      localStorage.setItem(k, JSON.stringify(start));
      const tab1 = saving(localStorageAdapter({ key: k }), createStore(start));
      const tab2 = saving(localStorageAdapter({ key: k }), createStore(start));
      await tab1.autosave.load();
      await tab2.autosave.load();
      tab1.store.apply(put(party('from-tab-1')));
      tab2.store.apply(put(party('from-tab-2')));
      await tab1.autosave.flush();
      // Tab 2 has not heard of tab 1's save yet: its save finds the stored copy changed, merges, and saves both.
      await tab2.autosave.flush();
      expect(tab2.store.snapshot.parties.map((p) => p.id)).to.have.members(['a', 'from-tab-1', 'from-tab-2']);
      expect(parseDataset(localStorage.getItem(k)).dataset.parties.map((p) => p.id)).to.have.members([
        'a',
        'from-tab-1',
        'from-tab-2',
      ]);
      // A remote change is the other tab's to undo, not this one's.
      expect(tab2.store.undo()).to.deep.equal([{ op: 'remove', collection: 'parties', id: 'from-tab-2' }]);
      await tab1.autosave.dispose();
      await tab2.autosave.dispose();
      localStorage.removeItem(k);
    });
  });

  it('touches neither the network nor storage in memory', async () => {
    const fetchCalls: unknown[] = [];
    const original = window.fetch;
    const setItem = Storage.prototype.setItem;
    const getItem = Storage.prototype.getItem;
    const storageCalls: unknown[] = [];
    window.fetch = (...args: Parameters<typeof fetch>) => {
      fetchCalls.push(args);
      return original(...args);
    };
    Storage.prototype.setItem = function (...args: [string, string]) {
      storageCalls.push(args);
      return setItem.apply(this, args);
    };
    Storage.prototype.getItem = function (...args: [string]) {
      storageCalls.push(args);
      return getItem.apply(this, args);
    };
    try {
      const store = createStore(withParties('a'));
      const saver = new Autosave(store, memoryAdapter(), { delay: 0 });
      store.apply(put(party('b')));
      await saver.flush();
    } finally {
      window.fetch = original;
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    }
    expect(fetchCalls).to.deep.equal([]);
    expect(storageCalls).to.deep.equal([]);
  });
});
