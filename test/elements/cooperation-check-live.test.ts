/**
 * The check from everyone's phone, against a real samenspel server (test/live-server-plugin.mjs): the
 * facilitator's results in a room with the join link and QR code, phones that send their answer to the
 * server (never joining the room), refusals, a lost connection, and the n ≥ 3 rule while answers arrive.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import jsQR from 'jsqr';
import '../../src/elements/cooperation-check/cooperation-check.js';
import type { CooperationCheckElement } from '../../src/elements/cooperation-check/cooperation-check.component.js';
import type { RespondentRole } from '../../src/sdk/model.js';
import { fillEndpoint } from '../../src/sdk/live/fill-request.js';

const server = (action: string, payload: Record<string, unknown> = {}) =>
  executeServerCommand<Record<string, string>, Record<string, unknown>>('samenspel-live-server', {
    action,
    ...payload,
  });
const until = (check: () => boolean, what: string, timeout = 15_000) =>
  waitUntil(check, what, { timeout, interval: 25 });
const roomName = () => `check-${Math.random().toString(36).slice(2, 10)}`;
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const buttonNamed = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);

/** Every reply a page's fetch() received, and every WebSocket it opened. */
const wire = { replies: [] as string[], sockets: 0 };
const realFetch = window.fetch.bind(window);
window.fetch = async (...args: Parameters<typeof fetch>) => {
  const response = await realFetch(...args);
  wire.replies.push(await response.clone().text());
  return response;
};
const RealSocket = window.WebSocket;
window.WebSocket = class extends RealSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    wire.sockets++;
  }
} as typeof WebSocket;

interface Room {
  room: string;
  url: string;
  edit: string;
  fill: string;
}
async function openRoom(): Promise<Room> {
  const { url } = await server('start');
  const room = roomName();
  const [{ token: edit }, { token: fill }] = await Promise.all([
    server('token', { room }),
    server('token', { room, role: 'fill' }),
  ]);
  return { room, url, edit, fill };
}

const JOIN_URL =
  'https://workshop.example/doe-mee?room={room}&server={server}&check={check}&round={round}&token={token}';

async function facilitator(r: Room, lang = 'nl') {
  const el =
    await fixture<CooperationCheckElement>(html`<cooperation-check mode="results" lang=${lang} editable room=${r.room} server=${r.url} token=${r.edit}
    fill-token=${r.fill} join-url=${JOIN_URL}></cooperation-check>`);
  await until(() => el.presence !== undefined && /Verbonden|Connected/.test(text(el)), 'the facilitator joined');
  return el;
}

async function openRound(el: CooperationCheckElement) {
  await el.updateComplete;
  buttonNamed(el, el.lang === 'en' ? 'Open a new round' : 'Nieuwe ronde openen')!.click();
  await until(() => Boolean(el.check?.rounds.length), 'the round');
  await el.updateComplete;
  return { check: el.check!.id, round: el.check!.rounds.at(-1)!.id };
}

async function phone(
  r: Room,
  ids: { check: string; round: string },
  attrs: { lang?: string; storage?: 'session' } = {},
) {
  const el =
    await fixture<CooperationCheckElement>(html`<cooperation-check mode="fill" lang=${attrs.lang ?? 'nl'} room=${r.room} server=${r.url} token=${r.fill}
    check=${ids.check} round=${ids.round} storage=${attrs.storage ?? ''}></cooperation-check>`);
  if (!attrs.storage) el.removeAttribute('storage');
  await el.updateComplete;
  return el;
}

/** Fills in the whole form as a person would by clicking: a role, every statement (a comment on the first aspect), then on to the review. */
async function answer(el: CooperationCheckElement, role: RespondentRole, value: number, comment?: string) {
  $<HTMLInputElement>(el, `input[name=role][value=${role}]`)!.click();
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
  while (el.shadowRoot!.querySelector('fieldset')) {
    const names = new Set(
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input[type=radio]')].map((i) => i.name),
    );
    for (const name of names) $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!.click();
    if (comment && /Stap 2 van/.test(text(el))) {
      const area = $<HTMLTextAreaElement>(el, 'textarea')!;
      area.value = comment;
      area.dispatchEvent(new Event('input'));
    }
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
  }
}
const send = (el: CooperationCheckElement) => $<HTMLButtonElement>(el, 'button[type=submit]')!.click();

