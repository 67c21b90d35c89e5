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
import { BARE_CSP, serve } from './serve-static.mjs';
import { CHROMIUM } from './chromium.mjs';

const TOOLS = ['care-network-map', 'goal-tree', 'cooperation-check', 'who-is-who'];
const ALL_TAGS = [...TOOLS, 'samenspel-data'];
// The Cytoscape library chunk, recognised by content (a loader module may share its name).
const cytoscapeChunks = new Set(
  readdirSync('dist/chunks')
    .filter((f) => f.endsWith('.js'))
    .filter((f) => readFileSync(`dist/chunks/${f}`, 'utf8').includes('__________cytoscape_container'))
    .map((f) => `/dist/chunks/${f}`),
);
const isCytoscape = (url) => cytoscapeChunks.has(new URL(url).pathname);

const page = (scripts, body) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>smoke</title>${scripts
    .map((s) => `<script type="module" src="${s}"></script>`)
    .join('')}</head><body><main>${body}</main></body></html>`;
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
  '/smoke/cooperation-check.html': page(
    ['/dist/elements/cooperation-check.js'],
    '<cooperation-check></cooperation-check>',
  ),
  '/smoke/carer-route.html': page(['/dist/elements/carer-route.js'], '<carer-route></carer-route>'),
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
async function load(path, tags, probe, { axe = false, probeArg } = {}) {
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
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
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
  const rendered = await p.evaluate(
    (names) =>
      names.filter((n) => {
        const el = document.querySelector(n);
        return !el?.shadowRoot || el.shadowRoot.childElementCount === 0;
      }),
    tags,
  );
  const probed = probe ? await p.evaluate(probe, probeArg) : undefined;
  let axeViolations;
  if (axe) {
    // served from the page's own origin: the CSP refuses an inline copy
    await p.addScriptTag({ url: '/smoke/axe.js' });
    axeViolations = await p.evaluate(async () =>
      (await window.axe.run(document)).violations.map(
        (v) => `${v.id} (${v.nodes.length}: ${v.nodes[0]?.target.join(' ')})`,
      ),
    );
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
  check(
    'samenspel.js defines the four tools and <samenspel-data>',
    r.defined.length === 0,
    r.defined.length ? `missing ${r.defined}` : '',
  );
  check('every tool renders into its shadow root', r.rendered.length === 0, r.rendered.join(', '));
  check('no console errors, page errors or CSP violations', r.problems.length === 0, r.problems.join(' | '));
  check('no request outside its own origin', r.foreign.length === 0, r.foreign.join(', '));
}

// (a') the same page with a dataset given to <samenspel-data>: every tool gets it, still no errors
{
  const r = await load('/smoke/all-with-data.html', ALL_TAGS, () => {
    const provider = document.querySelector('samenspel-data');
    return [...document.querySelectorAll('samenspel-data > *')]
      .filter(
        (el) => el.activeStore !== provider.activeStore || el.activeStore.snapshot.parties.length !== window.__parties,
      )
      .map((el) => el.localName);
  });
  check(
    'every tool inside <samenspel-data> shows the dataset the host gave it',
    r.defined.length === 0 && r.probe?.length === 0,
    `${r.defined.join(', ')} ${r.probe?.join(', ') ?? ''}`.trim(),
  );
  check('with data: no console errors, page errors or CSP violations', r.problems.length === 0, r.problems.join(' | '));
  check('with data: no request outside its own origin', r.foreign.length === 0, r.foreign.join(', '));
}

// (b) a page with one tool that has no graph view never pays for Cytoscape, nor for another tool's code
for (const tag of ['goal-tree', 'cooperation-check', 'carer-route']) {
  const r = await load(`/smoke/${tag}.html`, [tag]);
  const cy = r.requests.filter(isCytoscape);
  const others = r.requests.filter((u) => [...TOOLS, 'carer-route'].some((t) => t !== tag && u.includes(`/${t}.`)));
  check(`elements/${tag}.js requests no other tool's chunk`, others.length === 0, others.join(', '));
  check(
    `elements/${tag}.js alone defines <${tag}> without errors`,
    r.defined.length === 0 && r.problems.length === 0,
    [...r.defined, ...r.problems].join(' | '),
  );
  check(`elements/${tag}.js never requests the Cytoscape chunk`, cy.length === 0, cy.join(', '));
}

