// Helpers for bench scenarios: see the contract at the top of bench/run.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The middle value of a list of numbers (the mean of the two middle ones for an even count). */
export function median(runs) {
  const sorted = [...runs].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Bytes as served (our files are minified) and gzip -9 bytes, as a server would compress them. */
export function sizeOf(content) {
  const buf = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { min: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Adds up `sizeOf` over several contents. */
export function sumSizes(contents) {
  return contents.map(sizeOf).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });
}

/** kB with one decimal, for rows. */
export const kB = (bytes) => Math.round(bytes / 102.4) / 10;

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/**
 * The files a built module pulls in: `static` are fetched before it runs, `dynamic` only when a
 * lazy `import()` runs (e.g. the Cytoscape chunk). Paths are relative to the repository root.
 */
export function importGraph(entry) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file, into) => {
    if (into.has(file)) return;
    into.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(relative('.', join(dirname(file), spec)), into);
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) lazy.add(relative('.', join(dirname(file), spec)));
  };
  visit(entry, seen);
  const dynamic = new Set();
  for (const file of lazy) if (!seen.has(file)) visit(file, dynamic);
  return { static: [...seen], dynamic: [...dynamic].filter((f) => !seen.has(f)) };
}

let pageCounter = 0;

/**
 * Builds the `ctx` every scenario gets.
 * @param {{ browser: import('playwright-core').Browser, base: string, pages: Record<string, string|Buffer> }} env
 */
export function createContext({ browser, base, pages }) {
  return {
    browser,
    base,
    median,
    sizeOf,
    sumSizes,
    kB,
    importGraph,

    /** Serves `content` at `path` (e.g. '/bench/data/sample.json') from now on; returns the full URL. */
    serve(path, content) {
      pages[path] = content;
      return `${base}${path}`;
    },

    /**
     * Opens a new browser page on an ad-hoc HTML document, served under the strict CSP. Inline
     * scripts are blocked by that CSP: give page scripts as `files` and load them with
     * `<script type="module" src="./main.js">` (relative to the page).
     * @param {string} html the document
     * @param {{ files?: Record<string, string|Buffer>, viewport?: {width:number,height:number} }} [options]
     * @returns {Promise<import('playwright-core').Page & { errors: string[] }>} the page after `load`;
     *   `page.errors` collects page errors and console errors.
     */
    async newPage(html, { files = {}, viewport } = {}) {
      const dir = `/bench/pages/${++pageCounter}`;
      pages[`${dir}/index.html`] = html;
      for (const [name, content] of Object.entries(files)) pages[`${dir}/${name}`] = content;
      const page = await browser.newPage(viewport ? { viewport } : undefined);
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
      await page.goto(`${base}${dir}/index.html`, { waitUntil: 'load' });
      return page;
    },

    /**
     * Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns the median. When `fn`
     * returns a number, that is the sample (e.g. a time measured inside the page); otherwise the
     * wall-clock milliseconds of the call are.
     */
    async measure(fn, { runs = 7, warmup = 1 } = {}) {
      const samples = [];
      for (let i = 0; i < warmup + runs; i++) {
        const t0 = performance.now();
        const result = await fn(i);
        const sample = typeof result === 'number' ? result : performance.now() - t0;
        if (i >= warmup) samples.push(sample);
      }
      return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples };
    },
  };
}
