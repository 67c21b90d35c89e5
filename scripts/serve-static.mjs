// A small static server on 127.0.0.1 that sends a strict Content-Security-Policy, so the demo,
// the smoke tests and the bench all prove that the elements work under one.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
};
export const CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";
/** The bare policy the README promises the tools run under, print and exports included. */
export const BARE_CSP = "default-src 'self'";

/** Serves `root`; `pages` maps a path to extra content; `/` maps to `index`. */
export async function serve(root, { port = 0, pages = {}, index = '/index.html', csp = CSP } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path === '/') path = index;
    else if (path.endsWith('/')) path += 'index.html';
    let body = pages[path];
    if (body === undefined) {
      const file = join(base, path);
      try {
        if (!file.startsWith(base) || !(await stat(file)).isFile()) throw new Error('not a file');
        body = await readFile(file);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
    }
    res
      .writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'cache-control': 'no-cache',
      })
      .end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
