// The server with real providers over WebSocket on loopback: access, limits, faults and persistence.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { client, loadSdk, party, server, tempDir, token, until } from './helpers.mjs';

const open = [];
const track = (c) => (open.push(c), c);
after(() => open.forEach((c) => c.close()));

describe('access', () => {
  let s;
  let tmp;
  before(async () => {
    tmp = tempDir();
    s = await server({ db: join(tmp.dir, 'rooms.sqlite') });
  });
  after(async () => {
    await s.close();
    tmp.remove();
  });

  for (const [why, value, reason] of [
    ['no token', '', 'missing'],
    ['a forged token', token('kring').replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), 'forged'],
    ['an expired token', token('kring', 'edit', 1, Date.now() - 2 * 86_400_000), 'expired'],
    ['a token for another room', token('other-room'), 'wrong-room'],
  ]) {
    test(`refuses ${why}, says why, and logs it without the token or the room's name`, async () => {
      const c = track(client(s.url, 'kring', value));
      await until(() => c.events.failed.length > 0, 'the refusal');
      assert.deepEqual(c.events.failed, [reason]);
      const line = s.logs.find((l) => l.event === 'refused' && l.reason === reason);
      assert.ok(line, `a log line for ${reason}`);
      const text = JSON.stringify(s.logs);
      assert.ok(!text.includes('kring') && (!value || !text.includes(value)));
      c.close();
    });
  }

  test('a read token follows the room but cannot change it', async () => {
    const editor = track(client(s.url, 'read-room', token('read-room', 'edit')));
    const reader = track(client(s.url, 'read-room', token('read-room', 'read')));
    await Promise.all([editor.synced, reader.synced]);
    editor.doc.getMap('parties').set('x', new Y.Map([['id', 'x']]));
    await until(() => reader.doc.getMap('parties').has('x'), 'the edit at the reader');
    reader.doc.getMap('parties').set('y', new Y.Map([['id', 'y']]));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(editor.doc.getMap('parties').has('y'), false);
    const late = track(client(s.url, 'read-room', token('read-room', 'edit')));
    await late.synced;
    assert.deepEqual([...late.doc.getMap('parties').keys()], ['x']);
  });
});

describe('co-editing through the server', () => {
  let s;
  let tmp;
  let db;
  before(async () => {
    tmp = tempDir();
    db = join(tmp.dir, 'rooms.sqlite');
    s = await server({ db });
  });
  after(async () => {
    await s.close();
    tmp.remove();
  });

  test('an edit in one store appears in the other; the same field changed at once ends the same everywhere', async () => {
    const { emptyDataset } = await loadSdk();
    const a = track(
      await client(s.url, 'same-field', token('same-field'), {
        dataset: { ...emptyDataset(), parties: [party('p', 'Wijkteam')] },
      }).bind(),
    );
    const b = track(await client(s.url, 'same-field', token('same-field')).bind());
    assert.equal(b.store.get('parties', 'p')?.name, 'Wijkteam');
    a.store.apply({ op: 'put', collection: 'parties', record: party('p', 'Wijkteam Noord') });
    b.store.apply({ op: 'put', collection: 'parties', record: party('p', 'Wijkteam Zuid') });
    await until(() => a.store.get('parties', 'p').name === b.store.get('parties', 'p').name, 'one value');
    assert.ok(['Wijkteam Noord', 'Wijkteam Zuid'].includes(a.store.get('parties', 'p').name));
  });

  test('keeps a hostile record out of the other views, reports it, and keeps the rest live', async () => {
    const { emptyDataset } = await loadSdk();
    const tree = {
      id: 't',
      title: 'Doelen',
      goals: [
        { id: 'g0', title: 'Hoofd', partners: [], steps: [] },
        { id: 'g1', parent: 'g0', title: 'Sub', partners: [], steps: [] },
      ],
    };
    const a = track(
      await client(s.url, 'hostile', token('hostile'), { dataset: { ...emptyDataset(), goalTrees: [tree] } }).bind(),
    );
    const evil = track(client(s.url, 'hostile', token('hostile')));
    await evil.synced;
    evil.doc.transact(() => {
      const p = new Y.Map();
      for (const [k, v] of Object.entries({ id: 'x', name: 'Klik', kind: 'organisatie', field: 'zorg' })) p.set(k, v);
      p.set('contact', new Y.Map([['website', 'javascript:alert(document.cookie)']]));
      evil.doc.getMap('parties').set('x', p);
      evil.doc.getMap('goalTrees').get('t').get('goals').get(0).set('parent', 'g1');
    });
    await until(() => a.store.get('parties', 'x'), 'the record');
    assert.equal(a.store.get('parties', 'x').contact?.website, undefined);
    assert.equal(a.store.get('goalTrees', 't').goals.find((g) => g.id === 'g0').parent, undefined);
    assert.ok(a.issues.some((i) => i.code === 'unsafe-url'));
    assert.ok(a.issues.some((i) => i.code === 'goal-cycle'));
    a.store.apply({ op: 'put', collection: 'parties', record: party('y', 'Daarna') });
    await until(() => evil.doc.getMap('parties').has('y'), 'a later edit');
  });

  test("a client offline for a while gets everyone's edits and gives its own when back", async () => {
    const a = track(await client(s.url, 'offline', token('offline')).bind());
    const b = track(await client(s.url, 'offline', token('offline')).bind());
    b.provider.disconnect();
    b.socket.disconnect();
    a.store.apply({ op: 'put', collection: 'parties', record: party('from-a') });
    b.store.apply({ op: 'put', collection: 'parties', record: party('from-b') });
    b.store.apply({ op: 'put', collection: 'parties', record: party('from-b-2') });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(a.store.get('parties', 'from-b'), undefined);
    await b.socket.connect();
    b.provider.connect();
    await until(
      () => a.store.snapshot.parties.length === 3 && b.store.snapshot.parties.length === 3,
      'both sides merged',
    );
    assert.deepEqual(JSON.parse(JSON.stringify(a.store.snapshot)), JSON.parse(JSON.stringify(b.store.snapshot)));
  });

  test('a malformed update closes only that connection; the room and the others go on', async () => {
    const a = track(client(s.url, 'malformed', token('malformed')));
    const b = track(client(s.url, 'malformed', token('malformed')));
    await Promise.all([a.synced, b.synced]);
    const message = encoding.createEncoder();
    encoding.writeVarString(message, 'malformed');
    encoding.writeVarUint(message, 0); // sync
    encoding.writeVarUint(message, 2); // update
    encoding.writeVarUint8Array(message, new Uint8Array([255, 255, 255, 1, 2, 3, 4, 5]));
    const errors = [];
    const log = console.error;
    console.error = (...args) => errors.push(args);
    try {
      b.socket.webSocket.send(encoding.toUint8Array(message));
      await until(() => b.events.closed.length > 0 || errors.length > 0, 'the server to refuse it');
    } finally {
      console.error = log;
    }
    a.doc.getMap('parties').set('still', new Y.Map([['id', 'still']]));
    const c = track(client(s.url, 'malformed', token('malformed')));
    await c.synced;
    await until(() => c.doc.getMap('parties').has('still'), 'a new client to see the room');
  });
});

