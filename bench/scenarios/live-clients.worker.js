// The clients of the `live` bench scenario, in a thread of their own so the server's event loop is not theirs.
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';

const { url, token, count, seconds } = workerData;
const now = () => performance.timeOrigin + performance.now();
const latencies = [];
const clients = [];
for (let i = 0; i < count; i++) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, quiet: true });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: 'bench', document: doc, token });
  provider.attach();
  await new Promise((resolve) => provider.on('synced', resolve));
  const edits = doc.getMap('edits');
  edits.observe((event) => {
    if (event.transaction.local) return;
    const t = now();
    for (const key of event.keysChanged) latencies.push(t - edits.get(key));
  });
  clients.push({ socket, provider, edits, made: 0 });
}
// One edit a second per client, spread over the second.
const timers = clients.map((c, i) => setTimeout(() => {
  const edit = () => c.edits.set(`c${i}-${c.made++}`, now());
  edit();
  c.interval = setInterval(edit, 1000);
}, (i * 1000) / count));
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
clients.forEach((c) => { c.provider.destroy(); c.socket.destroy(); });
parentPort.postMessage({ latencies, made, lost, identical });
