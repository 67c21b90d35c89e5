import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import '../../src/elements/who-is-who/who-is-who.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import { emptyDataset, type Dataset } from '../../src/sdk/model.js';
import { pressChord } from '../helpers/keys.js';

const TALL = '--samenspel-who-is-who-list-block-size: 2000px';
const names = (el: WhoIsWhoElement) =>
  [...el.shadowRoot!.querySelectorAll('[role="option"] .option-name')].map((o) => o.textContent!.trim());
const button = (el: WhoIsWhoElement, text: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text)!;

function two(): Dataset {
  const d = emptyDataset();
  d.parties.push(
    { id: 'a', name: 'Buurthuis', kind: 'organisatie', field: 'welzijn' },
    { id: 'b', name: 'Huisarts', kind: 'organisatie', field: 'medisch' },
  );
  return d;
}

describe('<who-is-who editable>', function () {
  this.timeout(60_000);

  it('adds a party through the form, fires samenspel-change, and undoes and redoes it with the buttons and the keyboard', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who editable style=${TALL} .data=${two()}></who-is-who>`);
    button(el, 'Partij toevoegen').click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('form.edit')!;
    await expect(el).to.be.accessible();
    form.querySelector<HTMLInputElement>('[name="name"]')!.value = 'Repair Café Noord';
    form.querySelector<HTMLSelectElement>('[name="kind"]')!.value = 'initiatief';
    form.querySelector<HTMLInputElement>('[name="areas"]')!.value = 'Noord, Zuid';
    form.querySelector<HTMLInputElement>('[name="website"]')!.value = 'https://repair.example.nl';
    const change = oneEvent(el, 'samenspel-change');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = await change;
    expect(detail.origin).to.equal('local');
    expect(detail.changes[0]).to.deep.include({ op: 'put', collection: 'parties' });
    await el.updateComplete;
    expect(names(el)).to.include('Repair Café Noord');
    const added = el.activeStore.snapshot.parties.find((p) => p.name === 'Repair Café Noord')!;
    expect(added).to.deep.include({
      kind: 'initiatief',
      areas: ['Noord', 'Zuid'],
      contact: { website: 'https://repair.example.nl' },
    });
    expect(el.selected).to.equal(added.id);

    button(el, 'Ongedaan maken').click();
    await el.updateComplete;
    expect(names(el)).to.not.include('Repair Café Noord');
    el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!.focus();
    await pressChord('Control+Shift+KeyZ');
    await el.updateComplete;
    expect(names(el)).to.include('Repair Café Noord');
    await pressChord('Control+KeyZ');
    await el.updateComplete;
    expect(names(el)).to.not.include('Repair Café Noord');
  });

  it('adds and removes a relation, and removes a party with its relations in one undoable step', async () => {
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who editable selected="a" style=${TALL} .data=${two()}></who-is-who>`,
    );
    button(el, 'Samenwerking toevoegen').click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('form.edit')!;
    form.querySelector<HTMLSelectElement>('[name="target"]')!.value = 'b';
    await expect(el).to.be.accessible();
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.activeStore.snapshot.relations).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.partners')!.textContent).to.contain('Huisarts');

    button(el, 'Partij verwijderen').click();
    await el.updateComplete;
    expect(el.activeStore.snapshot.parties.map((p) => p.id)).to.deep.equal(['b']);
    expect(el.activeStore.snapshot.relations).to.have.length(0);
    expect(el.selected).to.equal(null);
    el.undo();
    await el.updateComplete;
    expect(el.activeStore.snapshot.parties).to.have.length(2);
    expect(el.activeStore.snapshot.relations).to.have.length(1);
  });

  it('refuses an invalid edit, says why, and keeps the data', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who editable selected="a" .data=${two()}></who-is-who>`);
    button(el, 'Bewerken').click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('form.edit')!;
    form.querySelector<HTMLInputElement>('[name="website"]')!.value = 'javascript:alert(1)';
    const error = oneEvent(el, 'samenspel-error');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await error).detail.during).to.equal('edit');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('niet veilig');
    expect(el.activeStore.get('parties', 'a')!.contact).to.equal(undefined);
    await waitUntil(() => el.shadowRoot!.querySelector('form.edit'), 'the form stays open with what was typed');
  });
});
