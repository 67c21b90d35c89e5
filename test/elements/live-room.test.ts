/**
 * Live rooms in the elements, against a real samenspel server that the test runner starts
 * (test/live-server-plugin.mjs): two copies on one room see each other's edits and presence,
 * a refused token and a lost server never cost what the user typed.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/samenspel-data/samenspel-data.js';
import { SamenspelElement } from '../../src/internal/samenspel-element.js';
import type { SamenspelData } from '../../src/elements/samenspel-data/samenspel-data.component.js';
import type { LiveStatus, SamenspelStatusEvent } from '../../src/events/events.js';
import type { Party } from '../../src/sdk/index.js';

class TestLiveList extends SamenspelElement {
  override render() {
    return html`${this.renderStatus()}<ul aria-label="Partijen">${this.activeStore.snapshot.parties.map((p) => html`<li>${p.name}</li>`)}</ul>`;
  }
}
customElements.define('test-live-list', TestLiveList);

const party = (id: string, name: string): Party => ({ id, name, kind: 'organisatie', field: 'welzijn' });
const server = (action: string, payload: Record<string, unknown> = {}) =>
  executeServerCommand<Record<string, string>, Record<string, unknown>>('samenspel-live-server', {
    action,
    ...payload,
  });
/** Joining loads the live chunk first: more than waitUntil's one second. */
const until = (check: () => boolean, what: string) => waitUntil(check, what, { timeout: 15_000 });
const roomName = () => `kamer-${Math.random().toString(36).slice(2, 10)}`;
const statusText = (el: Element) => el.shadowRoot!.querySelector('[part="live-status"]')?.textContent?.trim() ?? '';
const names = (el: Element) =>
  [...el.querySelector('test-live-list')!.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

async function join(url: string, room: string, token: string, name: string, lang = 'nl') {
  const statuses: LiveStatus[] = [];
  const el = await fixture<SamenspelData>(html`
    <samenspel-data lang=${lang} room=${room} server=${url} token=${token} user-name=${name}
      @samenspel-status=${(e: SamenspelStatusEvent) => statuses.push(e.detail)}>
      <test-live-list></test-live-list>
    </samenspel-data>`);
  return { el, statuses };
}

describe('live room', function () {
  this.timeout(30_000);
  let url: string;
  before(async () => {
    ({ url } = await server('start'));
  });

  it('loads nothing of the live layer on a page without a room', async () => {
    const el = await fixture<SamenspelData>(html`<samenspel-data><test-live-list></test-live-list></samenspel-data>`);
    await el.updateComplete;
    expect(el.presence).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="live-status"]')).to.equal(null);
    const loaded = performance.getEntriesByType('resource').map((r) => r.name);
    expect(
      loaded.filter((n) =>
        /node_modules\/(yjs|@hocuspocus)\/|src\/internal\/(live-room|room-link|live-presence)/.test(n),
      ),
    ).to.deep.equal([]);
  });

  it("shows one person's edit to the other, with who is in the room, in a polite status", async () => {
    const room = roomName();
    const { token } = await server('token', { room });
    const a = await join(url, room, token, 'Anja');
    await until(() => a.statuses.some((s) => s.state === 'connected'), 'A connected');
    a.el.activeStore.apply({ op: 'put', collection: 'parties', record: party('p1', 'Wijkteam Noord') });
    const b = await join(url, room, token, 'Bram');
    await until(() => names(b.el).includes('Wijkteam Noord'), 'B sees the party A made');
    b.el.activeStore.apply({ op: 'put', collection: 'parties', record: party('p2', 'Huisarts Zuid') });
    await until(() => names(a.el).includes('Huisarts Zuid'), 'A sees the party B made');
    await until(() => statusText(a.el) === 'Verbonden. 2 mensen werken mee.', 'the presence count');
    const status = a.el.shadowRoot!.querySelector('[part="live-status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(a.statuses.at(-1)).to.include({ state: 'connected', people: 2 });
    expect(a.el.presence!.people.map((p) => p.name)).to.deep.equal(['Anja', 'Bram']);
    await expect(a.el).to.be.accessible();
    b.el.remove();
    await until(() => statusText(a.el) === 'Verbonden. Je bent nu de enige in deze kamer.', 'B left');
  });

  it('refuses an expired token with a clear reason in English too, and keeps what was typed', async () => {
    const room = roomName();
    const { token } = await server('token', { room, now: Date.now() - 3 * 86_400_000 });
    const a = await join(url, room, token, 'Anja', 'en');
    a.el.activeStore.apply({ op: 'put', collection: 'parties', record: party('typed', 'Typed before the answer') });
    await until(() => a.statuses.some((s) => s.state === 'refused'), 'the refusal');
    expect(a.statuses.at(-1)).to.include({ state: 'refused', reason: 'expired' });
    expect(statusText(a.el)).to.equal(
      'No access to the room: the code has expired. Ask for a new one. What you type here stays.',
    );
    a.el.activeStore.apply({ op: 'put', collection: 'parties', record: party('later', 'Typed after') });
    await a.el.querySelector<TestLiveList>('test-live-list')!.updateComplete;
    expect(names(a.el)).to.deep.equal(['Typed before the answer', 'Typed after']);
    await expect(a.el).to.be.accessible();
  });

  it('keeps a copy in this browser only when the host asks for it', async () => {
    const room = roomName();
    const { token } = await server('token', { room });
    const plain = await join(url, room, token, 'Anja');
    await until(() => plain.statuses.some((s) => s.state === 'connected'), 'connected');
    const databases = async () => (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.includes(room));
    expect(await databases()).to.deep.equal([]);
    const kept = await fixture<SamenspelData>(
      html`<samenspel-data room=${room} server=${url} token=${token} room-storage="indexeddb"></samenspel-data>`,
    );
    await until(() => kept.presence !== undefined, 'joined');
    kept.activeStore.apply({ op: 'put', collection: 'parties', record: party('kept', 'Bewaard') });
    let names: string[] = [];
    await until(() => {
      void databases().then((n) => (names = n as string[]));
      return names.length > 0;
    }, 'the IndexedDB copy');
    expect(names).to.deep.equal([`samenspel:${url}:${room}`]);
  });

  it('says when the server is gone, counts the edits made meanwhile, and shares them when it is back', async () => {
    const room = roomName();
    const { token } = await server('token', { room });
    const a = await join(url, room, token, 'Anja');
    const b = await join(url, room, token, 'Bram');
    await until(() => a.statuses.at(-1)?.people === 2 && b.statuses.at(-1)?.people === 2, 'both connected');
    await server('stop');
    await until(() => statusText(a.el) === 'De verbinding is weg. We verbinden opnieuw…', 'the reconnecting status');
    a.el.activeStore.apply({
      op: 'put',
      collection: 'parties',
      record: party('meanwhile', 'Gemaakt zonder verbinding'),
    });
    await a.el.updateComplete;
    expect(statusText(a.el)).to.equal(
      'Geen verbinding. 1 wijziging is nog niet gedeeld. Die gaan mee zodra de verbinding terug is.',
    );
    expect(a.statuses.at(-1)).to.include({ state: 'offline', unsaved: 1 });
    await expect(a.el).to.be.accessible();
    await aTimeout(100);
    await server('start');
    await until(() => names(b.el).includes('Gemaakt zonder verbinding'), 'the edit arrives after the restart');
    await until(() => a.statuses.at(-1)?.state === 'connected', 'connected again');
  });
});
