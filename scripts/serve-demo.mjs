// `npm start`: serves the demo site (demo/) and the built package (dist/) on localhost, and starts a
// local samenspel server (SQLite file in .samenspel/) so that the demo is a live room: open it in two
// windows and an edit in one shows in the other. SAMENSPEL_PORT picks the server's port; LIVE=0 leaves it out.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, serve } from './serve-static.mjs';

if (!existsSync('dist/samenspel.js')) {
  console.error('dist/ is missing: run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);

/** The local samenspel server, and the demo pages with a room on it. */
async function startLive() {
  const { startServer } = await import('../server/src/server.mjs');
  const { loadSecret } = await import('../server/src/secret.mjs');
  const { createToken } = await import('../server/src/tokens.mjs');
  mkdirSync('.samenspel', { recursive: true });
  const db = join('.samenspel', 'demo.sqlite');
  const secret = loadSecret({ db, create: true, log: () => {} });
  const live = await startServer({
    port: Number(process.env.SAMENSPEL_PORT ?? 1234),
    db,
    secret,
    retentionDays: 30,
    log: () => {},
  });
  const token = createToken({ room: 'demo', role: 'edit', days: 30, secret });
  const room = `room="demo" server="${live.url}" token="${token}"`;
  const page = (file, note, footer) =>
    readFileSync(file, 'utf8')
      .replace(/^(\s*)<samenspel-data>$/m, `$1<samenspel-data ${room}>`)
      .replace(/(<p class="note">[^<]*<\/p>)/, `$1\n    <p class="note">${note}</p>`)
      .replace(
        /(<footer class="site-footer">\s*<div class="site-footer__inner">\s*<h2>[^<]*<\/h2>\s*)<p>[\s\S]*?<\/p>/,
        `$1<p>${footer}</p>`,
      );
  const pages = {
    '/demo/index.html': page(
      'demo/index.html',
      'Samen werken: open deze pagina in twee vensters. Wat u in het ene venster verandert, ziet u meteen in het andere. Voor een werksessie met telefoons: <a href="/demo/werksessie.html">de pagina voor de begeleider</a>.',
      `Deze pagina werkt samen via een samenspel-server op deze computer (${live.url}). Wat u verandert, staat in het bestand ${db}. De server wist een kamer die 30 dagen niet is gebruikt.`,
    ),
    '/demo/en.html': page(
      'demo/en.html',
      'Working together: open this page in two windows. What you change in one window shows at once in the other.',
      `This page works together through a samenspel server on this computer (${live.url}). What you change is kept in the file ${db}. The server removes a room not used for 30 days.`,
    ),
  };
  // The workshop: the facilitator's page joins room `werksessie` with an edit token; its check shows a
  // link and QR code to the phone page, which sends answers with a fill token and never joins the room.
  const workshop = 'werksessie';
  const edit = createToken({ room: workshop, role: 'edit', days: 30, secret });
  const fill = createToken({ room: workshop, role: 'fill', days: 30, secret });
  const joinUrl = `http://127.0.0.1:${port}/demo/doe-mee.html?room={room}&server={server}&token={token}&check={check}&round={round}`;
  pages['/demo/werksessie.html'] = readFileSync('demo/werksessie.html', 'utf8')
    .replace(/\s*<p class="note" data-needs-server>[\s\S]*?<\/p>/, '')
    .replace(/^(\s*)<samenspel-data>$/m, `$1<samenspel-data room="${workshop}" server="${live.url}" token="${edit}">`)
    .replace(
      '<cooperation-check mode="results" editable',
      `<cooperation-check mode="results" editable fill-token="${fill}" join-url="${joinUrl}"`,
    );
  // The phone posts its answer to the server over HTTP (ws → http, same port).
  return { live, pages, csp: `${CSP}; connect-src 'self' ${live.url} ${live.url.replace(/^ws/, 'http')}` };
}

let live;
let pages = {};
let csp = CSP;
if (process.env.LIVE !== '0') {
  try {
    ({ live, pages, csp } = await startLive());
  } catch (error) {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${process.env.SAMENSPEL_PORT ?? 1234} is already in use, so the demo runs without a live room. Pick another: SAMENSPEL_PORT=1235 npm start`
        : `The samenspel server could not start (${error.message}); the demo runs without a live room.`,
    );
  }
}

let base;
try {
  ({ base } = await serve('.', { port, index: '/demo/index.html', pages, csp }));
} catch (error) {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop what runs there, or pick another port: PORT=8081 npm start`
      : `The demo server could not start: ${error.message}`,
  );
  await live?.close();
  process.exit(1);
}
console.log(`samenspel demo: ${base}/  (English: ${base}/demo/en.html)  — Ctrl+C stops`);
if (live) {
  console.log(
    `samenspel server: ${live.url}, room "demo", rooms kept in .samenspel/demo.sqlite — open the demo in two windows`,
  );
  console.log(`workshop: ${base}/demo/werksessie.html (facilitator; the check's QR code leads to the phone page)`);
}
const stop = async () => {
  await live?.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
