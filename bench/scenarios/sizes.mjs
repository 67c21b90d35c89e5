// What samenspel costs to download: each entry point with the files it imports, what a page that
// uses one tool really fetches (measured in Chromium: every script until the network is idle, so the
// lazy chunks a page loads by itself count, and only those loaded on use do not), the lazy Cytoscape
// chunk, and Lit alone as the floor no Lit-based element can go below.
import { readdirSync, readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
  for (const p of pages) {
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
      <title>sizes</title><script type="module" src="${p.script}"></script></head><body><main>${p.body}</main></body></html>`,
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
    const size = ctx.sumSizes(contents);
    // where the bytes go, for the pages with a size target
    const breakdown = urls
      .map((u, i) => [u.replace(/^\/dist\//, ''), ctx.sizeOf(contents[i]).gzip])
      .sort((a, b) => b[1] - a[1])
      .map(([u, g]) => `${u} ${ctx.kB(g)}`)
      .join(', ');
    const usedCytoscape = urls.some((u) => cytoscapeUrls.has(u));
    await page.close();
    const target = p.tag && NO_GRAPH.has(p.tag) ? { target: ONE_TOOL_TARGET_KB } : {};
    add(`${p.label} downloads${usedCytoscape ? ' (incl. Cytoscape)' : ''}`, size, target);
    if (target.target !== undefined) rows.at(-1).note = `kB gzip per file: ${breakdown}`;
    rows.push({ metric: `${p.label} JS files`, value: urls.length, unit: 'files' });
  }

  // 4. The floor: Lit alone.
  add('Lit alone (floor)', ctx.sumSizes(await litFloor()));
  return rows;
}
