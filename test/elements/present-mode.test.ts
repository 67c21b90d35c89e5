/**
 * Present mode on a projector (1280×720): every label in view in the network map and the who-is-who
 * network is at least 14 px at the zoom the map opens with (canvas names: Cytoscape's font size ×
 * zoom; text: computed font size × CSS zoom), goal titles in the diagram are whole, the toolbar keeps
 * what a facilitator needs, and the selection stays in view. Screenshots go to test-screenshots/ to be
 * looked at.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { Core, NodeSingular } from 'cytoscape';
import '../../src/elements/care-network-map/care-network-map.js';
import '../../src/elements/who-is-who/who-is-who.js';
import '../../src/elements/goal-tree/goal-tree.js';
import '../../src/elements/cooperation-check/cooperation-check.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import type { GoalTreeElement } from '../../src/elements/goal-tree/goal-tree.component.js';
import type { CooperationCheckElement } from '../../src/elements/cooperation-check/cooperation-check.component.js';
import { sampleDataset } from '../../src/sdk/index.js';

const MIN = 14;
const screenshot = (name: string) => executeServerCommand('samenspel-screenshot', { name });
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Canvas names in view that are drawn smaller than 14 px: `id (size)`. */
function smallCanvasLabels(cy: Core): string[] {
  const small: string[] = [];
  cy.nodes().forEach((node: NodeSingular) => {
    if (!node.visible() || !String(node.style('label') ?? '').trim()) return;
    const { x, y } = node.renderedPosition();
    if (x < 0 || y < 0 || x > cy.width() || y > cy.height()) return;
    const px = parseFloat(node.style('font-size')) * cy.zoom();
    // Cytoscape does not draw a name smaller than its min-zoomed-font-size: such a name is not visible.
    if (px < parseFloat(node.style('min-zoomed-font-size') || '0')) return;
    if (px < MIN) small.push(`${node.id()} (${px.toFixed(1)} px)`);
  });
  return small;
}

