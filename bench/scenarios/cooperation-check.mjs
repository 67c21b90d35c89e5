// <cooperation-check>: the aggregation of 10,000 responses (in the browser, as the results view runs
// it), the first render of the results with those 10,000 responses, and what a page with only
// <cooperation-check> downloads in each mode (fill is the default mode; results is what a group sees).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const name = 'cooperation-check';

const PAGE =
  '<!doctype html><html lang="nl"><head><link rel="icon" href="data:,"></head><body><script type="module" src="./main.js"></script></body></html>';

const MAIN = `
import { aggregateCheck } from '/dist/sdk.js';
import '/dist/elements/cooperation-check.js';
const one = await (await fetch('/bench/data/check-10000-1.json')).json();
const four = await (await fetch('/bench/data/check-10000-4.json')).json();
window.counts = [one.checks[0].responses.length, four.checks[0].responses.length];
/** Milliseconds for aggregating a check (every round, aspect, statement and role). */
window.aggregateOnce = (rounds) => {
  const check = (rounds === 1 ? one : four).checks[0];
  const t0 = performance.now();
  const result = aggregateCheck(check);
  const ms = performance.now() - t0;
  window.last = result.rounds.map((r) => r.respondents);
  return ms;
};
/** Milliseconds from creating <cooperation-check mode="results"> with 10,000 responses to the table laid out. */
window.renderOnce = async () => {
  document.querySelector('cooperation-check')?.remove();
  await new Promise((r) => requestAnimationFrame(() => r()));
  const t0 = performance.now();
  const el = document.createElement('cooperation-check');
  el.mode = 'results';
  el.data = four;
  document.body.append(el);
  await el.updateComplete;
  el.shadowRoot.querySelector('table[part=table]').getBoundingClientRect();
  return performance.now() - t0;
};
window.benchReady = true;
`;

/** The JS files a page fetches, gzip -9 summed; the page has only <cooperation-check> with the sample data. */
async function pageDownload(ctx, mode) {
  const bodies = [];
  const urls = [];
  const page = await ctx.browser.newPage();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) {
      urls.push(url.pathname);
      bodies.push(response.body().catch(() => Buffer.alloc(0)));
    }
  });
  ctx.serve(
    `/bench/pages/cooperation-check-${mode}.html`,
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <title>cooperation-check</title><script type="module" src="/dist/elements/cooperation-check.js"></script></head>
    <body><main><cooperation-check mode="${mode}" src="/bench/data/sample.json"></cooperation-check></main></body></html>`,
  );
  await page.goto(`${ctx.base}/bench/pages/cooperation-check-${mode}.html`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() =>
    document.querySelector('cooperation-check')?.shadowRoot?.querySelector('form, table'),
  );
  await page.waitForLoadState('networkidle');
  const size = ctx.sumSizes(await Promise.all(bodies));
  await page.close();
  return { size, urls };
}

export async function run(ctx) {
  const { generateDataset } = await import(pathToFileURL('dist/sdk.js').href);
  ctx.serve(
    '/bench/data/check-10000-1.json',
    JSON.stringify(generateDataset({ parties: 0, relations: 0, responses: 10000, rounds: 1, seed: 7 })),
  );
  ctx.serve(
    '/bench/data/check-10000-4.json',
    JSON.stringify(generateDataset({ parties: 0, relations: 0, responses: 10000, rounds: 4, seed: 7 })),
  );

  const rows = [];
  const page = await ctx.newPage(PAGE, { files: { 'main.js': MAIN } });
  await page.waitForFunction(() => window.benchReady === true);
  const counts = await page.evaluate(() => window.counts);
  const one = await ctx.measure(() => page.evaluate(() => window.aggregateOnce(1)), { runs: 15, warmup: 3 });
  rows.push({
    metric: `aggregation of ${counts[0]} responses, one round (median)`,
    value: Math.round(one.median * 10) / 10,
    unit: 'ms',
    target: 20,
  });
  const four = await ctx.measure(() => page.evaluate(() => window.aggregateOnce(4)), { runs: 15, warmup: 3 });
  rows.push({
    metric: `aggregation of ${counts[1]} responses over 4 rounds (median)`,
    value: Math.round(four.median * 10) / 10,
    unit: 'ms',
    target: 20,
  });
  const render = await ctx.measure(() => page.evaluate(() => window.renderOnce()), { runs: 7, warmup: 2 });
  rows.push({
    metric: `first render of the results with ${counts[1]} responses (median)`,
    value: Math.round(render.median),
    unit: 'ms',
    note: 'includes reading and validating the dataset',
  });
  const errors = [...page.errors];
  await page.close();

  const pages = {};
  for (const mode of ['results', 'fill']) {
    const { size, urls } = (pages[mode] = await pageDownload(ctx, mode));
    rows.push({
      metric: `page with only <cooperation-check mode="${mode}">: downloads, gzip`,
      value: ctx.kB(size.gzip),
      unit: 'kB',
      target: 25,
      note: `${urls.length} JS files`,
    });
    rows.push({
      metric: `  Cytoscape or papaparse fetched (${mode})`,
      value: urls.filter((u) => /cytoscape|papaparse/i.test(u)).length,
      unit: 'files',
      target: 0,
    });
  }

  const graph = ctx.importGraph('dist/elements/cooperation-check.js');
  const read = (files) => files.map((f) => readFileSync(f));
  // What every tool pays before its own code: Lit, the base element, the store, the model and its validation.
  const base = ctx.sumSizes(read(graph.static.filter((f) => !/cooperation-check/.test(f))));
  rows.push({
    metric: '  of which the shared base every tool loads (Lit, base element, store, model, validation), gzip',
    value: ctx.kB(base.gzip),
    unit: 'kB',
  });
  for (const [mode, { size }] of Object.entries(pages)) {
    rows.push({
      metric: `  of which cooperation-check's own code (${mode}), gzip`,
      value: ctx.kB(size.gzip - base.gzip),
      unit: 'kB',
    });
  }
  rows.push({
    metric: '  lazy parts (views, English, actions editor, export), gzip',
    value: ctx.kB(ctx.sumSizes(read(graph.dynamic)).gzip),
    unit: 'kB',
  });
  rows.push({
    metric: 'page errors during the cooperation-check runs',
    value: errors.length,
    unit: 'errors',
    target: 0,
    ...(errors.length ? { note: [...new Set(errors)].join(' / ').slice(0, 600) } : {}),
  });
  return rows;
}
