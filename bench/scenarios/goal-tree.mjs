// <goal-tree>: the render of a generated doelenboom of 1,000 goals (outline and diagram), compared in
// the same run with markmap (markmap-lib + markmap-view, the mind-map library a user would pick)
// rendering the same 1,000-node outline; a focus move by arrow key; and what a page with only
// <goal-tree> downloads.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const name = 'goal-tree';

const PAGE =
  '<!doctype html><html lang="nl"><head><link rel="icon" href="data:,"></head><body><script type="module" src="./main.js"></script></body></html>';

const MAIN = `
import '/dist/elements/goal-tree.js';
import { createStore, parseDataset } from '/dist/sdk.js';
const data = await (await fetch('/bench/data/goal-tree-1000.json')).json();
const store = createStore(parseDataset(data).dataset);
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
/** Milliseconds for parseDataset to read and check the 1,000-goal dataset (every tool pays this once). */
window.parseOnce = () => {
  const t0 = performance.now();
  parseDataset(data);
  return performance.now() - t0;
};
/**
 * Milliseconds from creating the element on a store to the tree rendered and laid out. \`unfold\`
 * shows every goal; otherwise a large tree opens on its first levels.
 */
window.renderOnce = async (view = 'both', unfold = false) => {
  document.querySelector('goal-tree')?.remove();
  await frame();
  const t0 = performance.now();
  const el = document.createElement('goal-tree');
  el.view = view;
  el.store = store;
  if (unfold) {
    void el.derived;
    el.collapsed.clear();
  }
  document.body.append(el);
  await el.updateComplete;
  el.shadowRoot.querySelector('.outline [role=treeitem]:last-of-type, [role=treeitem]:last-of-type').getBoundingClientRect();
  const ms = performance.now() - t0;
  window.shown = el.shadowRoot.querySelectorAll('.outline [role=treeitem], .diagram li').length;
  return ms;
};
/** Milliseconds for one ArrowDown on the focused treeitem until the next goal has the focus, styled and laid out. */
window.arrowOnce = async () => {
  const el = document.querySelector('goal-tree');
  const from = el.shadowRoot.activeElement ?? el.shadowRoot.querySelector('[role=treeitem]');
  if (el.shadowRoot.activeElement !== from) from.focus();
  const t0 = performance.now();
  from.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
  const to = el.shadowRoot.activeElement;
  to.getBoundingClientRect();
  const ms = performance.now() - t0;
  if (to === from) throw new Error('focus did not move');
  return ms;
};
window.benchReady = true;
`;

const MARKMAP_MAIN = `
import { Transformer, Markmap } from './markmap.js';
const markdown = await (await fetch('/bench/data/goal-tree-1000.md')).text();
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const transformer = new Transformer();
/** Milliseconds from the Markdown outline to markmap's SVG drawn and fitted. */
window.renderOnce = async () => {
  document.querySelector('svg')?.remove();
  await frame();
  const t0 = performance.now();
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '1280');
  svg.setAttribute('height', '900');
  document.body.append(svg);
  const { root } = transformer.transform(markdown);
  const mm = Markmap.create(svg, { duration: 0 });
  await mm.setData(root);
  await mm.fit();
  svg.getBBox();
  const ms = performance.now() - t0;
  window.goals = svg.querySelectorAll('g.markmap-node').length;
  return ms;
};
window.benchReady = true;
`;

