import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/who-is-who/who-is-who.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import type { SamenspelChangeEvent } from '../../src/events/events.js';
import { emptyDataset, type Dataset } from '../../src/sdk/model.js';
import { generateDataset } from '../../src/sdk/generate.js';

function wijk(): Dataset {
  const d = emptyDataset('Wijk');
  const ids = ['steunpunt', 'wijkteam', 'huisarts', 'jozef', 'buurtkamer', 'thuiszorg'];
  for (const [i, id] of ids.entries())
    d.parties.push({
      id,
      name: id === 'jozef' ? 'Parochie Sint-Jozef' : `Partij ${id}`,
      kind: 'organisatie',
      field: (['zorg', 'welzijn', 'medisch', 'informeel'] as const)[i % 4],
    });
  for (const [i, [s, t]] of [
    ['steunpunt', 'wijkteam'],
    ['wijkteam', 'huisarts'],
    ['jozef', 'buurtkamer'],
    ['steunpunt', 'jozef'],
  ].entries())
    d.relations.push({ id: `r${i}`, source: s, target: t, kind: 'werkt-samen' });
  return d;
}

describe('<who-is-who> network view', function () {
  this.timeout(60_000);

  it('lays out in a worker, draws the positions, and keeps them in the data as one step that is not undone', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who editable .data=${wijk()}></who-is-who>`);
    const layout = new Promise<SamenspelChangeEvent>((resolve) =>
      el.addEventListener('samenspel-change', (e) => e.detail.origin === 'layout' && resolve(e)),
    );
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')[1].click();
    const event = await layout;
    expect(event.detail.changes).to.have.length(6);
    const parties = el.activeStore.snapshot.parties;
    expect(parties.every((p) => p.position && Number.isFinite(p.position.x))).to.equal(true);
    expect(el.activeStore.canUndo).to.equal(false);
    await waitUntil(() => el.graph.cy?.nodes().length === 6, 'graph not drawn');
    const node = el.graph.cy!.getElementById('p:wijkteam');
    expect(node.position().x).to.be.closeTo(parties[1].position!.x, 0.5);
    expect(el.graph.cy!.edges()).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('draws stored positions at once, without a new layout', async () => {
    const data = wijk();
    data.parties.forEach((p, i) => (p.position = { x: i * 100, y: i * 50 }));
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who view="graph" .data=${data}></who-is-who>`);
    const statuses: string[] = [];
    const changes: string[] = [];
    el.addEventListener('samenspel-change', (e) => changes.push(e.detail.origin));
    await waitUntil(() => el.graph.cy?.nodes().length === 6, 'graph not drawn');
    statuses.push(el.graph.status);
    expect(el.graph.cy!.getElementById('p:huisarts').position()).to.deep.equal({ x: 200, y: 100 });
    expect(statuses).to.deep.equal(['ready']);
    await new Promise((r) => setTimeout(r, 200));
    expect(changes).to.deep.equal([]);
  });

  it('highlights the neighbours of the selection, hides what the filter leaves out, and selects with the arrow keys', async () => {
    const data = wijk();
    data.parties.forEach((p, i) => (p.position = { x: i * 100, y: 0 }));
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who view="graph" .data=${data}></who-is-who>`);
    await waitUntil(() => el.graph.cy?.nodes().length === 6, 'graph not drawn');
    el.selectParty('wijkteam');
    await el.updateComplete;
    await waitUntil(() => el.graph.cy!.getElementById('p:wijkteam').hasClass('selected'));
    const cy = el.graph.cy!;
    expect(
      cy
        .nodes('.neighbour')
        .map((n) => n.id())
        .sort(),
    ).to.deep.equal(['p:huisarts', 'p:steunpunt']);
    expect(cy.getElementById('p:jozef').hasClass('faded')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.detail #detail-title')!.textContent).to.contain('Partij wijkteam');

    el.query = 'jozef';
    await el.updateComplete;
    await waitUntil(() => cy.nodes(':visible').length === 1, 'filter not applied to the graph');
    expect(cy.nodes(':visible').map((n) => n.id())).to.deep.equal(['p:jozef']);
    el.query = '';
    await el.updateComplete;
    await waitUntil(() => cy.nodes(':visible').length === 6);

    el.shadowRoot!.querySelector<HTMLElement>('.graph-canvas')!.focus();
    const selected = oneEvent(el, 'samenspel-select');
    await sendKeys({ press: 'ArrowRight' });
    expect((await selected).detail.id).to.equal('huisarts');
    await expect(el).to.be.accessible();
  });

  it('pins a party moved with Shift+arrow as an undoable edit', async () => {
    const data = wijk();
    data.parties.forEach((p, i) => (p.position = { x: i * 100, y: 0 }));
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who editable view="graph" selected="jozef" .data=${data}></who-is-who>`,
    );
    await waitUntil(() => el.graph.cy?.nodes().length === 6, 'graph not drawn');
    el.shadowRoot!.querySelector<HTMLElement>('.graph-canvas')!.focus();
    const change = oneEvent(el, 'samenspel-change');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    const { detail } = await change;
    expect(detail.origin).to.equal('local');
    expect(el.activeStore.get('parties', 'jozef')!.position).to.deep.equal({ x: 300, y: 20, pinned: true });
    el.undo();
    expect(el.activeStore.get('parties', 'jozef')!.position).to.deep.equal({ x: 300, y: 0 });
  });

  it('pins a party dragged with the mouse, drawn on the drag canvas only while the pointer is down', async () => {
    const data = wijk();
    data.parties.forEach((p, i) => (p.position = { x: i * 100, y: 0 }));
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who editable view="graph" .data=${data}></who-is-who>`);
    await waitUntil(() => el.graph.cy?.nodes().length === 6 && el.graph.status === 'ready', 'graph not drawn');
    const layer = el.shadowRoot!.querySelector<HTMLCanvasElement>('.graph canvas[data-id=layer1-drag]')!;
    const box = el.shadowRoot!.querySelector('.graph-canvas')!.getBoundingClientRect();
    const node = el.graph.cy!.getElementById('p:huisarts');
    const from = node.renderedPosition();
    const at = (x: number, y: number): [number, number] => [Math.round(box.left + x), Math.round(box.top + y)];
    expect(getComputedStyle(layer).display, 'the drag canvas before').to.equal('none');
    const change = oneEvent(el, 'samenspel-change');
    try {
      await sendMouse({ type: 'move', position: at(from.x, from.y) });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: at(from.x + 20, from.y + 20) });
      await sendMouse({ type: 'move', position: at(from.x + 40, from.y + 30) });
      expect(getComputedStyle(layer).display, 'the drag canvas while dragging').to.not.equal('none');
    } finally {
      await sendMouse({ type: 'up' });
      await resetMouse();
    }
    const { detail } = await change;
    expect(detail.origin).to.equal('local');
    expect(el.activeStore.get('parties', 'huisarts')!.position!.pinned).to.equal(true);
    expect(getComputedStyle(layer).display, 'the drag canvas after').to.equal('none');
  });

  it('draws a large map with stored positions whole, names the parties in view once zoomed in, and always names the chosen one', async () => {
    const data = generateDataset({ parties: 400, relations: 900, seed: 3 });
    data.parties.forEach((p, i) => (p.position = { x: (i % 20) * 60, y: Math.floor(i / 20) * 60 }));
    const changes: string[] = [];
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who view="graph" .data=${data} @samenspel-change=${(e: SamenspelChangeEvent) => changes.push(e.detail.origin)}></who-is-who>`,
    );
    await waitUntil(() => el.graph.status === 'ready', 'graph not drawn', { timeout: 20_000 });
    const cy = el.graph.cy!;
    expect(cy.nodes()).to.have.length(400);
    expect(cy.edges()).to.have.length(data.relations.length);
    expect(el.graph.building).to.equal(false);
    expect(changes).to.deep.equal([]);
    // The whole map is in view: names that small are not drawn, so they are not measured either.
    const first = data.parties[0];
    expect(cy.getElementById(`p:${first.id}`).data('label')).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[role="listbox"]')).to.equal(null);

    cy.zoom({ level: 2, position: cy.getElementById(`p:${first.id}`).position() });
    const shortened = first.name.length > 28 ? `${first.name.slice(0, 27)}…` : first.name;
    await waitUntil(() => cy.getElementById(`p:${first.id}`).data('label') === shortened, 'no names once zoomed in');
    const far = data.parties[399];
    expect(cy.getElementById(`p:${far.id}`).data('label')).to.equal(undefined);

    const neighbour = data.relations.find((r) => r.source === far.id || r.target === far.id)!;
    const other = neighbour.source === far.id ? neighbour.target : neighbour.source;
    el.selectParty(far.id);
    await el.updateComplete;
    await waitUntil(() => cy.getElementById(`p:${far.id}`).hasClass('selected'));
    expect(cy.getElementById(`p:${other}`).hasClass('neighbour')).to.equal(true);
    expect(cy.getElementById(`p:${far.id}`).data('label'))
      .to.be.a('string')
      .and.not.equal('');
    expect(cy.getElementById(`p:${other}`).data('label'))
      .to.be.a('string')
      .and.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('names the parties of a large map only at a zoom where the names read (12 px), and only once the view rests', async () => {
    const data = generateDataset({ parties: 400, relations: 900, seed: 3 });
    data.parties.forEach((p, i) => (p.position = { x: (i % 20) * 60, y: Math.floor(i / 20) * 60 }));
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who view="graph" .data=${data}></who-is-who>`);
    await waitUntil(() => el.graph.status === 'ready', 'graph not drawn', { timeout: 20_000 });
    const cy = el.graph.cy!;
    const named = () => cy.nodes('[label]');
    const centre = cy.getElementById(`p:${data.parties[210].id}`).position();
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    // At 1.1 a name would be 11 px: nobody gets one.
    cy.zoom({ level: 1.1, position: centre });
    await pause(500);
    expect(named()).to.have.length(0);

    // Closer, while the view keeps moving: names come only after it stopped.
    let moved = 0;
    let namedAfter = Infinity;
    cy.on('viewport', () => (moved = performance.now()));
    cy.on('data', 'node', () => (namedAfter = Math.min(namedAfter, performance.now() - moved)));
    cy.zoom({ level: 1.5, position: centre });
    for (let i = 0; i < 6; i++) {
      await pause(40);
      cy.panBy({ x: 4, y: 0 });
    }
    await waitUntil(() => named().length > 0, 'no names once the view rests');
    expect(namedAfter).to.be.at.least(140);
    for (const node of named().toArray()) {
      const size = parseFloat(node.style('font-size') as string) * cy.zoom();
      expect(size).to.be.at.least(12);
      expect(size).to.be.at.least(parseFloat(node.style('min-zoomed-font-size') as string));
    }
    await expect(el).to.be.accessible();
  });

  it('names a large map that opens close enough to read them right after its first picture, at most 150 names a frame', async () => {
    const data = generateDataset({ parties: 300, relations: 200, seed: 4 });
    data.parties.forEach((p, i) => (p.position = { x: (i % 20) * 14, y: Math.floor(i / 20) * 14 }));
    // The names each frame shows for the first time, counted from before the element is made (Cytoscape
    // may name the first parties before a test could listen to it): hundreds of names in one frame held the page.
    const el = document.createElement('who-is-who') as WhoIsWhoElement;
    el.view = 'graph';
    el.data = data;
    const perFrame: number[] = [];
    let named = 0;
    let counting = true;
    const count = () => {
      const now = el.graph.cy?.nodes('[label]').length ?? 0;
      if (now !== named) perFrame.push(now - named);
      named = now;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    document.body.append(el);
    try {
      await waitUntil(() => el.graph.status === 'ready', 'graph not drawn', { timeout: 20_000 });
      expect(el.graph.cy!.zoom()).to.be.at.least(1.2);
      await waitUntil(() => named === 300, 'not every party in view named', { timeout: 5_000 });
    } finally {
      counting = false;
      el.remove();
    }
    expect(perFrame.length, 'names came in more than one frame').to.be.above(1);
    expect(Math.max(...perFrame)).to.be.at.most(150);
  });

  it('re-lays out a large map: every party moves, the new places are stored as one layout change, and the map is in view', async () => {
    const data = generateDataset({ parties: 400, relations: 900, seed: 5 });
    data.parties.forEach((p, i) => (p.position = { x: (i % 20) * 60, y: Math.floor(i / 20) * 60 }));
    const changes: string[] = [];
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who view="graph" .data=${data} @samenspel-change=${(e: SamenspelChangeEvent) => changes.push(e.detail.origin)}></who-is-who>`,
    );
    await waitUntil(() => el.graph.status === 'ready' && !el.graph.building, 'graph not drawn', { timeout: 20_000 });
    const cy = el.graph.cy!;
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

    el.graph.relayout();
    await waitUntil(() => changes.includes('layout') && !el.graph.building, 'no new layout stored', {
      timeout: 20_000,
    });
    expect(changes).to.deep.equal(['layout']);
    const moved = cy
      .nodes()
      .filter((n) => n.position().x !== before.get(n.id())!.x || n.position().y !== before.get(n.id())!.y);
    expect(moved.length).to.be.greaterThan(390);
    const stored = el.activeStore.snapshot.parties[0];
    expect(stored.position).to.deep.include({
      x: Math.round(cy.getElementById(`p:${stored.id}`).position().x * 10) / 10,
    });
    // Back from looking away while the nodes moved: the map is in view.
    const { x1, x2, y1, y2 } = cy.extent();
    const inView = cy
      .nodes()
      .filter((n) => n.position().x >= x1 && n.position().x <= x2 && n.position().y >= y1 && n.position().y <= y2);
    expect(inView.length).to.equal(400);
  });
});