describe('limits', () => {
  let s;
  let tmp;
  before(async () => {
    tmp = tempDir();
    s = await server({
      db: join(tmp.dir, 'rooms.sqlite'),
      maxMessageBytes: 20_000,
      maxDocumentBytes: 60_000,
      updatesPerSecond: 5,
      burst: 20,
    });
  });
  after(async () => {
    await s.close();
    tmp.remove();
  });

  test('an oversized update is refused; the other client never gets it and keeps editing', async () => {
    const a = track(client(s.url, 'big', token('big')));
    const b = track(client(s.url, 'big', token('big')));
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('parties').set('huge', 'x'.repeat(50_000));
    await until(() => a.events.closed.includes('too-large'), 'the refusal');
    b.doc.getMap('parties').set('small', 'ok');
    const c = track(client(s.url, 'big', token('big')));
    await c.synced;
    await until(() => c.doc.getMap('parties').has('small'), 'the small edit');
    assert.equal(b.doc.getMap('parties').has('huge'), false);
    assert.ok(s.logs.some((l) => l.event === 'refused-update' && l.reason === 'too-large'));
  });

  test('a room past its size takes no more; the room stays readable', async () => {
    const a = track(client(s.url, 'full', token('full')));
    await a.synced;
    for (let i = 0; i < 6; i++) a.doc.getMap('parties').set(`p${i}`, 'y'.repeat(15_000));
    await until(() => a.events.closed.includes('room-full'), 'the refusal');
    const b = track(client(s.url, 'full', token('full')));
    await b.synced;
    assert.ok(b.doc.getMap('parties').size >= 1 && b.doc.getMap('parties').size < 6);
  });

  test('a client sending too fast is cut off; another client in the room is not', async () => {
    const a = track(client(s.url, 'fast', token('fast')));
    const b = track(client(s.url, 'fast', token('fast')));
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 60; i++) a.doc.getMap('parties').set(`n${i}`, i);
    await until(() => a.events.closed.includes('too-many-updates'), 'the refusal');
    b.doc.getMap('parties').set('calm', 1);
    const c = track(client(s.url, 'fast', token('fast')));
    await c.synced;
    await until(() => c.doc.getMap('parties').has('calm'), 'the calm edit');
  });
});

describe('restart', () => {
  test('clients reconnect by themselves after a restart, and edits made meanwhile all arrive', async () => {
    const tmp = tempDir();
    const db = join(tmp.dir, 'rooms.sqlite');
    let s = await server({ db });
    const port = s.port;
    try {
      const a = track(await client(s.url, 'restart', token('restart')).bind());
      const b = track(await client(s.url, 'restart', token('restart')).bind());
      a.store.apply({ op: 'put', collection: 'parties', record: party('before') });
      await until(() => b.store.get('parties', 'before'), 'the first edit');
      await s.close();
      a.store.apply({ op: 'put', collection: 'parties', record: party('while-a') });
      b.store.apply({ op: 'put', collection: 'parties', record: party('while-b') });
      s = await server({ db, port });
      await until(
        () => a.store.snapshot.parties.length === 3 && b.store.snapshot.parties.length === 3,
        'everything on both',
      );
      // And the file has it: a newcomer after one more restart sees all three.
      await until(() => s.rooms.load('restart') !== null, 'the room stored');
      await new Promise((r) => setTimeout(r, 200));
      a.close();
      b.close();
      await s.close();
      s = await server({ db, port });
      const c = track(await client(s.url, 'restart', token('restart')).bind());
      assert.deepEqual(c.store.snapshot.parties.map((p) => p.id).sort(), ['before', 'while-a', 'while-b']);
    } finally {
      await s.close();
      tmp.remove();
    }
  });
});
