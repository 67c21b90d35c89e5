// Live rooms, on loopback. Three parts, each LIVE_SECONDS long (default 60):
// 0. The peer: the same 30 clients on a plain WebSocket relay (no Yjs, no Hocuspocus), the floor that the
//    machine allows right now; the figures of parts 1 and 2 are also given as a ratio to it.
// 1. One samenspel server; a browser page with <goal-tree> in the room (it brings the sample dataset);
//    30 Node clients (the real Hocuspocus provider) each making one edit a second that also renames a
//    goal, so the page re-renders for every remote edit. Reports how long an edit takes to reach every
//    other client (p50/p95/max) and where that time goes (client → server, server → other clients), edits
//    lost, whether all copies end identical, the page's long tasks, the process's memory, the SQLite
//    file's size and how long its writes took.
// 2. Two server instances sharing the room through Redis (Debian's redis-server, started here), each in a
//    thread of its own (live-server.worker.js), the 30 clients split between them: latency between clients
//    of different instances, and edits lost.
// The clients run in worker threads beside the servers (live-clients.worker.js: LIVE_THREADS, default 6, five
// people a thread), so the memory figure includes them. Every part reports the event-loop delay of the clients'
// threads and of the servers' thread (which the bench's page server shares) and the load average: time an
// edit spends waiting in the bench's own threads is the bench's, not the product's. Part 2 is left out, and says so, when redis-server is not
// installed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import WebSocket from 'ws';
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

/** The process's monotonic clock in ms: the same in every thread, as the clients' threads use it. */
const now = () => Number(process.hrtime.bigint() / 1000n) / 1000;
/** Threads the clients are spread over (LIVE_THREADS, default 6: five people per thread). */
const THREADS = Math.max(1, Math.min(CLIENTS, Number(process.env.LIVE_THREADS ?? 6)));

/**
 * Runs the clients in their threads while this thread's event-loop delay is measured; resolves with every
 * arrival, the edits made and lost, whether all copies are identical, and how busy the threads and machine were.
 */
