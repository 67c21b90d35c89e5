// One samenspel server instance of the `live` bench scenario in a thread of its own, as each instance behind
// Redis has its own process in production: two instances on one event loop would each wait for the other.
// It notes when each edit reaches its copy of the room (on the process's monotonic clock) and measures its
// own event-loop delay. Protocol: → {url}; ← {measure} (edits begin); ← {report} → {reached, lag}; ← {close} → {closed}.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { startServer } from '../../server/src/server.mjs';

const { room, ...options } = workerData;
const now = () => Number(process.hrtime.bigint() / 1000n) / 1000;
const reached = new Map();
const server = await startServer({ port: 0, log: () => {}, ...options });
server.server.hocuspocus.configuration.extensions.push({
  afterLoadDocument: async ({ documentName, document }) => {
    if (documentName !== room) return;
    document.getMap('edits').observe((event) => {
      const t = now();
      for (const key of event.keysChanged) reached.set(key, t);
    });
  },
});
const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
parentPort.postMessage({ url: server.url });
parentPort.on('message', async (m) => {
  if (m.measure) lag.reset();
  if (m.report) {
    lag.disable();
    const ms = (ns) => Math.round(ns / 1e5) / 10;
    parentPort.postMessage({
      reached: [...reached],
      lag: { p50: ms(lag.percentile(50)), p99: ms(lag.percentile(99)), max: ms(lag.max) },
    });
  }
  if (m.close) {
    await server.close();
    parentPort.postMessage({ closed: true });
  }
});
