// The bench: `npm run bench` (builds first) or `node bench/run.mjs [scenario names…]`.
//
// Scenario contract — add one file per tool, `bench/scenarios/<tag>.mjs`:
//
//   export const name = 'goal-tree';                  // shown in the table, used to pick scenarios
//   export async function run(ctx) {                  // returns rows
//     const page = await ctx.newPage(`<!doctype html><script type="module" src="./main.js"></script>
//       <goal-tree src="/bench/data/sample.json"></goal-tree>`, { files: { 'main.js': '...' } });
//     const t = await ctx.measure(() => page.evaluate(() => window.renderOnce()), { runs: 9 });
//     await page.close();
//     return [{ metric: 'render 200 goals', value: t.median, unit: 'ms', peer: 'markmap' }];
//   }
//
// A row is `{ metric, value, unit, target?, better?, peer?, note?, worst?, judge? }`:
//   - `target` (same unit as value): the row is ok when value ≤ target (or ≥ with `better: 'higher'`);
//   - `worst`: the worst of the runs when `value` is their median (a column of its own); with
//     `judge: 'worst'` the target applies to it rather than to the median;
//   - `peer`: the library or approach this row is a baseline for (e.g. 'sigma', 'vis-network');
//     compare timings only as ratios between rows of ONE run, never across machines;
//   - `note`: a short remark printed after the table.
//
// `ctx` (bench/lib.mjs):
//   ctx.browser                 a playwright-core Browser (the system Chromium, headless)
//   ctx.base                    the server's URL; the repository root is served, so '/dist/…' works
//   ctx.newPage(html, {files})  a new Page on an ad-hoc HTML document under the strict CSP (inline
//                               scripts are blocked: pass page scripts as `files` and load them as
//                               './main.js'); `page.errors` collects page and console errors
//   ctx.serve(path, content)    serves extra content (JSON data, scripts) at `path`
//   ctx.measure(fn, {runs, warmup})  → { median, min, max, runs }; fn may return its own sample
//   ctx.median(list), ctx.sizeOf(buf) → {min, gzip}, ctx.sumSizes(bufs), ctx.kB(bytes),
//   ctx.importGraph('dist/x.js') → { static: [files], dynamic: [lazy files] }
//   '/bench/data/sample.json'   the SDK's sampleDataset(), served for every scenario
//
// Output: one table on stdout and bench/results.json (`node bench/run.mjs sizes goal-tree` runs
// those scenarios only and updates their entries in results.json). A scenario that throws is
// reported, and the others still run. Exit code 1 when a scenario throws (a missed target shows as
// NO in the table).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve-static.mjs';
import { CHROMIUM } from '../scripts/chromium.mjs';
import { createContext } from './lib.mjs';

if (!existsSync('dist/samenspel.js')) {
  console.error('dist/ is missing: run `npm run bench` (which builds first) or `npm run build`.');
  process.exit(1);
}

const only = process.argv.slice(2);
const files = (await readdir('bench/scenarios')).filter((f) => f.endsWith('.mjs')).sort();
const pages = {};
const { sampleDataset } = await import(pathToFileURL('dist/sdk.js').href);
if (typeof sampleDataset === 'function') pages['/bench/data/sample.json'] = JSON.stringify(sampleDataset());

const server = await serve('.', { pages });
const browser = await chromium.launch(CHROMIUM);
const browserVersion = browser.version();
const ctx = createContext({ browser, base: server.base, pages });
const results = [];
let crashed = 0;
let missed = 0;

for (const file of files) {
  const scenario = await import(pathToFileURL(`bench/scenarios/${file}`).href);
  const name = scenario.name ?? file.replace(/\.mjs$/, '');
  if (only.length && !only.includes(name)) continue;
  const t0 = performance.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    const rows = (await scenario.run(ctx)) ?? [];
    for (const row of rows) {
      const judged = row.judge === 'worst' && row.worst !== undefined ? row.worst : row.value;
      row.ok =
        row.target === undefined ? undefined : row.better === 'higher' ? judged >= row.target : judged <= row.target;
      if (row.ok === false) missed++;
    }
    results.push({ scenario: name, seconds: (performance.now() - t0) / 1000, rows });
  } catch (error) {
    crashed++;
    results.push({ scenario: name, error: String(error?.stack ?? error), rows: [] });
  }
  process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

await browser.close();
server.close();

const fmt = (v, unit) =>
  typeof v !== 'number'
    ? String(v ?? '')
    : unit === 'kB'
      ? v.toFixed(1)
      : Number.isInteger(v)
        ? String(v)
        : v.toFixed(Math.abs(v) < 10 ? 2 : 1);
const table = [['scenario', 'metric', 'value', 'worst', 'target', 'ok']];
const notes = [];
for (const r of results) {
  if (r.error) table.push([r.scenario, 'FAILED: ' + r.error.split('\n')[0], '', '', '', 'no']);
  for (const row of r.rows) {
    table.push([
      r.scenario,
      row.peer ? `${row.metric} [${row.peer}]` : row.metric,
      `${fmt(row.value, row.unit)} ${row.unit ?? ''}`.trim(),
      row.worst === undefined ? '' : `${fmt(row.worst, row.unit)} ${row.unit ?? ''}`.trim(),
      row.target === undefined
        ? ''
        : `${row.better === 'higher' ? '≥' : '≤'} ${fmt(row.target, row.unit)} ${row.unit ?? ''}`.trim(),
      row.ok === undefined ? '' : row.ok ? 'yes' : 'NO',
    ]);
    if (row.note) notes.push(`${r.scenario} / ${row.metric}: ${row.note}`);
  }
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) =>
  row
    .map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
    .join('  ')
    .trimEnd();
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
for (const n of notes) console.log(`note: ${n}`);

// A run of some scenarios updates their entries and keeps the others' from earlier runs.
let previous = [];
if (only.length) {
  try {
    previous = JSON.parse(await readFile('bench/results.json', 'utf8')).results.filter(
      (r) => !only.includes(r.scenario),
    );
  } catch {
    previous = [];
  }
}
await writeFile(
  'bench/results.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      chromium: browserVersion,
      results: [...previous, ...results].sort((a, b) => a.scenario.localeCompare(b.scenario)),
    },
    null,
    2,
  ) + '\n',
);
console.log(
  `\nbench/results.json written: ${results.length} scenarios, ${crashed} failed, ${missed} rows missed their target`,
);
process.exit(crashed ? 1 : 0);
