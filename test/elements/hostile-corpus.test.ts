/**
 * The browser corpus: script payloads in every text field the four tools render, through every way
 * of loading data, in every view and every export. It runs twice — without a CSP, where an injected
 * script would run, and then under `default-src 'self'`, where it would be a violation — and prints
 * one line of counts: inputs, crashes, scripts run, unsafe links, formula cells, CSP violations, and
 * (with `data` only) requests and storage writes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import Papa from 'papaparse';
import '../../src/index.js';
import {
  createStore,
  emptyDataset,
  fromFhirBundle,
  isSafeUrl,
  parseDataset,
  parseHsds,
  parsePartiesCsv,
  sampleDataset,
  toFhirBundle,
  toHsds,
  type Dataset,
} from '../../src/sdk/index.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import type { CooperationCheckElement } from '../../src/elements/cooperation-check/cooperation-check.component.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';

type Probe = { __xss: (where: string) => void; __ran: string[] };
const probe = window as unknown as Probe;
probe.__ran = [];
probe.__xss = (where) => probe.__ran.push(where);

/** Text that runs `__xss` if any tool ever treats it as markup, a URL or a template. */
const PAYLOADS = [
  `<script>__xss('script')</script>Buurthuis`,
  `<img src=x onerror="__xss('img')">Zorgboerderij`,
  `<svg onload="__xss('svg')"></svg>Wijkteam`,
  `"><iframe srcdoc="<script>parent.__xss('iframe')</script>"></iframe>`,
  `'><a href="javascript:__xss('link')">klik</a>`,
  `</title><script>__xss('title')</script>`,
  `]]><script>__xss('cdata')</script><![CDATA[`,
  `<style>@import 'x'</style><math><mtext><img src=x onerror="__xss('math')">`,
  '${__xss(`template`)}{{constructor.constructor("__xss(\'angular\')")()}}',
  `=cmd|' /C calc'!A0`,
  `Buurthuis,=cmd|' /C calc'!A0`,
  `Zorg;=HYPERLINK("http://evil.example","klik")`,
  `+1+__xss`,
  `-2+3;@SUM(A1:A9)`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `\t=1+1`,
  `"=1+1","=2+2"`,
  `![x](javascript:__xss('md'))[y]: javascript:__xss('md2')`,
];
const UNSAFE_URLS = [
  'javascript:__xss("href")',
  'data:text/html,<script>__xss(1)</script>',
  'vbscript:msgbox(1)',
  ' java\tscript:__xss(2)',
  'JaVaScRiPt:__xss(3)',
];

/** Keys whose values are ids, choices, dates or numbers: left as they are so the records stay whole. */
const KEEP = new Set([
  'id',
  'format',
  'version',
  'parent',
  'owner',
  'party',
  'source',
  'target',
  'carer',
  'caredFor',
  'partners',
  'kind',
  'field',
  'ring',
  'strength',
  'status',
  'round',
  'date',
  'due',
  'when',
  'lastVerified',
  'submitted',
  'targetDate',
  'phone',
  'email',
  'website',
  'aspect',
  'answers',
  'scale',
]);

/** The sample dataset with a payload in every free-text field, some hostile ids and unsafe links. */
function hostileDataset(): Dataset {
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length];
  const walk = (value: unknown, key: string, path: string[]): unknown => {
    if (typeof value === 'string') {
      if (KEEP.has(key) || (key === 'role' && path.includes('responses'))) return value;
      return next();
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, KEEP.has(key) ? key : '', [...path, key]));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k, [...path, key])]));
    }
    return value;
  };
  const d = walk(sampleDataset(), '', []) as Dataset;
  d.parties.forEach((p, i) => {
    if (i % 3 === 0) p.contact = { ...p.contact, website: UNSAFE_URLS[i % UNSAFE_URLS.length] };
    if (i % 3 === 1) p.contact = { ...p.contact, website: `https://example.nl/?q="><script>__xss('q')</script>` };
  });
  // A party whose id is markup: ids show up in fallbacks, labels and graph ids.
  const odd = { ...d.parties[1], id: `<img src=x onerror="__xss('id')">` };
  d.parties.push(odd);
  d.relations.push({ id: `r-<b>${n}</b>`, source: odd.id, target: d.parties[0].id, kind: 'werkt-samen', note: next() });
  return d;
}