// (c) the SDK in plain Node, and the JSON Schema accepts the SDK's own dataset
{
  const child = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
    const sdk = await import(${JSON.stringify(new URL('../dist/sdk.js', import.meta.url).href)});
    const which = typeof sdk.sampleDataset === 'function' ? 'sampleDataset' : 'emptyDataset';
    process.stdout.write(JSON.stringify({ which, exports: Object.keys(sdk).length, dataset: sdk[which]() }));
  `,
    ],
    { encoding: 'utf8' },
  );
  let out;
  try {
    out = JSON.parse(child.stdout);
  } catch {
    out = undefined;
  }
  check(
    'dist/sdk.js imports in plain Node (no DOM, no Lit)',
    child.status === 0 && out?.exports > 0,
    child.status === 0 ? `${out?.exports} exports` : child.stderr.split('\n').slice(0, 3).join(' '),
  );
  if (out) {
    const schema = JSON.parse(await readFile('dist/samenspel.schema.json', 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(out.dataset);
    if (out.which !== 'sampleDataset')
      console.log('     (sampleDataset() is not exported yet: validating emptyDataset() instead)');
    check(
      `dist/samenspel.schema.json validates ${out.which}()`,
      ok,
      ok ? '' : ajv.errorsText(validate.errors?.slice(0, 3)),
    );
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
  const missing = targets
    .flatMap((t) => (t.includes('*') ? TOOLS.map((tag) => t.replaceAll('*', tag)) : [t]))
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
  check(
    `loading ${what}: no errors, all defined`,
    r.defined.length === 0 && r.problems.length === 0,
    [...r.defined, ...r.problems].join(' | '),
  );
}

// (e) the demo site, as `npm start` serves it
for (const [path, routeTitle] of [
  ['/demo/index.html', 'Route van de mantelzorger'],
  ['/demo/en.html', 'The route of the carer'],
]) {
  const r = await load(
    path,
    [...ALL_TAGS, 'carer-route'],
    (title) => {
      const provider = document.querySelector('samenspel-data');
      const tools = ['care-network-map', 'goal-tree', 'cooperation-check', 'who-is-who', 'carer-route'];
      const sections = tools.filter(
        (id) => !document.querySelector(`section#${id} h2`) || !document.querySelector(`section#${id} ${id}`),
      );
      const unshared = [...provider.querySelectorAll(tools.join(', '))]
        .filter((el) => el.activeStore !== provider.activeStore)
        .map((el) => el.localName);
      // The route section: the sample route in both versions, its lanes played by the sample dataset's parties.
      const snapshot = provider.activeStore.snapshot;
      const route = snapshot.routes[0];
      const shown = document.querySelector('section#carer-route carer-route')?.shadowRoot;
      const names = new Map(snapshot.parties.map((p) => [p.id, p.name]));
      const laneText = [...(shown?.querySelectorAll('.lanes li') ?? [])].map((li) => li.textContent);
      const heading = document.querySelector('section#carer-route h2')?.textContent.trim();
      const routeProblems = !route
        ? ['no route']
        : [
            ...(heading === title ? [] : [`the route section is headed "${heading}"`]),
            ...['current', 'desired']
              .filter((v) => shown?.querySelectorAll(`section.version.${v} ol.steps > li`).length !== route[v].length)
              .map((v) => `the ${v} version is not shown whole`),
            ...['current', 'desired']
              .filter((v) => !shown?.querySelector(`svg[data-version="${v}"]`))
              .map((v) => `no picture of the ${v} version`),
            ...route.lanes
              .filter((l, i) => !names.has(l.party) || !laneText[i]?.includes(names.get(l.party)))
              .map((l) => `lane ${l.role} is not played by a party of the data`),
          ];
      return [
        ...sections.map((s) => `section ${s} incomplete`),
        ...unshared.map((t) => `${t} does not share the data`),
        ...(snapshot.parties.length ? [] : ['no sample data']),
        ...routeProblems,
      ];
    },
    { axe: true, probeArg: routeTitle },
  );
  check(
    `demo ${path}: "${routeTitle}" shows the sample route in both versions on the sample parties`,
    r.probe?.every((p) => !/route|version|lane/.test(p)),
    (r.probe ?? []).join(', '),
  );
  check(
    `demo ${path}: five sections on one shared dataset`,
    r.defined.length === 0 && r.probe?.length === 0,
    [...r.defined, ...(r.probe ?? [])].join(', '),
  );
  check(
    `demo ${path}: no errors or CSP violations, no foreign requests`,
    r.problems.length === 0 && r.foreign.length === 0,
    [...r.problems, ...r.foreign].join(' | '),
  );
  check(`demo ${path}: axe finds no violations on the whole page`, r.axe?.length === 0, r.axe?.join(', '));
}

