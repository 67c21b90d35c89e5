import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/who-is-who/who-is-who.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import type { SamenspelChangeEvent } from '../../src/events/events.js';
import { generateDataset } from '../../src/sdk/generate.js';
import { FIELDS } from '../../src/sdk/model.js';

const groupButtons = (el: WhoIsWhoElement) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.overview button[data-group]'),
];

describe('<who-is-who> overview of a large map', function () {
  this.timeout(90_000);

  it('opens on a node per field with its count, the same in the text view, and lays out every party behind it', async () => {
    const data = generateDataset({ parties: 1200, relations: 2400, seed: 4 });
    const changes: string[] = [];
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who view="graph" .data=${data} @samenspel-change=${(e: SamenspelChangeEvent) => changes.push(e.detail.origin)}></who-is-who>`,
    );
    await waitUntil(() => el.graph.status === 'ready' && el.graph.cy?.nodes().length, 'overview not drawn', {
      timeout: 20_000,
    });
    const cy = el.graph.cy!;
    expect(cy.nodes('.group').length).to.equal(FIELDS.length);
    expect(cy.nodes().length).to.equal(FIELDS.length);
    const zorg = data.parties.filter((p) => p.field === 'zorg').length;
    expect(cy.getElementById('g:zorg').data('label')).to.equal(`Zorg\n${zorg} partijen`);
    const buttons = groupButtons(el);
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['Zorg', 'Welzijn', 'Medisch', 'Informeel', 'Overig']);
    expect(buttons.reduce((n, b) => n + Number(b.dataset.count), 0)).to.equal(1200);
    expect(buttons[0].nextElementSibling!.textContent)
      .to.contain(`${zorg} partijen`)
      .and.contain('Werkt het meest samen met');
    // Positions for every party, computed in the worker and kept as one layout change.
    await waitUntil(() => changes.includes('layout'), 'no layout kept', { timeout: 30_000 });
    expect(changes).to.deep.equal(['layout']);
    expect(el.activeStore.snapshot.parties.every((p) => p.position)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens a group and goes back by keyboard; a search counts in the text view; wijken group too', async () => {
    const data = generateDataset({ parties: 1100, relations: 2000, seed: 8 });
    data.parties.forEach((p, i) => (p.position = { x: (i % 40) * 50, y: Math.floor(i / 40) * 50 }));
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who view="graph" .data=${data}></who-is-who>`);
    await waitUntil(() => el.graph.status === 'ready' && el.graph.cy?.nodes().length, 'overview not drawn', {
      timeout: 20_000,
    });
    const medisch = groupButtons(el).find((b) => b.dataset.group === 'medisch')!;
    const count = Number(medisch.dataset.count);
    medisch.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => !el.graph.showsGroups && !el.graph.building && el.graph.cy!.nodes().length === count,
      'group not opened',
      { timeout: 20_000 },
    );
    const cy = el.graph.cy!;
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .every((id) => data.parties.find((p) => `p:${p.id}` === id)?.field === 'medisch'),
    ).to.equal(true);
    expect(medisch.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.overview [role="status"]')!.textContent).to.contain(
      'Getoond: de partijen van Medisch.',
    );
    await expect(el).to.be.accessible();

    // A party of another field, chosen by a link or the keys, opens its own group.
    const other = data.parties.find((p) => p.field === 'informeel')!;
    el.selectParty(other.id);
    await el.updateComplete;
    await waitUntil(() => cy.getElementById(`p:${other.id}`).hasClass('selected'), 'its group not opened', {
      timeout: 20_000,
    });
    expect(
      groupButtons(el)
        .find((b) => b.dataset.group === 'informeel')!
        .getAttribute('aria-pressed'),
    ).to.equal('true');

    el.shadowRoot!.querySelector<HTMLButtonElement>('.overview .back')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.graph.showsGroups, 'not back to the overview');
    expect(el.selected).to.equal(null);
    expect(cy.nodes('.group').length).to.equal(FIELDS.length);

    const picture = () =>
      cy
        .elements()
        .map((e) => `${e.id()} ${e.data('label') ?? ''} ${e.data('width') ?? ''} ${e.classes().join(' ')}`)
        .sort();
    const overview = picture();
    const groupNodes = cy.nodes('.group');
    el.query = 'zorg';
    await el.updateComplete;
    const found = el.shadowRoot!.querySelector('.count')!.textContent!.match(/^(\d+) van/)![1];
    const summaries = groupButtons(el).map((b) => b.nextElementSibling!.textContent!);
    expect(summaries.some((s) => s.includes('van'))).to.equal(true);
    const counts = summaries.map((s) => Number(s.match(/^(\d+) van/)?.[1] ?? s.match(/^(\d+)/)![1]));
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(Number(found));
    // The list and the counts answer the key at once; the picture follows after their frame, and then says the
    // same: each group's node names the parties found in it, and is hidden when none is.
    expect(el.graph.filtering).to.equal(true);
    expect(picture()).to.deep.equal(overview);
    await waitUntil(() => !el.graph.filtering, 'the picture did not follow the search');
    groupButtons(el).forEach((b, i) => {
      const node = cy.getElementById(`g:${b.dataset.group}`);
      expect(node.data('label')).to.equal(`${b.textContent}\n${counts[i]} ${counts[i] === 1 ? 'partij' : 'partijen'}`);
      expect(node.hasClass('hidden')).to.equal(counts[i] === 0);
    });
    // Changed in place (Cytoscape styles and draws only what changed), and back as it was when the search is cleared.
    expect(groupNodes.toArray().every((n) => n.inside() && n.same(cy.getElementById(n.id())))).to.equal(true);
    el.query = '';
    await el.updateComplete;
    await waitUntil(() => picture().join() === overview.join(), 'the overview did not come back');

    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.overview select')!;
    select.focus();
    select.value = 'area';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await waitUntil(() => el.graph.cy!.nodes('.group').length === 10, 'no group per wijk');
    expect(groupButtons(el).map((b) => b.textContent)).to.include('Centrum');
    await expect(el).to.be.accessible();
  });
});
