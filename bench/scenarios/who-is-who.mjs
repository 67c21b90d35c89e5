// <who-is-who> at neighbourhood scale (2,000 parties, 6,000 relations) and city scale (10,000 / 30,000),
// in Chromium under the strict CSP, against sigma.js (graphology + 100 ForceAtlas2 iterations on the
// main thread) on the same graph in the same run: each run is a samenspel page, a second samenspel page
// (the second load, with the positions the first stored) and a sigma.js page, one after the other, so a
// ratio compares runs made under the same load. Everything again with Chromium's CPU throttled 4×
// (CDP Emulation.setCPUThrottlingRate, sigma.js throttled the same), the usual "low-end laptop".
//
// Rows give the median of the runs and the worst; a ratio is taken per run (samenspel ÷ the sigma.js
// run next to it). WHO_IS_WHO_RUNS (default 5) sets the number of runs, WHO_IS_WHO_SIZES (default
// "2000,10000") the sizes, WHO_IS_WHO_RATES (default "1,4") the throttling; WHO_IS_WHO_PEERS=all adds
// bare Cytoscape.js (fcose, cose), vis-network and the layouts alone in Node at 2,000 (each capped at 20 s).
// WHO_IS_WHO_TRACE=dir writes a Chrome trace of each samenspel page into dir (open it in DevTools' Performance
// panel); WHO_IS_WHO_TASKS=1 prints, per run, the long tasks of the first and second load (ms after the start, ms).
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export const name = 'who-is-who';

const RUNS = Math.max(1, Number(process.env.WHO_IS_WHO_RUNS ?? 5));
const SIZES = (process.env.WHO_IS_WHO_SIZES ?? '2000,10000').split(',').map(Number);
const RATES = (process.env.WHO_IS_WHO_RATES ?? '1,4').split(',').map(Number);
const TRACE = process.env.WHO_IS_WHO_TRACE;
/** A peer that freezes the page longer than this (× the throttling) is stopped and reported as capped. */
const CAP = 20_000;
const PAGE =
  '<!doctype html><html lang="nl"><head><link rel="icon" href="data:,"><link rel="stylesheet" href="./page.css"></head><body><div id="host"></div><script type="module" src="./main.js"></script></body></html>';
const CSS =
  'body{margin:0;font-family:system-ui} #host, #graph{width:1200px;height:800px} who-is-who{--samenspel-who-is-who-graph-block-size:700px}';

/** Long tasks (> 50 ms) as the page sees them, and helpers shared by the pages. DATA is replaced per size. */
const COMMON = `
window.longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: false });
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
/** Long-task entries arrive after the task: wait for them before reading. */
const settle = () => new Promise((r) => setTimeout(r, 250));
/**
 * Runs fn in a task of its own: work done directly inside page.evaluate is not reported as a long task. Marks
 * its start and end as \`name\` (a trace shows them under Timings).
 */
const inTask = (name, fn) =>
  new Promise((resolve, reject) =>
    setTimeout(() => {
      performance.mark(\`\${name}:start\`);
      fn().then((r) => (performance.mark(\`\${name}:end\`), resolve(r)), reject);
    }, 0),
  );
const longest = (t0, t1 = Infinity) => Math.max(0, ...window.longTasks.filter((t) => t.start >= t0 && t.start < t1).map((t) => t.duration));
/** Frame times while fn(i) pans or zooms a little each frame, for 40 frames; and the longest task meanwhile. */
const frames = async (step) => {
  await painted();
  await settle();
  const t0 = performance.now();
  const times = [];
  let last = performance.now();
  for (let i = 0; i < 40; i++) {
    step(i);
    await frame();
    const now = performance.now();
    times.push(now - last);
    last = now;
  }
  await settle();
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1], max: times[times.length - 1], maxTask: longest(t0) };
};
const dataset = await (await fetch('DATA')).json();
`;