// (e') the `development` build (dist/dev/) tells a developer about an attribute value no element knows;
// the default build stays silent and carries no such check.
for (const [build, warns] of [
  ['dist/dev', true],
  ['dist', false],
]) {
  pages[`/smoke/${build}/unknown-value.html`] = page(
    [`/${build}/samenspel.js`],
    '<cooperation-check mode="fil"></cooperation-check><goal-tree view="both"></goal-tree>',
  );
  const p = await browser.newPage();
  const warnings = [];
  p.on('console', (m) => m.type() === 'warning' && m.text().startsWith('samenspel:') && warnings.push(m.text()));
  await p.goto(`${server.base}/smoke/${build}/unknown-value.html`, { waitUntil: 'load' });
  await p.evaluate(async () => {
    await Promise.all(['cooperation-check', 'goal-tree'].map((t) => customElements.whenDefined(t)));
    await document.querySelector('cooperation-check').updateComplete;
  });
  await p.close();
  const expected = ['samenspel: <cooperation-check> mode="fil" is not a value it knows; use one of "fill", "results".'];
  check(
    `${build}/samenspel.js ${warns ? 'warns about' : 'is silent about'} mode="fil" (and only that)`,
    JSON.stringify(warnings) === JSON.stringify(warns ? expected : []),
    warnings.join(' | '),
  );
}
{
  const shipped = readdirSync('dist/chunks').filter(
    (f) => f.endsWith('.js') && readFileSync(`dist/chunks/${f}`, 'utf8').includes('is not a value it knows'),
  );
  check('the default build carries no dev-only warning', shipped.length === 0, shipped.join(', '));
}

