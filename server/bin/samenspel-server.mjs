#!/usr/bin/env node
// @ts-check
/**
 * samenspel-server                      starts the server (see --help)
 * samenspel-server token --room R --role edit|read|fill --days N
 * samenspel-server delete --room R
 */
import { parseArgs } from 'node:util';
import { loadSecret } from '../src/secret.mjs';

const HELP = `samenspel-server — live rooms for samenspel

  samenspel-server [options]                          start the server
  samenspel-server token --room R --role edit|read|fill --days N
                                                      print a token for one room
  samenspel-server delete --room R                    remove one room from the file

options
  --port N             port (default 1234, or PORT)
  --host H             address to listen on (default 127.0.0.1, or HOST)
  --db FILE            SQLite file (default samenspel.sqlite, or SAMENSPEL_DB)
  --secret-file FILE   where the token secret is (default: SAMENSPEL_SECRET, else
                       SAMENSPEL_SECRET_FILE, else samenspel.secret beside the database,
                       made on first start)
  --retention-days N   remove rooms untouched for N days
  --redis URL          share rooms with other instances (redis://host:6379)
  --max-document-kb N  largest room (default 5120)
  --updates-per-second N  average messages per connection per second (default 30)
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
    'secret-file': { type: 'string' },
    'retention-days': { type: 'string' },
    redis: { type: 'string' },
    'max-document-kb': { type: 'string' },
    'updates-per-second': { type: 'string' },
    room: { type: 'string' },
    role: { type: 'string' },
    days: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

/** @param {string | undefined} text @param {string} name */
function number(text, name) {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) fail(`--${name} must be a number.`);
  return n;
}

/** @param {string} message @returns {never} */
function fail(message) {
  process.stderr.write(`samenspel-server: ${message}\n`);
  process.exit(2);
}

const command = positionals[0] ?? 'start';
const db = values.db ?? process.env.SAMENSPEL_DB ?? 'samenspel.sqlite';

try {
  if (values.help) process.stdout.write(HELP);
  else if (command === 'token') {
    const { createToken } = await import('../src/tokens.mjs');
    const secret = loadSecret({ db, file: values['secret-file'], create: false });
    const token = createToken({
      room: values.room ?? '',
      role: /** @type {never} */ (values.role ?? 'edit'),
      days: number(values.days, 'days') ?? 0,
      secret,
    });
    process.stdout.write(`${token}\n`);
  } else if (command === 'delete') {
    if (!values.room) fail('delete needs --room.');
    const { RoomStore } = await import('../src/storage.mjs');
    const rooms = new RoomStore(db);
    const removed = rooms.delete(values.room);
    rooms.close();
    process.stdout.write(
      removed ? `Room ${values.room} removed from ${db}.\n` : `There is no room ${values.room} in ${db}.\n`,
    );
  } else if (command === 'start') {
    const { startServer } = await import('../src/server.mjs');
    const secret = loadSecret({ db, file: values['secret-file'], create: true });
    const kb = number(values['max-document-kb'], 'max-document-kb');
    const running = await startServer({
      port: number(values.port ?? process.env.PORT, 'port') ?? 1234,
      host: values.host ?? process.env.HOST ?? '127.0.0.1',
      db,
      secret,
      retentionDays: number(values['retention-days'], 'retention-days'),
      redis: values.redis ?? process.env.SAMENSPEL_REDIS,
      maxDocumentBytes: kb === undefined ? undefined : kb * 1024,
      updatesPerSecond: number(values['updates-per-second'], 'updates-per-second'),
    });
    const stop = async () => {
      await running.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } else fail(`unknown command ${command}\n\n${HELP}`);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
