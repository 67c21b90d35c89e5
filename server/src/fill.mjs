// @ts-check
/**
 * Answers from phones: `POST /fill/<room>` with a `fill` (or `edit`) token and one response. The server
 * checks it as a dataset file is checked and adds it to the room itself; the phone never joins the room,
 * and all it gets back is `{ ok: true }` or `{ ok: false, reason }` — never an answer, a result or a name.
 */
import * as Y from 'yjs';
import { verifyToken } from './tokens.mjs';

const STATUS = {
  'too-many': 429,
  invalid: 400,
  malformed: 400,
  missing: 401,
  forged: 401,
  expired: 401,
  'wrong-room': 403,
  'not-allowed': 403,
  'bad-room': 404,
  'no-round': 404,
  'too-large': 413,
  'room-full': 507,
};
// Any page may post (the token is the access, not a cookie); nothing is readable but the reply.
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

/**
 * Handles the request when it is for `/fill/…`; returns false for any other path.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {{ hocuspocus: import('@hocuspocus/server').Hocuspocus; secret: string; roomName: RegExp; maxDocumentBytes: number;
 *   log: (event: string, fields?: Record<string, unknown>) => void; roomHash: (name: string) => string; today?: () => string;
 *   admit?: (room: string) => boolean }} options
 */
export async function handleFill(request, response, options) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^(?:.*)\/fill\/([^/]+)$/.exec(url.pathname);
  if (!match) return false;
  const {
    hocuspocus,
    secret,
    roomName,
    maxDocumentBytes,
    log,
    roomHash,
    today = () => new Date().toISOString().slice(0, 10),
    admit = () => true,
  } = options;
  /** @param {number} status @param {object} body */
  const reply = (status, body) => {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      ...CORS,
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
    });
    response.end(text);
  };
  if (request.method === 'OPTIONS') {
    response.writeHead(204, CORS);
    response.end();
    return true;
  }
  if (request.method !== 'POST') {
    response.writeHead(405, { ...CORS, Allow: 'POST, OPTIONS' });
    response.end();
    return true;
  }
  let room = '';
  try {
    room = decodeURIComponent(match[1]);
  } catch {
    room = '';
  }
  /** @param {keyof typeof STATUS} reason */
  const refuse = (reason) => {
    log('refused-fill', { room: roomName.test(room) ? roomHash(room) : undefined, reason });
    reply(STATUS[reason], { ok: false, reason });
  };
  if (!roomName.test(room)) return (refuse('bad-room'), true);
  const auth = request.headers.authorization ?? '';
  const checked = verifyToken(auth.startsWith('Bearer ') ? auth.slice(7) : '', room, secret);
  if (!checked.ok) return (refuse(checked.reason), true);
  if (checked.role === 'read') return (refuse('not-allowed'), true);
  // A fill token is shared by a whole group: answers per room are limited, so one link cannot flood the room.
  if (!admit(room)) return (refuse('too-many'), true);
  // The SDK's own check, built from src/sdk/live/fill.ts (scripts/build-server-sdk.mjs); loaded on the first answer.
  const { MAX_FILL_BYTES, addResponse, checkFillRequest } = await import('./sdk.generated.mjs');

  const body = await readBody(request, MAX_FILL_BYTES);
  if (body === undefined) return (refuse('too-large'), true);
  let input;
  try {
    input = JSON.parse(body);
  } catch {
    return (refuse('invalid'), true);
  }
  const parsed = checkFillRequest(input);
  if (!parsed.ok) return (refuse('invalid'), true);

  const connection = await hocuspocus.openDirectConnection(room, { role: 'fill' });
  try {
    const doc = /** @type {Y.Doc} */ (/** @type {unknown} */ (connection.document));
    if (Y.encodeStateAsUpdate(doc).byteLength + body.length > maxDocumentBytes) return (refuse('room-full'), true);
    /** @type {ReturnType<typeof addResponse> | undefined} */
    let result;
    await connection.transact((d) => {
      result = addResponse(/** @type {Y.Doc} */ (/** @type {unknown} */ (d)), parsed.request, today());
    });
    if (!result?.ok) return (refuse('no-round'), true);
    log('filled', { room: roomHash(room), added: result.added });
    reply(200, { ok: true });
  } finally {
    await connection.disconnect();
  }
  return true;
}

/**
 * A limit on answers per room: `burst` at once (a whole room pressing Versturen together), then `perSecond`.
 * A phone that is refused (429) waits and tries again by itself.
 * @param {{ burst?: number; perSecond?: number; now?: () => number }} [options]
 */
export function fillLimiter({ burst = 200, perSecond = 5, now = Date.now } = {}) {
  /** @type {Map<string, { tokens: number; at: number }>} */
  const rooms = new Map();
  return (/** @type {string} */ room) => {
    const t = now();
    const bucket = rooms.get(room) ?? { tokens: burst, at: t };
    bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
    bucket.at = t;
    if (bucket.tokens >= burst) rooms.delete(room);
    else rooms.set(room, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    rooms.set(room, bucket);
    return true;
  };
}

/**
 * The body as text, or undefined once it grows past `limit` bytes (the rest is not read).
 * @param {import('node:http').IncomingMessage} request @param {number} limit @returns {Promise<string | undefined>}
 */
function readBody(request, limit) {
  if (Number(request.headers['content-length'] ?? 0) > limit) {
    request.resume();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        resolve(undefined);
        request.removeAllListeners('data');
        request.resume();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(undefined));
  });
}