/** Text in the shadow root, on screen, set smaller than 14 px (computed font size × CSS zoom): `text (size)`. */
function smallText(root: ShadowRoot): string[] {
  const small: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent!.trim();
    const el = n.parentElement;
    if (!text || !el || el.closest('.visually-hidden, style, option')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width < 2 || r.height < 2 || r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth)
      continue;
    const px =
      parseFloat(getComputedStyle(el).fontSize) * ((el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
    if (px < MIN - 0.01) small.push(`${text.slice(0, 30)} (${px.toFixed(1)} px)`);
  }
  return small;
}

describe('present mode at 1280×720', function () {
  this.timeout(90_000);
  before(() => setViewport({ width: 1280, height: 720 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('opens the network map with every label in view at 14 px or more, and follows the selection', async () => {
    const el = await fixture<CareNetworkMapElement>(
      html`<care-network-map present editable .data=${sampleDataset()}></care-network-map>`,
    );
    await waitUntil(
      () => el.graph.cy && el.shadowRoot!.querySelector('.graph canvas') && !el.shadowRoot!.querySelector('.overlay'),
      'map drawn',
      { timeout: 20_000 },
    );
    await frame();
    const cy = el.graph.cy!;
    expect(
      cy.nodes('.party').filter((n) => {
        const { x, y } = n.renderedPosition();
        return x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
      }).length,
    ).to.be.greaterThan(2);
    expect(smallCanvasLabels(cy)).to.deep.equal([]);
    expect(smallText(el.shadowRoot!)).to.deep.equal([]);
    // The facilitator's toolbar: no editing, import or export; the present button, pressed.
    const toolbar = el.shadowRoot!.querySelector('[part="toolbar"]')!;
    expect(toolbar.querySelector('[data-action="undo"], details.export')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="add-member"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="present-toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
    await screenshot('present-care-network-map');
    await expect(el).to.be.accessible();

    // A member far from the centre that is chosen (here in the text view) is brought into view.
    const net = el.currentNetwork!;
    const far = net.members.find((m) => m.ring === 'op-afstand')!.party;
    el.shadowRoot!.querySelector<HTMLButtonElement>(`button.member[data-party="${far}"]`)!.click();
    await el.updateComplete;
    await frame();
    const { x, y } = cy.getElementById(`p:${far}`).renderedPosition();
    // Centred with its name (the name hangs below the node).
    expect(Math.abs(x - cy.width() / 2)).to.be.below(24);
    expect(Math.abs(y - cy.height() / 2)).to.be.below(24);
    expect(smallCanvasLabels(cy)).to.deep.equal([]);

    // The button turns present mode off again, with the full toolbar.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="present-toggle"]')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('present')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[data-action="undo"]')).not.to.equal(null);
  });

  it('opens the who-is-who network with every label in view at 14 px or more', async () => {
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who view="graph" present editable .data=${sampleDataset()}></who-is-who>`,
    );
    await waitUntil(
      () => el.graph.status === 'ready' && el.graph.cy!.nodes().length === el.activeStore.snapshot.parties.length,
      'graph drawn',
      { timeout: 20_000 },
    );
    await frame();
    const cy = el.graph.cy!;
    const named = cy.nodes('[label]').filter((n) => {
      const { x, y } = n.renderedPosition();
      return x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
    });
    expect(named.length).to.be.greaterThan(3);
    for (const node of named) expect(parseFloat(node.style('font-size')) * cy.zoom(), node.id()).to.be.at.least(MIN);
    expect(smallCanvasLabels(cy)).to.deep.equal([]);
    expect(smallText(el.shadowRoot!)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="export"]')).to.equal(null);
    await screenshot('present-who-is-who');
    await expect(el).to.be.accessible();

    // The chosen party comes to the middle of the view.
    const party = el.activeStore.snapshot.parties.at(-1)!.id;
    el.selectParty(party);
    await el.updateComplete;
    await frame();
    const { x, y } = cy.getElementById(`p:${party}`).renderedPosition();
    // Centred with its name (the name hangs below the node).
    expect(Math.abs(x - cy.width() / 2)).to.be.below(24);
    expect(Math.abs(y - cy.height() / 2)).to.be.below(24);
  });

  it('shows the goal-tree diagram larger, with no goal title cut off', async () => {
    const el = await fixture<GoalTreeElement>(
      html`<goal-tree view="diagram" present editable .data=${sampleDataset()}></goal-tree>`,
    );
    await el.updateComplete;
    await frame();
    const root = el.shadowRoot!;
    const canvas = root.querySelector<HTMLElement>('.canvas')!;
    expect(canvas.currentCSSZoom).to.equal(1.25);
    const diagram = root.querySelector('.diagram')!.getBoundingClientRect();
    let seen = 0;
    for (const box of root.querySelectorAll<HTMLElement>('.diagram li[data-id] > .goal')) {
      const r = box.getBoundingClientRect();
      if (r.bottom < diagram.top || r.top > diagram.bottom || r.right < diagram.left || r.left > diagram.right)
        continue;
      seen++;
      const title = box.querySelector<HTMLElement>('.title')!;
      const t = title.getBoundingClientRect();
      // Whole: inside its box, and nothing of it clipped.
      expect(t.bottom, title.textContent!).to.be.at.most(r.bottom + 0.5);
      expect(title.scrollWidth, title.textContent!).to.be.at.most(title.clientWidth + 1);
      expect(parseFloat(getComputedStyle(title).fontSize) * title.currentCSSZoom, title.textContent!).to.be.at.least(
        MIN,
      );
    }
    expect(seen).to.be.greaterThan(2);
    // No editing bar or export menu: the levels, direction and zoom stay.
    expect(root.querySelector('[part~="edit-toolbar"], details.menu')).to.equal(null);
    expect(root.querySelector('[part~="view-toolbar"]')).not.to.equal(null);
    await screenshot('present-goal-tree');
    await expect(el).to.be.accessible();
  });

  it('has the present button in the results of the cooperation check', async () => {
    const el = await fixture<CooperationCheckElement>(
      html`<cooperation-check mode="results" .data=${sampleDataset()}></cooperation-check>`,
    );
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="present-toggle"]')!;
    expect(button.textContent).to.equal('Presenteren');
    button.click();
    await el.updateComplete;
    expect(el.hasAttribute('present')).to.equal(true);
    expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(20);
    await expect(el).to.be.accessible();
  });
});