/** A `;` spreadsheet typed by hand (not by our writer): formulas and markup as they come. */
function rawCsv(): string {
  const rows = PAYLOADS.map((p, i) =>
    [
      `x${i}`,
      p,
      'organisatie',
      'welzijn',
      'Noord',
      p,
      '',
      '',
      i % 2 ? 'https://example.nl' : UNSAFE_URLS[i % UNSAFE_URLS.length],
      p,
      '',
      '',
    ]
      .map((c) => `"${c.replace(/"/g, '""')}"`)
      .join(';'),
  );
  return [
    `"id";"naam";"soort";"veld";"wijk";"wat doen we";"telefoon";"e-mail";"website";"adres";"werkt samen met";"laatst gecontroleerd"`,
    ...rows,
  ].join('\r\n');
}

interface Counts {
  inputs: number;
  crashes: number;
  scripts: number;
  unsafeLinks: number;
  formulaCells: number;
  cells: number;
  csp: number;
  requests: number;
  storageWrites: number;
}
const counts: Counts = {
  inputs: 0,
  crashes: 0,
  scripts: 0,
  unsafeLinks: 0,
  formulaCells: 0,
  cells: 0,
  csp: 0,
  requests: 0,
  storageWrites: 0,
};
const findings: string[] = [];
const note = (what: keyof Counts, detail: string, by = 1) => {
  counts[what] += by;
  if (by) findings.push(`${what}: ${detail}`);
};

// ── what the page does, watched ────────────────────────────────────────────────────────────────
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
);
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

/** Data requests (not the package's own modules) and storage writes, counted while `watching`. */
let watching = false;
let requests: string[] = [];
let writes: string[] = [];
const SERVED = new Map<string, () => string>();
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (watching) requests.push(`fetch ${url.pathname}`);
  const body = SERVED.get(url.pathname);
  if (body)
    return Promise.resolve(
      new Response(body(), {
        status: 200,
        headers: { 'content-type': url.pathname.endsWith('.csv') ? 'text/csv' : 'application/json' },
      }),
    );
  return realFetch(input, init);
};
const realOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: Parameters<typeof realOpen>) {
  if (watching) requests.push(`xhr ${String(args[1])}`);
  return realOpen.apply(this, args);
} as typeof realOpen;
const realBeacon = navigator.sendBeacon.bind(navigator);
navigator.sendBeacon = (url, data) => {
  if (watching) requests.push(`beacon ${String(url)}`);
  return realBeacon(url, data);
};
new PerformanceObserver((list) => {
  for (const e of list.getEntries() as PerformanceResourceTiming[]) {
    // The package's own code (lazy chunks, the layout worker) loads as scripts; anything else is data.
    if (
      watching &&
      !/\.(ts|js|mjs)(\?|$)/.test(e.name) &&
      !['fetch', 'xmlhttprequest', 'beacon'].includes(e.initiatorType)
    )
      requests.push(`${e.initiatorType} ${e.name}`);
  }
}).observe({ type: 'resource' });
for (const name of ['setItem', 'removeItem', 'clear'] as const) {
  const real = Storage.prototype[name] as (...a: unknown[]) => unknown;
  (Storage.prototype as unknown as Record<string, unknown>)[name] = function (this: Storage, ...a: unknown[]) {
    if (watching) writes.push(`${this === localStorage ? 'localStorage' : 'sessionStorage'}.${name}`);
    return real.apply(this, a);
  };
}
const realIdb = indexedDB.open.bind(indexedDB);
indexedDB.open = (name: string, version?: number) => {
  if (watching) writes.push(`indexedDB ${name}`);
  return realIdb(name, version);
};
const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
Object.defineProperty(document, 'cookie', {
  get: () => cookie.get!.call(document),
  set: (v: string) => {
    if (watching) writes.push('cookie');
    cookie.set!.call(document, v);
  },
});

/** Downloads, caught where the tools hand them to the browser; prints counted. */
const files: { name: string; blob: Blob }[] = [];
let prints = 0;
let lastBlob: Blob | undefined;
URL.createObjectURL = (blob: Blob | MediaSource) => {
  lastBlob = blob as Blob;
  return 'blob:caught';
};
URL.revokeObjectURL = () => undefined;
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
  if (this.download && lastBlob) files.push({ name: this.download, blob: lastBlob });
};
window.print = () => {
  prints++;
};

