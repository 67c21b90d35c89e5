// @ts-check
/**
 * The samenspel server: Hocuspocus with rooms kept in one SQLite file, a signed token per person and
 * room, limits per connection, and rooms removed after a retention period. With a Redis URL, several
 * instances share their rooms.
 */
import { createHash } from 'node:crypto';
import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import * as Y from 'yjs';
import { RoomStore } from './storage.mjs';
import { checkSecret, verifyToken } from './tokens.mjs';
import { fillLimiter, handleFill } from './fill.mjs';

/** Room names a host may use: letters, digits, `-`, `_` and `.`, up to 100. */
export const ROOM_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * Why the server closed a connection (WebSocket close codes from the application range), so a client
 * can say so instead of trying again.
 */
export const CLOSE = {
  tooLarge: { code: 4413, reason: 'too-large' },
  roomFull: { code: 4507, reason: 'room-full' },
  tooFast: { code: 4429, reason: 'too-many-updates' },
};

/**
 * @typedef {object} ServerOptions
 * @property {number} [port] 0 picks a free port; default 1234
 * @property {string} [host] default 127.0.0.1: put a reverse proxy with TLS in front
 * @property {string} [db] the SQLite file; default `samenspel.sqlite`
 * @property {string} secret the HMAC secret for tokens (32 characters or more)
 * @property {number} [retentionDays] remove rooms untouched this long
 * @property {string} [redis] `redis://host:port`: share rooms with other instances
 * @property {number} [maxDocumentBytes] largest room (its Yjs state); default 5 MB
 * @property {number} [maxMessageBytes] largest single message; default 1 MB
 * @property {number} [updatesPerSecond] messages a connection may send per second on average; default 30
 * @property {number} [burst] messages a connection may send at once; default 300
 * @property {number} [debounce] ms to wait before a changed room is written to the file; default 2000
 * @property {{ burst?: number; perSecond?: number }} [fillRate] answers from phones a room takes at once, then per second; default 200, then 5
 * @property {boolean} [batchWrites] default true: what one turn of the event loop sends to a client leaves in one write
 * @property {(event: string, fields?: Record<string, unknown>) => void} [log]
 */

/** One JSON line per event on stderr. Rooms appear as a short hash, never by name; no tokens, no addresses. */
export function jsonLog(event, fields = {}) {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
}

/** A room as it appears in the log. @param {string} name */
export const roomHash = (name) => createHash('sha256').update(name).digest('hex').slice(0, 12);

/**
 * Starts a server; resolves when it listens.
 * @param {ServerOptions} options
 */
