// Clients of the `live` bench scenario, in threads of their own so the server's event loop is not theirs.
// The 30 clients stand for 30 people on 30 devices, so they are spread over several threads (`indices` are this
// thread's): one thread that decodes every update for all 30 copies would measure its own queue.
// Client i joins `urls[i % urls.length]`, so with two server instances the clients are split between them.
// Each edit stamps a key in the map `edits` (for the latency) and, when the room holds goals, renames one
// goal in the same transaction, so that a browser page in the room has real work to do for every edit.
// With `relay`, the clients are plain WebSockets on a server that only passes each message on to the others:
// the same fan-out and the same threads with no Yjs and no Hocuspocus, the floor the machine allows now.
// Times come from the process's monotonic clock, the same in every thread, so no clock skew enters.
// The thread measures its own event-loop delay: what it adds to the figures is the bench's, not the product's.
//
// Protocol with the scenario: → {connected}; ← {start} (when the first edit is due, on that clock);
// → {stopped, made} after `seconds`; ← {expect: made per client}; → the result, once every client of this
// thread has every edit or 30 s have passed.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';

const { urls, room, token, count, indices, seconds, relay = false } = workerData;
const now = () => Number(process.hrtime.bigint() / 1000n) / 1000;
/** Every arrival of an edit at a client of this thread: its key, when it was made, when it arrived, whether it crossed instances. */
const arrivals = { keys: [], at: [], sent: [], cross: [] };
const instanceOf = (key) => Number(key.slice(1, key.indexOf('-'))) % urls.length;
const arrived = (key, sent, instance) => {
  arrivals.keys.push(key);
  arrivals.at.push(now());
  arrivals.sent.push(sent);
  arrivals.cross.push(instanceOf(key) !== instance);
};
const message = (type) => new Promise((resolve) => parentPort.once('message', (m) => resolve(m[type])));

const clients = [];
for (const i of indices) clients.push(relay ? await relayClient(i) : await roomClient(i));
parentPort.postMessage({ connected: true });
const start = await message('start');
const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
// One edit a second per client, the clients spread over the second.
for (const c of clients) {
  c.timer = setTimeout(
    () => {
      const edit = () => c.edit(`c${c.i}-${c.made++}`);
      edit();
      c.interval = setInterval(edit, 1000);
    },
    Math.max(0, start + (c.i * 1000) / count - now()),
  );
}
await new Promise((r) => setTimeout(r, start + seconds * 1000 - now()));
for (const c of clients) {
  clearTimeout(c.timer);
  clearInterval(c.interval);
}
parentPort.postMessage({ stopped: true, made: Object.fromEntries(clients.map((c) => [c.i, c.made])) });
const expect = await message('expect');
const keys = Object.entries(expect).flatMap(([i, made]) => Array.from({ length: made }, (_, k) => `c${i}-${k}`));
const complete = () => clients.every((c) => keys.every((k) => c.has(k)));
// On a busy machine a thread can stall for seconds: an edit counts as lost only when it is still missing 30 s on.
const stopped = now();
for (const until = stopped + 30_000; !complete() && now() < until;) await new Promise((r) => setTimeout(r, 50));
const settled = now() - stopped;
lag.disable();

const ms = (ns) => Math.round(ns / 1e5) / 10;
parentPort.postMessage({
  arrivals,
  lost: clients.reduce((n, c) => n + keys.filter((k) => !c.has(k)).length, 0),
  settled,
  finals: clients.map((c) => c.final()),
  /** Goal id → title in the copy of client 0, for comparing with the page. */
  titles: clients.find((c) => c.i === 0)?.titles?.() ?? null,
  lag: { p50: ms(lag.percentile(50)), p99: ms(lag.percentile(99)), max: ms(lag.max) },
});
for (const c of clients) c.close();

async function roomClient(i) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: urls[i % urls.length],
    WebSocketPolyfill: WebSocket,
    quiet: true,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc, token });
  provider.attach();
  await new Promise((resolve) => provider.on('synced', resolve));
  const edits = doc.getMap('edits');
  const instance = i % urls.length;
  edits.observe((event) => {
    if (event.transaction.local) return;
    for (const key of event.keysChanged) arrived(key, edits.get(key), instance);
  });
  // The goals of the room's first goal tree (each a Y.Map in a Y.Array), when there is one.
  const tree = [...doc.getMap('goalTrees').values()][0];
  const goals = tree instanceof Y.Map && tree.get('goals') instanceof Y.Array ? tree.get('goals') : undefined;
  const client = {
    i,
    made: 0,
    edit: (key) =>
      doc.transact(() => {
        edits.set(key, now());
        const goal = goals?.length ? goals.get((i + client.made) % goals.length) : undefined;
        if (goal instanceof Y.Map) goal.set('title', `Doel bijgewerkt door deelnemer ${i} (${client.made})`);
      }),
    has: (key) => edits.has(key),
    // A map's key order follows local arrival, so copies are compared key by key.
    final: () => JSON.stringify(Object.entries(edits.toJSON()).sort(([a], [b]) => (a < b ? -1 : 1))),
    titles: () => Object.fromEntries((goals?.toJSON() ?? []).map((g) => [g.id, g.title])),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
  return client;
}

async function relayClient(i) {
  const socket = new WebSocket(urls[i % urls.length]);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const seen = new Map();
  const instance = i % urls.length;
  socket.on('message', (data) => {
    const { key, sent } = JSON.parse(String(data));
    seen.set(key, sent);
    arrived(key, sent, instance);
  });
  const client = {
    i,
    made: 0,
    edit: (key) => {
      const sent = now();
      seen.set(key, sent);
      socket.send(JSON.stringify({ key, sent, title: `Doel bijgewerkt door deelnemer ${i} (${client.made})` }));
    },
    has: (key) => seen.has(key),
    final: () => JSON.stringify([...seen].sort(([a], [b]) => (a < b ? -1 : 1))),
    close: () => socket.close(),
  };
  return client;
}
