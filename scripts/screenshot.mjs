// Screenshot of a page of this repository, served under the strict CSP, in the system Chromium.
//   node scripts/screenshot.mjs [path=/] [out=screenshot.png] [--full] [--width=1280] [--height=900] [--lang=nl]
// `/` is the demo (demo/index.html). Page errors, console errors and CSP violations are printed.
import { chromium } from 'playwright-core';
import { serve } from './serve-static.mjs';
import { CHROMIUM } from './chromium.mjs';

const flags = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => {
      const [k, v] = a.slice(2).split('=');
      return [k, v ?? true];
    }),
);
const [path = '/', out = 'screenshot.png'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const server = await serve('.', { index: '/demo/index.html' });
const browser = await chromium.launch(CHROMIUM);
const page = await browser.newPage({
  viewport: { width: Number(flags.width ?? 1280), height: Number(flags.height ?? 900) },
});
const problems = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
await page.goto(`${server.base}${path}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(Number(flags.wait ?? 800));
await page.screenshot({ path: out, fullPage: Boolean(flags.full) });
await browser.close();
server.close();
console.log(`${out} written`);
for (const p of problems) console.log(p);
process.exit(problems.length ? 1 : 0);
