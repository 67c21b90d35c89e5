// Answers from phones: POST /fill/<room> adds one response to the room, server-side; a fill token reads nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { client, loadSdk, server, tempDir, token, until } from './helpers.mjs';

/** What must never reach a phone: other people's answers and comments, the names in the room, results. */
const SECRETS = ['GEHEIM-COMMENTAAR', 'Huisarts Zuid', 'Wijkteam Noord', 'Anja', 'ambitie-1', 'responses'];

const answers = (value) => Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`ambitie-${i}`, value]));
const existing = (id, role) => ({
  id,
  round: 'round-1',
  role,
  submitted: '2026-11-30',
  answers: answers(4),
  comments: { ambitie: `GEHEIM-COMMENTAAR ${id}` },
});

/** Every byte a plain HTTP client receives for one request (headers and body), over a raw socket. */
function rawPost(port, path, body, headers = {}) {
  return new Promise((resolveBytes, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks = [];
    const payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    socket.on('connect', () => {
      const lines = [
        `POST ${path} HTTP/1.1`,
        'Host: 127.0.0.1',
        'Connection: close',
        'Content-Type: application/json',
        `Content-Length: ${payload.length}`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
        '',
        '',
      ];
      socket.write(Buffer.concat([Buffer.from(lines.join('\r\n')), payload]));
    });
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      resolveBytes({ raw: text, status: Number(head.split(' ')[1]), body: rest.join('\r\n\r\n') });
    });
    socket.on('error', reject);
  });
}

