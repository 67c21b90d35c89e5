// What samenspel costs to download: each entry point with the files it imports, what a page that
// uses one tool really fetches (measured in Chromium: every script until the network is idle, so the
// lazy chunks a page loads by itself count, and only those loaded on use do not), the lazy Cytoscape
// chunk, Lit alone as the floor no Lit-based element can go below, and what live rooms cost a page
// without one (see `withoutRooms`).
import { readdirSync, readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import rollupConfig from '../../rollup.config.mjs';

export const name = 'sizes';

const TOOLS = ['care-network-map', 'goal-tree', 'cooperation-check', 'who-is-who'];
const ONE_TOOL_TARGET_KB = 25; // min+gzip, for tools without a graph view
const NO_GRAPH = new Set(['goal-tree', 'cooperation-check', 'carer-route']);

/** Lit (with its decorators) bundled alone, the way our build bundles it: production build, terser. */
async function litFloor() {
  const entry = '\0lit-floor';
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? "export * from 'lit'; export * from 'lit/decorators.js';" : null),
      },
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.filter((o) => o.type === 'chunk').map((o) => o.code);
}

/**
 * What the shared core holds for live rooms is one module, src/internal/room-element.ts: the room's
 * attributes and a stub that loads the rest (the room link, presence, Yjs, the provider) when an
 * element has a `room`. This stands in for it in a build without rooms: the members the tools call,
 * each answering "no room". Everything else of the build is the same (rollup.config.mjs as is).
 */
const NO_ROOMS = `import { LitElement, nothing } from 'lit';
export class RoomElement extends LitElement {
  get presence() { return undefined; }
  get roomInUse() { return undefined; }
  followSelection() {}
  othersOn() { return []; }
  presenceMark() { return nothing; }
  joinsRoom() { return true; }
  renderRoom() { return nothing; }
  updateRoom() {}
}`;
const withoutRooms = {
  name: 'without-rooms',
  load: (id) => (id.endsWith('/src/internal/room-element.ts') ? NO_ROOMS : null),
};

/** The elements' build (minified, as dist/), with room support taken out; in memory. */
async function buildWithoutRooms() {
  const [elements] = rollupConfig;
  const bundle = await rollup({ ...elements, plugins: [withoutRooms, ...elements.plugins] });
  const { output } = await bundle.generate(elements.output);
  await bundle.close();
  return output.filter((o) => o.type === 'chunk');
}

/** Yjs and the Hocuspocus provider, recognised by content (texts their builds keep), whatever the chunk is named. */
const isLiveLib = (code) => code.includes('Yjs was already imported') || code.includes('HocuspocusProvider');