export async function startServer(options) {
  const {
    port = 1234,
    host = '127.0.0.1',
    db = 'samenspel.sqlite',
    secret,
    retentionDays,
    redis,
    maxDocumentBytes = 5 * 1024 * 1024,
    maxMessageBytes = 1024 * 1024,
    updatesPerSecond = 30,
    burst = 300,
    debounce = 2000,
    log = jsonLog,
    fillRate,
    batchWrites = true,
  } = options;
  const admit = fillLimiter(fillRate);
  checkSecret(secret);
  const rooms = new RoomStore(db);
  /** @type {WeakMap<object, { tokens: number; at: number }>} */
  const buckets = new WeakMap();
  /** @type {WeakMap<Y.Doc, { bytes: number; measured: number }>} an upper bound of each open room's size */
  const sizes = new WeakMap();

  /** Connections already refused: they are logged once, not for every message still on its way. */
  const refused = new WeakSet();
  /** @param {{ code: number; reason: string }} why @param {object} connection @param {string} room @param {Record<string, unknown>} [extra] */
  const refuse = (why, connection, room, extra = {}) => {
    if (!refused.has(connection)) log('refused-update', { room: roomHash(room), reason: why.reason, ...extra });
    refused.add(connection);
    return Object.assign(new Error(why.reason), why);
  };

  const extensions = [
    new Database({
      fetch: async ({ documentName }) => rooms.load(documentName),
      store: async ({ documentName, state }) => rooms.save(documentName, state),
    }),
  ];
  if (redis) {
    const { RedisRooms } = await import('./redis.mjs');
    const url = new URL(redis);
    // First: its lock lets only one instance write a room; the hooks after it do not run on the others.
    extensions.unshift(
      /** @type {never} */ (
        new RedisRooms({
          host: url.hostname,
          port: Number(url.port || 6379),
          options: {
            // Only what the URL sets: a `db` of 0 would still send SELECT on the subscriber connection.
            ...Object.fromEntries(
              Object.entries({
                username: decodeURIComponent(url.username),
                password: decodeURIComponent(url.password),
                db: Number(url.pathname.slice(1)) || undefined,
              }).filter(([, v]) => v),
            ),
            // ioredis 5.11 runs its ready check (INFO) after a subscription may already have started, which Redis refuses.
            enableReadyCheck: false,
          },
        })
      ),
    );
  }

  const server = new Server({
    port,
    address: host,
    quiet: true,
    debounce,
    stopOnSignals: false,
    extensions,
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const checked = ROOM_NAME.test(documentName)
        ? verifyToken(token, documentName, secret)
        : /** @type {const} */ ({ ok: false, reason: 'bad-room' });
      // A respondent never joins the room: it would read every answer in it. Answers come in by POST /fill/<room>.
      const refusal = !checked.ok ? checked.reason : checked.role === 'fill' ? 'fill-only' : undefined;
      if (refusal || !checked.ok) {
        log('refused', { room: ROOM_NAME.test(documentName) ? roomHash(documentName) : undefined, reason: refusal });
        throw Object.assign(new Error(refusal), { reason: refusal });
      }
      // `read` follows the room and cannot change it.
      connectionConfig.readOnly = checked.role !== 'edit';
      log('joined', { room: roomHash(documentName), role: checked.role });
      return { role: checked.role };
    },
    async beforeHandleMessage({ update, connection, document, documentName }) {
      if (update.byteLength > maxMessageBytes)
        throw refuse(CLOSE.tooLarge, connection, documentName, { bytes: update.byteLength });
      const now = Date.now();
      const bucket = buckets.get(connection) ?? { tokens: burst, at: now };
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * updatesPerSecond);
      bucket.at = now;
      buckets.set(connection, bucket);
      if (bucket.tokens < 1) throw refuse(CLOSE.tooFast, connection, documentName);
      bucket.tokens -= 1;
      // The exact size is costly, so each message counts up an upper bound, measured again near the limit
      // (at most once a second: messages that passed this check may not be in the document yet).
      let size = sizes.get(document) ?? { bytes: Y.encodeStateAsUpdate(document).byteLength, measured: now };
      if (size.bytes + update.byteLength > maxDocumentBytes && now - size.measured > 1000)
        size = { bytes: Y.encodeStateAsUpdate(document).byteLength, measured: now };
      sizes.set(document, size);
      if (size.bytes + update.byteLength > maxDocumentBytes)
        throw refuse(CLOSE.roomFull, connection, documentName, { bytes: size.bytes });
      size.bytes += update.byteLength;
    },
    async onRequest({ request, response }) {
      let handled = true;
      try {
        handled = await handleFill(request, response, {
          hocuspocus: server.hocuspocus,
          secret,
          roomName: ROOM_NAME,
          maxDocumentBytes,
          log,
          roomHash,
          admit,
        });
      } catch (error) {
        log('fill-failed', { error: error instanceof Error ? error.name : 'unknown' });
        if (!response.headersSent) response.writeHead(500, { 'Access-Control-Allow-Origin': '*' });
        response.end();
      }
      // A rejection without an error is how Hocuspocus is told that the request was answered.
      if (handled) return Promise.reject();
    },
    async onDisconnect({ documentName }) {
      log('left', { room: roomHash(documentName) });
    },
  });

  if (batchWrites) server.webSocketServer.on('connection', writeInBatches);

  const sweep = () => {
    if (!retentionDays) return;
    const removed = rooms.removeOlderThan(retentionDays, new Set(server.hocuspocus.documents.keys()));
    if (removed) log('retention', { removed, days: retentionDays });
  };
  sweep();
  const timer = setInterval(sweep, 60 * 60 * 1000);
  timer.unref();

  // Not server.listen(): Hocuspocus 3 hands `address` to Node, which reads `host`, so it would listen on every interface.
  await new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ port, host }, () => {
      server.httpServer.off('error', reject);
      resolve(undefined);
    });
  });
  const { port: actualPort } = server.address;
  await server.hocuspocus.hooks('onListen', {
    instance: server.hocuspocus,
    configuration: server.configuration,
    port: actualPort,
  });
  log('listening', { host, port: actualPort, redis: Boolean(redis), retentionDays: retentionDays ?? null });

  return {
    server,
    rooms,
    port: actualPort,
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    /** Stops: open rooms are written to the file first. */
    async close() {
      clearInterval(timer);
      await server.destroy();
      // As when the process ends: no socket stays open, so clients notice and reconnect.
      for (const socket of server.webSocketServer.clients) socket.terminate();
      server.httpServer.closeAllConnections();
      rooms.close();
    },
  };
}

/**
 * Every update is sent to every client in the room, one system call per message and client; on loopback or a
 * busy machine those calls are most of the server's work. A server that falls behind reads several updates in
 * one turn of its event loop: their messages to one client then leave together, in one write at the end of the
 * turn, so the more it has to catch up, the less each update costs. A server that keeps up sends each update
 * in the turn it arrives, as before.
 * @param {import('ws').WebSocket} ws
 */
function writeInBatches(ws) {
  const socket = /** @type {import('node:net').Socket | undefined} */ (/** @type {any} */ (ws)._socket);
  if (typeof socket?.cork !== 'function') return;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  const send = ws.send.bind(ws);
  ws.send = /** @type {typeof ws.send} */ (
    (...args) => {
      if (!corked && !socket.destroyed) {
        corked = true;
        socket.cork();
        setImmediate(uncork);
      }
      return send(.../** @type {Parameters<typeof ws.send>} */ (args));
    }
  );
}
