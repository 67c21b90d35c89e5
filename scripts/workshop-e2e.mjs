// End-to-end test of the workshop check, on the BUILT package (dist/) under a strict CSP, in Chromium:
// a facilitator page and 12 participant pages, each in a browser context of its own (as 13 devices), join one
// room on a samenspel server on loopback. The facilitator opens a round; each participant opens the join link,
// fills in the check and sends it. The facilitator's results must show 12 participants, the role table must
// keep the n ≥ 3 rule in every state it was ever rendered in, and no participant page may ever receive another
// participant's answer (every HTTP body and WebSocket frame it got is read). Ends with "N passed, N failed".
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve-static.mjs';
import { CHROMIUM } from './chromium.mjs';
import { writeServerSdk } from './build-server-sdk.mjs';

const started = Date.now();
const SECRET = 'workshop-e2e-secret-0123456789-abcdefghijklmnop';
const ROLES = [
  'gemeente',
  'zorg',
  'welzijn',
  'gemeente',
  'zorg',
  'mantelzorger',
  'welzijn',
  'gemeente',
  'vrijwilliger',
  'zorg',
  'mantelzorger',
  'welzijn',
];
const ROLE_NAMES = {
  gemeente: 'Gemeente',
  zorg: 'Zorg',
  welzijn: 'Welzijn',
  mantelzorger: 'Mantelzorger',
  vrijwilliger: 'Vrijwilliger',
};
/** What participant i writes: a marker that must never reach another participant's page. */
const marker = (i) => `antwoord-van-deelnemer-${String(i).padStart(2, '0')}`;

const phases = [];
let phaseStart = Date.now();
/** Where the time went, printed at the end (a busy machine shows here first). */
const phase = (name) => {
  phases.push(`${name} ${((Date.now() - phaseStart) / 1000).toFixed(1)} s`);
  phaseStart = Date.now();
};
let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

await writeServerSdk();
const { startServer } = await import('../server/src/server.mjs');
const { createToken } = await import('../server/src/tokens.mjs');
const dir = mkdtempSync(join(tmpdir(), 'samenspel-workshop-'));
const live = await startServer({
  port: 0,
  secret: SECRET,
  db: join(dir, 'rooms.sqlite'),
  debounce: 200,
  log: () => {},
});
const room = 'workshop-e2e';
const token = (role) => createToken({ room, role, days: 1, secret: SECRET });
const http = live.url.replace(/^ws/, 'http');

// What a host page does, in files (the CSP allows no inline script): read the link's query, set the attributes.
const page = (
  title,
  script,
  body,
) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,"><title>${title}</title><script type="module" src="/dist/elements/cooperation-check.js"></script>
  <script type="module" src="${script}"></script></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
const pages = {
  '/workshop/facilitator.html': page(
    'Samenwerkingscheck',
    '/workshop/facilitator.js',
    '<cooperation-check mode="results" editable heading-level="2"></cooperation-check>',
  ),
  '/workshop/facilitator.js': `const q = new URLSearchParams(location.search);
    const el = document.querySelector('cooperation-check');
    for (const a of ['room', 'server', 'token', 'fill-token']) el.setAttribute(a, q.get(a));
    el.setAttribute('join-url', new URL('/workshop/doe-mee.html?room={room}&server={server}&check={check}&round={round}&token={token}', location.href).href);`,
  '/workshop/doe-mee.html': page(
    'Doe mee',
    '/workshop/doe-mee.js',
    '<cooperation-check mode="fill" heading-level="2"></cooperation-check>',
  ),
  '/workshop/doe-mee.js': `const q = new URLSearchParams(location.search);
    const el = document.querySelector('cooperation-check');
    for (const a of ['room', 'server', 'token', 'check', 'round']) if (q.get(a)) el.setAttribute(a, q.get(a));`,
  '/workshop/axe.js': await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js')),
};
const site = await serve('.', { pages, csp: `default-src 'self'; connect-src 'self' ${live.url} ${http}` });
const browser = await chromium.launch(CHROMIUM);
const TIMEOUT = 60_000;

const axe = async (p, what) => {
  await p.addScriptTag({ url: '/workshop/axe.js' });
  const violations = await p.evaluate(async () =>
    (await window.axe.run(document)).violations.map((v) => `${v.id}(${v.nodes.length})`),
  );
  check(`axe: ${what}`, violations.length === 0, violations.join(', '));
};

