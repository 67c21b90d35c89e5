// <carer-route>: what a user waits for when a host gives the element a route of 60 steps across 12 lanes —
// from setting `data` (the element reads and checks it) to the text view and the swimlane picture painted
// (one version) — compared in the same run with vis-network drawing the same 60 steps as boxes at fixed
// places (physics off) with the same 59 arrows, dashed for a cold referral: what a site builder might reach
// for to draw a flow. Also the first render on a fresh page (the picture's part loads on the way), the
// main thread's CPU time per render (what the wall-clock time shrinks to on a quiet machine: the other
// work on a busy machine waits outside it) and what a page with only <carer-route> downloads.
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

// Resolves once the browser has painted what is in the page now: a frame callback runs just before the
// frame's style, layout and paint, and a task queued from it runs after them.
const PAINTED = `const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));`;

const MAIN = `
import '/dist/elements/carer-route.js';
const data = await (await fetch('/bench/data/carer-route-60.json')).json();
${PAINTED}
/** Milliseconds from giving a new element the data to its text view and picture painted. */
window.renderOnce = async (view = 'both') => {
  document.querySelector('carer-route')?.remove();
  await painted();
  performance.mark('start');
  const t0 = performance.now();
  const el = document.createElement('carer-route');
  el.view = view;
  el.version = 'current';
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  await painted();
  const ms = performance.now() - t0;
  performance.mark('end');
  const root = el.shadowRoot;
  window.shown = [root.querySelectorAll('ol.steps > li').length, root.querySelectorAll('svg rect.box').length, root.querySelector('ol.steps > li')?.getBoundingClientRect().height ?? 0];
  return ms;
};
window.benchReady = true;
`;

const VIS = `
import { Network } from 'vis-network/standalone';
const data = await (await fetch('/bench/data/carer-route-60.json')).json();
${PAINTED}
/** Milliseconds from the data to vis-network's drawing of the same boxes and arrows, at fixed places, painted. */
window.renderOnce = async () => {
  document.getElementById('graph').replaceChildren();
  await painted();
  performance.mark('start');
  const t0 = performance.now();
  const route = data.routes[0];
  const row = new Map(route.lanes.map((l, i) => [l.id, i]));
  const nodes = route.current.map((s, i) => ({ id: s.id, label: s.what, shape: 'box', x: i * 196, y: row.get(s.lane) * 84, fixed: true, widthConstraint: 150 }));
  const edges = route.current.slice(1).map((s, i) => ({ from: route.current[i].id, to: s.id, arrows: 'to', dashes: s.contact === 'koude-verwijzing', label: s.contact === 'warme-verwijzing' ? 'warm' : s.contact === 'koude-verwijzing' ? 'koud' : undefined }));
  const network = new Network(document.getElementById('graph'), { nodes, edges }, { physics: false, layout: { improvedLayout: false }, width: '1280px', height: '900px' });
  // vis-network draws in a frame callback: the paint of that frame follows it.
  await new Promise((resolve) => network.once('afterDrawing', () => setTimeout(resolve)));
  const ms = performance.now() - t0;
  performance.mark('end');
  network.destroy();
  return ms;
};
window.benchReady = true;
`;

/**
 * CPU time of the page's main thread between the marks 'start' and 'end' of each call of `fn`: a Chromium
 * trace stamps every mark with the thread's own clock too. Per call, the median and the largest.
 */
async function mainThreadCpu(page, fn, runs) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'blink.user_timing', transferMode: 'ReportEvents' });
  for (let i = 0; i < runs; i++) await fn();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const marks = events.filter((e) => e.name === 'start' || e.name === 'end').sort((a, b) => a.ts - b.ts);
  const samples = [];
  for (let i = 0; i + 1 < marks.length; i++)
    if (marks[i].name === 'start' && marks[i + 1].name === 'end')
      samples.push((marks[i + 1].tts - marks[i].tts) / 1000);
  const sorted = samples.sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1], max: sorted[sorted.length - 1] };
}

const round = (n) => Math.round(n * 10) / 10;

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

  // The first render on a fresh page: the element's module is there, the picture's part loads on the way.
  const firstRender = async (main, ours = true) => {
    const fresh = await open(main);
    const ms = await fresh.evaluate(() => window.renderOnce());
    if (ours) errors.push(...fresh.errors);
    await fresh.close();
    return ms;
  };
  const cold = await ctx.measure(() => firstRender(MAIN), { runs: 5, warmup: 0 });
  const peerCold = await ctx.measure(() => firstRender(vis.outputFiles[0].text, false), { runs: 5, warmup: 0 });

  const page = await open(MAIN);
  const both = await ctx.measure(() => page.evaluate(() => window.renderOnce('both')), { runs: 9, warmup: 2 });
  const shown = await page.evaluate(() => window.shown);
  const text = await ctx.measure(() => page.evaluate(() => window.renderOnce('text')), { runs: 9, warmup: 2 });
  const cpu = await mainThreadCpu(page, () => page.evaluate(() => window.renderOnce('both')), 7);
  errors.push(...page.errors);
  await page.close();

  const visPage = await open(vis.outputFiles[0].text);
  const peer = await ctx.measure(() => visPage.evaluate(() => window.renderOnce()), { runs: 9, warmup: 2 });
  const peerCpu = await mainThreadCpu(visPage, () => visPage.evaluate(() => window.renderOnce()), 7);
  const peerErrors = visPage.errors.length;
  await visPage.close();

  const worst = (m) => `worst ${Math.round(m.max)} ms of ${m.runs.length}`;
  rows.push({
    metric: 'render of 60 steps across 12 lanes, data set → text view + swimlane painted',
    value: Math.round(both.median),
    unit: 'ms',
    target: 50,
    note: `${worst(both)}; ${shown[0]} list items and ${shown[1]} boxes in the page, the first step ${Math.round(shown[2])} px high`,
  });
  rows.push({
    metric: '  the same, main-thread CPU time',
    value: round(cpu.median),
    unit: 'ms',
    target: 50,
    note: `largest ${round(cpu.max)} ms of 7 traced renders`,
  });
  rows.push({
    metric: '  the same, first render on a fresh page (picture part loads on the way)',
    value: Math.round(cold.median),
    unit: 'ms',
    note: worst(cold),
  });
  rows.push({
    metric: 'render of 60 steps across 12 lanes, text view only',
    value: Math.round(text.median),
    unit: 'ms',
    target: 50,
    note: worst(text),
  });
  rows.push({
    metric: 'vis-network: the same 60 boxes and 59 arrows at fixed places, physics off, painted',
    value: Math.round(peer.median),
    unit: 'ms',
    peer: 'vis-network',
    note: `${worst(peer)}${peerErrors ? `; ${peerErrors} CSP refusals of vis-network's inline styles on its page (not counted below)` : ''}`,
  });
  rows.push({
    metric: '  vis-network, main-thread CPU time',
    value: round(peerCpu.median),
    unit: 'ms',
    peer: 'vis-network',
  });
  rows.push({
    metric: '  vis-network, first render on a fresh page',
    value: Math.round(peerCold.median),
    unit: 'ms',
    peer: 'vis-network',
  });
  rows.push({
    metric: 'carer-route render ÷ vis-network render (same run)',
    value: Math.round((both.median / peer.median) * 100) / 100,
    unit: '×',
  });
  rows.push({
    metric: '  CPU time ÷ vis-network CPU time',
    value: Math.round((cpu.median / peerCpu.median) * 100) / 100,
    unit: '×',
  });
  rows.push({
    metric: '  first render on a fresh page ÷ vis-network',
    value: Math.round((cold.median / peerCold.median) * 100) / 100,
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