const SAMENSPEL = `${COMMON}
import '/dist/elements/who-is-who.js';
const ready = (el) => el.graph.cy && el.graph.status === 'ready' && !el.graph.building && el.graph.cy.nodes().length > 0;
/** From creating the element (list view) to the first rows painted and the list answering a key. */
window.listReady = (data = dataset) => inTask('listReady', async () => {
  document.querySelector('who-is-who')?.remove();
  const t0 = performance.now();
  const el = document.createElement('who-is-who');
  el.data = data;
  document.getElementById('host').append(el);
  await el.updateComplete;
  while (!el.shadowRoot.querySelector('[role="option"]')) await frame();
  const list = el.shadowRoot.querySelector('[role="listbox"]');
  list.focus();
  list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  await el.updateComplete;
  await painted();
  const ms = performance.now() - t0;
  await settle();
  return { ms, maxTask: longest(t0) };
});
/** Switches to the network: the first picture, the layout stored, the long tasks until all is drawn. */
window.graphRun = () => inTask('graphRun', async () => {
  const el = document.querySelector('who-is-who');
  const t0 = performance.now();
  let stored = 0;
  el.addEventListener('samenspel-change', (e) => { if (e.detail.origin === 'layout') stored = performance.now() - t0; }, { once: true });
  el.view = 'graph';
  while (!ready(el)) await frame();
  await painted();
  const first = performance.now() - t0;
  while (!stored || !ready(el)) await frame();
  await painted();
  const done = performance.now() - t0;
  await settle();
  return { first, stored, done, maxTask: longest(t0), elements: el.graph.cy.elements().length, tasks: window.longTasks.filter((t) => t.start >= t0).map((t) => [Math.round(t.start - t0), Math.round(t.duration)]) };
});
/** The re-layout an editor can ask for: until the new positions are stored and drawn. */
window.relayoutRun = () => inTask('relayoutRun', async () => {
  const el = document.querySelector('who-is-who');
  const t0 = performance.now();
  let stored = 0;
  el.addEventListener('samenspel-change', (e) => { if (e.detail.origin === 'layout') stored = performance.now() - t0; }, { once: true });
  el.relayout();
  while (!stored || !ready(el)) await frame();
  await painted();
  const ms = performance.now() - t0;
  await settle();
  return { ms, maxTask: longest(t0) };
});
/** Opens the largest group of the overview (when there is one), until its parties are drawn. */
window.openRun = () => inTask('openRun', async () => {
  const el = document.querySelector('who-is-who');
  const buttons = [...el.shadowRoot.querySelectorAll('[data-group]')];
  if (!buttons.length) return undefined;
  const largest = buttons.reduce((a, b) => (Number(b.dataset.count) > Number(a.dataset.count) ? b : a));
  const t0 = performance.now();
  largest.click();
  await el.updateComplete;
  while (!ready(el) || el.graph.cy.nodes().length < Number(largest.dataset.count)) await frame();
  await painted();
  const ms = performance.now() - t0;
  await settle();
  return { ms, maxTask: longest(t0), parties: Number(largest.dataset.count), elements: el.graph.cy.elements().length };
});
/** Pans and zooms the picture a little each frame. */
window.panZoomRun = () => inTask('panZoomRun', async () => {
  const cy = document.querySelector('who-is-who').graph.cy;
  return frames((i) => (i % 2 ? cy.panBy({ x: 6, y: 4 }) : cy.zoom({ level: cy.zoom() * (i % 4 ? 1.03 : 0.97), renderedPosition: { x: 600, y: 350 } })));
});
/** A new element in network view on data that has positions: from creating it to the picture. */
window.storedRun = (data) => inTask('storedRun', async () => {
  document.querySelector('who-is-who')?.remove();
  const t0 = performance.now();
  const el = document.createElement('who-is-who');
  el.view = 'graph';
  el.data = data;
  let layouts = 0;
  el.addEventListener('samenspel-change', (e) => { if (e.detail.origin === 'layout') layouts++; });
  document.getElementById('host').append(el);
  while (!ready(el)) await frame();
  await painted();
  const ms = performance.now() - t0;
  await settle();
  return { ms, layouts, maxTask: longest(t0), tasks: window.longTasks.filter((t) => t.start >= t0).map((t) => [Math.round(t.start - t0), Math.round(t.duration)]) };
});
/**
 * Types "zorg noord" into the search box a key at a time; per key, the time from the input event to the
 * element updated (count announced, list filtered) and painted, and (in the network) to the picture
 * showing it. Then clears it with one key. Returns the slowest key and the longest task.
 */
window.typeRun = (view) => inTask(\`typeRun \${view}\`, async () => {
  const el = document.querySelector('who-is-who');
  el.view = view;
  el.query = '';
  await el.updateComplete;
  while (el.graph.filtering) await frame();
  await painted();
  await settle();
  const input = el.shadowRoot.querySelector('input[type="search"]');
  const t0 = performance.now();
  let key = 0;
  let drawn = 0;
  const words = 'zorg noord';
  for (let i = 0; i <= words.length; i++) {
    const k0 = performance.now();
    performance.mark(\`key \${view} \${i}:start\`);
    input.value = i < words.length ? words.slice(0, i + 1) : '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await painted();
    performance.mark(\`key \${view} \${i}:end\`);
    key = Math.max(key, performance.now() - k0);
    while (el.graph.filtering) await frame();
    drawn = Math.max(drawn, performance.now() - k0);
  }
  await settle();
  return { key, drawn, maxTask: longest(t0) };
});
/** A field filter in the network view, until the picture shows it, and back. */
window.filterRun = () => inTask('filterRun', async () => {
  const el = document.querySelector('who-is-who');
  const select = el.shadowRoot.querySelectorAll('.filters select')[0];
  const t0 = performance.now();
  for (const value of ['zorg', '']) {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    await painted();
    while (el.graph.filtering) await frame();
    await painted();
  }
  const ms = performance.now() - t0;
  await settle();
  return { ms, maxTask: longest(t0) };
});
window.benchReady = true;
`;

