// Live rooms, on loopback. Two parts, each LIVE_SECONDS long (default 60):
// 1. One samenspel server; a browser page with <goal-tree> in the room (it brings the sample dataset);
//    30 Node clients (the real Hocuspocus provider) each making one edit a second that also renames a
//    goal, so the page re-renders for every remote edit. Reports how long an edit takes to reach every
//    other client (p50/p95/max), edits lost, whether all copies end identical, the page's long tasks,
//    the process's memory and the SQLite file's size.
// 2. Two server instances sharing the room through Redis (Debian's redis-server, started here), the 30
//    clients split between them: latency between clients of different instances, and edits lost.
// The clients run in a worker thread beside the servers (live-clients.worker.js), so the memory figure
// includes them. Part 2 is left out, and says so, when redis-server is not installed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { startServer } from '../../server/src/server.mjs';
import { createToken } from '../../server/src/tokens.mjs';

export const name = 'live';

const CLIENTS = 30;
const ROOM = 'bench';
const SECRET = 'bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
const token = createToken({ room: ROOM, role: 'edit', days: 1, secret: SECRET });

const PAGE = (server) => `<!doctype html><html lang="nl"><head><link rel="icon" href="data:,"></head><body>
<script type="module" src="./main.js"></script>
<goal-tree src="/bench/data/sample.json" room="${ROOM}" server="${server}" token="${token}" user-name="Scherm"></goal-tree></body></html>`;

// Long tasks from the moment the clients start; the room's status, so the bench knows the page has joined.
const MAIN = `
import '/dist/elements/goal-tree.js';
window.longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: false });
document.querySelector('goal-tree').addEventListener('samenspel-status', (e) => { window.liveStatus = e.detail.state; });
`;

const at = (list, q) => {
  const sorted = [...list].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN) * 10) / 10;
};

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

function runClients(urls, seconds) {
  const worker = new Worker(new URL('./live-clients.worker.js', import.meta.url), {
    workerData: { urls, room: ROOM, token, count: CLIENTS, seconds },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result) => void worker.terminate().then(() => resolve(result)));
    worker.once('error', reject);
  });
}

async function startRedis() {
  const port = await freePort();
  const redis = spawn(
    process.env.REDIS_SERVER ?? 'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  await new Promise((resolve, reject) => {
    redis.once('error', reject);
    redis.stdout.on('data', (chunk) => String(chunk).includes('Ready to accept connections') && resolve());
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => redis.kill() };
}

export async function run(ctx) {
  const seconds = Number(process.env.LIVE_SECONDS ?? 60);
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-bench-'));
  const rows = [];
  try {
    // Part 1: one server, a page and 30 clients.
    const db = join(dir, 'rooms.sqlite');
    const server = await startServer({ port: 0, secret: SECRET, db, debounce: 2000, log: () => {} });
    // The page talks to the server's port, which the bench's page CSP (default-src 'self') does not name.
    const context = await ctx.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const files = { 'main.js': MAIN };
    const url = ctx.serve('/bench/pages/live/index.html', PAGE(server.url));
    for (const [file, content] of Object.entries(files)) ctx.serve(`/bench/pages/live/${file}`, content);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.liveStatus === 'connected', null, { timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelector('goal-tree').shadowRoot.querySelectorAll('[role=treeitem]').length > 0,
    );
    await page.evaluate(() => {
      window.longTasks = [];
    });
    const one = await runClients([server.url], seconds);
    const pageTasks = await page.evaluate(() => window.longTasks);
    // The page ends with the titles every client ends with.
    const pageTitles = await page.evaluate(() =>
      Object.fromEntries(
        document.querySelector('goal-tree').activeStore.snapshot.goalTrees[0].goals.map((g) => [g.id, g.title]),
      ),
    );
    const ids = Object.keys(one.titles).sort();
    const pageAgrees = ids.length > 0 && JSON.stringify(one.titles, ids) === JSON.stringify(pageTitles, ids);
    await context.close();
    const rss = process.memoryUsage().rss;
    await server.close();
    const all = [...one.same, ...one.cross];
    rows.push(
      {
        metric: `${CLIENTS} clients × 1 edit/s for ${seconds} s, one server: edits made`,
        value: one.made,
        unit: 'edits',
      },
      { metric: 'propagation to each other client p50', value: at(all, 0.5), unit: 'ms' },
      { metric: 'propagation to each other client p95', value: at(all, 0.95), unit: 'ms', target: 100 },
      { metric: 'propagation to each other client max', value: at(all, 1), unit: 'ms' },
      { metric: 'edits missing from a client at the end', value: one.lost, unit: 'edits', target: 0 },
      {
        metric: 'all copies (clients and the page) identical at the end',
        value: one.identical && pageAgrees ? 1 : 0,
        unit: 'yes=1',
        target: 1,
        better: 'higher',
      },
      {
        metric: 'page with <goal-tree>: long tasks > 50 ms during remote edits',
        value: pageTasks.filter((d) => d > 50).length,
        unit: 'tasks',
        target: 0,
      },
      {
        metric: 'page with <goal-tree>: longest task during remote edits',
        value: Math.round(Math.max(0, ...pageTasks)),
        unit: 'ms',
      },
      {
        metric: 'process resident memory after the run (server and clients)',
        value: Math.round(rss / 1048576),
        unit: 'MB',
      },
      { metric: 'SQLite file for the room', value: ctx.kB(statSync(db).size), unit: 'kB' },
    );

    // Part 2: two instances behind Redis.
    let redis;
    try {
      redis = await startRedis();
    } catch {
      rows.push({
        metric: 'two instances behind Redis',
        value: NaN,
        unit: '',
        note: 'redis-server is not installed: part 2 left out',
      });
      return rows;
    }
    try {
      const a = await startServer({
        port: 0,
        secret: SECRET,
        db: join(dir, 'a.sqlite'),
        debounce: 2000,
        redis: redis.url,
        log: () => {},
      });
      const b = await startServer({
        port: 0,
        secret: SECRET,
        db: join(dir, 'b.sqlite'),
        debounce: 2000,
        redis: redis.url,
        log: () => {},
      });
      const two = await runClients([a.url, b.url], seconds);
      await a.close();
      await b.close();
      rows.push(
        {
          metric: `two instances behind Redis, ${CLIENTS} clients split: propagation across instances p50`,
          value: at(two.cross, 0.5),
          unit: 'ms',
        },
        { metric: 'propagation across instances p95', value: at(two.cross, 0.95), unit: 'ms', target: 250 },
        { metric: 'propagation within one instance p95', value: at(two.same, 0.95), unit: 'ms' },
        { metric: 'edits missing from a client at the end (two instances)', value: two.lost, unit: 'edits', target: 0 },
        {
          metric: 'all copies identical at the end (two instances)',
          value: two.identical ? 1 : 0,
          unit: 'yes=1',
          target: 1,
          better: 'higher',
        },
      );
    } finally {
      redis.stop();
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