// ── looking at what the tools made ─────────────────────────────────────────────────────────────
/** Every element in `root` and in the shadow roots below it. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** Markup that a payload could only have produced: script, frames, event handlers, unsafe links. */
function inspectDom(where: string, root: ParentNode = document.body): void {
  for (const el of deep(root)) {
    const tag = el.localName;
    if (['script', 'iframe', 'object', 'embed', 'frame', 'foreignobject'].includes(tag) && !el.closest('mocha'))
      note('scripts', `${where}: <${tag}> in the page`);
    for (const a of el.getAttributeNames()) {
      if (/^on/i.test(a)) note('scripts', `${where}: ${tag}[${a}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(a.toLowerCase())) {
        const value = el.getAttribute(a) ?? '';
        if (a === 'srcdoc' || (value && !value.startsWith('#') && !isSafeUrl(new URL(value, location.href).href)))
          note('unsafeLinks', `${where}: <${tag} ${a}="${value.slice(0, 60)}">`);
      }
    }
  }
}

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?\d+([.,]\d+)?$/;
/** A CSV file read as a spreadsheet would: split on `;` and, as a program set to `,` would, on `,`. */
function inspectCsv(where: string, text: string): void {
  for (const delimiter of [';', ',']) {
    const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
    for (const row of data) {
      for (const cell of row) {
        counts.cells++;
        if (FORMULA.test(cell) && !NUMBER.test(cell))
          note('formulaCells', `${where} split on "${delimiter}": ${JSON.stringify(cell.slice(0, 60))}`);
      }
    }
  }
}

/** A drawing or document: no script, no handler, no link that is not http(s). */
function inspectMarkup(where: string, text: string, type: DOMParserSupportedType): void {
  // The drawing's own <style> goes first: a parsed document inherits the page's CSP, which refuses it.
  const doc = new DOMParser().parseFromString(text.replace(/<style>[^<]*<\/style>/g, ''), type);
  if (doc.querySelector('parsererror')) note('crashes', `${where}: not well-formed`);
  inspectDom(where, doc);
}

/** Every URL-like string in a JSON export is safe; it reads back with `read`. */
function inspectJson(where: string, text: string, read?: (doc: unknown) => unknown): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    note('crashes', `${where}: not JSON`);
    return;
  }
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (
        /^(website|url|href|value|uri)$/i.test(key) &&
        /^\s*[a-z][a-z\d+.-]*\s*:/i.test(v) &&
        !/^(https?|mailto|tel):/i.test(v.trim()) &&
        !/^urn:/i.test(v)
      ) {
        note('unsafeLinks', `${where}: ${key}=${v.slice(0, 60)}`);
      }
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
  };
  walk(doc, '');
  if (read) {
    try {
      read(doc);
    } catch (e) {
      note('crashes', `${where}: reading it back threw ${String(e)}`);
    }
  }
}

async function inspectFiles(where: string): Promise<void> {
  for (const { name, blob } of files.splice(0)) {
    const at = `${where} ${name}`;
    if (name.endsWith('.csv')) inspectCsv(at, await blob.text());
    else if (name.endsWith('.svg')) inspectMarkup(at, await blob.text(), 'image/svg+xml');
    else if (name.endsWith('.md')) {
      const text = await blob.text();
      if (/(?<!\\)<[a-z!/]|(?<!\\)\]\(\s*javascript:/i.test(text)) note('scripts', `${at}: raw markup in Markdown`);
    } else if (name.endsWith('.png')) {
      const head = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
      if (String.fromCharCode(...head.slice(1, 4)) !== 'PNG' || blob.size < 200)
        note('crashes', `${at}: not a picture`);
    } else if (name.endsWith('.json')) {
      const text = await blob.text();
      inspectJson(
        at,
        text,
        name.includes('hsds')
          ? (d) => parseHsds(d)
          : name.includes('fhir')
            ? (d) => fromFhirBundle(d)
            : (d) => parseDataset(d),
      );
    }
  }
}

// ── driving the tools ──────────────────────────────────────────────────────────────────────────
const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));
const buttons = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)];
async function clickAll(el: HTMLElement & { updateComplete: Promise<boolean> }, selector: string): Promise<void> {
  for (const b of buttons(el, selector)) {
    b.closest('details')?.setAttribute('open', '');
    if (b.disabled) continue;
    b.click();
    await tick(60);
    await el.updateComplete;
  }
}

/** Prints as the browser would: print media, `beforeprint`, look, `afterprint`. */
async function printed(where: string, el: Element): Promise<void> {
  await emulateMedia({ media: 'print' });
  window.dispatchEvent(new Event('beforeprint'));
  await tick();
  inspectDom(`${where} print`, el);
  window.dispatchEvent(new Event('afterprint'));
  await emulateMedia({ media: 'screen' });
}

async function exerciseNetwork(where: string, el: CareNetworkMapElement, exports: boolean): Promise<void> {
  await waitUntil(
    () => el.currentNetwork === undefined || !!el.shadowRoot!.querySelector('figure.picture[aria-busy="false"]'),
    `${where}: map not drawn`,
    { timeout: 10_000 },
  );
  for (const net of el.activeStore.snapshot.careNetworks) {
    el.network = net.id;
    await el.updateComplete;
    for (const m of [net.carer, ...net.members.map((x) => x.party)].slice(0, 3)) {
      el.selected = m;
      await el.updateComplete;
    }
    inspectDom(`${where} network ${net.id}`, el);
  }
  if (!exports) return;
  await clickAll(el, '[data-export], [data-action="print"]');
  await tick(200);
  await printed(where, el);
}

async function exerciseGoalTree(where: string, el: GoalTreeElement, exports: boolean): Promise<void> {
  await el.updateComplete;
  for (const tree of el.activeStore.snapshot.goalTrees) {
    el.tree = tree.id;
    await el.updateComplete;
    for (const g of tree.goals.slice(0, 6)) {
      el.selected = g.id;
      await el.updateComplete;
    }
    inspectDom(`${where} tree ${tree.id}`, el);
  }
  if (!exports) return;
  const menu = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.menu');
  if (menu) {
    menu.open = true;
    await waitUntil(() => el.shadowRoot!.querySelector('[data-export]'), `${where}: export menu`, { timeout: 5000 });
    await clickAll(el, '[data-export]');
    await tick(200);
  }
  await printed(where, el);
}

async function exerciseCheck(where: string, el: CooperationCheckElement, exports: boolean): Promise<void> {
  for (const mode of ['fill', 'results'] as const) {
    el.mode = mode;
    await el.updateComplete;
    await waitUntil(
      () => el.shadowRoot!.querySelector('form, section, .status, [role="alert"]'),
      `${where}: ${mode} not shown`,
      { timeout: 5000 },
    );
    await tick();
    inspectDom(`${where} ${mode}`, el);
  }
  if (!exports) return;
  await clickAll(el, '.export button');
  await tick(200);
  await printed(where, el);
}

async function exerciseWhoIsWho(where: string, el: WhoIsWhoElement, exports: boolean): Promise<void> {
  const parties = el.activeStore.snapshot.parties;
  for (const view of ['list', 'graph'] as const) {
    el.view = view;
    await el.updateComplete;
    if (view === 'graph' && parties.length) {
      await waitUntil(() => el.shadowRoot!.querySelector('canvas'), `${where}: graph not drawn`, { timeout: 15_000 });
    }
    for (const p of parties.slice(0, 6)) {
      el.selectParty(p.id);
      await el.updateComplete;
      inspectDom(`${where} ${view} ${p.id.slice(0, 20)}`, el);
    }
  }
  if (!exports) return;
  await clickAll(el, '.export button');
  await tick(400);
  await printed(where, el);
}

type Tool = CareNetworkMapElement | GoalTreeElement | CooperationCheckElement | WhoIsWhoElement;
async function exercise(where: string, root: ParentNode, exports: boolean): Promise<void> {
  for (const el of root.querySelectorAll<Tool>('care-network-map, goal-tree, cooperation-check, who-is-who')) {
    await el.updateComplete;
    await waitUntil(
      () => (el as unknown as { loadState: string }).loadState !== 'loading',
      `${where}: ${el.localName} still loading`,
      { timeout: 10_000 },
    );
    const at = `${where} <${el.localName}>`;
    const failed = (e: Event) => {
      const d = (e as CustomEvent<{ during: string }>).detail;
      if (d.during !== 'parse' && d.during !== 'load') note('crashes', `${at}: samenspel-error during ${d.during}`);
    };
    el.addEventListener('samenspel-error', failed);
    try {
      if (el.localName === 'care-network-map') await exerciseNetwork(at, el as CareNetworkMapElement, exports);
      else if (el.localName === 'goal-tree') await exerciseGoalTree(at, el as GoalTreeElement, exports);
      else if (el.localName === 'cooperation-check') await exerciseCheck(at, el as CooperationCheckElement, exports);
      else await exerciseWhoIsWho(at, el as WhoIsWhoElement, exports);
    } catch (e) {
      note('crashes', `${at}: ${String(e)}`);
    } finally {
      el.removeEventListener('samenspel-error', failed);
    }
    await inspectFiles(at);
  }
  inspectDom(where, root);
}

/** One way of loading: mount, exercise everything, count what happened. */
async function tryInput(where: string, mount: () => Promise<Element>, exports: boolean): Promise<void> {
  counts.inputs++;
  const ran = probe.__ran.length;
  const seen = violations.length;
  const thrown = errors.length;
  let root: Element | undefined;
  try {
    root = await mount();
    await exercise(where, root, exports);
  } catch (e) {
    note('crashes', `${where}: ${String(e)}`);
  }
  await tick(100);
  note('scripts', `${where}: ran ${probe.__ran.slice(ran).join(', ')}`, probe.__ran.length - ran);
  note('csp', `${where}: ${violations.slice(seen).join(' | ')}`, violations.length - seen);
  note('crashes', `${where}: ${errors.slice(thrown).join(' | ')}`, errors.length - thrown);
  root?.remove();
}

const TALL = 'display:block;--samenspel-who-is-who-list-block-size:4000px';
const ALL = ['care-network-map', 'goal-tree', 'cooperation-check', 'who-is-who'];

/** Mounts `tags` in a fresh box (inside `wrap`, if given), each given `props` (styles through CSSOM: the CSP refuses style attributes). */
function mount(tags: string[], props: Record<string, unknown>, wrap?: HTMLElement): () => Promise<Element> {
  return async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const parent = wrap ?? box;
    for (const tag of tags) {
      const el = Object.assign(document.createElement(tag), props);
      el.style.cssText = TALL;
      parent.append(el);
    }
    if (wrap) box.append(wrap);
    return box;
  };
}

/**
 * Every way a host can hand the tools data, and whether it gives them data of its own (its exports
 * are then checked; the other ways give the same data as the first).
 */
function inputs(hostile: Dataset): [string, () => Promise<Element>, boolean][] {
  const json = JSON.stringify(hostile);
  SERVED.set('/__corpus__/hostile.json', () => json);
  SERVED.set('/__corpus__/hostile.csv', rawCsv);
  SERVED.set('/__corpus__/hostile-hsds.json', () => JSON.stringify(toHsds(hostile)));
  const provider = () => Object.assign(document.createElement('samenspel-data'), { src: '/__corpus__/hostile.json' });
  return [
    ['data (object)', mount(ALL, { data: hostile }), true],
    ['data (JSON string)', mount(ALL, { data: json }), false],
    ['store', () => mount(ALL, { store: createStore(parseDataset(hostile).dataset) })(), false],
    ['src', mount(ALL, { src: '/__corpus__/hostile.json' }), false],
    ['<samenspel-data src>', () => mount(ALL, {}, provider())(), false],
    ['CSV (who-is-who src, typed by hand)', mount(['who-is-who'], { src: '/__corpus__/hostile.csv' }), true],
    ['CSV (test/fixtures/hostile.csv)', mount(['who-is-who'], { src: '/test/fixtures/hostile.csv' }), true],
    [
      'CSV (parsePartiesCsv, then data)',
      async () => mount(ALL, { data: (await parsePartiesCsv(rawCsv())).dataset })(),
      false,
    ],
    ['HSDS (who-is-who src)', mount(['who-is-who'], { src: '/__corpus__/hostile-hsds.json' }), true],
    ['HSDS (parseHsds, then data)', mount(ALL, { data: parseHsds(toHsds(hostile)).dataset }), false],
    [
      'FHIR (care-network-map import)',
      async () => {
        const box = await mount(['care-network-map'], { editable: true, data: emptyDataset('Leeg') })();
        const map = box.querySelector<CareNetworkMapElement>('care-network-map')!;
        await map.updateComplete;
        for (const net of hostile.careNetworks)
          await map.importFile(
            new Blob([JSON.stringify(toFhirBundle(hostile, net.id))], { type: 'application/fhir+json' }),
          );
        return box;
      },
      true,
    ],
    [
      'FHIR (fromFhirBundle, then data)',
      mount(ALL, { data: fromFhirBundle(toFhirBundle(hostile)).dataset ?? emptyDataset('Leeg') }),
      false,
    ],
  ];
}

/** The first inputs hand the tools data and nothing else: they must make no request and write nothing. */
const DATA_ONLY = 3;

describe('the browser corpus: hostile text through every input, view and export of the four tools', function () {
  this.timeout(600_000);
  const hostile = hostileDataset();

  after(() => {
    console.log(
      `browser corpus: ${counts.inputs} inputs tried, ${counts.crashes} crashes, ${counts.scripts} script executions, ` +
        `${counts.unsafeLinks} unsafe links, ${counts.formulaCells} formula cells in ${counts.cells} exported CSV cells, ` +
        `${counts.csp} CSP violations, ${counts.requests} requests and ${counts.storageWrites} storage writes with data only`,
    );
    for (const f of findings.slice(0, 40)) console.log(`  ${f}`);
  });

  it('the hostile dataset reaches the tools: most text fields carry a payload', () => {
    const { dataset } = parseDataset(hostile);
    expect(dataset.parties.length).to.be.greaterThan(20);
    expect(dataset.goalTrees[0].goals.length).to.be.greaterThan(5);
    expect(dataset.checks[0].responses.length).to.be.greaterThan(3);
    expect(JSON.stringify(dataset).split('__xss').length).to.be.greaterThan(200);
  });

  it('sees what it looks for: a payload put in as markup runs and is found, an unsafe link and a formula cell are counted', async () => {
    const saved = { ...counts };
    const known = findings.length;
    const box = document.createElement('div');
    // What a tool that set text as markup would do.
    box.append(document.createRange().createContextualFragment(`${PAYLOADS[1]}<a href="javascript:void 0">x</a>`));
    document.body.append(box);
    try {
      await waitUntil(() => probe.__ran.includes('img'), 'the payload did not run');
      inspectDom('self-check', box);
      inspectCsv('self-check', 'a;b\r\nBuurthuis,=cmd|x;ok\r\n');
      expect([
        counts.scripts - saved.scripts,
        counts.unsafeLinks - saved.unsafeLinks,
        counts.formulaCells - saved.formulaCells,
      ]).to.deep.equal([1, 1, 1]);
    } finally {
      box.remove();
      Object.assign(counts, saved);
      findings.length = known;
      probe.__ran.length = 0;
    }
  });

  for (const csp of [false, true]) {
    it(`${csp ? "under Content-Security-Policy: default-src 'self'" : 'without a CSP'}: every input path, view and export runs no script, links nothing unsafe, writes no formula cell${csp ? '' : '; data alone makes no request and writes nothing'}`, async () => {
      if (csp) {
        const meta = document.createElement('meta');
        meta.httpEquiv = 'Content-Security-Policy';
        meta.content = "default-src 'self'";
        document.head.append(meta);
      }
      const before = { ...counts };
      const found = findings.length;
      const list = inputs(hostile);
      for (const [i, [name, make, own]] of list.entries()) {
        watching = !csp && i < DATA_ONLY;
        requests = [];
        writes = [];
        try {
          await tryInput(`${csp ? 'CSP' : 'no CSP'} ${name}`, make, own && (!csp || i === 0));
        } finally {
          watching = false;
        }
        note('requests', `${name}: ${requests.join(', ')}`, requests.length);
        note('storageWrites', `${name}: ${writes.join(', ')}`, writes.length);
      }
      const grew = (k: keyof Counts) => counts[k] - before[k];
      expect(findings.slice(found), 'findings').to.deep.equal([]);
      expect(
        Object.fromEntries(
          (['crashes', 'scripts', 'unsafeLinks', 'formulaCells', 'csp', 'requests', 'storageWrites'] as const).map(
            (k) => [k, grew(k)],
          ),
        ),
      ).to.deep.equal({
        crashes: 0,
        scripts: 0,
        unsafeLinks: 0,
        formulaCells: 0,
        csp: 0,
        requests: 0,
        storageWrites: 0,
      });
      expect(grew('cells'), 'CSV cells read').to.be.greaterThan(500);
      expect(prints, 'prints').to.be.greaterThan(0);
    });
  }
});