try {
  // The facilitator, on the projector.
  const facilitatorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const facilitator = await facilitatorContext.newPage();
  facilitatorContext.setDefaultTimeout(TIMEOUT);
  const errors = [];
  facilitator.on('pageerror', (e) => errors.push(String(e)));
  await facilitator.goto(
    `${site.base}/workshop/facilitator.html?${new URLSearchParams({ room, server: live.url, token: token('edit'), 'fill-token': token('fill') })}`,
  );
  await facilitator.locator('cooperation-check').getByRole('button', { name: 'Nieuwe ronde openen' }).click();
  const link = await facilitator.locator('cooperation-check .join a').getAttribute('href', { timeout: TIMEOUT });
  check(
    'the facilitator opens a round and gets a join link',
    Boolean(link?.startsWith(`${site.base}/workshop/doe-mee.html?`)),
    link ?? '',
  );
  const qr = facilitator.locator('cooperation-check .join svg.qr').first();
  check(
    'with a QR code',
    (await qr.getAttribute('role')) === 'img' && (await qr.locator('path').getAttribute('d')).length > 100,
  );
  await axe(facilitator, 'the facilitator with the join QR code');
  await facilitator.locator('cooperation-check').getByRole('button', { name: 'Code groot tonen' }).click();
  const large = await facilitator.locator('cooperation-check dialog svg.qr').boundingBox();
  check('the code shown large for the projector', (large?.width ?? 0) >= 500, `${Math.round(large?.width ?? 0)} px`);
  await axe(facilitator, 'the join QR code shown large');
  await facilitator.keyboard.press('Escape');

  phase('facilitator');
  // Every state the role table is ever rendered in, with the number of participants shown beside it.
  await facilitator.evaluate(() => {
    const el = document.querySelector('cooperation-check');
    window.__states = [];
    const snapshot = () => {
      const root = el.shadowRoot;
      const text = root.textContent.replace(/\s+/g, ' ');
      const n = Number(/(\d+) deelnemers?\b/.exec(text)?.[1] ?? /Er (?:is|zijn) (\d+) antwoord/.exec(text)?.[1] ?? 0);
      const section = [...root.querySelectorAll('section')].find((s) =>
        /Per rol/.test(s.querySelector('h3')?.textContent ?? ''),
      );
      const table = section?.querySelector('table');
      const roles = {};
      if (table) {
        const heads = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent.trim());
        for (const tr of table.querySelectorAll('tbody tr')) {
          [...tr.querySelectorAll('td')].forEach((td, i) => {
            const cell = /\((\d+)\)/.exec(td.textContent)?.[1];
            if (cell) (roles[heads[i]] ??= []).push(Number(cell));
          });
        }
      }
      window.__states.push({ n, roles });
    };
    new MutationObserver(snapshot).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
    snapshot();
  });

  // Twelve participants, each on a phone of their own: a browser context each, everything they receive recorded.
  // Opened four at a time: on a busy 2-core machine, twelve page loads at once starve each other.
  const limit = (n) => {
    let running = 0;
    const queue = [];
    return async (task) => {
      if (running >= n) await new Promise((resolve) => queue.push(resolve));
      running++;
      try {
        return await task();
      } finally {
        running--;
        queue.shift()?.();
      }
    };
  };
  const four = limit(4);
  const participants = await Promise.all(
    ROLES.map((role, i) =>
      four(async () => {
        const context = await browser.newContext({
          viewport: { width: 360, height: 740 },
          isMobile: true,
          hasTouch: true,
        });
        context.setDefaultTimeout(TIMEOUT);
        const p = await context.newPage();
        const received = { bodies: [], frames: [], sockets: 0, fromServer: [] };
        p.on('websocket', (ws) => {
          received.sockets++;
          ws.on('framereceived', (f) => received.frames.push(String(f.payload)));
        });
        p.on('response', async (r) => {
          const body = await r.body().catch(() => Buffer.alloc(0));
          received.bodies.push(body.toString('utf8'));
          if (r.url().startsWith(http)) received.fromServer.push(body.toString('utf8'));
        });
        p.on('pageerror', (e) => errors.push(String(e)));
        await p.goto(link, { timeout: 90_000 });
        await p.locator('cooperation-check input[name=role]').first().waitFor({ timeout: 60_000 });
        return { role, i, p, context, received };
      }),
    ),
  );

  phase('12 phones open the link');
  // Everyone fills in at the same time, by clicking; the comment on the first aspect carries their marker.
  await Promise.all(
    participants.map(({ p, role, i }) =>
      four(async () => {
        const el = p.locator('cooperation-check');
        await el.locator(`input[name=role][value=${role}]`).check();
        await el.getByRole('button', { name: 'Volgende' }).click();
        for (let step = 0; step < 5; step++) {
          await el.locator('fieldset').first().waitFor();
          await p.evaluate(
            (value) => {
              const root = document.querySelector('cooperation-check').shadowRoot;
              const names = new Set([...root.querySelectorAll('fieldset input[type=radio]')].map((x) => x.name));
              for (const name of names) root.querySelector(`input[name="${name}"][value="${value}"]`).click();
            },
            String(1 + ((i + step) % 5)),
          );
          if (step === 0) await el.locator('textarea').fill(marker(i));
          await el.locator('button[type=submit]').click();
        }
        await el.getByRole('button', { name: 'Versturen' }).waitFor();
      }),
    ),
  );

  phase('12 phones fill in');
  // They send one after another; after each, the facilitator's screen follows.
  const counts = {};
  let followed = true;
  for (const { p, role, i } of participants) {
    await p.locator('cooperation-check').getByRole('button', { name: 'Versturen' }).click();
    await p.locator('cooperation-check #thanks').waitFor({ timeout: TIMEOUT });
    counts[role] = (counts[role] ?? 0) + 1;
    const shown = await facilitator
      .waitForFunction((n) => window.__states.at(-1)?.n === n, i + 1, { timeout: TIMEOUT })
      .then(
        () => true,
        () => false,
      );
    followed &&= shown;
  }
  phase('12 phones send');
  check("the facilitator's results follow every answer as it arrives", followed);
  const text = await facilitator
    .locator('cooperation-check')
    .evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
  check("the facilitator's results show 12 participants", /: 12 deelnemers/.test(text));
  const states = await facilitator.evaluate(() => window.__states);
  // Replay: after k answers, role r has had expected[k][r]; every cell shown must equal it and be 3 or more.
  const expected = [{}];
  ROLES.forEach((role, k) =>
    expected.push({ ...expected[k], [ROLE_NAMES[role]]: (expected[k][ROLE_NAMES[role]] ?? 0) + 1 }),
  );
  const broken = states.filter(({ n, roles }) =>
    Object.entries(roles).some(([name, cells]) => cells.some((c) => c < 3 || c !== expected[n][name])),
  );
  const groups = [...new Set(states.flatMap((s) => Object.keys(s.roles)))].sort();
  check(
    'the role table keeps n ≥ 3 in every state it was rendered in',
    broken.length === 0 && states.length > 12,
    `${states.length} states, roles ever shown: ${groups.join(', ')}${broken.length ? `; broken: ${JSON.stringify(broken.slice(0, 2))}` : ''}`,
  );
  check('roles with fewer than 3 never appear', !groups.includes('Mantelzorger') && !groups.includes('Vrijwilliger'));
  const final = states.at(-1).roles;
  check(
    'at the end Gemeente, Zorg and Welzijn show with 3 each',
    ['Gemeente', 'Zorg', 'Welzijn'].every((r) => final[r]?.every((c) => c === 3)),
    JSON.stringify(final),
  );
  const responses = await facilitator
    .locator('cooperation-check')
    .evaluate((el) => el.check.responses.map((r) => r.comments?.ambitie ?? ''));
  check(
    'the room holds the 12 answers, each once',
    responses.length === 12 &&
      new Set(responses).size === 12 &&
      participants.every(({ i }) => responses.includes(marker(i))),
  );

  // What each phone ever received: no socket, only "taken" from the server, no one else's answer anywhere.
  const leaks = [];
  for (const { i, received, p } of participants) {
    const everything = [...received.bodies, ...received.frames, await p.content()].join('\n');
    const others = participants.filter((o) => o.i !== i && everything.includes(marker(o.i)));
    if (received.sockets || received.fromServer.some((b) => b !== '{"ok":true}') || others.length)
      leaks.push({ i, sockets: received.sockets, fromServer: received.fromServer, others: others.map((o) => o.i) });
  }
  check(
    "no participant page ever received another participant's answer (nor joined the room)",
    leaks.length === 0,
    leaks.length
      ? JSON.stringify(leaks.slice(0, 3))
      : `${participants.reduce((n, x) => n + x.received.bodies.length, 0)} responses read`,
  );
  await axe(participants[0].p, 'a phone after sending');
  check('no page errors', errors.length === 0, errors.slice(0, 3).join(' | '));
  await Promise.all(participants.map(({ context }) => context.close()));
  await facilitatorContext.close();
} catch (error) {
  check('the workshop ran to the end', false, String(error?.stack ?? error));
} finally {
  await browser.close();
  site.close();
  await live.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`workshop e2e in ${((Date.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
