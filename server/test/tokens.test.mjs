import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createToken, verifyToken } from '../src/tokens.mjs';

const secret = 'a-secret-of-at-least-thirty-two-characters!';

test('a token opens its own room with its role, until it expires', () => {
  const now = Date.parse('2026-12-01T10:00:00Z');
  const t = createToken({ room: 'kring-1', role: 'read', days: 2, secret, now });
  const ok = verifyToken(t, 'kring-1', secret, now + 1000);
  assert.equal(ok.ok, true);
  assert.equal(ok.ok && ok.role, 'read');
  assert.deepEqual(verifyToken(t, 'kring-1', secret, now + 2 * 86_400_000 + 1), { ok: false, reason: 'expired' });
  assert.deepEqual(verifyToken(t, 'kring-2', secret, now), { ok: false, reason: 'wrong-room' });
});

test('a missing, malformed or forged token is refused with its reason', () => {
  const t = createToken({ room: 'r', role: 'edit', days: 1, secret });
  const [payload] = t.split('.');
  const other = createToken({ room: 'r', role: 'edit', days: 1, secret: 'another-secret-of-thirty-two-characters' });
  assert.deepEqual(verifyToken(undefined, 'r', secret), { ok: false, reason: 'missing' });
  assert.deepEqual(verifyToken('', 'r', secret), { ok: false, reason: 'missing' });
  assert.deepEqual(verifyToken('not-a-token', 'r', secret), { ok: false, reason: 'malformed' });
  assert.deepEqual(verifyToken(other, 'r', secret), { ok: false, reason: 'forged' });
  // Someone who changes the role in the payload cannot sign it.
  const raised = Buffer.from(JSON.stringify({ v: 1, room: 'r', role: 'edit', exp: 9e9 })).toString('base64url');
  assert.deepEqual(verifyToken(`${raised}.${t.split('.')[1]}`, 'r', secret), { ok: false, reason: 'forged' });
  assert.equal(verifyToken(`${payload}.${t.split('.')[1]}`, 'r', secret).ok, true);
});

test('a token is not made without a room, a known role, days and a long enough secret', () => {
  assert.throws(() => createToken({ room: '', role: 'edit', days: 1, secret }), /room/);
  assert.throws(() => createToken({ room: 'r', role: 'admin', days: 1, secret }), /role/);
  assert.throws(() => createToken({ room: 'r', role: 'edit', days: 0, secret }), /days/);
  assert.throws(() => createToken({ room: 'r', role: 'edit', days: 1, secret: 'short' }), /secret/);
});