const SIGMA = `${COMMON}
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
let renderer;
window.run = () => inTask('run', async () => {
  const t0 = performance.now();
  const graph = new Graph();
  for (const p of dataset.parties) graph.addNode(p.id, { label: p.name, x: Math.random() * 100, y: Math.random() * 100, size: 4, color: '#1b6e3a' });
  for (const r of dataset.relations) if (!graph.hasEdge(r.source, r.target) && !graph.hasEdge(r.target, r.source)) graph.addEdge(r.source, r.target);
  forceAtlas2.assign(graph, { iterations: 100, settings: forceAtlas2.inferSettings(graph) });
  renderer = new Sigma(graph, document.getElementById('graph'));
  await painted();
  const first = performance.now() - t0;
  await settle();
  return { first, maxTask: longest(t0) };
});
window.panZoomRun = () => inTask('panZoomRun', async () => {
  const camera = renderer.getCamera();
  return frames((i) => {
    const s = camera.getState();
    camera.setState(i % 2 ? { x: s.x + 0.004, y: s.y + 0.003 } : { ratio: s.ratio * (i % 4 ? 0.97 : 1.03) });
  });
});
window.benchReady = true;
`;

const CYTOSCAPE = (layout) => `${COMMON}
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
cytoscape.use(fcose);
window.run = async () => {
  const t0 = performance.now();
  const elements = [
    ...dataset.parties.map((p) => ({ data: { id: p.id, label: p.name } })),
    ...dataset.relations.map((r) => ({ data: { id: r.id, source: r.source, target: r.target } })),
  ];
  const cy = cytoscape({ container: document.getElementById('graph'), elements, layout: { name: 'preset' } });
  await new Promise((resolve) => { const l = cy.layout({ name: '${layout}', animate: false }); l.one('layoutstop', resolve); l.run(); });
  await painted();
  return { first: performance.now() - t0 };
};
window.benchReady = true;
`;

const VIS = `${COMMON}
import { Network } from 'vis-network/standalone';
window.run = async () => {
  const t0 = performance.now();
  const nodes = dataset.parties.map((p) => ({ id: p.id, label: p.name }));
  const edges = dataset.relations.map((r) => ({ id: r.id, from: r.source, to: r.target }));
  const network = new Network(document.getElementById('graph'), { nodes, edges }, {});
  await new Promise((resolve) => network.once('afterDrawing', resolve));
  return { first: performance.now() - t0 };
};
window.benchReady = true;
`;

