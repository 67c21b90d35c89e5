// What shows first: with Cytoscape at hand the picture, then the rest of the element; before Cytoscape has
// loaded (the first map on a page), the text view at once. The tests run in this order, in a page of their own.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/care-network-map/care-network-map.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import { sampleDataset } from '../../src/sdk/index.js';

const has = (el: Element, sel: string) => !!el.shadowRoot!.querySelector(sel);

async function drawn(el: CareNetworkMapElement) {
  await waitUntil(() => el.graph.cy && has(el, '.graph canvas') && !has(el, '.overlay'), 'map drawn', {
    timeout: 10000,
  });
}

describe('<care-network-map>: what shows first', () => {
  it('shows the text view, insights and legend at once while Cytoscape still loads', async () => {
    const el = await fixture<CareNetworkMapElement>(
      html`<care-network-map .data=${sampleDataset()}></care-network-map>`,
    );
    expect(el.graph.cy, 'no picture yet').to.equal(undefined);
    expect(has(el, '.text-view') && has(el, '.insights') && has(el, '.legend')).to.equal(true);
    await expect(el).to.be.accessible();
    await drawn(el);
  });

  it('with Cytoscape at hand, draws the picture first and shows the rest of the element after it', async () => {
    const el = document.createElement('care-network-map') as CareNetworkMapElement;
    el.data = sampleDataset();
    // When the text view arrives, the picture is there, with every member.
    let membersWhenTextView = -1;
    const watch = new MutationObserver(() => {
      if (membersWhenTextView < 0 && has(el, '.text-view'))
        membersWhenTextView = el.graph.cy?.nodes('.party').length ?? 0;
    });
    const host = await fixture(html`<div></div>`);
    host.append(el);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    expect(has(el, '.text-view'), 'no text view in the first render').to.equal(false);
    await drawn(el);
    watch.disconnect();
    expect(membersWhenTextView).to.equal(17);
    expect(has(el, '.insights') && has(el, '.legend')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
