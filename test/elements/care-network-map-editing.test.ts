import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/care-network-map/care-network-map.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import {
  createStore,
  emptyDataset,
  sampleDataset,
  toFhirBundle,
  type CareNetwork,
  type Store,
} from '../../src/sdk/index.js';
import type { NodeSingular } from 'cytoscape';
import type { SamenspelChangeEvent } from '../../src/events/events.js';
import { pressChord, pressOn, typeOn } from '../helpers/keys.js';

const q = <T extends HTMLElement = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const addField = '.add-member [role=combobox]';
const options = (el: Element) => qa(el, '.add-member [role=option]').map((o) => o.textContent!.trim());
/** The option the combobox points at with aria-activedescendant. */
const active = (el: Element) => {
  const id = q(el, addField).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)?.textContent?.trim() : undefined;
};
const text = (el: Element, sel: string) => (q(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

let store: Store;
const net = (): CareNetwork => store.snapshot.careNetworks[0];
const member = (party: string) => net().members.find((m) => m.party === party);

async function editable(): Promise<CareNetworkMapElement> {
  store = createStore(sampleDataset());
  const el = await fixture<CareNetworkMapElement>(html`<care-network-map editable .store=${store}></care-network-map>`);
  await waitUntil(() => el.graph.cy && !q(el, '.overlay'), 'map drawn', { timeout: 10000 });
  return el;
}

/** Runs a keyboard action and returns the samenspel-change it caused. */
async function change(el: CareNetworkMapElement, action: () => Promise<unknown>): Promise<SamenspelChangeEvent> {
  const event = oneEvent(el, 'samenspel-change');
  await action();
  const e = await event;
  await el.updateComplete;
  return e;
}

/** Selects a member the way a keyboard user does: Tab to its button in the text view and press Enter. */
async function selectByKeyboard(el: CareNetworkMapElement, name: string) {
  qa(el, 'button.member')
    .find((b) => b.textContent === name)!
    .focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(text(el, '.details .h-section')).to.equal(name);
}

async function focusAndPress(el: CareNetworkMapElement, sel: string, key: string) {
  q(el, sel).focus();
  await pressChord(key);
}

describe('<care-network-map editable> by keyboard', function () {
  // axe on the whole editable map takes a while on a busy machine.
  this.timeout(60_000);

  it('moves between the members of the text view with the arrow keys, Home and End', async () => {
    const el = await editable();
    const names = () => (el.shadowRoot!.activeElement as HTMLElement).textContent;
    qa(el, 'button.member')[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(names()).to.equal('Henk de Vries');
    await sendKeys({ press: 'ArrowDown' });
    expect(names()).to.equal('Marloes de Vries');
    await sendKeys({ press: 'ArrowUp' });
    expect(names()).to.equal('Henk de Vries');
    await sendKeys({ press: 'End' });
    expect(names()).to.equal(qa(el, 'button.member').at(-1)!.textContent);
    await sendKeys({ press: 'Home' });
    expect(names()).to.equal('Ans de Vries');
  });

  it('is accessible while editing, with a member selected', async () => {
    const el = await editable();
    await selectByKeyboard(el, 'Marieke Smit');
    await expect(el).to.be.accessible();
  });

  it('adds a new person only through the option that says so: one party and one member in one undoable step', async () => {
    const el = await editable();
    q(el, addField).focus();
    await typeOn(el, 'Buurman Piet');
    expect(options(el)).to.deep.equal(['Nieuwe partij ‘Buurman Piet’ toevoegen']);
    // The first Enter makes the option active; nothing is added yet.
    await pressOn(el, 'Enter');
    expect(active(el)).to.equal('Nieuwe partij ‘Buurman Piet’ toevoegen');
    expect(store.snapshot.parties.some((p) => p.name === 'Buurman Piet')).to.equal(false);
    const e = await change(el, () => pressChord('Enter'));
    expect(e.detail.changes.map((c) => `${c.op}:${c.collection}`)).to.deep.equal(['put:parties', 'put:careNetworks']);
    const piet = store.snapshot.parties.find((p) => p.name === 'Buurman Piet')!;
    expect(member(piet.id)).to.deep.include({ ring: 'dichtbij', field: 'zorg' });
    expect(text(el, '.text-view')).to.contain('Buurman Piet');
    expect(text(el, '.base > [role=status]')).to.equal('Buurman Piet is toegevoegd.');
    el.undo();
    await el.updateComplete;
    expect(store.snapshot.parties.some((p) => p.name === 'Buurman Piet')).to.equal(false);
  });

  it('adds with the Toevoegen button without moving the form, ready for the next; the new member is chosen only when the user chooses it', async () => {
    const el = await editable();
    const form = q(el, '.add-member');
    const top = form.getBoundingClientRect().top;
    q(el, addField).focus();
    await typeOn(el, 'Buurman Piet');
    q(el, '.add-member button[type=submit]').focus();
    // A name that is no party yet: the button opens the list on its "new party" option, with the focus in the field.
    await pressOn(el, 'Enter');
    expect(el.shadowRoot!.activeElement).to.equal(q(el, addField));
    expect(active(el)).to.equal('Nieuwe partij ‘Buurman Piet’ toevoegen');
    await change(el, () => pressChord('Enter'));
    expect(text(el, '.base > [role=status]')).to.equal('Buurman Piet is toegevoegd.');
    expect(text(el, '.details')).to.contain('Kies iemand');
    expect(form.getBoundingClientRect().top).to.equal(top);
    expect(el.shadowRoot!.activeElement).to.equal(q(el, addField));
    expect(q<HTMLInputElement>(el, addField).value).to.equal('');
    await expect(el).to.be.accessible();
    // Enter on the new member in the text view chooses it.
    const piet = qa(el, 'button.member').find((b) => b.textContent === 'Buurman Piet')!;
    expect(piet.getAttribute('aria-pressed')).to.equal('false');
    await selectByKeyboard(el, 'Buurman Piet');
    expect(piet.getAttribute('aria-pressed')).to.equal('true');
  });

  it('adds from the last field too: Enter on the Veld select submits the form', async () => {
    const el = await editable();
    q(el, addField).focus();
    await typeOn(el, 'Nadia Bouzid');
    q<HTMLSelectElement>(el, '.add-member select[name=field]').value = 'welzijn';
    const e = await change(el, () => focusAndPress(el, '.add-member select[name=field]', 'Enter'));
    expect(e.detail.changes.map((c) => `${c.op}:${c.collection}`)).to.deep.equal(['put:careNetworks']);
    expect(member('nadia')).to.deep.include({ ring: 'dichtbij', field: 'welzijn' });
  });

  it('adds an existing party of the dataset typed in full at once, and refuses no name and one already on the map', async () => {
    const el = await editable();
    await focusAndPress(el, '.add-member button[type=submit]', 'Enter');
    await el.updateComplete;
    expect(text(el, '#add-problem')).to.equal('Vul een naam in.');
    const e = await change(el, async () => {
      q(el, addField).focus();
      await sendKeys({ type: 'nadia bouzid' });
      await sendKeys({ press: 'Enter' });
    });
    expect(e.detail.changes).to.have.length(1);
    expect(member('nadia')).to.deep.include({ ring: 'dichtbij' });
    q(el, addField).focus();
    await typeOn(el, 'Dokter Bakker');
    expect(options(el), 'a party on the map is not offered').to.deep.equal(['Nieuwe partij ‘Dokter Bakker’ toevoegen']);
    await pressOn(el, 'ArrowDown');
    await pressOn(el, 'Enter');
    expect(text(el, '#add-problem')).to.equal('Dokter Bakker staat al op de kaart.');
    expect(q(el, addField).getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, addField).getAttribute('aria-describedby')).to.equal('add-problem');
    expect(store.snapshot.parties.filter((p) => p.name === 'Dokter Bakker')).to.have.length(1);
  });

  it('picks an existing party from part of its name with the arrow keys and Enter, so no double is made', async () => {
    const el = await editable();
    const parties = store.snapshot.parties.length;
    const field = q<HTMLInputElement>(el, addField);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.labels![0].textContent!.trim()).to.equal('Naam (kies een bestaande partij of typ een nieuwe naam)');
    field.focus();
    await typeOn(el, 'Huisarts');
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el)).to.deep.equal(['Huisartsenpraktijk Centrum', 'Nieuwe partij ‘Huisarts’ toevoegen']);
    await expect(el).to.be.accessible();
    await pressOn(el, 'ArrowDown');
    expect(active(el)).to.equal('Huisartsenpraktijk Centrum');
    const e = await change(el, () => pressChord('Enter'));
    expect(e.detail.changes.map((c) => `${c.op}:${c.collection}`)).to.deep.equal(['put:careNetworks']);
    expect(member('huisartsen-centrum')).to.deep.include({ ring: 'dichtbij', field: 'zorg' });
    expect(store.snapshot.parties).to.have.length(parties);
    expect(field.value).to.equal('');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(text(el, '.base > [role=status]')).to.equal('Huisartsenpraktijk Centrum is toegevoegd.');

    // A name that matches no party: one new party, through its option.
    await typeOn(el, 'Zorgboerderij De Hoeve');
    await pressOn(el, 'ArrowDown');
    expect(active(el)).to.equal('Nieuwe partij ‘Zorgboerderij De Hoeve’ toevoegen');
    await change(el, () => pressChord('Enter'));
    expect(store.snapshot.parties).to.have.length(parties + 1);
    expect(store.snapshot.parties.filter((p) => p.name === 'Zorgboerderij De Hoeve')).to.have.length(1);
  });

  it('moves a member to another ring and another field (the keyboard way to drag)', async () => {
    const el = await editable();
    await selectByKeyboard(el, 'Kees Hoekstra');
    let e = await change(el, () => focusAndPress(el, 'select[data-edit=ring]', 'ArrowDown'));
    expect(e.detail.origin).to.equal('local');
    expect(member('kees')).to.deep.include({ ring: 'op-afstand', field: 'welzijn' });
    e = await change(el, () => focusAndPress(el, 'select[data-edit=field]', 'ArrowUp'));
    expect(member('kees')).to.deep.include({ ring: 'op-afstand', field: 'zorg' });
    expect(text(el, '.base > [role=status]')).to.equal('Kees Hoekstra staat nu in Op afstand, veld Zorg.');
    expect(el.graph.cy!.getElementById('p:kees').position()).to.deep.equal(el.layout!.positions.kees);
  });

  it('sets and clears the regiehouder, keeping at most one', async () => {
    const el = await editable();
    await selectByKeyboard(el, 'Dokter Bakker');
    await change(el, () => focusAndPress(el, 'button[data-edit=regiehouder]', 'Enter'));
    expect(
      net()
        .members.filter((m) => m.regiehouder)
        .map((m) => m.party),
    ).to.deep.equal(['huisarts-bakker']);
    expect(text(el, '.regie-sentence')).to.equal('★ Dokter Bakker is de regiehouder.');
    await change(el, () => focusAndPress(el, 'button[data-edit=regiehouder]', 'Space'));
    expect(net().members.some((m) => m.regiehouder)).to.equal(false);
    expect(text(el, '.regie-sentence')).to.equal('Niemand is regiehouder.');
  });

  it('adds a relation, changes its strength and kind, and removes it', async () => {
    const el = await editable();
    await selectByKeyboard(el, 'Kees Hoekstra');
    const before = net().relations.length;
    q(el, 'form.add-relation select[name=other]').focus();
    await sendKeys({ press: 'ArrowDown' }); // Henk → the next on the map
    await change(el, () => focusAndPress(el, 'form.add-relation button[type=submit]', 'Enter'));
    expect(net().relations).to.have.length(before + 1);
    const added = net().relations[before];
    expect(added).to.deep.include({ source: 'kees', target: 'henk', kind: 'werkt-samen', strength: 'sterk' });
    const rows = () => qa(el, '.details .relation-row');
    const row = () => rows().find((r) => r.textContent!.includes('Kees Hoekstra werkt samen met Henk de Vries'))!;
    row().querySelector<HTMLSelectElement>('select[data-edit=strength]')!.focus();
    await change(el, () => sendKeys({ press: 'ArrowDown' }));
    expect(net().relations[before].strength).to.equal('zwak');
    row().querySelector<HTMLSelectElement>('select[data-edit=kind]')!.focus();
    await change(el, () => sendKeys({ press: 'ArrowDown' }));
    expect(net().relations[before].kind).to.equal('verwijst');
    const remove = rows()
      .find((r) => r.textContent!.includes('Kees Hoekstra verwijst naar Henk de Vries'))!
      .querySelector('button')!;
    expect(remove.getAttribute('aria-label')).to.equal(
      'Relatie verwijderen: Kees Hoekstra verwijst naar Henk de Vries (zwak)',
    );
    remove.focus();
    await change(el, () => sendKeys({ press: 'Enter' }));
    expect(net().relations).to.have.length(before);
  });

  it('removes a member with their relations', async () => {
    const el = await editable();
    await selectByKeyboard(el, 'Kees Hoekstra');
    await change(el, () => focusAndPress(el, 'button[data-edit=remove-member]', 'Enter'));
    expect(member('kees')).to.equal(undefined);
    expect(net().relations.some((r) => r.source === 'kees' || r.target === 'kees')).to.equal(false);
    expect(qa(el, 'button.member').some((b) => b.textContent === 'Kees Hoekstra')).to.equal(false);
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z, and with the buttons', async () => {
    const el = await editable();
    await selectByKeyboard(el, 'Kees Hoekstra');
    await change(el, () => focusAndPress(el, 'button[data-edit=remove-member]', 'Enter'));
    let e = await change(el, () => focusAndPress(el, 'button.member', 'Control+KeyZ'));
    expect(e.detail.origin).to.equal('undo');
    expect(member('kees')).to.not.equal(undefined);
    e = await change(el, () => focusAndPress(el, 'button.member', 'Control+Shift+KeyZ'));
    expect(e.detail.origin).to.equal('redo');
    expect(member('kees')).to.equal(undefined);
    e = await change(el, () => focusAndPress(el, 'button[data-action=undo]', 'Enter'));
    expect(member('kees')).to.not.equal(undefined);
    e = await change(el, () => focusAndPress(el, 'button[data-action=redo]', 'Enter'));
    expect(e.detail.origin).to.equal('redo');
    expect(text(el, '.base > [role=status]')).to.equal('Opnieuw gedaan.');
  });

  it('starts a new network from an empty dataset', async () => {
    store = createStore(emptyDataset());
    const el = await fixture<CareNetworkMapElement>(
      html`<care-network-map editable .store=${store}></care-network-map>`,
    );
    await expect(el).to.be.accessible();
    q(el, 'input[name=carer]').focus();
    await sendKeys({ type: 'Ans' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Henk' });
    const e = await change(el, () => sendKeys({ press: 'Enter' }));
    expect(e.detail.changes).to.have.length(3);
    expect(net()).to.deep.include({ name: 'Netwerk van Ans', members: [], relations: [] });
    await waitUntil(() => el.graph.cy?.nodes('.party.centre').length === 2, 'carer and naaste drawn', {
      timeout: 10000,
    });
  });
});

describe('<care-network-map editable> import', () => {
  it('takes a network from a FHIR file in one undoable step and shows it; what it could not map is listed', async () => {
    const full = sampleDataset();
    const bundle = toFhirBundle(full, 'netwerk-samira') as { entry: unknown[] };
    bundle.entry.push({ resource: { resourceType: 'Observation', id: 'x' } });
    store = createStore({ ...emptyDataset(), parties: full.parties, careNetworks: full.careNetworks.slice(0, 1) });
    const el = await fixture<CareNetworkMapElement>(
      html`<care-network-map editable .store=${store}></care-network-map>`,
    );
    const input = q<HTMLInputElement>(el, 'input[type=file][data-action=import]');
    expect(input.closest('label')!.textContent).to.contain('FHIR R4');
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(bundle)], 'netwerk.json', { type: 'application/fhir+json' }));
    input.files = files.files;
    const e = await change(el, async () => input.dispatchEvent(new Event('change')));
    expect(e.detail.changes.map((c) => c.collection)).to.deep.equal(['careNetworks']);
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('Netwerk van Samira en Yassin');
    expect(store.snapshot.careNetworks[1].members.map((m) => [m.party, m.ring, m.field])).to.deep.equal(
      full.careNetworks[1].members.map((m) => [m.party, m.ring, m.field]),
    );
    expect(text(el, 'details.status')).to.contain('Observation');
    el.undo();
    expect(store.snapshot.careNetworks).to.have.length(1);
  });
});

