// Smoke test of the BUILT package (dist/) as host pages and Node use it, in Chromium under the
// strict CSP of scripts/serve-static.mjs. Run after `npm run build`. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { serve } from './serve-static.mjs';
import { CHROMIUM } from './chromium.mjs';

const TOOLS = ['care-network-map', 'goal-tree', 'cooperation-check', 'who-is-who'];
const ALL_TAGS = [...TOOLS, 'samenspel-data'];
// The Cytoscape library chunk, recognised by content (a loader module may share its name).
const cytoscapeChunks = new Set(readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))
  .filter((f) => readFileSync(`dist/chunks/${f}`, 'utf8').includes('__________cytoscape_container')).map((f) => `/dist/chunks/${f}`));
const isCytoscape = (url) => cytoscapeChunks.has(new URL(url).pathname);

const page = (scripts, body) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>smoke</title>${scripts
    .map((s) => `<script type="module" src="${s}"></script>`).join('')}</head><body><main>${body}</main></body></html>`;
const allTools = `<samenspel-data>${TOOLS.map((t) => `<${t}></${t}>`).join('')}</samenspel-data>`;

// A second, independent copy of dist/ under /copy/dist/: "the package loaded twice from two URLs".
const pages = {};
async function addCopy(dir, prefix) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await addCopy(path, `${prefix}/${entry.name}`);
    else if (entry.name.endsWith('.js')) pages[`${prefix}/${entry.name}`] = await readFile(path);
  }
}
await addCopy('dist', '/copy/dist');

pages['/smoke/axe.js'] = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));
Object.assign(pages, {
  '/smoke/all.html': page(['/dist/samenspel.js'], allTools),
  '/smoke/all-with-data.html': page(['/dist/samenspel.js', '/smoke/set-sample.js'], allTools),
  // what a host page does: give <samenspel-data> a dataset (a file, since the CSP blocks inline scripts)
  '/smoke/set-sample.js': `import * as samenspel from '/dist/samenspel.js';
    const data = samenspel.sampleDataset ? samenspel.sampleDataset() : samenspel.emptyDataset('smoke');
    document.querySelector('samenspel-data').data = data;
    window.__parties = data.parties.length;`,
  '/smoke/goal-tree.html': page(['/dist/elements/goal-tree.js'], '<goal-tree></goal-tree>'),
  '/smoke/cooperation-check.html': page(['/dist/elements/cooperation-check.js'], '<cooperation-check></cooperation-check>'),
  '/smoke/twice-entry-and-element.html': page(['/dist/samenspel.js', '/dist/elements/goal-tree.js'], allTools),
  '/smoke/twice-same-url-query.html': page(['/dist/samenspel.js', '/dist/samenspel.js?again'], allTools),
  '/smoke/twice-two-copies.html': page(['/dist/samenspel.js', '/copy/dist/samenspel.js'], allTools),
});

const server = await serve('.', { pages });
const browser = await chromium.launch(CHROMIUM);
let passed = 0;
let failed = 0;
function check(name, ok, info = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${info ? `  (${info})` : ''}`);
}

