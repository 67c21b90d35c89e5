import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Core, NodeSingular } from 'cytoscape';
import '../../src/elements/care-network-map/care-network-map.js';
import '../../src/elements/who-is-who/who-is-who.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import { sampleDataset } from '../../src/sdk/index.js';

/** The size of a node's name on screen, in CSS pixels. */
const shown = (cy: Core, node: NodeSingular) => parseFloat(node.style('font-size')) * cy.zoom();

/** True when the node's centre is inside the visible part of the picture. */
function inView(cy: Core, node: NodeSingular): boolean {
  const { x, y } = node.renderedPosition();
  return x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
}

describe('names in the network pictures at 1280 px', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('opens the network map with names of at least 12 px, on the carer, the naaste and the closest ring', async () => {
    const el = await fixture<CareNetworkMapElement>(
      html`<care-network-map .data=${sampleDataset()}></care-network-map>`,
    );
    await waitUntil(
      () => el.graph.cy && el.shadowRoot!.querySelector('.graph canvas') && !el.shadowRoot!.querySelector('.overlay'),
      'map drawn',
      { timeout: 10000 },
    );
    const cy = el.graph.cy!;
    const members = cy.nodes('.party');
    for (const node of members) expect(shown(cy, node), node.id()).to.be.at.least(12);
    const net = el.currentNetwork!;
    expect(inView(cy, cy.getElementById(`p:${net.carer}`))).to.equal(true);
    expect(inView(cy, cy.getElementById(`p:${net.caredFor}`))).to.equal(true);
    // The names of the closest ring can be read without moving the map.
    for (const m of net.members.filter((x) => x.ring === 'eigen-netwerk'))
      expect(inView(cy, cy.getElementById(`p:${m.party}`)), m.party).to.equal(true);
    // It says that there is more, and how to see it.
    await waitUntil(() => el.shadowRoot!.querySelector('.view-hint'), 'no hint that the map goes on');
    expect(el.shadowRoot!.querySelector('.view-hint')!.textContent).to.equal(
      'U ziet een deel van de kaart. Sleep de kaart om de rest te zien, of kies ⤢ om de hele kaart te tonen.',
    );
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-zoom=fit]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('.view-hint'), 'the hint stays with the whole map in view');
    await expect(el).to.be.accessible();
  });

  it('opens the who-is-who network with names of at least 12 px', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who view="graph" .data=${sampleDataset()}></who-is-who>`);
    await waitUntil(
      () => el.graph.status === 'ready' && el.graph.cy!.nodes().length === el.activeStore.snapshot.parties.length,
      'graph drawn',
      { timeout: 20000 },
    );
    const cy = el.graph.cy!;
    const named = cy.nodes('[label]');
    expect(named.length).to.equal(el.activeStore.snapshot.parties.length);
    for (const node of named) expect(shown(cy, node), node.id()).to.be.at.least(12);
    expect(cy.nodes().filter((n) => inView(cy, n)).length).to.be.greaterThan(5);
    // "Hele kaart tonen" still shows every party.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.graph-tools button')!.click();
    expect(
      cy
        .nodes()
        .filter((n) => !inView(cy, n))
        .map((n) => n.id()),
    ).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
