// Two server instances share rooms through Redis (Debian's redis-server, started here on a loopback port).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { client, party, server, tempDir, token, until } from './helpers.mjs';
import { RedisRooms } from '../src/redis.mjs';

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

let redis;
let redisPort;
let tmp;
before(async () => {
  tmp = tempDir();
  redisPort = await freePort();
  redis = spawn(
    process.env.REDIS_SERVER ?? 'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve, reject) => {
    redis.on('error', (e) =>
      reject(new Error(`redis-server could not start (${e.message}); .ci/run installs Debian's redis-server`)),
    );
    redis.stdout.on('data', (chunk) => String(chunk).includes('Ready to accept connections') && resolve());
  });
});
after(async () => {
  redis?.kill();
  tmp.remove();
});

test('an edit through one instance reaches a client of the other instance, both ways', async () => {
  const url = `redis://127.0.0.1:${redisPort}`;
  const one = await server({ db: join(tmp.dir, 'one.sqlite'), redis: url });
  const two = await server({ db: join(tmp.dir, 'two.sqlite'), redis: url });
  const a = await client(one.url, 'shared', token('shared')).bind();
  const b = await client(two.url, 'shared', token('shared')).bind();
  try {
    a.store.apply({ op: 'put', collection: 'parties', record: party('via-one', 'Wijkteam') });
    await until(() => b.store.get('parties', 'via-one'), 'the edit on the other instance');
    b.store.apply({ op: 'put', collection: 'parties', record: party('via-two', 'Huisarts') });
    await until(() => a.store.get('parties', 'via-two'), 'the edit back');
    assert.deepEqual(
      a.store.snapshot.parties.map((p) => p.id).sort(),
      b.store.snapshot.parties.map((p) => p.id).sort(),
    );
  } finally {
    a.close();
    b.close();
    await one.close();
    await two.close();
  }
});

test('a change that Redis did not deliver to the other instance still reaches it, through the state-vector exchange', async () => {
  const url = `redis://127.0.0.1:${redisPort}`;
  const one = await server({ db: join(tmp.dir, 'drop-one.sqlite'), redis: url });
  const two = await server({ db: join(tmp.dir, 'drop-two.sqlite'), redis: url });
  const a = await client(one.url, 'dropped', token('dropped')).bind();
  const b = await client(two.url, 'dropped', token('dropped')).bind();
  const redisOf = (running) => running.server.hocuspocus.configuration.extensions.find((e) => e instanceof RedisRooms);
  try {
    // Changes go out one trip each: the first arrives without waiting for a state-vector exchange.
    a.store.apply({ op: 'put', collection: 'parties', record: party('first', 'Wijkteam') });
    await until(() => b.store.get('parties', 'first'), 'the first edit on the other instance');
    // Instance two stops listening for a while, as a subscriber that reconnects does: it misses the next change.
    const sub = redisOf(two).sub;
    await sub.unsubscribe('hocuspocus:dropped');
    a.store.apply({ op: 'put', collection: 'parties', record: party('missed', 'Huisarts') });
    const room = one.server.hocuspocus.documents.get('dropped');
    await until(() => room.getMap('parties').has('missed'), 'the change on the first instance');
    // Redis runs one connection's commands in order: after this answer, the change was published (to no one on two).
    await redisOf(one).pub.ping();
    assert.equal(b.store.get('parties', 'missed'), undefined, 'the change was not delivered');
    await sub.subscribe('hocuspocus:dropped');
    // The next exchange of state vectors (after either instance's next change, once the room is quiet) brings it.
    b.store.apply({ op: 'put', collection: 'parties', record: party('later', 'Buurthuis') });
    await until(() => a.store.get('parties', 'later'), 'the later edit on the first instance');
    await until(() => b.store.get('parties', 'missed'), 'the missed edit, after the state-vector exchange');
    assert.deepEqual(
      a.store.snapshot.parties.map((p) => p.id).sort(),
      b.store.snapshot.parties.map((p) => p.id).sort(),
    );
  } finally {
    a.close();
    b.close();
    await one.close();
    await two.close();
  }
});
