// <carer-route>: the render of a route of 60 steps across 12 lanes (text view + swimlane picture, one
// version), compared in the same run with vis-network drawing the same 60 steps as boxes at fixed places
// (physics off) with the same 59 arrows, dashed for a cold referral — what a site builder might reach for
// to draw a flow; and what a page with only <carer-route> downloads.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

export const name = 'carer-route';

const PAGE =
  '<!doctype html><html lang="nl"><head><link rel="icon" href="data:,"></head><body><div id="graph"></div><script type="module" src="./main.js"></script></body></html>';

const KINDS = [
  'signaal',
  'eerste-contact',
  'vraagverheldering',
  'warme-verwijzing',
  'koude-verwijzing',
  'intake',
  'indicatie',
  'ondersteuning-geregeld',
  'nazorg',
];

/** A route of `steps` steps over `lanes` lanes, with a remark on every fifth step; the same on every run. */
function bigRoute(steps, lanes) {
  const laneList = Array.from({ length: lanes }, (_, i) => ({ id: `lane-${i}`, role: `Rol ${i + 1}` }));
  const current = Array.from({ length: steps }, (_, i) => ({
    id: `step-${i}`,
    lane: `lane-${(i * 7) % lanes}`,
    what: `Stap ${i + 1}: iemand doet iets voor de mantelzorger en verwijst door`,
    contact: KINDS[i % KINDS.length],
    waitDays: (i * 3) % 15,
    ...(i % 4 === 0 ? { retell: 'de hele situatie' } : {}),
    ...(i % 5 === 0 ? { annotations: [{ id: `n-${i}`, kind: 'dubbeling', text: 'Dezelfde vraag opnieuw' }] } : {}),
  }));
  return {
    format: 'samenspel',
    version: 2,
    parties: [],
    relations: [],
    careNetworks: [],
    goalTrees: [],
    checks: [],
    routes: [{ id: 'groot', title: 'Een lange route', lanes: laneList, current, desired: [] }],
  };
}

const MAIN = `
import '/dist/elements/carer-route.js';
import { createStore, parseDataset } from '/dist/sdk.js';
const data = await (await fetch('/bench/data/carer-route-60.json')).json();
const store = createStore(parseDataset(data).dataset);
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
/** Milliseconds from creating the element on a store to the route rendered and laid out. */
window.renderOnce = async (view = 'both') => {
  document.querySelector('carer-route')?.remove();
  await frame();
  const t0 = performance.now();
  const el = document.createElement('carer-route');
  el.view = view;
  el.version = 'current';
  el.store = store;
  document.body.append(el);
  await el.updateComplete;
  el.shadowRoot.querySelector('ol.steps > li:last-child').getBoundingClientRect();
  const ms = performance.now() - t0;
  window.shown = [el.shadowRoot.querySelectorAll('ol.steps > li').length, el.shadowRoot.querySelectorAll('svg rect.box').length];
  return ms;
};
window.benchReady = true;
`;

const VIS = `
import { Network } from 'vis-network/standalone';
const data = await (await fetch('/bench/data/carer-route-60.json')).json();
const route = data.routes[0];
const row = new Map(route.lanes.map((l, i) => [l.id, i]));
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
/** Milliseconds from the data to vis-network's drawing of the same boxes and arrows, at fixed places. */
window.renderOnce = async () => {
  document.getElementById('graph').replaceChildren();
  await frame();
  const t0 = performance.now();
  const nodes = route.current.map((s, i) => ({ id: s.id, label: s.what, shape: 'box', x: i * 196, y: row.get(s.lane) * 84, fixed: true, widthConstraint: 150 }));
  const edges = route.current.slice(1).map((s, i) => ({ from: route.current[i].id, to: s.id, arrows: 'to', dashes: s.contact === 'koude-verwijzing', label: s.contact === 'warme-verwijzing' ? 'warm' : s.contact === 'koude-verwijzing' ? 'koud' : undefined }));
  const network = new Network(document.getElementById('graph'), { nodes, edges }, { physics: false, layout: { improvedLayout: false }, width: '1280px', height: '900px' });
  await new Promise((resolve) => network.once('afterDrawing', resolve));
  const ms = performance.now() - t0;
  network.destroy();
  return ms;
};
window.benchReady = true;
`;

export async function run(ctx) {
  ctx.serve('/bench/data/carer-route-60.json', JSON.stringify(bigRoute(60, 12)));
  const vis = await build({
    stdin: { contents: VIS, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  const rows = [];
  const errors = [];
  const open = async (main) => {
    const page = await ctx.newPage(PAGE, { files: { 'main.js': main }, viewport: { width: 1280, height: 900 } });
    await page.waitForFunction(() => window.benchReady === true);
    return page;
  };

  const page = await open(MAIN);
  const both = await ctx.measure(() => page.evaluate(() => window.renderOnce('both')), { runs: 9, warmup: 2 });
  const shown = await page.evaluate(() => window.shown);
  rows.push({
    metric: 'render of 60 steps across 12 lanes, text view + swimlane',
    value: Math.round(both.median),
    unit: 'ms',
    target: 50,
    note: `${shown[0]} list items and ${shown[1]} boxes in the page`,
  });
  const text = await ctx.measure(() => page.evaluate(() => window.renderOnce('text')), { runs: 9, warmup: 2 });
  rows.push({
    metric: 'render of 60 steps across 12 lanes, text view only',
    value: Math.round(text.median),
    unit: 'ms',
    target: 50,
  });
  errors.push(...page.errors);
  await page.close();

  const visPage = await open(vis.outputFiles[0].text);
  const peer = await ctx.measure(() => visPage.evaluate(() => window.renderOnce()), { runs: 9, warmup: 2 });
  const peerErrors = visPage.errors.length;
  await visPage.close();
  rows.push({
    metric: 'vis-network: the same 60 boxes and 59 arrows at fixed places, physics off',
    value: Math.round(peer.median),
    unit: 'ms',
    peer: 'vis-network',
    ...(peerErrors
      ? { note: `${peerErrors} CSP refusals of vis-network's inline styles on its page (not counted below)` }
      : {}),
  });
  rows.push({
    metric: 'carer-route render ÷ vis-network render (same run)',
    value: Math.round((both.median / peer.median) * 100) / 100,
    unit: '×',
  });

  const graph = ctx.importGraph('dist/elements/carer-route.js');
  const read = (files) => files.map((f) => readFileSync(f));
  const total = ctx.sumSizes(read(graph.static));
  const own = ctx.sumSizes(read(graph.static.filter((f) => /carer-route/.test(f))));
  rows.push({
    metric: 'page with only <carer-route>: static imports, gzip',
    value: ctx.kB(total.gzip),
    unit: 'kB',
    target: 25,
  });
  rows.push({ metric: "  of which carer-route's own code, gzip", value: ctx.kB(own.gzip), unit: 'kB' });
  rows.push({
    metric: '  lazy parts (editing, export, English), gzip',
    value: ctx.kB(ctx.sumSizes(read(graph.dynamic)).gzip),
    unit: 'kB',
  });
  rows.push({
    metric: 'page errors during the carer-route runs',
    value: errors.length,
    unit: 'errors',
    target: 0,
    ...(errors.length ? { note: [...new Set(errors)].join(' / ').slice(0, 600) } : {}),
  });
  return rows;
}
