// A map made soon after another left the page takes over its Cytoscape instance (src/internal/graph-spare.ts).
// Instances are compared as booleans: a failing comparison of two Cytoscape instances takes minutes to print.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/care-network-map/care-network-map.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import { sampleDataset } from '../../src/sdk/index.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(sel)!;

async function drawn(el: CareNetworkMapElement) {
  await waitUntil(() => el.graph.cy && q(el, '.graph canvas') && !q(el, '.overlay'), 'map drawn', { timeout: 10000 });
}

async function map(network: string, options: { style?: string; present?: boolean } = {}) {
  const el = await fixture<CareNetworkMapElement>(
    html`<care-network-map
      .data=${sampleDataset()}
      network=${network}
      ?present=${options.present}
      style=${options.style ?? ''}
    ></care-network-map>`,
  );
  await drawn(el);
  return el;
}

const partyIds = (el: CareNetworkMapElement) =>
  el.graph
    .cy!.nodes('.party')
    .map((n) => n.data('party') as string)
    .sort();

describe('<care-network-map> after another map left the page', () => {
  it('takes over its Cytoscape instance and shows only its own network, at its own place', async () => {
    const first = await map('netwerk-ans');
    const cy = first.graph.cy!;
    first.remove();
    const second = await map('netwerk-samira');
    expect(second.graph.cy === cy, 'the instance of the map before').to.equal(true);
    const samira = sampleDataset().careNetworks.find((n) => n.id === 'netwerk-samira')!;
    expect(partyIds(second)).to.deep.equal(
      [samira.carer, samira.caredFor, ...samira.members.map((m) => m.party)].sort(),
    );
    expect(cy.edges('.relation').length).to.equal(samira.relations.length);
    // Its picture is in its own shadow root, and answers its own zoom buttons.
    expect(second.shadowRoot!.contains(cy.container())).to.equal(true);
    const zoom = cy.zoom();
    q(second, 'button[data-zoom=in]').click();
    expect(cy.zoom()).to.be.closeTo(zoom * 1.25, 1e-6);
    await expect(second).to.be.accessible();
  });

  it('tells only its own host what is tapped', async () => {
    const first = await map('netwerk-ans');
    let toldFirst = 0;
    first.addEventListener('samenspel-select', () => toldFirst++);
    first.remove();
    const second = await map('netwerk-ans');
    setTimeout(() => second.graph.cy!.getElementById('p:kees').emit('tap'));
    const event = await oneEvent(second, 'samenspel-select');
    expect(event.detail).to.deep.equal({ kind: 'party', id: 'kees' });
    expect(toldFirst).to.equal(0);
  });

  it('draws in its own theme and mode, not in those of the map before', async () => {
    const zorg = (el: CareNetworkMapElement) => el.graph.cy!.getElementById('p:casemanager');
    const first = await map('netwerk-ans', { style: '--samenspel-field-zorg-color: rgb(120, 0, 120)', present: true });
    expect(zorg(first).style('background-color')).to.equal('rgb(120,0,120)');
    const presentSize = parseFloat(zorg(first).style('font-size'));
    first.remove();
    const second = await map('netwerk-ans');
    expect(zorg(second).style('background-color')).to.not.equal('rgb(120,0,120)');
    expect(parseFloat(zorg(second).style('font-size'))).to.be.lessThan(presentSize);
  });

  it('makes an instance of its own while the other map is still on the page', async () => {
    const first = await map('netwerk-ans');
    const second = await map('netwerk-samira');
    expect(second.graph.cy === first.graph.cy).to.equal(false);
    second.remove();
    // The first map goes on as it was.
    expect(first.graph.cy!.nodes('.party').length).to.equal(17);
    setTimeout(() => first.graph.cy!.getElementById('p:kees').emit('tap'));
    expect((await oneEvent(first, 'samenspel-select')).detail.id).to.equal('kees');
  });

  it('lets an instance go when no map takes it within 3 seconds', async () => {
    const first = await map('netwerk-ans');
    const cy = first.graph.cy!;
    first.remove();
    await aTimeout(2500);
    expect(cy.destroyed()).to.equal(false);
    await aTimeout(1000);
    expect(cy.destroyed()).to.equal(true);
    // A map made after that draws in an instance of its own.
    const second = await map('netwerk-ans');
    expect(second.graph.cy!.destroyed()).to.equal(false);
    expect(second.graph.cy!.nodes('.party').length).to.equal(17);
  });
});