describe('<care-network-map editable> by mouse', () => {
  it('moves a member by dragging it into another ring and field; it snaps to its new place', async () => {
    const el = await editable();
    const target = el.layout!.positions['apotheek']; // op afstand, medisch
    const node = el.graph.cy!.getElementById('p:kees');
    const e = await change(el, async () => {
      node.position({ x: target.x + 30, y: target.y + 10 });
      node.emit('dragfree');
    });
    expect(e.detail.changes).to.have.length(1);
    expect(member('kees')).to.deep.include({ ring: 'op-afstand', field: 'medisch' });
    await waitUntil(() => {
      const p = el.graph.cy!.getElementById('p:kees').position();
      return p.x === el.layout!.positions.kees.x && p.y === el.layout!.positions.kees.y;
    }, 'snapped');
  });

  it('shows the member under the pointer while it is dragged with the mouse', async () => {
    const el = await editable();
    const cy = el.graph.cy!;
    const layer = q<HTMLCanvasElement>(el, '.graph canvas[data-id=layer1-drag]');
    const box = q(el, '.graph').getBoundingClientRect();
    // The member nearest the middle of the view.
    const off = (n: NodeSingular) =>
      Math.hypot(n.renderedPosition().x - box.width / 2, n.renderedPosition().y - box.height / 2);
    const node = cy.nodes('.member').sort((a, b) => off(a) - off(b))[0];
    const from = node.renderedPosition();
    const at = (x: number, y: number): [number, number] => [Math.round(box.left + x), Math.round(box.top + y)];
    expect(getComputedStyle(layer).display, 'the drag canvas before').to.equal('none');
    try {
      await sendMouse({ type: 'move', position: at(from.x, from.y) });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: at(from.x + 20, from.y + 20) });
      await sendMouse({ type: 'move', position: at(from.x + 40, from.y + 30) });
      expect(getComputedStyle(layer).display, 'the drag canvas while dragging').to.not.equal('none');
      const moved = node.renderedPosition();
      expect(Math.round(moved.x - from.x)).to.be.closeTo(40, 2);
      expect(Math.round(moved.y - from.y)).to.be.closeTo(30, 2);
    } finally {
      await sendMouse({ type: 'up' });
      await resetMouse();
    }
    expect(getComputedStyle(layer).display, 'the drag canvas after').to.equal('none');
  });

  it('draws a relation by clicking two members', async () => {
    const el = await editable();
    await focusAndPress(el, 'button[data-action=draw]', 'Enter');
    await el.updateComplete;
    expect(text(el, '.hint')).to.contain('Klik in de kaart');
    const cy = el.graph.cy!;
    cy.getElementById('p:kees').emit('tap');
    await el.updateComplete;
    expect(text(el, '.hint')).to.equal('Kees Hoekstra gekozen. Klik nu op de tweede betrokkene.');
    const e = await change(el, async () => cy.getElementById('p:kerk').emit('tap'));
    expect(e.detail.changes).to.have.length(1);
    expect(net().relations.at(-1)).to.deep.include({ source: 'kees', target: 'kerk' });
    expect(q(el, '.hint')).to.equal(null);
  });

  it('stops drawing with Escape, also when the click in the map took focus away', async () => {
    const el = await editable();
    q(el, 'button[data-action=draw]').click();
    await el.updateComplete;
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(q(el, '.hint')).to.equal(null);
    expect(q(el, 'button[data-action=draw]').getAttribute('aria-pressed')).to.equal('false');
  });
});
