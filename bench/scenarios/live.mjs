// Live rooms: 30 Node clients (the real Hocuspocus provider over WebSocket on loopback) on one room of
// a samenspel server, each making one edit a second (LIVE_SECONDS, default 60). Reports how long an
// edit takes to reach every other client (p50/p95/max), edits lost, whether all copies end identical,
// the process's memory and the SQLite file's size. The server and all clients share this one Node
// process (and its event loop), so propagation includes waiting behind 29 other clients, and the
// memory figure includes them. Not measured here yet: a browser page in the room, two instances behind Redis.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
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
  const latencies = [];
  const clients = [];
  for (let i = 0; i < CLIENTS; i++) {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket, quiet: true });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: 'bench', document: doc, token });
    provider.attach();
    await new Promise((resolve) => provider.on('synced', resolve));
    const edits = doc.getMap('edits');
    edits.observe((event) => {
      if (event.transaction.local) return;
      const now = performance.timeOrigin + performance.now();
      for (const key of event.keysChanged) latencies.push(now - edits.get(key));
    });
    clients.push({ doc, socket, provider, edits, made: 0 });
  }
  // One edit a second per client, spread over the second.
  const timers = clients.map((c, i) => setTimeout(() => {
    const edit = () => {
      c.edits.set(`c${i}-${c.made++}`, performance.timeOrigin + performance.now());
    };
    edit();
    c.interval = setInterval(edit, 1000);
  }, (i * 1000) / CLIENTS));
  await new Promise((r) => setTimeout(r, seconds * 1000));
  timers.forEach(clearTimeout);
  clients.forEach((c) => clearInterval(c.interval));
  await new Promise((r) => setTimeout(r, 3000));

  const made = clients.reduce((n, c) => n + c.made, 0);
  const keys = clients.flatMap((c, i) => Array.from({ length: c.made }, (_, k) => `c${i}-${k}`));
  const lost = clients.reduce((n, c) => n + keys.filter((k) => !c.edits.has(k)).length, 0);
  // A map's key order follows local arrival, so copies are compared key by key.
  const sorted = (c) => JSON.stringify(Object.entries(c.edits.toJSON()).sort(([a], [b]) => (a < b ? -1 : 1)));
  const first = sorted(clients[0]);
  const identical = clients.every((c) => sorted(c) === first);
  const rss = process.memoryUsage().rss;
  clients.forEach((c) => { c.provider.destroy(); c.socket.destroy(); });
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