/** The goals as a Markdown outline (one nested list item per goal), the way markmap reads it. */
function outline(tree) {
  const depth = new Map();
  const lines = [`# ${tree.title}`];
  for (const g of tree.goals) {
    const d = g.parent === undefined ? 0 : depth.get(g.parent) + 1;
    depth.set(g.id, d);
    lines.push(`${'  '.repeat(d)}- ${g.title.replace(/[*_[\]#`]/g, '')}`);
  }
  return lines.join('\n');
}

export async function run(ctx) {
  const { generateDataset } = await import(pathToFileURL('dist/sdk.js').href);
  const dataset = generateDataset({ parties: 60, relations: 0, goals: 1000, seed: 11 });
  const tree = dataset.goalTrees[0];
  ctx.serve('/bench/data/goal-tree-1000.json', JSON.stringify(dataset));
  ctx.serve('/bench/data/goal-tree-1000.md', outline(tree));
  const markmap = await build({
    stdin: {
      contents: "export { Transformer } from 'markmap-lib'; export { Markmap } from 'markmap-view';",
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });

  const rows = [];
  const errors = [];
  const open = async (main, files = {}) => {
    const page = await ctx.newPage(PAGE, {
      files: { 'main.js': main, ...files },
      viewport: { width: 1280, height: 900 },
    });
    await page.waitForFunction(() => window.benchReady === true);
    return page;
  };

  const page = await open(MAIN);
  const parse = await ctx.measure(() => page.evaluate(() => window.parseOnce()), { runs: 7, warmup: 2 });
  rows.push({
    metric: `reading the ${tree.goals.length}-goal dataset (parseDataset, shared by all tools)`,
    value: Math.round(parse.median),
    unit: 'ms',
  });
  const opened = await ctx.measure(() => page.evaluate(() => window.renderOnce('both')), { runs: 9, warmup: 2 });
  const openedShown = await page.evaluate(() => window.shown);
  rows.push({
    metric: `render of ${tree.goals.length} goals as it opens (first levels), outline + diagram`,
    value: Math.round(opened.median),
    unit: 'ms',
    target: 100,
    note: `${openedShown} goal elements in the page`,
  });
  const both = await ctx.measure(() => page.evaluate(() => window.renderOnce('both', true)), { runs: 9, warmup: 2 });
  const shown = await page.evaluate(() => window.shown);
  rows.push({
    metric: `render of ${tree.goals.length} goals all unfolded, outline + diagram`,
    value: Math.round(both.median),
    unit: 'ms',
    target: 100,
    note: `${shown} goal elements in the page (diagram boxes outside the view are left out)`,
  });
  const outlineOnly = await ctx.measure(() => page.evaluate(() => window.renderOnce('outline', true)), {
    runs: 9,
    warmup: 2,
  });
  rows.push({
    metric: `render of ${tree.goals.length} goals all unfolded, outline only`,
    value: Math.round(outlineOnly.median),
    unit: 'ms',
    target: 100,
  });
  const diagramOnly = await ctx.measure(() => page.evaluate(() => window.renderOnce('diagram', true)), {
    runs: 9,
    warmup: 2,
  });
  rows.push({
    metric: `render of ${tree.goals.length} goals all unfolded, diagram only`,
    value: Math.round(diagramOnly.median),
    unit: 'ms',
    target: 100,
  });
  await page.evaluate(() => window.renderOnce('both', true));
  const arrow = await ctx.measure(() => page.evaluate(() => window.arrowOnce()), { runs: 41, warmup: 5 });
  rows.push({
    metric: `focus move by ArrowDown, ${tree.goals.length} goals unfolded (median)`,
    value: Math.round(arrow.median * 10) / 10,
    unit: 'ms',
    target: 16,
  });
  errors.push(...page.errors);
  await page.close();

  const mmPage = await open(MARKMAP_MAIN, { 'markmap.js': markmap.outputFiles[0].text });
  const mm = await ctx.measure(() => mmPage.evaluate(() => window.renderOnce()), { runs: 7, warmup: 1 });
  const mmNodes = await mmPage.evaluate(() => window.goals);
  rows.push({
    metric: `markmap: render of the same ${tree.goals.length}-node outline`,
    value: Math.round(mm.median),
    unit: 'ms',
    peer: 'markmap',
    note: `${mmNodes} nodes drawn; Markdown transform included, as goal-tree's includes reading the dataset`,
  });
  await mmPage.close();
  rows.push({
    metric: 'goal-tree render ÷ markmap render (same run)',
    value: Math.round((both.median / mm.median) * 100) / 100,
    unit: '×',
  });

  const graph = ctx.importGraph('dist/elements/goal-tree.js');
  const read = (files) => files.map((f) => readFileSync(f));
  const total = ctx.sumSizes(read(graph.static));
  const own = ctx.sumSizes(read(graph.static.filter((f) => /goal-tree/.test(f))));
  rows.push({
    metric: 'page with only <goal-tree>: static imports, gzip',
    value: ctx.kB(total.gzip),
    unit: 'kB',
    target: 25,
  });
  rows.push({ metric: "  of which goal-tree's own code, gzip", value: ctx.kB(own.gzip), unit: 'kB' });
  rows.push({
    metric: '  lazy parts (editing, details/insights/export), gzip',
    value: ctx.kB(ctx.sumSizes(read(graph.dynamic)).gzip),
    unit: 'kB',
  });
  rows.push({
    metric: '  Cytoscape or papaparse in the static imports',
    value: graph.static.filter(
      (f) => /cytoscape|papaparse/i.test(readFileSync(f, 'utf8').slice(0, 4000)) || /cytoscape/.test(f),
    ).length,
    unit: 'files',
    target: 0,
  });
  rows.push({
    metric: 'page errors during the goal-tree runs',
    value: errors.length,
    unit: 'errors',
    target: 0,
    ...(errors.length ? { note: [...new Set(errors)].join(' / ').slice(0, 600) } : {}),
  });
  return rows;
}