export async function runClients(urls, seconds, { relay = false, onStart } = {}) {
  const workers = Array.from({ length: THREADS }, (_, t) => {
    const indices = Array.from({ length: CLIENTS }, (_, i) => i).filter((i) => i % THREADS === t);
    return new Worker(new URL('./live-clients.worker.js', import.meta.url), {
      workerData: { urls, room: ROOM, token, count: CLIENTS, indices, seconds, relay },
    });
  });
  const next = (worker, type) =>
    new Promise((resolve, reject) => {
      const onMessage = (m) => {
        if (!(type in m)) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  try {
    await Promise.all(workers.map((w) => next(w, 'connected')));
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const load = loadavg()[0];
    const start = now() + 200;
    for (const w of workers) w.postMessage({ start });
    onStart?.();
    const stopped = await Promise.all(workers.map((w) => next(w, 'stopped')));
    const expect = Object.assign({}, ...stopped.map((s) => s.made));
    for (const w of workers) w.postMessage({ expect });
    const results = await Promise.all(workers.map((w) => next(w, 'arrivals')));
    lag.disable();
    const ms = (ns) => Math.round(ns / 1e5) / 10;
    const arrivals = { keys: [], at: [], sent: [], cross: [] };
    for (const r of results) for (const k of Object.keys(arrivals)) arrivals[k].push(...r.arrivals[k]);
    const finals = results.flatMap((r) => r.finals);
    const worst = (key) => Math.max(...results.map((r) => r.lag[key]));
    return {
      arrivals,
      made: Object.values(expect).reduce((a, b) => a + b, 0),
      lost: results.reduce((n, r) => n + r.lost, 0),
      settled: Math.max(...results.map((r) => r.settled)),
      identical: finals.every((f) => f === finals[0]),
      titles: results.find((r) => r.titles)?.titles ?? {},
      // The worst of the clients' threads.
      lag: { p50: worst('p50'), p99: worst('p99'), max: worst('max') },
      serverLag: { p50: ms(lag.percentile(50)), p99: ms(lag.percentile(99)), max: ms(lag.max) },
      load: [load, loadavg()[0]],
    };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Notes when each edit reaches a server instance's copy of the room. */
export function watchArrivals(doc) {
  const reached = new Map();
  doc.getMap('edits').observe((event) => {
    const t = now();
    for (const key of event.keysChanged) reached.set(key, t);
  });
  return reached;
}

/**
 * The latencies of one run: `total` from the edit to each other client; `up` from the edit to its own
 * instance; `down` from the receiving client's instance to the client; `across` from one instance to the other.
 */
export function latencies({ arrivals }, reached, instances = 1) {
  const out = { total: [], cross: [], same: [], up: [], down: [], across: [] };
  const upSeen = new Set();
  arrivals.keys.forEach((key, n) => {
    const total = arrivals.at[n] - arrivals.sent[n];
    out.total.push(total);
    (arrivals.cross[n] ? out.cross : out.same).push(total);
    const from = Number(key.slice(1, key.indexOf('-'))) % instances;
    const atSender = reached[from]?.get(key);
    const to = arrivals.cross[n] ? (from + 1) % instances : from;
    const atReceiver = reached[to]?.get(key);
    if (atSender !== undefined && !upSeen.has(key)) {
      upSeen.add(key);
      out.up.push(atSender - arrivals.sent[n]);
      if (instances > 1 && reached[(from + 1) % instances]?.has(key))
        out.across.push(reached[(from + 1) % instances].get(key) - atSender);
    }
    if (atReceiver !== undefined) out.down.push(arrivals.at[n] - atReceiver);
  });
  return out;
}

/** A plain WebSocket server that passes every message on to every other socket: the peer. */
async function startRelay() {
  const wss = new WebSocket.Server({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  wss.on('connection', (socket) =>
    socket.on('message', (data, binary) => {
      for (const other of wss.clients) if (other !== socket) other.send(data, { binary });
    }),
  );
  return { url: `ws://127.0.0.1:${wss.address().port}`, close: () => new Promise((r) => wss.close(r)) };
}

/** The rows that say how busy the machine and the bench's own threads were during a part. */
const busyRows = (label, result) => [
  {
    metric: `${label}: load average (1 min) at start / end`,
    value: `${result.load[0].toFixed(1)} / ${result.load[1].toFixed(1)}`,
    unit: '',
  },
  {
    metric: `${label}: event-loop delay of the clients' threads (bench, the worst) p50 / p99 / max`,
    value: `${result.lag.p50} / ${result.lag.p99} / ${result.lag.max}`,
    unit: 'ms',
  },
  {
    metric: `${label}: event-loop delay of the server thread(s) (the worst) p50 / p99 / max`,
    value: `${result.serverLag.p50} / ${result.serverLag.p99} / ${result.serverLag.max}`,
    unit: 'ms',
  },
];

/** A server instance in a thread of its own (live-server.worker.js). */
function startInstance(workerData) {
  const worker = new Worker(new URL('./live-server.worker.js', import.meta.url), { workerData });
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (m) => {
        if (!(type in m)) return;
        worker.off('message', onMessage);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  return {
    ready: next('url').then((m) => m.url),
    measure: () => worker.postMessage({ measure: true }),
    report: () => {
      const answer = next('reached');
      worker.postMessage({ report: true });
      return answer;
    },
    close: async () => {
      const answer = next('closed');
      worker.postMessage({ close: true });
      await answer;
      await worker.terminate();
    },
  };
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
    // Part 0: the peer, a plain relay.
    const relay = await startRelay();
    const peer = await runClients([relay.url], seconds, { relay: true });
    await relay.close();
    const floor = peer.arrivals.at.map((at, n) => at - peer.arrivals.sent[n]);
    const floor95 = at(floor, 0.95);
    rows.push(
      {
        metric: `${CLIENTS} clients × 1 msg/s for ${seconds} s on a plain WebSocket relay: p50 / p95 / max`,
        value: `${at(floor, 0.5)} / ${floor95} / ${at(floor, 1)}`,
        unit: 'ms',
        peer: 'ws relay',
      },
      ...busyRows('relay', peer),
    );

    // Part 1: one server, a page and 30 clients.
    const db = join(dir, 'rooms.sqlite');
    const server = await startServer({ port: 0, secret: SECRET, db, debounce: 2000, log: () => {} });
    const writes = timeWrites(server.rooms);
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
    const reached = watchArrivals(server.server.hocuspocus.documents.get(ROOM));
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
    const l1 = latencies(one, [reached]);
    const p95 = at(l1.total, 0.95);
    rows.push(
      {
        metric: `${CLIENTS} clients × 1 edit/s for ${seconds} s, one server: edits made`,
        value: one.made,
        unit: 'edits',
      },
      { metric: 'propagation to each other client p50', value: at(l1.total, 0.5), unit: 'ms' },
      { metric: 'propagation to each other client p95', value: p95, unit: 'ms', target: 100 },
      { metric: 'propagation to each other client max', value: at(l1.total, 1), unit: 'ms' },
      { metric: 'propagation p95 as a ratio to the relay’s p95', value: ratio(p95, floor95), unit: '×' },
      {
        metric: 'of which client → server p50 / p95',
        value: `${at(l1.up, 0.5)} / ${at(l1.up, 0.95)}`,
        unit: 'ms',
      },
      {
        metric: 'of which server → other clients p50 / p95',
        value: `${at(l1.down, 0.5)} / ${at(l1.down, 0.95)}`,
        unit: 'ms',
      },
      ...busyRows('one server', one),
      {
        metric: 'room written to the SQLite file: times, longest write',
        value: `${writes.count} / ${Math.round(writes.longest * 10) / 10}`,
        unit: 'ms',
      },
      { metric: 'edits missing from a client 30 s after the last edit', value: one.lost, unit: 'edits', target: 0 },
      {
        metric: 'time from the last edit until every client had every edit',
        value: Math.round(one.settled),
        unit: 'ms',
      },
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
      const instances = ['a', 'b'].map((name) =>
        startInstance({
          secret: SECRET,
          db: join(dir, `${name}.sqlite`),
          debounce: 2000,
          redis: redis.url,
          room: ROOM,
        }),
      );
      const urls = await Promise.all(instances.map((i) => i.ready));
      const two = await runClients(urls, seconds, { onStart: () => instances.forEach((i) => i.measure()) });
      const reports = await Promise.all(instances.map((i) => i.report()));
      await Promise.all(instances.map((i) => i.close()));
      const reachedAt = reports.map((r) => new Map(r.reached));
      // Each instance has its own thread here: the worst of the two.
      two.serverLag = Object.fromEntries(
        ['p50', 'p99', 'max'].map((k) => [k, Math.max(...reports.map((r) => r.lag[k]))]),
      );
      const l2 = latencies(two, reachedAt, 2);
      const cross95 = at(l2.cross, 0.95);
      rows.push(
        {
          metric: `two instances behind Redis, ${CLIENTS} clients split: propagation across instances p50`,
          value: at(l2.cross, 0.5),
          unit: 'ms',
        },
        { metric: 'propagation across instances p95', value: cross95, unit: 'ms', target: 250 },
        { metric: 'propagation across instances max', value: at(l2.cross, 1), unit: 'ms' },
        { metric: 'across instances p95 as a ratio to the relay’s p95', value: ratio(cross95, floor95), unit: '×' },
        {
          metric: 'of which instance → other instance (through Redis) p50 / p95',
          value: `${at(l2.across, 0.5)} / ${at(l2.across, 0.95)}`,
          unit: 'ms',
        },
        { metric: 'propagation within one instance p95', value: at(l2.same, 0.95), unit: 'ms' },
        ...busyRows('two instances', two),
        {
          metric: 'edits missing from a client 30 s after the last edit (two instances)',
          value: two.lost,
          unit: 'edits',
          target: 0,
        },
        {
          metric: 'time from the last edit until every client had every edit (two instances)',
          value: Math.round(two.settled),
          unit: 'ms',
        },
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

const ratio = (a, b) => Math.round((a / b) * 100) / 100;

/** Counts the room's writes to the SQLite file and keeps the longest (they run on the server's thread). */
function timeWrites(rooms) {
  const stats = { count: 0, longest: 0 };
  const save = rooms.save.bind(rooms);
  rooms.save = (...args) => {
    const t0 = performance.now();
    try {
      return save(...args);
    } finally {
      stats.count++;
      stats.longest = Math.max(stats.longest, performance.now() - t0);
    }
  };
  return stats;
}