async function bundle(source) {
  const out = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    minify: true,
    external: ['/dist/*'],
  });
  return out.outputFiles[0].text;
}

const round = (ms) => Math.round(ms);
const ratio = (x) => Math.round(x * 100) / 100;
const thousands = (n) => n.toLocaleString('en');

/** samenspel's ForceAtlas2 (150 iterations, as the worker runs it), graphology's ForceAtlas2 (100) and headless fcose, in Node. */
async function layoutsInNode(dataset) {
  const rows = [];
  const index = new Map(dataset.parties.map((p, i) => [p.id, i]));
  const n = dataset.parties.length;
  const edges = new Uint32Array(dataset.relations.flatMap((r) => [index.get(r.source), index.get(r.target)]));
  const own = await build({
    entryPoints: ['src/workers/force-layout.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const { ForceLayout, normalizeLayout, seededPosition } = await import(
    `data:text/javascript;base64,${Buffer.from(own.outputFiles[0].text).toString('base64')}`
  );
  const times = [];
  for (let run = 0; run < 3; run++) {
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    dataset.parties.forEach((p, i) => ({ x: x[i], y: y[i] } = seededPosition(p.id, Math.sqrt(n) * 12)));
    const t0 = performance.now();
    const layout = new ForceLayout({ x, y, fixed: new Uint8Array(n), edges });
    layout.run(150);
    normalizeLayout({ x, y, fixed: new Uint8Array(n), edges });
    times.push(performance.now() - t0);
  }
  rows.push({
    metric: `layout only (Node, ${thousands(n)}): samenspel ForceAtlas2, 150 iterations, Barnes-Hut`,
    value: round(Math.min(...times)),
    unit: 'ms',
  });

  const require = createRequire(import.meta.url);
  const Graph = require('graphology');
  const forceAtlas2 = require('graphology-layout-forceatlas2');
  const graph = new Graph();
  dataset.parties.forEach((p) => graph.addNode(p.id, { x: Math.random() * 100, y: Math.random() * 100 }));
  for (const r of dataset.relations)
    if (!graph.hasEdge(r.source, r.target) && !graph.hasEdge(r.target, r.source)) graph.addEdge(r.source, r.target);
  const t0 = performance.now();
  forceAtlas2.assign(graph, { iterations: 100, settings: forceAtlas2.inferSettings(graph) });
  rows.push({
    metric: `layout only (Node, ${thousands(n)}): graphology ForceAtlas2, 100 iterations`,
    value: round(performance.now() - t0),
    unit: 'ms',
    peer: 'graphology',
  });

  // fcose in a worker thread, so that it can be stopped at the cap.
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    const cytoscape = require(workerData.cytoscape); const fcose = require(workerData.fcose); cytoscape.use(fcose);
    const d = workerData.dataset; const cy = cytoscape({ headless: true, elements: [
      ...d.parties.map((p) => ({ data: { id: p.id } })), ...d.relations.map((r) => ({ data: { id: r.id, source: r.source, target: r.target } })) ] });
    const t0 = performance.now(); const l = cy.layout({ name: 'fcose', animate: false, quality: workerData.quality }); l.run(); parentPort.postMessage(performance.now() - t0);`;
  for (const quality of ['draft', 'default']) {
    const worker = new Worker(code, {
      eval: true,
      workerData: {
        dataset,
        quality,
        cytoscape: require.resolve('cytoscape'),
        fcose: require.resolve('cytoscape-fcose'),
      },
    });
    const ms = await Promise.race([
      new Promise((resolve) => worker.once('message', resolve)),
      new Promise((resolve) => setTimeout(() => resolve(undefined), CAP)),
    ]);
    await worker.terminate();
    rows.push({
      metric: `layout only (Node, ${thousands(n)}): headless Cytoscape fcose, quality ${quality}${ms === undefined ? ' (stopped at the cap)' : ''}`,
      value: ms === undefined ? CAP : round(ms),
      unit: 'ms',
      peer: 'cytoscape-fcose',
    });
  }
  return rows;
}

/** The median and the worst (largest) of a list of samples. */
function stats(samples) {
  const sorted = samples.filter((s) => Number.isFinite(s)).sort((a, b) => a - b);
  if (!sorted.length) return { median: NaN, worst: NaN };
  const mid = sorted.length >> 1;
  return {
    median: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    worst: sorted[sorted.length - 1],
  };
}

/** Sets Chromium's CPU throttling for a page (1: none). */
async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  return cdp;
}

/** The page's JavaScript heap after a garbage collection, in MB. */
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Math.round((metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1048576) * 10) / 10;
}

export async function run(ctx) {
  const { generateDataset } = await import(pathToFileURL('dist/sdk.js').href);
  const rows = [];
  const errors = [];
  /** `name` names the page's trace file, with WHO_IS_WHO_TRACE. */
  const open = async (main, rate, peer = false, name = '') => {
    const html = peer ? PAGE.replace('<div id="host"></div>', '<div id="graph"></div>') : PAGE;
    const page = await ctx.newPage(html, {
      files: { 'main.js': main, 'page.css': CSS },
      viewport: { width: 1280, height: 1000 },
    });
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 120_000 });
    page.cdp = await throttle(page, rate);
    if (TRACE && !peer) {
      await mkdir(TRACE, { recursive: true });
      await ctx.browser.startTracing(page, { path: join(TRACE, `${name || 'page'}.json`), screenshots: false });
      page.traced = true;
    }
    return page;
  };
  const close = async (page) => {
    if (page.traced) await ctx.browser.stopTracing();
    errors.push(...page.errors);
    await page.close({ runBeforeUnload: false }).catch(() => {});
  };

  for (const parties of SIZES) {
    const relations = parties * 3;
    const size = `${thousands(parties)}/${thousands(relations)}`;
    const dataset = generateDataset({ parties, relations, seed: 7 });
    for (const p of dataset.parties) delete p.position;
    const dataUrl = `/bench/data/who-is-who-${parties}.json`;
    ctx.serve(dataUrl, JSON.stringify(dataset));
    const samenspelMain = await bundle(SAMENSPEL.replace('DATA', dataUrl));
    const sigmaMain = await bundle(SIGMA.replace('DATA', dataUrl));

    for (const rate of RATES) {
      const where = `${size}${rate > 1 ? `, CPU ÷${rate}` : ''}`;
      const s = [];
      for (let i = 0; i < RUNS; i++) {
        process.stderr.write(` [${where} run ${i + 1}]`);
        const r = {};
        // First load: the list on a cold page, then the network, a re-layout, search, filter, pan and zoom.
        const trace = `${parties}-x${rate}-run${i + 1}`;
        const page = await open(samenspelMain, rate, false, `${trace}-first`);
        r.list = await page.evaluate(() => window.listReady());
        r.typeList = await page.evaluate(() => window.typeRun('list'));
        r.graph = await page.evaluate(() => window.graphRun());
        r.heap = await heap(page.cdp);
        r.panZoom = await page.evaluate(() => window.panZoomRun());
        r.typeGraph = await page.evaluate(() => window.typeRun('graph'));
        r.filter = await page.evaluate(() => window.filterRun());
        r.relayout = await page.evaluate(() => window.relayoutRun());
        const positions = await page.evaluate(() =>
          JSON.stringify(document.querySelector('who-is-who').activeStore.snapshot),
        );
        r.open = await page.evaluate(() => window.openRun());
        if (r.open) {
          r.openPanZoom = await page.evaluate(() => window.panZoomRun());
          r.openHeap = await heap(page.cdp);
        }
        await close(page);

        // Second load: a new page, the data with the positions the first stored.
        const positionsUrl = `/bench/data/who-is-who-${parties}-positions.json`;
        ctx.serve(positionsUrl, positions);
        const second = await open(samenspelMain, rate, false, `${trace}-second`);
        r.stored = await second.evaluate(
          async (url) => window.storedRun(await (await fetch(url)).json()),
          positionsUrl,
        );
        await close(second);

        // sigma.js on the same graph, right after.
        const sigmaPage = await open(sigmaMain, rate, true);
        const cap = new Promise((resolve) => setTimeout(() => resolve(undefined), CAP * rate));
        r.sigma = await Promise.race([sigmaPage.evaluate(() => window.run()), cap]).catch(() => undefined);
        if (r.sigma) {
          r.sigmaHeap = await heap(sigmaPage.cdp);
          r.sigmaPanZoom = await sigmaPage.evaluate(() => window.panZoomRun());
        }
        await close(sigmaPage);
        if (process.env.WHO_IS_WHO_TASKS)
          process.stderr.write(
            `\n first load: picture ${Math.round(r.graph.first)} stored ${Math.round(r.graph.stored)} tasks ${JSON.stringify(r.graph.tasks)}\n second: ${JSON.stringify(r.stored.tasks)} net key ${Math.round(r.typeGraph.key)}\n`,
          );
        s.push(r);
      }
      process.stderr.write('\n');

      const add = (metric, samples, unit, extra = {}) => {
        const { median, worst } = stats(samples);
        const precise = unit === '×' || unit === 'MB';
        rows.push({
          metric: `${where}: ${metric}`,
          value: precise ? ratio(median) : round(median),
          worst: precise ? ratio(worst) : round(worst),
          unit,
          ...extra,
        });
      };
      const sigmaFirst = s.map((r) => r.sigma?.first ?? CAP * rate);
      const per = (pick) => s.map((r, i) => pick(r) / sigmaFirst[i]);
      const noTask = { target: 100, judge: 'worst' };

      add('sigma.js + graphology + 100 ForceAtlas2 iterations: first picture', sigmaFirst, 'ms', { peer: 'sigma' });
      add(
        'sigma.js: longest task (layout on the main thread)',
        s.map((r) => r.sigma?.maxTask ?? NaN),
        'ms',
        {
          peer: 'sigma',
        },
      );
      add(
        `list of ${thousands(parties)} interactive (cold page)`,
        s.map((r) => r.list.ms),
        'ms',
      );
      add(
        'list interactive ÷ sigma.js first picture',
        per((r) => r.list.ms),
        '×',
        { target: 0.1 },
      );
      add(
        'list: longest task',
        s.map((r) => r.list.maxTask),
        'ms',
        noTask,
      );
      add(
        'search, list view: slowest key of "zorg noord"',
        s.map((r) => r.typeList.key),
        'ms',
        { target: 50, judge: 'worst' },
      );
      add(
        'search, list view: longest task while typing',
        s.map((r) => r.typeList.maxTask),
        'ms',
        noTask,
      );
      add(
        'network: first picture',
        s.map((r) => r.graph.first),
        'ms',
      );
      add(
        'network: first picture ÷ sigma.js first picture',
        per((r) => r.graph.first),
        '×',
        {
          target: parties > 2000 ? 1 : 0.5,
        },
      );
      add(
        'network: layout stored (worker) and drawn',
        s.map((r) => r.graph.done),
        'ms',
      );
      add(
        'network: elements in Cytoscape at the first picture',
        s.map((r) => r.graph.elements),
        'elements',
      );
      add(
        'network: longest task, first load (switch to the network until the layout is stored and drawn)',
        s.map((r) => r.graph.maxTask),
        'ms',
        noTask,
      );
      add(
        'network: second load with stored positions (cold page)',
        s.map((r) => r.stored.ms),
        'ms',
      );
      add(
        'network: second load ÷ sigma.js first picture',
        per((r) => r.stored.ms),
        '×',
        { target: 0.3 },
      );
      add(
        'network: longest task on that second load',
        s.map((r) => r.stored.maxTask),
        'ms',
        noTask,
      );
      add(
        'network: layouts run on that second load',
        s.map((r) => r.stored.layouts),
        'layouts',
        { target: 0, judge: 'worst' },
      );
      add(
        'network: re-layout until stored and drawn',
        s.map((r) => r.relayout.ms),
        'ms',
      );
      add(
        'network: longest task during the re-layout',
        s.map((r) => r.relayout.maxTask),
        'ms',
        noTask,
      );
      add(
        'search, network view: slowest key (count and list updated)',
        s.map((r) => r.typeGraph.key),
        'ms',
        { target: 50, judge: 'worst' },
      );
      add(
        'search, network view: slowest key until the picture shows it',
        s.map((r) => r.typeGraph.drawn),
        'ms',
      );
      add(
        'search, network view: longest task while typing',
        s.map((r) => r.typeGraph.maxTask),
        'ms',
        noTask,
      );
      add(
        'filter by field and back, network view, until drawn',
        s.map((r) => r.filter.ms),
        'ms',
      );
      add(
        'filter: longest task',
        s.map((r) => r.filter.maxTask),
        'ms',
        noTask,
      );
      add(
        'pan and zoom, first picture: median frame',
        s.map((r) => r.panZoom.median),
        'ms',
      );
      add(
        'pan and zoom, first picture: slowest frame',
        s.map((r) => r.panZoom.max),
        'ms',
        { target: 50, judge: 'worst' },
      );
      add(
        'pan and zoom: longest task',
        s.map((r) => r.panZoom.maxTask),
        'ms',
        noTask,
      );
      add(
        'sigma.js pan and zoom: median frame',
        s.map((r) => r.sigmaPanZoom?.median ?? NaN),
        'ms',
        { peer: 'sigma' },
      );
      add(
        'sigma.js pan and zoom: slowest frame',
        s.map((r) => r.sigmaPanZoom?.max ?? NaN),
        'ms',
        { peer: 'sigma' },
      );
      if (s[0].open) {
        add(
          `network: open the largest group (${thousands(s[0].open.parties)} parties), until drawn`,
          s.map((r) => r.open.ms),
          'ms',
        );
        add(
          'network: elements in Cytoscape with that group open',
          s.map((r) => r.open.elements),
          'elements',
        );
        add(
          'network: longest task opening it',
          s.map((r) => r.open.maxTask),
          'ms',
          noTask,
        );
        add(
          'pan and zoom, that group open: slowest frame',
          s.map((r) => r.openPanZoom.max),
          'ms',
          { target: 50, judge: 'worst' },
        );
        add(
          'pan and zoom, that group open: longest task',
          s.map((r) => r.openPanZoom.maxTask),
          'ms',
          noTask,
        );
        add(
          'memory: JS heap, that group open',
          s.map((r) => r.openHeap),
          'MB',
        );
      }
      add(
        'memory: JS heap after the first picture',
        s.map((r) => r.heap),
        'MB',
      );
      add(
        'sigma.js memory: JS heap after its picture',
        s.map((r) => r.sigmaHeap ?? NaN),
        'MB',
        { peer: 'sigma' },
      );
      const capped = s.filter((r) => !r.sigma).length;
      if (capped)
        rows.push({
          metric: `${where}: sigma.js runs stopped at the cap (${(CAP * rate) / 1000} s, counted as the cap)`,
          value: capped,
          unit: 'runs',
        });
    }

    if (process.env.WHO_IS_WHO_PEERS === 'all' && parties === 2000) {
      const peer = async (main) => {
        const p = await open(await bundle(main.replace('DATA', dataUrl)), 1, true);
        const capped = new Promise((resolve) => setTimeout(() => resolve(undefined), CAP));
        const result = await Promise.race([p.evaluate(() => window.run()), capped]).catch(() => undefined);
        await p.close({ runBeforeUnload: false }).catch(() => {});
        return result;
      };
      for (const [label, main, peerName] of [
        ['Cytoscape.js + fcose, bare', CYTOSCAPE('fcose'), 'cytoscape-fcose'],
        ['Cytoscape.js + cose, bare', CYTOSCAPE('cose'), 'cytoscape-cose'],
        ['vis-network, physics on', VIS, 'vis-network'],
      ]) {
        const result = await peer(main);
        rows.push({
          metric: `${size}: ${label}: first picture${result ? '' : ' (stopped at the cap)'}`,
          value: result ? round(result.first) : CAP,
          unit: 'ms',
          peer: peerName,
        });
      }
      rows.push(...(await layoutsInNode(dataset)));
    }
  }

  rows.push({
    metric: 'page errors during the runs',
    value: errors.length,
    unit: 'errors',
    target: 0,
    ...(errors.length ? { note: [...new Set(errors)].join(' / ').slice(0, 600) } : {}),
  });
  return rows;
}
