// Real servers and real providers over WebSocket on loopback, each with its own SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { startServer } from '../src/server.mjs';
import { writeServerSdk } from '../../scripts/build-server-sdk.mjs';
import { createToken } from '../src/tokens.mjs';

export const SECRET = 'test-secret-that-is-long-enough-for-hmac-0123456789';
const ROOT = resolve(import.meta.dirname, '../..');

/** The SDK from source (TypeScript), bundled once for Node; Yjs stays one shared instance. */
let sdk;
export async function loadSdk() {
  if (!sdk) {
    const outfile = join(import.meta.dirname, '.cache', 'sdk.mjs');
    await build({
      stdin: {
        contents: "export * from './src/sdk/index.ts'; export * from './src/sdk/live/index.ts';",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: ['yjs'],
      outfile,
      logLevel: 'silent',
    });
    sdk = await import(outfile);
  }
  return sdk;
}

export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-server-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

let sdkBuilt;

/** A server on a free port; its log lines are kept in `logs`. The SDK part it runs is built first, from the source as it is. */
export async function server(options = {}) {
  await (sdkBuilt ??= writeServerSdk());
  const logs = [];
  const running = await startServer({
    port: 0,
    secret: SECRET,
    debounce: 50,
    log: (event, fields) => logs.push({ event, ...fields }),
    ...options,
  });
  return Object.assign(running, { logs });
}

export const token = (room, role = 'edit', days = 1, now) => createToken({ room, role, days, secret: SECRET, now });

/**
 * A person in a room: a Y.Doc with a provider, and (with `sdk`) a store bound to it after the first sync.
 * Reconnects quickly, so restarts stay short in tests.
 */
export function client(url, room, tokenValue, { dataset } = {}) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    factor: 1.5,
    quiet: true,
  });
  const events = { failed: [], closed: [], statuses: [] };
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token: tokenValue,
    onAuthenticationFailed: ({ reason }) => events.failed.push(reason),
    onClose: ({ event }) => events.closed.push(event.reason),
    onStatus: ({ status }) => events.statuses.push(status),
  });
  provider.attach();
  const synced = new Promise((resolve) => provider.on('synced', resolve));
  const c = { doc, provider, socket, events, synced, store: undefined, binding: undefined, issues: [] };
  c.bind = async () => {
    const { createStore, bindStore, emptyDataset } = await loadSdk();
    await synced;
    c.store = createStore(dataset ?? emptyDataset());
    c.binding = bindStore(c.store, doc, { onIssues: (found) => c.issues.push(...found) });
    return c;
  };
  c.close = () => {
    provider.destroy();
    socket.destroy();
  };
  return c;
}

/** Waits until `check()` is true (polling), or fails with `what`. */
export async function until(check, what, timeout = 8000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const party = (id, name = id) => ({ id, name, kind: 'organisatie', field: 'welzijn' });