describe('answers from phones', () => {
  let s;
  let tmp;
  let editor;
  const room = 'workshop-1';
  const fill = token(room, 'fill');
  const post = (body, t = fill, path = `/fill/${room}`) =>
    rawPost(s.port, path, body, t === null ? {} : { Authorization: `Bearer ${t}` });
  const stored = () => editor.store.snapshot.checks[0].responses;
  const sent = (id, role = 'zorg', extra = {}) => ({
    check: 'check-1',
    round: 'round-1',
    response: { id, role, answers: answers(3), ...extra },
  });

  before(async () => {
    tmp = tempDir();
    s = await server({ db: join(tmp.dir, 'rooms.sqlite') });
    const { parseDataset } = await loadSdk();
    const { dataset } = parseDataset({
      format: 'samenspel',
      version: 1,
      parties: [
        { id: 'p1', name: 'Huisarts Zuid', kind: 'organisatie', field: 'medisch' },
        { id: 'p2', name: 'Wijkteam Noord', kind: 'organisatie', field: 'welzijn' },
      ],
      relations: [],
      careNetworks: [],
      goalTrees: [],
      routes: [],
      checks: [
        {
          id: 'check-1',
          title: 'Samenwerkingscheck Stein',
          instrument: 'default',
          rounds: [{ id: 'round-1', title: 'Ronde 1', date: '2026-11-30' }],
          responses: [existing('old-1', 'gemeente'), existing('old-2', 'zorg')],
          actions: [],
        },
      ],
    });
    editor = await client(s.url, room, token(room, 'edit'), { dataset }).bind();
    editor.provider.setAwarenessField('user', { name: 'Anja' });
  });
  after(async () => {
    editor.close();
    await s.close();
    tmp.remove();
  });

  test('a response is added to the room by the server; the phone gets back only that it was taken', async () => {
    const reply = await post(sent('phone-1', 'welzijn', { comments: { relatie: 'Goed overleg' } }));
    assert.equal(reply.status, 200);
    assert.equal(reply.body, '{"ok":true}');
    for (const secret of SECRETS) assert.ok(!reply.raw.includes(secret), `the reply holds ${secret}`);
    await until(() => stored().some((r) => r.id === 'phone-1'), 'the response at the facilitator');
    const added = stored().find((r) => r.id === 'phone-1');
    assert.deepEqual(
      { ...added, answers: { ...added.answers }, comments: { ...added.comments } },
      {
        id: 'phone-1',
        round: 'round-1',
        role: 'welzijn',
        submitted: new Date().toISOString().slice(0, 10),
        answers: answers(3),
        comments: { relatie: 'Goed overleg' },
      },
    );
    assert.deepEqual(editor.issues, []);
    const line = s.logs.find((l) => l.event === 'filled');
    assert.ok(line && line.added === true && !JSON.stringify(s.logs).includes(room));
  });

  test('sending the same response twice (a double tap, a retry) adds it once', async () => {
    const before = stored().length;
    const [a, b] = await Promise.all([post(sent('phone-twice')), post(sent('phone-twice'))]);
    const c = await post(sent('phone-twice'));
    assert.deepEqual([a.status, b.status, c.status], [200, 200, 200]);
    await until(() => stored().length === before + 1, 'one response more');
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(stored().filter((r) => r.id === 'phone-twice').length, 1);
  });

  for (const [what, body, status, reason] of [
    ['a role that does not exist', sent('bad-role', 'baas'), 400, 'invalid'],
    [
      'an answer of 7',
      { ...sent('bad-answer'), response: { id: 'bad-answer', role: 'zorg', answers: { 'ambitie-1': 7 } } },
      400,
      'invalid',
    ],
    ['a field a response does not have', sent('bad-field', 'zorg', { party: 'p1', secretNote: 'x' }), 400, 'invalid'],
    [
      'a comment past 10,000 characters',
      sent('bad-comment', 'zorg', { comments: { ambitie: 'x'.repeat(10_001) } }),
      400,
      'invalid',
    ],
    ['text that is not JSON', '{"response": ', 400, 'invalid'],
    [
      'a response larger than 32 KB',
      sent('too-large', 'zorg', {
        comments: Object.fromEntries(['a', 'b', 'c', 'd'].map((k) => [k, 'y'.repeat(9000)])),
      }),
      413,
      'too-large',
    ],
    ['a round that is not open', { ...sent('no-round'), round: 'round-9' }, 404, 'no-round'],
    ['a check that is not there', { ...sent('no-check'), check: 'check-9' }, 404, 'no-round'],
  ]) {
    test(`refuses ${what} with the reason, and stores nothing`, async () => {
      const state = Y.encodeStateVector(editor.doc);
      const reply = await post(body);
      assert.equal(reply.status, status);
      assert.deepEqual(JSON.parse(reply.body), { ok: false, reason });
      await new Promise((r) => setTimeout(r, 150));
      assert.deepEqual(Y.encodeStateVector(editor.doc), state, 'the room did not change');
      assert.ok(s.logs.some((l) => l.event === 'refused-fill' && l.reason === reason));
    });
  }

  for (const [what, value, status, reason] of [
    ['no token', null, 401, 'missing'],
    ['an expired token', token(room, 'fill', 1, Date.now() - 2 * 86_400_000), 401, 'expired'],
    ['a token for another room', token('other', 'fill'), 403, 'wrong-room'],
    ['a read token', token(room, 'read'), 403, 'not-allowed'],
  ]) {
    test(`refuses ${what}`, async () => {
      const reply = await post(sent('refused'), value);
      assert.equal(reply.status, status);
      assert.deepEqual(JSON.parse(reply.body), { ok: false, reason });
    });
  }

  test('a page on another site may post (CORS): the preflight is answered, the reply is readable', async () => {
    const response = await fetch(`http://127.0.0.1:${s.port}/fill/${room}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://gemeente.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const viaProxyPath = await post(sent('via-proxy'), fill, `/samenspel/fill/${room}`);
    assert.equal(viaProxyPath.status, 200, 'a path prefix (a reverse proxy) works too');
  });

  test('a fill token cannot join the room: every byte it receives holds no answer, no result and no name', async () => {
    const received = [];
    // A WebSocket that keeps every message the server sends, before the provider reads it.
    class Recording extends WebSocket {
      constructor(...args) {
        super(...args);
        this.on('message', (data) => received.push(Buffer.from(data)));
      }
    }
    const socket = new HocuspocusProviderWebsocket({
      url: s.url,
      WebSocketPolyfill: Recording,
      delay: 50,
      minDelay: 50,
      maxDelay: 200,
      quiet: true,
    });
    const failed = [];
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room,
      document: doc,
      token: fill,
      onAuthenticationFailed: ({ reason }) => failed.push(reason),
    });
    provider.attach();
    await until(() => failed.length > 0, 'the refusal');
    await new Promise((r) => setTimeout(r, 300));
    provider.destroy();
    socket.destroy();
    assert.deepEqual(failed, ['fill-only']);
    assert.ok(received.length > 0, 'the refusal itself came over the wire');
    const bytes = Buffer.concat(received);
    for (const secret of SECRETS) assert.ok(!bytes.includes(secret), `the socket received ${secret}`);
    assert.equal(doc.getMap('checks').size, 0);
    assert.ok(s.logs.some((l) => l.event === 'refused' && l.reason === 'fill-only'));
  });

  test('one link cannot flood a room: past the burst, answers wait (429), and the phone tries again later', async () => {
    const limited = await server({ db: join(tmp.dir, 'limited.sqlite'), fillRate: { burst: 3, perSecond: 2 } });
    try {
      const { parseDataset } = await loadSdk();
      const { dataset } = parseDataset({
        format: 'samenspel',
        version: 1,
        parties: [],
        relations: [],
        careNetworks: [],
        goalTrees: [],
        routes: [],
        checks: [
          {
            id: 'check-1',
            title: 'Check',
            rounds: [{ id: 'round-1', title: 'R', date: '2026-11-30' }],
            responses: [],
            actions: [],
          },
        ],
      });
      const c = await client(limited.url, room, token(room, 'edit'), { dataset }).bind();
      const replies = [];
      for (let i = 0; i < 5; i++)
        replies.push(
          (await rawPost(limited.port, `/fill/${room}`, sent(`burst-${i}`), { Authorization: `Bearer ${fill}` }))
            .status,
        );
      assert.deepEqual(replies, [200, 200, 200, 429, 429]);
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(
        (await rawPost(limited.port, `/fill/${room}`, sent('later'), { Authorization: `Bearer ${fill}` })).status,
        200,
      );
      await until(() => c.store.snapshot.checks[0].responses.length === 4, 'four answers');
      assert.ok(limited.logs.some((l) => l.event === 'refused-fill' && l.reason === 'too-many'));
      c.close();
    } finally {
      await limited.close();
    }
  });

  test('a full room refuses the response and keeps serving the others', async () => {
    const small = await server({ db: join(tmp.dir, 'small.sqlite'), maxDocumentBytes: 8 * 1024 });
    try {
      const { parseDataset } = await loadSdk();
      const { dataset } = parseDataset({
        format: 'samenspel',
        version: 1,
        parties: [],
        relations: [],
        careNetworks: [],
        goalTrees: [],
        routes: [],
        checks: [
          {
            id: 'check-1',
            title: 'Check',
            instrument: {
              id: 'i',
              title: { nl: 'I' },
              aspects: [{ id: 'a', title: { nl: 'A' }, statements: [{ id: 's', text: { nl: 'S' } }] }],
            },
            rounds: [{ id: 'round-1', title: 'R', date: '2026-11-30' }],
            responses: [],
            actions: [],
          },
        ],
      });
      const c = await client(small.url, room, token(room, 'edit'), { dataset }).bind();
      await new Promise((r) => setTimeout(r, 100));
      const reply = await rawPost(
        small.port,
        `/fill/${room}`,
        {
          check: 'check-1',
          round: 'round-1',
          response: { id: 'big', role: 'zorg', answers: {}, comments: { a: 'z'.repeat(9000) } },
        },
        { Authorization: `Bearer ${fill}` },
      );
      assert.deepEqual([reply.status, JSON.parse(reply.body)], [507, { ok: false, reason: 'room-full' }]);
      const ok = await rawPost(
        small.port,
        `/fill/${room}`,
        { check: 'check-1', round: 'round-1', response: { id: 'small', role: 'zorg', answers: { s: 2 } } },
        { Authorization: `Bearer ${fill}` },
      );
      assert.equal(ok.status, 200);
      await until(() => c.store.snapshot.checks[0].responses.length === 1, 'the small one arrives');
      c.close();
    } finally {
      await small.close();
    }
  });
});