// (f) the four tools on one page under exactly `Content-Security-Policy: default-src 'self'`, as the
// README promises: every export and every print, and not one violation.
{
  const bare = await serve('.', {
    csp: BARE_CSP,
    pages: {
      '/favicon.ico': '',
      '/smoke/bare.html': `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bare CSP</title>
        <script type="module" src="/dist/samenspel.js"></script><script type="module" src="/smoke/set-sample.js"></script></head>
        <body><main><samenspel-data><care-network-map></care-network-map><goal-tree></goal-tree>
        <cooperation-check mode="results" editable></cooperation-check><who-is-who view="graph"></who-is-who></samenspel-data></main></body></html>`,
      '/smoke/set-sample.js': pages['/smoke/set-sample.js'],
    },
  });
  const context = await browser.newContext({ acceptDownloads: true });
  const p = await context.newPage();
  const problems = [];
  const downloads = [];
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  p.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text().slice(0, 160)}`));
  p.on('download', (d) => downloads.push(d));
  await p.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    // Headless Chromium has no print dialog: count the calls, then look at the page in print media.
    window.__prints = 0;
    window.print = () => {
      window.__prints++;
    };
  });
  await p.goto(`${bare.base}/smoke/bare.html`, { waitUntil: 'load' });
  // Both graphs drawn (generous: the machine may be busy); if not, the checks below say what is missing.
  await p
    .waitForFunction(
      () =>
        document
          .querySelector('care-network-map')
          ?.shadowRoot?.querySelector('figure.picture[aria-busy="false"] .graph canvas') &&
        document.querySelector('who-is-who')?.shadowRoot?.querySelector('canvas'),
      undefined,
      { timeout: 60_000 },
    )
    .catch(() => problems.push('the graphs were not drawn within 60 s'));
  /** Clicks every button `selector` finds in `tag`, one by one, opening the menu it sits in. */
  const clickAll = async (tag, selector) => {
    const count = await p.evaluate(
      ([t, s]) => document.querySelector(t).shadowRoot.querySelectorAll(s).length,
      [tag, selector],
    );
    for (let i = 0; i < count; i++) {
      const before = downloads.length;
      const kind = await p.evaluate(
        ([t, s, n]) => {
          const b = document.querySelector(t).shadowRoot.querySelectorAll(s)[n];
          b.closest('details')?.setAttribute('open', '');
          b.click();
          return /print|afdrukken/i.test(`${b.dataset.export ?? ''} ${b.dataset.action ?? ''} ${b.textContent}`)
            ? 'print'
            : 'file';
        },
        [tag, selector, i],
      );
      if (kind === 'file')
        await p
          .waitForEvent('download', { timeout: 10_000, predicate: () => downloads.length > before })
          .catch(() => undefined);
      await p.waitForTimeout(150);
    }
    return count;
  };
  await p.evaluate(() => {
    document.querySelector('goal-tree').shadowRoot.querySelector('details.menu').open = true;
  });
  await p
    .waitForFunction(() => document.querySelector('goal-tree').shadowRoot.querySelector('[data-export]'), undefined, {
      timeout: 30_000,
    })
    .catch(() => problems.push("the goal tree's export menu did not load within 30 s"));
  const clicked =
    (await clickAll('care-network-map', '[data-export], [data-action="print"]')) +
    (await clickAll('goal-tree', '[data-export]')) +
    (await clickAll('cooperation-check', '.export button')) +
    (await clickAll('who-is-who', '.export button'));
  await p.waitForTimeout(500);
  // What the printer gets: print media, after the page's own beforeprint handlers.
  await p.emulateMedia({ media: 'print' });
  await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await p.waitForTimeout(300);
  const printed = await p.evaluate(() => {
    const canvas = document.querySelector('care-network-map').shadowRoot.querySelector('.print-image');
    const pixels = canvas?.width ? canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data : [];
    const colours = new Set();
    for (let i = 0; i < pixels.length && colours.size < 3; i += 4 * 97) colours.add(pixels.slice(i, i + 3).join());
    return {
      shown: !!canvas && canvas.getBoundingClientRect().width > 0,
      colours: colours.size,
      list: document.querySelector('who-is-who').shadowRoot.querySelectorAll('.print-list li').length,
    };
  });
  const prints = await p.evaluate(() => window.__prints);
  const csp = await p.evaluate(() => window.__csp);
  const files = await Promise.all(
    downloads.map(async (d) => ({ name: d.suggestedFilename(), body: await readFile(await d.path()) })),
  );
  const png = files.filter((f) => f.name.endsWith('.png'));
  const isPicture = (f) =>
    f.body.subarray(1, 4).toString() === 'PNG' && f.body.readUInt32BE(16) > 100 && f.body.readUInt32BE(20) > 100;
  console.log(
    `     bare CSP page: ${clicked} buttons, ${files.length} files, ${prints} prints, ${csp.length} CSP violations`,
  );
  check(
    "default-src 'self' only: every export of the four tools gives its file (16) and every print button prints (5)",
    files.length === 16 && prints === 5,
    `${files.length} files: ${files.map((f) => f.name).join(', ')}; ${prints} prints`,
  );
  check(
    "default-src 'self' only: no CSP violation, page error or console error, exports and print included",
    csp.length === 0 && problems.length === 0,
    [...csp, ...problems].join(' | '),
  );
  check(
    "default-src 'self' only: each PNG (network map, goal tree, who-is-who) is a real picture",
    png.length === 3 && png.every(isPicture),
    png.map((f) => `${f.name} ${f.body.length} bytes`).join(', '),
  );
  check(
    "default-src 'self' only: the printed network map shows its picture, the printed who-is-who its list",
    printed.shown && printed.colours > 1 && printed.list > 0,
    JSON.stringify(printed),
  );
  await context.close();
  bare.close();
}

await browser.close();
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
