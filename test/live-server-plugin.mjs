// A samenspel server for browser tests: started by the test runner on first use (on a loopback port,
// with an SQLite file in a temporary folder), stopped and started again on request, closed at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SECRET = 'browser-test-secret-0123456789-abcdefghijklmnop';

export function liveServerPlugin() {
  let dir;
  let running;
  let port = 0;
  const start = async () => {
    const { startServer } = await import('../server/src/server.mjs');
    // The SDK part the server runs (answers from phones), from the source as it is now.
    if (!dir) await (await import('../scripts/build-server-sdk.mjs')).writeServerSdk();
    dir ??= mkdtempSync(join(tmpdir(), 'samenspel-wtr-'));
    running ??= await startServer({
      port,
      secret: SECRET,
      db: join(dir, 'rooms.sqlite'),
      debounce: 100,
      log: () => {},
    });
    port = running.port;
    return { url: running.url };
  };
  return {
    name: 'samenspel-live-server',
    async executeCommand({ command, payload }) {
      if (command !== 'samenspel-live-server') return undefined;
      const { action, room, role = 'edit', days = 1, now } = payload ?? {};
      if (action === 'start') return start();
      if (action === 'stop') {
        await running?.close();
        running = undefined;
        return { stopped: true };
      }
      const { createToken } = await import('../server/src/tokens.mjs');
      if (action === 'token') return { token: createToken({ room, role, days, secret: SECRET, now }) };
      throw new Error(`unknown action ${action}`);
    },
    async serverStop() {
      await running?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
