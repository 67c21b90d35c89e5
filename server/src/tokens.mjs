// @ts-check
/**
 * Room tokens: what a host gives a person so they can join one room, with one role, until a date.
 * A token is `<payload>.<signature>`, both base64url: the payload is JSON `{ v, room, role, exp }`,
 * the signature an HMAC-SHA256 of the payload with the server's secret. Nothing personal is in it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** `edit` may change the dataset, `read` only follows it, `fill` answers a cooperation check. */
export const ROLES = /** @type {const} */ (['edit', 'read', 'fill']);
/** @typedef {(typeof ROLES)[number]} Role */
/** @typedef {'missing' | 'malformed' | 'forged' | 'expired' | 'wrong-room'} Refusal */

const DAY = 24 * 60 * 60;
const MAX_TOKEN_LENGTH = 2048;

/** @param {string} payload @param {string} secret */
const sign = (payload, secret) => createHmac('sha256', secret).update(payload).digest('base64url');

/**
 * A signed token for one room and role, valid for `days` days.
 * @param {{ room: string; role: Role; days: number; secret: string; now?: number }} options
 */
export function createToken({ room, role, days, secret, now = Date.now() }) {
  if (!room) throw new Error('A token needs a room (--room).');
  if (!ROLES.includes(role)) throw new Error(`The role must be one of ${ROLES.join(', ')}.`);
  if (!(days > 0)) throw new Error('The number of days must be more than 0 (--days).');
  checkSecret(secret);
  const payload = Buffer.from(JSON.stringify({ v: 1, room, role, exp: Math.floor(now / 1000 + days * DAY) })).toString(
    'base64url',
  );
  return `${payload}.${sign(payload, secret)}`;
}

/**
 * Checks a token for a room. Never throws: a refusal comes with a reason a person can act on.
 * @param {unknown} token @param {string} room @param {string} secret @param {number} [now]
 * @returns {{ ok: true; role: Role; expires: Date } | { ok: false; reason: Refusal }}
 */
export function verifyToken(token, room, secret, now = Date.now()) {
  if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing' };
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  let claims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (
    !claims ||
    claims.v !== 1 ||
    typeof claims.room !== 'string' ||
    !ROLES.includes(claims.role) ||
    typeof claims.exp !== 'number'
  ) {
    return { ok: false, reason: 'malformed' };
  }
  if (claims.exp * 1000 <= now) return { ok: false, reason: 'expired' };
  if (claims.room !== room) return { ok: false, reason: 'wrong-room' };
  return { ok: true, role: claims.role, expires: new Date(claims.exp * 1000) };
}

/** @param {string} secret */
export function checkSecret(secret) {
  if (typeof secret !== 'string' || secret.length < 32)
    throw new Error('The server secret must be at least 32 characters (SAMENSPEL_SECRET or a secret file).');
}