/** Loads a page, waits for `tags` to be defined and rendered, and reports what happened on the way. */
async function load(path, tags, probe, { axe = false } = {}) {
  const p = await browser.newPage();
  const problems = [];
  const requests = [];
  p.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} ${m.location().url ?? ''}`));
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  p.on('request', (r) => requests.push(r.url()));
  p.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  // Init scripts are injected by the browser itself, so the page's CSP does not block them.
  await p.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await p.goto(`${server.base}${path}`, { waitUntil: 'load' });
  const defined = await p.evaluate(async (names) => {
    const timeout = new Promise((r) => setTimeout(() => r('timeout'), 5000));
    const all = Promise.all(names.map((n) => customElements.whenDefined(n))).then(() => 'ok');
    if ((await Promise.race([all, timeout])) !== 'ok') return names.filter((n) => !customElements.get(n));
    await Promise.all([...document.querySelectorAll(names.join(','))].map((el) => el.updateComplete));
    return [];
  }, tags);
  await p.waitForLoadState('networkidle');
  const rendered = await p.evaluate((names) =>
    names.filter((n) => {
      const el = document.querySelector(n);
      return !el?.shadowRoot || el.shadowRoot.childElementCount === 0;
    }), tags);
  const probed = probe ? await p.evaluate(probe) : undefined;
  let axeViolations;
  if (axe) {
    // served from the page's own origin: the CSP refuses an inline copy
    await p.addScriptTag({ url: '/smoke/axe.js' });
    axeViolations = await p.evaluate(async () => (await window.axe.run(document)).violations
      .map((v) => `${v.id} (${v.nodes.length}: ${v.nodes[0]?.target.join(' ')})`));
  }
  const csp = await p.evaluate(() => window.__csp);
  problems.push(...csp.map((c) => `CSP violation: ${c}`));
  const foreign = requests.filter((u) => new URL(u).origin !== server.base);
  await p.close();
  return { defined, rendered, problems, requests, foreign, probe: probed, axe: axeViolations };
}

// (a) one script tag defines everything, cleanly, and stays on its own origin
{
  const r = await load('/smoke/all.html', ALL_TAGS);
  check('samenspel.js defines the four tools and <samenspel-data>', r.defined.length === 0, r.defined.length ? `missing ${r.defined}` : '');
  check('every tool renders into its shadow root', r.rendered.length === 0, r.rendered.join(', '));
  check('no console errors, page errors or CSP violations', r.problems.length === 0, r.problems.join(' | '));
  check('no request outside its own origin', r.foreign.length === 0, r.foreign.join(', '));
}

// (a') the same page with a dataset given to <samenspel-data>: every tool gets it, still no errors
{
  const r = await load('/smoke/all-with-data.html', ALL_TAGS, () => {
    const provider = document.querySelector('samenspel-data');
    return [...document.querySelectorAll('samenspel-data > *')]
      .filter((el) => el.activeStore !== provider.activeStore || el.activeStore.snapshot.parties.length !== window.__parties)
      .map((el) => el.localName);
  });
  check('every tool inside <samenspel-data> shows the dataset the host gave it', r.defined.length === 0 && r.probe?.length === 0,
    `${r.defined.join(', ')} ${r.probe?.join(', ') ?? ''}`.trim());
  check('with data: no console errors, page errors or CSP violations', r.problems.length === 0, r.problems.join(' | '));
  check('with data: no request outside its own origin', r.foreign.length === 0, r.foreign.join(', '));
}

// (b) a page with one tool that has no graph view never pays for Cytoscape
for (const tag of ['goal-tree', 'cooperation-check']) {
  const r = await load(`/smoke/${tag}.html`, [tag]);
  const cy = r.requests.filter(isCytoscape);
  check(`elements/${tag}.js alone defines <${tag}> without errors`, r.defined.length === 0 && r.problems.length === 0,
    [...r.defined, ...r.problems].join(' | '));
  check(`elements/${tag}.js never requests the Cytoscape chunk`, cy.length === 0, cy.join(', '));
}

// (c) the SDK in plain Node, and the JSON Schema accepts the SDK's own dataset
{
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', `
    const sdk = await import(${JSON.stringify(new URL('../dist/sdk.js', import.meta.url).href)});
    const which = typeof sdk.sampleDataset === 'function' ? 'sampleDataset' : 'emptyDataset';
    process.stdout.write(JSON.stringify({ which, exports: Object.keys(sdk).length, dataset: sdk[which]() }));
  `], { encoding: 'utf8' });
  let out;
  try { out = JSON.parse(child.stdout); } catch { out = undefined; }
  check('dist/sdk.js imports in plain Node (no DOM, no Lit)', child.status === 0 && out?.exports > 0,
    child.status === 0 ? `${out?.exports} exports` : child.stderr.split('\n').slice(0, 3).join(' '));
  if (out) {
    const schema = JSON.parse(await readFile('dist/samenspel.schema.json', 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(out.dataset);
    if (out.which !== 'sampleDataset') console.log('     (sampleDataset() is not exported yet: validating emptyDataset() instead)');
    check(`dist/samenspel.schema.json validates ${out.which}()`, ok,
      ok ? '' : ajv.errorsText(validate.errors?.slice(0, 3)));
  } else {
    check('dist/samenspel.schema.json validates the SDK dataset', false, 'the SDK did not load');
  }
}

// (c') every path package.json promises (exports, types, manifest) exists after the build
{
  const pkg = JSON.parse(await readFile('package.json', 'utf8'));
  const targets = [pkg.main, pkg.types, pkg.customElements];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v ?? {}).forEach(walk));
  walk(pkg.exports);
  const missing = targets.flatMap((t) => (t.includes('*') ? TOOLS.map((tag) => t.replaceAll('*', tag)) : [t]))
    .filter((t) => !existsSync(t));
  check('every path in package.json exports/types/customElements exists', missing.length === 0, missing.join(', '));
}

// (d) loading the package twice is a no-op
for (const [path, what] of [
  ['/smoke/twice-entry-and-element.html', 'samenspel.js and elements/goal-tree.js'],
  ['/smoke/twice-same-url-query.html', 'samenspel.js twice (second URL with a query)'],
  ['/smoke/twice-two-copies.html', 'two copies of dist/ from two URLs'],
]) {
  const r = await load(path, ALL_TAGS);
  check(`loading ${what}: no errors, all defined`, r.defined.length === 0 && r.problems.length === 0,
    [...r.defined, ...r.problems].join(' | '));
}

// (e) the demo site, as `npm start` serves it
for (const path of ['/demo/index.html', '/demo/en.html']) {
  const r = await load(path, ALL_TAGS, () => {
    const provider = document.querySelector('samenspel-data');
    const sections = ['care-network-map', 'goal-tree', 'cooperation-check', 'who-is-who']
      .filter((id) => !document.querySelector(`section#${id} h2`) || !document.querySelector(`section#${id} ${id}`));
    const unshared = [...provider.querySelectorAll('care-network-map, goal-tree, cooperation-check, who-is-who')]
      .filter((el) => el.activeStore !== provider.activeStore).map((el) => el.localName);
    return [...sections.map((s) => `section ${s} incomplete`), ...unshared.map((t) => `${t} does not share the data`),
      ...(provider.activeStore.snapshot.parties.length ? [] : ['no sample data'])];
  }, { axe: true });
  check(`demo ${path}: four sections on one shared dataset`, r.defined.length === 0 && r.probe?.length === 0, [...r.defined, ...(r.probe ?? [])].join(', '));
  check(`demo ${path}: no errors or CSP violations, no foreign requests`, r.problems.length === 0 && r.foreign.length === 0,
    [...r.problems, ...r.foreign].join(' | '));
  check(`demo ${path}: axe finds no violations on the whole page`, r.axe?.length === 0, r.axe?.join(', '));
}

await browser.close();
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
