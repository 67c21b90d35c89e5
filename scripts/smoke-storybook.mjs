// Smoke test of the built Storybook (storybook-static/, from `npm run build-storybook`) in Chromium:
// every story in index.json renders an element whose shadow root has content, with no page errors,
// no console errors, no failed requests, and 0 axe-core violations. Ends with "N passed, N failed".
// Tags a story may carry: 'a11y-skip' exempts it from axe only (say why in the story);
// 'expect-load-error' lets it fail a request on purpose (e.g. `src` pointing at a missing file, to
// show the error state), with the browser's matching "Failed to load resource" console line; a story
// named `LoadError` (id `…--load-error`) gets the same. Everything else still counts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from './serve-static.mjs';
import { CHROMIUM } from './chromium.mjs';

const ROOT = process.argv[2] ?? 'storybook-static';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let index;
try {
  index = JSON.parse(await readFile(`${ROOT}/index.json`, 'utf8'));
} catch {
  console.error(`${ROOT}/index.json not found: run \`npm run build-storybook\` first.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

// Storybook's own preview uses inline scripts and eval-like code, so it is served without our CSP;
// the bundle smoke test and the demo are what prove the elements under a strict CSP.
const server = await serve(ROOT, { csp: "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:" });
const browser = await chromium.launch(CHROMIUM);
let passed = 0;
let failed = 0;

/** Renders one story and returns what went wrong (nothing: it passed). */
async function checkStory(entry, page) {
  const errors = [];
  const loadErrorExpected = entry.tags?.includes('expect-load-error') || entry.id.endsWith('--load-error');
  const failedLoad = (m) => loadErrorExpected && m.text().startsWith('Failed to load resource');
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !m.location().url?.endsWith('/favicon.ico') &&
      !failedLoad(m) &&
      errors.push(`console: ${m.text()}`),
  );
  page.on(
    'response',
    (r) =>
      r.status() >= 400 &&
      !r.url().endsWith('/favicon.ico') &&
      !loadErrorExpected &&
      errors.push(`HTTP ${r.status()} ${r.url()}`),
  );
  await page.goto(`${server.base}/iframe.html?id=${entry.id}&viewMode=story`);
  const rendered = await page
    .waitForFunction(
      async () => {
        const root = document.querySelector('#storybook-root');
        if (!root) return false;
        const hosts = [...root.querySelectorAll('*')].filter((el) => el.shadowRoot);
        await Promise.all(hosts.map((el) => el.updateComplete));
        return hosts.some(
          (el) =>
            el.shadowRoot.childElementCount > 0 && [...el.shadowRoot.children].some((c) => c.localName !== 'style'),
        );
      },
      null,
      { timeout: 15000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!rendered) errors.push('no element with a rendered shadow root in #storybook-root');
  // let lazy chunks (Cytoscape) and late renders settle before axe looks
  await page.waitForLoadState('networkidle').catch(() => {});
  if (!entry.tags?.includes('a11y-skip')) {
    await page.addScriptTag({ path: AXE });
    // Storybook's a11y addon may be running its own axe on the story: wait until it is done.
    const violations = await page
      .evaluate(async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run(document.querySelector('#storybook-root'));
            return result.violations.map((v) => `${v.id} (${v.nodes.length}: ${v.nodes[0]?.target.join(' ')})`);
          } catch (e) {
            if (attempt > 50 || !String(e).includes('already running')) throw e;
            await new Promise((r) => setTimeout(r, 200));
          }
        }
      })
      .catch((e) => [`axe could not run: ${String(e).split('\n')[0]}`]);
    if (violations.length) errors.push(`axe: ${violations.join(', ')}`);
  }
  return errors;
}

// A few stories at a time: most of a story's time is waiting for the network to settle.
const queue = [...stories];
const CONCURRENCY = Number(process.env.SMOKE_CONCURRENCY ?? 3);
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const page = await browser.newPage();
      const errors = await checkStory(entry, page).catch((e) => [`could not check: ${String(e).split('\n')[0]}`]);
      await page.close();
      if (errors.length === 0) passed++;
      else failed++;
      console.log(
        `${errors.length ? 'FAIL' : 'ok  '} ${entry.id}${errors.length ? `\n       ${errors.join('\n       ')}` : ''}`,
      );
    }
  }),
);

await browser.close();
server.close();
if (!stories.length) {
  console.log('no stories found in index.json');
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
