import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/who-is-who/who-is-who.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import { generateDataset } from '../../src/sdk/generate.js';
import type { SamenspelChangeEvent } from '../../src/events/events.js';
import type { Party, Relation } from '../../src/sdk/model.js';

const root = (el: WhoIsWhoElement) => el.shadowRoot!;
const count = (el: WhoIsWhoElement) => root(el).querySelector('.count')!.textContent!.trim();

describe('<who-is-who> reading a large dataset', function () {
  this.timeout(90_000);

  it('reads 3,000 parties over several tasks, says it is loading meanwhile, then reaches every party by keyboard and by search', async () => {
    const data = generateDataset({ parties: 3000, relations: 6000, seed: 5 });
    data.parties[1234] = { ...data.parties[1234], name: 'Stichting Kwakkelhof' };
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who></who-is-who>`);
    let otherTasks = 0;
    const timer = setInterval(() => otherTasks++, 0);
    el.data = data;
    await new Promise((r) => requestAnimationFrame(r));
    expect(root(el).querySelector('[part~="status"]')?.textContent).to.contain('geladen');
    await expect(el).to.be.accessible();
    await el.updateComplete;
    clearInterval(timer);
    expect(otherTasks).to.be.greaterThan(0);
    expect(root(el).querySelector('[part~="status"]')).to.equal(null);
    expect(count(el)).to.equal('3000 partijen');

    const list = root(el).querySelector<HTMLElement>('[role="listbox"]')!;
    list.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const active = root(el).getElementById(list.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-posinset')).to.equal('3000');
    expect(active.textContent).to.contain(data.parties[2999].name);
    await sendKeys({ press: 'Enter' });
    expect(el.selected).to.equal(data.parties[2999].id);

    el.query = 'kwakkelhof';
    await el.updateComplete;
    expect(count(el)).to.equal('1 van 3000 partijen gevonden');
    expect(root(el).querySelector('[role="option"]')!.textContent).to.contain('Stichting Kwakkelhof');
    await expect(el).to.be.accessible();
  });

  it('shows the data set last when data is replaced while a large dataset is being read', async () => {
    const large = generateDataset({ parties: 2000, relations: 4000, seed: 6 });
    const small = generateDataset({ parties: 12, relations: 10, seed: 7 });
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who .data=${large}></who-is-who>`);
    el.data = small;
    await el.updateComplete;
    // The large read may end after the small one: it must not replace it.
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    expect(count(el)).to.equal('12 partijen');
    expect(root(el).querySelector('[part~="status"]')).to.equal(null);

    el.data = large;
    await el.updateComplete;
    expect(count(el)).to.equal('2000 partijen');
  });

  it('counts in the list the parties each party works with, two relations between the same two counting once', async () => {
    const party = (id: string): Party => ({ id, name: `Partij ${id}`, kind: 'team', field: 'zorg' });
    const rel = (id: string, source: string, target: string): Relation => ({ id, source, target, kind: 'werkt-samen' });
    const data = {
      format: 'samenspel',
      version: 1,
      parties: ['a', 'b', 'c', 'd'].map(party),
      relations: [rel('r1', 'a', 'b'), rel('r2', 'b', 'a'), rel('r3', 'a', 'c'), rel('r4', 'c', 'b')],
    };
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who .data=${data}></who-is-who>`);
    const meta = [...root(el).querySelectorAll('.option-meta')].map((m) => m.textContent!.split(' · ')[2]);
    expect(meta).to.deep.equal(['2 relaties', '2 relaties', '2 relaties', '0 relaties']);
  });

  it('keeps the counts of the overview through stored positions and follows a party that changes field after them', async () => {
    const data = generateDataset({ parties: 1100, relations: 2000, seed: 12 });
    const changes: string[] = [];
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who view="graph" editable .data=${data} @samenspel-change=${(e: SamenspelChangeEvent) => changes.push(e.detail.origin)}></who-is-who>`,
    );
    await waitUntil(() => changes.includes('layout'), 'no layout kept', { timeout: 60_000 });
    await el.updateComplete;
    const counts = () =>
      Object.fromEntries(
        [...root(el).querySelectorAll<HTMLElement>('.overview button[data-group]')].map((b) => [
          b.dataset.group,
          Number(b.dataset.count),
        ]),
      );
    const zorg = data.parties.filter((p) => p.field === 'zorg').length;
    expect(counts().zorg).to.equal(zorg);
    const moved = el.activeStore.snapshot.parties.find((p) => p.field === 'zorg')!;
    el.activeStore.apply({ op: 'put', collection: 'parties', record: { ...moved, field: 'welzijn' } });
    await el.updateComplete;
    expect(counts().zorg).to.equal(zorg - 1);
    await expect(el).to.be.accessible();
  });

  it('searches at once after loading, before and after the search texts are made in a task of their own', async () => {
    const data = generateDataset({ parties: 3000, relations: 3000, seed: 8 });
    data.parties[2500] = { ...data.parties[2500], name: 'Stichting Kwakkelhof' };
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who query="kwakkelhof" .data=${data}></who-is-who>`);
    expect(count(el)).to.equal('1 van 3000 partijen gevonden');
    el.query = '';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    el.query = 'kwakkel';
    await el.updateComplete;
    expect(count(el)).to.equal('1 van 3000 partijen gevonden');
    expect(root(el).querySelector('[role="option"]')!.textContent).to.contain('Stichting Kwakkelhof');
  });
});