export async function run(ctx) {
  const rows = [];
  const add = (metric, size, extra = {}) => {
    rows.push({ metric: `${metric} min`, value: ctx.kB(size.min), unit: 'kB' });
    rows.push({ metric: `${metric} gzip`, value: ctx.kB(size.gzip), unit: 'kB', ...extra });
  };
  const read = (files) => files.map((f) => readFileSync(f));

  // 1. Entry points with their static imports (what `import` of that entry fetches up front).
  const entries = [
    'dist/samenspel.js',
    'dist/sdk.js',
    'dist/classes.js',
    ...readdirSync('dist/elements')
      .filter((f) => f.endsWith('.js'))
      .map((f) => `dist/elements/${f}`),
  ];
  const lazy = new Set();
  for (const entry of entries) {
    const graph = ctx.importGraph(entry);
    graph.dynamic.forEach((f) => lazy.add(f));
    add(`${entry.replace('dist/', '')} +imports`, ctx.sumSizes(read(graph.static)));
  }

  // 2. The Cytoscape chunk, fetched only when a graph view is first shown.
  // Recognised by content, whatever the chunk is named.
  const isCytoscapeLib = (file) => readFileSync(file, 'utf8').includes('__________cytoscape_container');
  const cytoscape = [...lazy].filter(isCytoscapeLib);
  const cytoscapeUrls = new Set(cytoscape.map((f) => `/${f}`));
  if (cytoscape.length) add('Cytoscape chunk (lazy)', ctx.sumSizes(read(cytoscape)));

  // 3. What a page with one tool (or all four) downloads in Chromium, sample data loaded by `src`.
  const pages = [
    ...TOOLS.map((tag) => ({
      label: `page with only <${tag}>`,
      tag,
      script: `/dist/elements/${tag}.js`,
      body: `<${tag} src="/bench/data/sample.json"></${tag}>`,
    })),
    {
      label: 'page with only <carer-route>',
      tag: 'carer-route',
      script: '/dist/elements/carer-route.js',
      body: '<carer-route src="/bench/data/sample.json"></carer-route>',
    },
    {
      label: 'page with only <cooperation-check mode="results">',
      tag: 'cooperation-check',
      script: '/dist/elements/cooperation-check.js',
      body: '<cooperation-check mode="results" src="/bench/data/sample.json"></cooperation-check>',
    },
    {
      label: 'page with all four (samenspel.js)',
      script: '/dist/samenspel.js',
      body: `<samenspel-data src="/bench/data/sample.json">${TOOLS.map((t) => `<${t}></${t}>`).join('')}</samenspel-data>`,
    },
  ];
  /** Every script a page fetches until it shows its data (and the parts that loaded), with their bodies. */
  const download = async (script, body) => {
    const bodies = [];
    const urls = [];
    const collect = (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) {
        urls.push(url.pathname);
        bodies.push(response.body().catch(() => Buffer.alloc(0)));
      }
    };
    const page = await ctx.browser.newPage();
    page.on('response', collect);
    ctx.serve(
      '/bench/pages/sizes.html',
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <title>sizes</title><script type="module" src="${script}"></script></head><body><main>${body}</main></body></html>`,
    );
    await page.goto(`${ctx.base}/bench/pages/sizes.html`, { waitUntil: 'networkidle' });
    // Until every tool shows its data and has rendered what that needs (on a busy machine the network
    // can be idle while the data is still being read), then until the parts that loaded are there.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.localName.includes('-'))
          .every((el) => customElements.get(el.localName) && el.loadState === 'ready'),
      null,
      { timeout: 60000 },
    );
    await page.evaluate(() => Promise.all([...document.querySelectorAll('main *')].map((el) => el.updateComplete)));
    await page.waitForTimeout(300);
    await page.waitForLoadState('networkidle');
    const contents = await Promise.all(bodies);
    await page.close();
    return { urls, contents, size: ctx.sumSizes(contents) };
  };

  const oneTool = [];
  for (const p of pages) {
    const { urls, contents, size } = await download(p.script, p.body);
    // where the bytes go, for the pages with a size target
    const breakdown = urls
      .map((u, i) => [u.replace(/^\/dist\//, ''), ctx.sizeOf(contents[i]).gzip])
      .sort((a, b) => b[1] - a[1])
      .map(([u, g]) => `${u} ${ctx.kB(g)}`)
      .join(', ');
    const usedCytoscape = urls.some((u) => cytoscapeUrls.has(u));
    const target = p.tag && NO_GRAPH.has(p.tag) ? { target: ONE_TOOL_TARGET_KB } : {};
    add(`${p.label} downloads${usedCytoscape ? ' (incl. Cytoscape)' : ''}`, size, target);
    if (target.target !== undefined) rows.at(-1).note = `kB gzip per file: ${breakdown}`;
    rows.push({ metric: `${p.label} JS files`, value: urls.length, unit: 'files' });
    if (p.tag) oneTool.push({ ...p, size, live: contents.filter((c) => isLiveLib(c.toString())).length });
  }

  // 5. What live rooms cost a page without one: each one-tool page from dist/ and from the same build
  // without room support (NO_ROOMS), in bytes; and that none of them fetches Yjs or the provider.
  const noRooms = await buildWithoutRooms();
  for (const chunk of noRooms) ctx.serve(`/bench/no-rooms/${chunk.fileName}`, chunk.code);
  for (const p of oneTool) {
    const { size } = await download(p.script.replace('/dist/', '/bench/no-rooms/'), p.body);
    const label = `${p.label}: rooms cost a page without one`;
    rows.push({ metric: `${label} min`, value: p.size.min - size.min, unit: 'B' });
    rows.push({ metric: `${label} gzip`, value: p.size.gzip - size.gzip, unit: 'B' });
  }
  rows.at(-1).note =
    'what remains is room-element.ts in the core: the attributes room, server, token, user-name, room-storage and follow (the browser reads which attributes an element watches when its tag is defined, so they cannot load later), roomInUse read from them, and the line that loads the live chunk when `room` is set (with a retry); the chunk then takes over the members that go through the room (presence, name tags, status line)';
  rows.push({
    metric: 'pages with one tool and no room: JS files with Yjs or Hocuspocus code',
    value: oneTool.reduce((n, p) => n + p.live, 0),
    unit: 'files',
    target: 0,
  });
  // The same check on a page that joins a room, so that a 0 above is not a check that finds nothing.
  const withRoom = await download(
    '/dist/elements/goal-tree.js',
    '<goal-tree room="bench" server="ws://127.0.0.1:9" token="bench" src="/bench/data/sample.json"></goal-tree>',
  );
  rows.push({
    metric: 'page with <goal-tree room>: JS files with Yjs or Hocuspocus code',
    value: withRoom.contents.filter((c) => isLiveLib(c.toString())).length,
    unit: 'files',
    target: 1,
    better: 'higher',
  });
  add('page with <goal-tree room> downloads', withRoom.size);

  // 4. The floor: Lit alone.
  add('Lit alone (floor)', ctx.sumSizes(await litFloor()));
  return rows;
}