/** A phone as the server sees it: one POST with the fill token (fast, for many answers). */
async function post(r: Room, ids: { check: string; round: string }, role: RespondentRole, value = 4) {
  const answers = Object.fromEntries(
    ['ambitie', 'belangen', 'relatie', 'organisatie', 'proces'].flatMap((a) =>
      [1, 2, 3, 4, 5].map((i) => [`${a}-${i}`, value]),
    ),
  );
  const response = await realFetch(fillEndpoint(r.url, r.room)!, {
    method: 'POST',
    headers: { Authorization: `Bearer ${r.fill}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...ids, response: { id: `resp-${Math.random().toString(36).slice(2)}`, role, answers } }),
  });
  expect(response.status).to.equal(200);
}

/** The role table as the facilitator sees it: role → the n in each cell shown. */
function roleTable(el: Element): Record<string, number[]> {
  const section = [...el.shadowRoot!.querySelectorAll('section')].find((s) =>
    /Per rol|By role/.test(s.querySelector('h3,h4')?.textContent ?? ''),
  );
  const table = section?.querySelector('table');
  if (!table) return {};
  const heads = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim());
  const out: Record<string, number[]> = Object.fromEntries(heads.map((h) => [h, []]));
  for (const tr of table.querySelectorAll('tbody tr')) {
    [...tr.querySelectorAll('td')].forEach((td, i) => {
      const n = /\((\d+)\)/.exec(td.textContent ?? '')?.[1];
      if (n) out[heads[i]].push(Number(n));
    });
  }
  return out;
}
const respondents = (el: Element) => Number(/(\d+) deelnemers?/.exec(text(el))?.[1] ?? 0);

describe("<cooperation-check> from everyone's phone", function () {
  this.timeout(60_000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the facilitator a join link and a QR code that reads as that link, large for the projector', async () => {
    const r = await openRoom();
    const el = await facilitator(r);
    expect(text(el)).to.contain('Er is nog geen ronde open.');
    await expect(el).to.be.accessible();
    const ids = await openRound(el);
    const link = $<HTMLAnchorElement>(el, '.join a')!.href;
    const expected = new URL('https://workshop.example/doe-mee');
    Object.entries({ room: r.room, server: r.url, check: ids.check, round: ids.round, token: r.fill }).forEach(
      ([k, v]) => expected.searchParams.set(k, v),
    );
    expect(new URL(link).searchParams.toString()).to.equal(expected.searchParams.toString());
    // Read the QR code back from the rendered SVG, as a phone camera would.
    const svg = $<SVGSVGElement>(el, '.join svg.qr')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR-code met de link om mee te doen');
    const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size * 4;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(4, 4);
    ctx.fillStyle = '#000';
    ctx.fill(new Path2D(svg.querySelector('path')!.getAttribute('d')!));
    const decoded = jsQR(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
    expect(decoded?.data).to.equal(link);
    await expect(el).to.be.accessible();
    // Large for the projector, by keyboard; Escape closes it and focus goes back to the button.
    const large = buttonNamed(el, 'Code groot tonen')!;
    large.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('svg.qr')!.getBoundingClientRect().width).to.be.greaterThan(400);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open && el.shadowRoot!.activeElement === large, 'closed, focus back');
  });

  it('a phone answers without joining the room: it receives only "taken", and the facilitator sees the answer', async () => {
    const r = await openRoom();
    const el = await facilitator(r);
    const ids = await openRound(el);
    const before = { replies: wire.replies.length, sockets: wire.sockets };
    const p = await phone(r, ids);
    await answer(p, 'zorg', 4, 'Goed overleg');
    expect(text(p)).to.contain('Kijk uw antwoorden na');
    // Sent twice in a hurry (a double tap): one response.
    send(p);
    send(p);
    await until(() => text(p).includes('Bedankt! Uw antwoorden zijn verstuurd.'), 'the thanks');
    await until(() => el.check!.responses.length === 1, 'the response at the facilitator');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.check!.responses.length).to.equal(1);
    expect(el.check!.responses[0]).to.include({ role: 'zorg', round: ids.round });
    expect(el.check!.responses[0].comments).to.deep.equal({ ambitie: 'Goed overleg' });
    // The phone opened no socket, and what came back was only "taken".
    expect(wire.sockets).to.equal(before.sockets);
    expect(wire.replies.slice(before.replies)).to.deep.equal(['{"ok":true}']);
    expect(
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /fill-outbox/.test(n)),
    ).to.have.length(1);
    expect(p.presence).to.equal(undefined);
    expect(
      Object.keys(sessionStorage)
        .concat(Object.keys(localStorage))
        .filter((k) => k.includes('outbox')),
    ).to.deep.equal([]);
    expect(document.activeElement === p && p.shadowRoot!.activeElement?.id).to.equal('thanks');
    await expect(p).to.be.accessible();
  });

  it('refuses a bad or too large answer with a clear message on the phone, in Dutch and English, and stores nothing', async () => {
    const r = await openRoom();
    const el = await facilitator(r);
    const ids = await openRound(el);
    const p = await phone(r, ids);
    await answer(p, 'welzijn', 3, 'x'.repeat(10_001));
    send(p);
    await until(() => Boolean($(p, '#refused')), 'the refusal');
    expect($(p, '#refused')!.getAttribute('role')).to.equal('alert');
    expect($(p, '#refused')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Uw antwoorden zijn niet opgeslagen. Er klopt iets niet in de antwoorden. Misschien is een opmerking te lang. Kijk uw antwoorden na en verstuur ze opnieuw.',
    );
    expect(p.shadowRoot!.activeElement?.id).to.equal('refused');
    expect(text(p)).to.contain('Kijk uw antwoorden na'); // the answers are still there, to change
    await expect(p).to.be.accessible();
    const en = await phone(r, ids, { lang: 'en' });
    await answer(en, 'welzijn', 3);
    // Long comments on every aspect: each within bounds, together past the server's 32 KB.
    for (const button of [...en.shadowRoot!.querySelectorAll<HTMLButtonElement>('.review button')].slice(0, 4)) {
      button.click();
      await en.updateComplete;
      const area = $<HTMLTextAreaElement>(en, 'textarea')!;
      area.value = 'y'.repeat(9_000);
      area.dispatchEvent(new Event('input'));
      while (!/Review|Controleren/.test($(en, '#step-heading')!.textContent!)) {
        $<HTMLButtonElement>(en, 'button[type=submit]')!.click();
        await en.updateComplete;
      }
    }
    send(en);
    await until(() => Boolean($(en, '#refused')), 'the English refusal');
    expect($(en, '#refused')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Your answers have not been saved. Your comments are too long together. Make them shorter and send again.',
    );
    await expect(en).to.be.accessible();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.check!.responses).to.deep.equal([]);
  });

  it('keeps the answers on a phone that lost the connection, and sends them when it is back', async () => {
    const r = await openRoom();
    const el = await facilitator(r);
    const ids = await openRound(el);
    const p = await phone(r, ids);
    const kept = await phone(r, ids, { storage: 'session' });
    await answer(p, 'gemeente', 2);
    await answer(kept, 'zorg', 5);
    await server('stop');
    send(p);
    send(kept);
    await until(
      () => text(p).includes('Er is nu geen verbinding') && text(kept).includes('Er is nu geen verbinding'),
      'the waiting message',
    );
    expect(text(p)).to.contain('Sluit deze pagina nog niet.');
    expect(text(kept)).not.to.contain('Sluit deze pagina nog niet.');
    expect(Object.keys(sessionStorage).filter((k) => k.includes('outbox'))).to.have.length(1);
    await expect(p).to.be.accessible();
    await server('start');
    await until(
      () => text(p).includes('Bedankt!') && text(kept).includes('Bedankt!'),
      'both sent once the server is back',
      30_000,
    );
    await until(() => el.check?.responses.length === 2, 'both at the facilitator', 30_000);
    expect(el.check!.responses.map((x) => x.role).sort()).to.deep.equal(['gemeente', 'zorg']);
    expect(Object.keys(sessionStorage).filter((k) => k.includes('outbox'))).to.deep.equal([]);
  });

  it('tells a phone the server is busy when the room asks it to wait (429), and sends once it may', async () => {
    const r = await openRoom();
    const el = await facilitator(r);
    const ids = await openRound(el);
    const p = await phone(r, ids);
    await answer(p, 'gemeente', 4);
    // The room takes no more answers this moment, twice; then it does.
    const real = window.fetch;
    let refused = 0;
    window.fetch = (input, init) => {
      if (String(input).includes('/fill/') && refused < 2) {
        refused++;
        return Promise.resolve(
          new Response(JSON.stringify({ ok: false, reason: 'too-many' }), {
            status: 429,
            headers: { 'Content-Type': 'application/json' },
          }),
        );
      }
      return real(input, init);
    };
    try {
      send(p);
      await until(() => text(p).includes('Het is nu erg druk op de server.'), 'the busy message');
      expect(text(p)).not.to.contain('verbinding');
      expect(text(p)).to.contain('Sluit deze pagina nog niet.');
      await expect(p).to.be.accessible();
      await until(() => text(p).includes('Bedankt!'), 'sent once the room takes it', 30_000);
    } finally {
      window.fetch = real;
    }
    expect(refused).to.equal(2);
    await until(() => el.check?.responses.length === 1, 'the answer at the facilitator', 30_000);
  });

  it('updates the results live, and a role shows only from its third answer, at every step', async () => {
    const r = await openRoom();
    const el = await facilitator(r);
    const ids = await openRound(el);
    const order: RespondentRole[] = [
      'zorg',
      'zorg',
      'zorg',
      'gemeente',
      'gemeente',
      'gemeente',
      'welzijn',
      'mantelzorger',
    ];
    const counts: Partial<Record<RespondentRole, number>> = {};
    const seen: Record<string, number>[] = [];
    for (const [i, role] of order.entries()) {
      await post(r, ids, role, 2 + (i % 3));
      counts[role] = (counts[role] ?? 0) + 1;
      await until(() => respondents(el) === i + 1, `${i + 1} respondents on screen`);
      await el.updateComplete;
      const table = roleTable(el);
      const names = { zorg: 'Zorg', gemeente: 'Gemeente', welzijn: 'Welzijn', mantelzorger: 'Mantelzorger' } as Record<
        string,
        string
      >;
      for (const [role, n] of Object.entries(counts)) {
        const cells = table[names[role]];
        // Never a group below 3; a group of 3 or more may still be held back when the rest would give the others away.
        if (n < 3) expect(cells, `${role} with ${n} answers`).to.equal(undefined);
        for (const c of cells ?? []) expect(c).to.equal(n);
      }
      seen.push(Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[0]])));
    }
    expect(seen[1]).to.deep.equal({}); // two answers: nothing at all
    expect(seen[2]).to.deep.equal({ Zorg: 3 }); // the third: the role appears
    expect(seen[5]).to.deep.equal({ Zorg: 3, Gemeente: 3 });
    await expect(el).to.be.accessible();
  });

  it('the phone page works at 320 px without sideways scrolling, by keyboard', async () => {
    const r = await openRoom();
    const el = await facilitator(r);
    const ids = await openRound(el);
    await setViewport({ width: 320, height: 640 });
    const p = await phone(r, ids);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    $<HTMLInputElement>(p, 'input[name=role]')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // zorg
    await sendKeys({ press: 'Enter' });
    await until(() => /Stap 2 van/.test(text(p)), 'step 2');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(p).to.be.accessible();
  });
});
