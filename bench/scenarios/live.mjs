// Live rooms: 30 Node clients (the real Hocuspocus provider over WebSocket on loopback) on one room of
// a samenspel server, each making one edit a second (LIVE_SECONDS, default 60). Reports how long an
// edit takes to reach every other client (p50/p95/max), edits lost, whether all copies end identical,
// the process's memory and the SQLite file's size. The clients run in one worker thread beside the
// server (live-clients.worker.js), so the memory figure includes them. Not measured here yet: a browser page in the room, two instances behind Redis.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { startServer } from '../../server/src/server.mjs';
import { createToken } from '../../server/src/tokens.mjs';

export const name = 'live';

const CLIENTS = 30;
const SECRET = 'bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

export async function run(ctx) {
  const seconds = Number(process.env.LIVE_SECONDS ?? 60);
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-bench-'));
  const db = join(dir, 'rooms.sqlite');
  const server = await startServer({ port: 0, secret: SECRET, db, debounce: 2000, log: () => {} });
  const token = createToken({ room: 'bench', role: 'edit', days: 1, secret: SECRET });
  const worker = new Worker(new URL('./live-clients.worker.js', import.meta.url), { workerData: { url: server.url, token, count: CLIENTS, seconds } });
  const { latencies, made, lost, identical } = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const rss = process.memoryUsage().rss;
  await server.close();
  const sqlite = statSync(db).size;
  rmSync(dir, { recursive: true, force: true });

  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return [
    { metric: `${CLIENTS} clients × 1 edit/s for ${seconds} s: edits made`, value: made, unit: 'edits' },
    { metric: 'propagation to each other client p50', value: Math.round(at(0.5) * 10) / 10, unit: 'ms' },
    { metric: 'propagation to each other client p95', value: Math.round(at(0.95) * 10) / 10, unit: 'ms', target: 100 },
    { metric: 'propagation to each other client max', value: Math.round(at(1) * 10) / 10, unit: 'ms' },
    { metric: 'edits missing from a client at the end', value: lost, unit: 'edits', target: 0 },
    { metric: 'all copies identical at the end', value: identical ? 1 : 0, unit: 'yes=1', target: 1, better: 'higher' },
    { metric: 'process resident memory after the run (server and clients)', value: Math.round(rss / 1048576), unit: 'MB' },
    { metric: 'SQLite file for the room', value: ctx.kB(sqlite), unit: 'kB' },
  ];
}
