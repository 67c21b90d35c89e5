// The clients of the `live` bench scenario, in a thread of their own so the server's event loop is not theirs.
// Client i joins `urls[i % urls.length]`, so with two server instances the clients are split between them.
// Each edit stamps a key in the map `edits` (for the latency) and, when the room holds goals, renames one
// goal in the same transaction, so that a browser page in the room has real work to do for every edit.
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';

const { urls, room, token, count, seconds } = workerData;
const now = () => performance.timeOrigin + performance.now();
/** Latencies between clients of the same instance, and between clients of different instances. */
const same = [];
const cross = [];
const instanceOf = (key) => Number(key.slice(1, key.indexOf('-'))) % urls.length;
const clients = [];
for (let i = 0; i < count; i++) {
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
    const t = now();
    for (const key of event.keysChanged) (instanceOf(key) === instance ? same : cross).push(t - edits.get(key));
  });
  // The goals of the room's first goal tree (each a Y.Map in a Y.Array), when there is one.
  const tree = [...doc.getMap('goalTrees').values()][0];
  const goals = tree instanceof Y.Map && tree.get('goals') instanceof Y.Array ? tree.get('goals') : undefined;
  clients.push({ doc, socket, provider, edits, goals, made: 0 });
}
// One edit a second per client, spread over the second.
const timers = clients.map((c, i) =>
  setTimeout(
    () => {
      const edit = () =>
        c.doc.transact(() => {
          const key = `c${i}-${c.made++}`;
          c.edits.set(key, now());
          const goal = c.goals?.length ? c.goals.get((i + c.made) % c.goals.length) : undefined;
          if (goal instanceof Y.Map) goal.set('title', `Doel bijgewerkt door deelnemer ${i} (${c.made})`);
        });
      edit();
      c.interval = setInterval(edit, 1000);
    },
    (i * 1000) / count,
  ),
);
await new Promise((r) => setTimeout(r, seconds * 1000));
timers.forEach(clearTimeout);
clients.forEach((c) => clearInterval(c.interval));
await new Promise((r) => setTimeout(r, 3000));

const made = clients.reduce((n, c) => n + c.made, 0);
const keys = clients.flatMap((c, i) => Array.from({ length: c.made }, (_, k) => `c${i}-${k}`));
const lost = clients.reduce((n, c) => n + keys.filter((k) => !c.edits.has(k)).length, 0);
// A map's key order follows local arrival, so copies are compared key by key.
const sorted = (c) => JSON.stringify(Object.entries(c.edits.toJSON()).sort(([a], [b]) => (a < b ? -1 : 1)));
const identical = clients.every((c) => sorted(c) === sorted(clients[0]));
/** Goal id → title in the first client's copy, for comparing with the page. */
const titles = Object.fromEntries((clients[0].goals?.toJSON() ?? []).map((g) => [g.id, g.title]));
clients.forEach((c) => {
  c.provider.destroy();
  c.socket.destroy();
});
parentPort.postMessage({ same, cross, made, lost, identical, titles });
