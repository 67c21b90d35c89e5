/**
 * Presence in the network map and who-is-who, inside a <samenspel-data room> (the tools show the room
 * of the provider around them), against a real samenspel server: each tool says what the user chose
 * (by mouse and by keyboard), the others see a name tag on it in the picture and in the text, and a
 * tool with `follow` follows that person until its switch is turned off.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { Core } from 'cytoscape';
import '../../src/elements/samenspel-data/samenspel-data.js';
import '../../src/elements/care-network-map/care-network-map.js';
import '../../src/elements/who-is-who/who-is-who.js';
import type { SamenspelData } from '../../src/elements/samenspel-data/samenspel-data.component.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import type { SamenspelSelectEvent } from '../../src/events/events.js';
import { sampleDataset } from '../../src/sdk/index.js';

const server = (action: string, payload: Record<string, unknown> = {}) =>
  executeServerCommand<Record<string, string>, Record<string, unknown>>('samenspel-live-server', {
    action,
    ...payload,
  });
const until = (check: () => boolean, what: string) => waitUntil(check, what, { timeout: 20_000, interval: 50 });
const roomName = () => `kaart-${Math.random().toString(36).slice(2, 10)}`;
const label = (cy: Core | undefined, party: string) => String(cy?.getElementById(`p:${party}`).data('label') ?? '');
const marked = (cy: Core | undefined, party: string) => !!cy?.getElementById(`p:${party}`).hasClass('others');

async function join(url: string, room: string, token: string, name: string, follow?: string, lang = 'nl') {
  const selections: SamenspelSelectEvent['detail'][] = [];
  const data =
    await fixture<SamenspelData>(html`<samenspel-data lang=${lang} room=${room} server=${url} token=${token} user-name=${name}
      @samenspel-select=${(e: SamenspelSelectEvent) => selections.push(e.detail)}>
    <care-network-map follow=${follow ?? ''}></care-network-map>
    <who-is-who view="graph"></who-is-who>
  </samenspel-data>`);
  const map = data.querySelector<CareNetworkMapElement>('care-network-map')!;
  if (!follow) map.removeAttribute('follow');
  return { data, map, who: data.querySelector<WhoIsWhoElement>('who-is-who')!, selections };
}

describe('presence in the network map and who-is-who', function () {
  this.timeout(120_000);
  let url: string;
  before(async () => {
    ({ url } = await server('start'));
  });

  it('sends what is chosen, tags it for the others in picture and text, and follows a named person until switched off', async () => {
    const room = roomName();
    const { token } = await server('token', { room });
    const anja = await join(url, room, token, 'Anja');
    await until(() => anja.data.presence?.people.length === 1, 'Anja joined');
    anja.data.activeStore.replace(sampleDataset());
    const bram = await join(url, room, token, 'Bram', 'Anja');
    await until(
      () => bram.map.currentNetwork !== undefined && bram.data.presence?.people.length === 2 && !!bram.map.presence,
      'Bram has the network',
    );
    const net = anja.map.currentNetwork!;
    const [first, second] = net.members.map((m) => m.party);

    // Anja chooses a member in the text view by mouse: the map says so, and the room hears it. (The text
    // view follows the picture.)
    const button = () => anja.map.shadowRoot!.querySelector<HTMLButtonElement>(`button.member[data-party="${first}"]`);
    await until(() => !!button(), "Anja's text view");
    button()!.click();
    expect(anja.selections.at(-1)).to.deep.equal({ kind: 'party', id: first });
    await until(() => bram.map.selected === first, "Bram's map follows Anja");
    await until(
      () => marked(bram.map.graph.cy, first) && label(bram.map.graph.cy, first).endsWith('Ook hier: Anja'),
      'Bram sees Anja on the map',
    );
    const tag = () =>
      bram.map.shadowRoot!.querySelector(`button.member[data-party="${first}"] ~ [part="presence-mark"]`);
    await until(() => tag()?.textContent?.replace(/\s+/g, ' ').trim() === 'Ook hier: Anja', 'and in the text view');
    await until(() => marked(bram.who.graph.cy, first), 'and in the who-is-who network');
    expect(label(bram.who.graph.cy, first)).to.contain('Ook hier: Anja');
    // The follow switch, on, next to the map.
    const toggle = bram.map.shadowRoot!.querySelector<HTMLInputElement>('[part="follow"] input')!;
    expect(toggle.getAttribute('role')).to.equal('switch');
    expect(toggle.checked).to.equal(true);
    expect(bram.map.shadowRoot!.querySelector('[part="follow"]')!.textContent!.trim()).to.equal('Volg Anja');
    await expect(bram.map).to.be.accessible();
    await expect(bram.data).to.be.accessible();

    // By keyboard: the next member's button, Enter.
    anja.map.shadowRoot!.querySelector<HTMLButtonElement>(`button.member[data-party="${second}"]`)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(anja.selections.at(-1)).to.deep.equal({ kind: 'party', id: second });
    await until(
      () => bram.map.selected === second && marked(bram.map.graph.cy, second) && !marked(bram.map.graph.cy, first),
      'the tag moves along',
    );

    // Switched off, Bram's map stays where it is.
    toggle.click();
    await bram.map.updateComplete;
    anja.map.shadowRoot!.querySelector<HTMLButtonElement>(`button.member[data-party="${first}"]`)!.click();
    await until(() => marked(bram.map.graph.cy, first), 'the tag still follows Anja');
    expect(bram.map.selected).to.equal(second);
  });

  it('sends the party chosen in who-is-who by mouse and by keyboard, and tags it in the list and details', async () => {
    const room = roomName();
    const { token } = await server('token', { room });
    const anja = await join(url, room, token, 'Anja', undefined, 'en');
    await until(() => anja.data.presence?.people.length === 1, 'Anja joined');
    anja.data.activeStore.replace(sampleDataset());
    const bram = await join(url, room, token, 'Bram', undefined, 'en');
    bram.who.view = 'list';
    await until(() => bram.who.activeStore.snapshot.parties.length > 3 && !!bram.who.presence, 'Bram has the parties');
    anja.who.view = 'list';
    await anja.who.updateComplete;
    const options = () => [...anja.who.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
    const parties = anja.who.activeStore.snapshot.parties;

    options()[0].click();
    expect(anja.selections.at(-1)).to.deep.equal({ kind: 'party', id: parties[0].id });
    anja.who.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const chosen = anja.selections.at(-1)!;
    expect(chosen.kind).to.equal('party');
    expect(chosen.id).to.equal(parties[1].id);

    const row = () => bram.who.shadowRoot!.querySelector(`[role=option][aria-posinset="2"] [part="presence-mark"]`);
    await until(
      () => row()?.textContent?.replace(/\s+/g, ' ').trim() === 'Also here: Anja',
      'Bram sees Anja in the list',
    );
    bram.who.selectParty(parties[1].id);
    await bram.who.updateComplete;
    expect(
      bram.who
        .shadowRoot!.querySelector('[part="detail"] [part="presence-mark"]')!
        .textContent!.replace(/\s+/g, ' ')
        .trim(),
    ).to.equal('Also here: Anja');
    await expect(bram.who).to.be.accessible();
  });
});
