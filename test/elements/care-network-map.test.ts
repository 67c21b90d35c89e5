import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/care-network-map/care-network-map.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import { boxesOverlap, emptyDataset, generateDataset, sampleDataset, type Dataset } from '../../src/sdk/index.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(sel)!;
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (el: Element, sel: string) => (q(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function drawn(el: CareNetworkMapElement) {
  await waitUntil(() => el.graph.cy && q(el, '.graph canvas') && !q(el, '.overlay'), 'map drawn', { timeout: 10000 });
}

async function sample(
  attrs: { editable?: boolean; network?: string; lang?: string } = {},
  data: Dataset = sampleDataset(),
) {
  const el = await fixture<CareNetworkMapElement>(
    html`<care-network-map .data=${data} ?editable=${attrs.editable} network=${attrs.network ?? ''} lang=${attrs.lang ?? 'nl'}></care-network-map>`,
  );
  await drawn(el);
  return el;
}

describe('<care-network-map>', () => {
  it('says there is nothing to show when it has no data, and is accessible', async () => {
    const el = await fixture<CareNetworkMapElement>(html`<care-network-map></care-network-map>`);
    expect(text(el, '.empty')).to.contain('Er is nog geen netwerk');
    await expect(el).to.be.accessible();
  });

  it('shows that it is loading, and is accessible while it does', async () => {
    const original = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const el = await fixture<CareNetworkMapElement>(html`<care-network-map src="/never.json"></care-network-map>`);
      expect(q(el, '[role=status]').textContent).to.contain('geladen');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });

  it('shows an error and fires samenspel-error when the file cannot be loaded', async () => {
    const el = await fixture<CareNetworkMapElement>(html`<care-network-map></care-network-map>`);
    setTimeout(() => {
      el.src = '/does-not-exist.json';
    });
    const event = await oneEvent(el, 'samenspel-error');
    expect(event.detail.during).to.equal('load');
    await el.updateComplete;
    expect(q(el, '[role=alert]').textContent).to.contain('niet worden geladen');
    await expect(el).to.be.accessible();
  });

  it('draws the sample network inside its shadow root and states rings, fields and regiehouder in the text view', async () => {
    const el = await sample();
    expect(text(el, '.title')).to.equal('Netwerk van Ans en Henk');
    const label = q(el, '.graph').getAttribute('aria-label')!;
    expect(label).to.contain('15 betrokkenen').and.contain('Regiehouder is Marieke Smit');
    expect(text(el, '.regie-sentence')).to.equal('★ Marieke Smit is de regiehouder.');
    expect(text(el, '.insights .no-gaps')).to.contain('Geen gaten gevonden');
    const headings = qa(el, '.text-view .h-ring').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(headings).to.deep.equal([
      'Eigen netwerk (3 betrokkenen)',
      'Dichtbij (7 betrokkenen)',
      'Op afstand (5 betrokkenen)',
    ]);
    expect(qa(el, '.text-view .h-field').map((h) => h.textContent!.trim())).to.include.members([
      'Informeel',
      'Zorg',
      'Welzijn',
      'Medisch',
    ]);
    expect(text(el, '.text-view')).to.contain('Marieke Smit coördineert Thuiszorg Zorgzaam (sterk)');
    expect(text(el, '.text-view')).to.contain('Ans de Vries ondersteunt Henk de Vries (sterk)');
    // The picture: every member, the carer and the naaste at the layout's positions, with the ring and field names.
    const cy = el.graph.cy!;
    expect(cy.nodes('.party').length).to.equal(17);
    expect(cy.getElementById('p:casemanager').position()).to.deep.equal(el.layout!.positions.casemanager);
    expect(cy.getElementById('p:casemanager').hasClass('regiehouder')).to.equal(true);
    expect(cy.getElementById('p:casemanager').data('label')).to.contain('★ regiehouder');
    expect(cy.nodes('.ring-label').map((n) => n.data('label'))).to.deep.equal([
      'Eigen netwerk',
      'Dichtbij',
      'Op afstand',
    ]);
    expect(cy.nodes('.sector-label').map((n) => n.data('label'))).to.deep.equal([
      'Informeel (3)',
      'Zorg (3)',
      'Welzijn (5)',
      'Medisch (4)',
    ]);
    expect(cy.edges('.relation.moeizaam').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  for (const [what, lang, data] of [
    ['the sample', 'nl', sampleDataset()],
    ['the sample in English', 'en', sampleDataset()],
    ['60 members', 'nl', generateDataset({ parties: 80, relations: 0, networks: 1, networkMembers: 60, seed: 3 })],
  ] as const) {
    it(`draws ${what} with no node, label, ring name or field name on top of another`, async () => {
      const el = await sample({ lang }, data);
      const boxes = el.graph.cy!.nodes('.party, .ring-label, .sector-label').map((n) => {
        const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
        return { id: n.id(), x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2, halfWidth: b.w / 2, halfHeight: b.h / 2 };
      });
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++)
          expect(boxesOverlap(boxes[i], boxes[j]), `${boxes[i].id} × ${boxes[j].id}`).to.equal(false);
      }
    });
  }

  it('draws a network whose carer is __proto__, with a member constructor and a relation sharing a party id', async () => {
    const d = emptyDataset('Ids');
    d.parties.push(
      { id: '__proto__', name: 'Ans', kind: 'persoon', field: 'informeel' },
      { id: 'constructor', name: 'Henk', kind: 'persoon', field: 'informeel' },
      { id: 'toString', name: 'Buurvrouw', kind: 'persoon', field: 'informeel' },
    );
    d.careNetworks.push({
      id: 'n',
      name: 'Netwerk',
      carer: '__proto__',
      caredFor: 'constructor',
      members: [{ party: 'toString', ring: 'eigen-netwerk', field: 'informeel' }],
      relations: [{ id: 'toString', source: 'toString', target: '__proto__', kind: 'ondersteunt' }],
    });
    const el = await sample({}, d);
    const cy = el.graph.cy!;
    expect(
      cy
        .nodes('.party')
        .map((n) => n.data('party'))
        .sort(),
    ).to.deep.equal(['__proto__', 'constructor', 'toString']);
    expect(Object.keys(el.layout!.positions).sort()).to.deep.equal(['__proto__', 'constructor', 'toString']);
    expect(cy.getElementById('p:__proto__').position()).to.deep.equal(el.layout!.positions['__proto__']);
    expect(cy.getElementById('p:__proto__').position().y).to.be.lessThan(0);
    expect(cy.edges('.relation')).to.have.length(1);
    expect(text(el, '.text-view')).to.contain('Buurvrouw ondersteunt Ans');
    await expect(el).to.be.accessible();
  });

  it('lists the gaps in plain sentences', async () => {
    const el = await sample({ network: 'netwerk-samira' });
    const gaps = qa(el, '.insights .gaps li').map((li) => li.textContent!.trim());
    expect(gaps).to.include('Niemand in het veld welzijn.');
    expect(gaps).to.include('Er is geen regiehouder. Spreek af wie de regie houdt.');
    expect(text(el, '.regie-sentence')).to.equal('Niemand is regiehouder.');
  });

  it('selects a member from the text view, shares the selection with the picture and tells the host', async () => {
    const el = await sample();
    const button = qa(el, 'button.member').find((b) => b.textContent === 'Dokter Bakker')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'samenspel-select');
    expect(event.detail).to.deep.equal({ kind: 'party', id: 'huisarts-bakker' });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(text(el, '.details .h-section')).to.equal('Dokter Bakker');
    expect(text(el, '[role=status].visually-hidden')).to.equal('Geselecteerd: Dokter Bakker.');
    await waitUntil(() => el.graph.cy!.getElementById('p:huisarts-bakker').hasClass('chosen'));
    await expect(el).to.be.accessible();
  });

  it('selects a member by clicking it in the picture', async () => {
    const el = await sample();
    setTimeout(() => el.graph.cy!.getElementById('p:kees').emit('tap'));
    const event = await oneEvent(el, 'samenspel-select');
    expect(event.detail).to.deep.equal({ kind: 'party', id: 'kees' });
    await el.updateComplete;
    expect(qa(el, 'button.member[aria-pressed=true]').map((b) => b.textContent)).to.deep.equal(['Kees Hoekstra']);
  });

  it('selects a relation by clicking its line, and shows it in words', async () => {
    const el = await sample();
    const edge = el.graph
      .cy!.edges('.relation')
      .filter((e) => e.data('source') === 'p:thuiszorg' && e.data('target') === 'p:huisarts-bakker');
    setTimeout(() => edge.emit('tap'));
    const event = await oneEvent(el, 'samenspel-select');
    expect(event.detail.kind).to.equal('relation');
    await el.updateComplete;
    expect(text(el, '.details')).to.contain('Thuiszorg Zorgzaam informeert Dokter Bakker (moeizaam)');
    await waitUntil(() => el.graph.cy!.getElementById(`rel:${event.detail.id}`).hasClass('chosen'));
    await expect(el).to.be.accessible();
  });

  it('draws again when it is moved to another place in the page, in the instance it had', async () => {
    const el = await sample();
    const first = el.graph.cy;
    const parent = el.parentElement!;
    el.remove();
    expect(el.graph.cy).to.equal(undefined);
    parent.append(el);
    await drawn(el);
    // Compared as a boolean: a failing comparison of two Cytoscape instances takes minutes to print.
    expect(el.graph.cy === first, 'the same Cytoscape instance').to.equal(true);
    expect(el.graph.cy!.nodes('.party').length).to.equal(17);
  });

  it('draws two relations between the same members apart, and a relation alone as a straight line', async () => {
    const data = sampleDataset();
    const net = data.careNetworks[0];
    net.relations.push({ id: 'terug', source: 'huisarts-bakker', target: 'thuiszorg', kind: 'informeert' });
    const el = await sample({}, data);
    const cy = el.graph.cy!;
    const between = cy.edges(
      '.relation[source = "p:thuiszorg"][target = "p:huisarts-bakker"], .relation[source = "p:huisarts-bakker"][target = "p:thuiszorg"]',
    );
    expect(between).to.have.length(2);
    const [a, b] = between.map((e) => e.midpoint());
    expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.greaterThan(5);
    const alone = cy.edges('.relation[source = "p:kees"]')[0];
    const { x, y } = alone.midpoint();
    const [s, t] = [alone.source().position(), alone.target().position()];
    expect(Math.abs((t.x - s.x) * (y - s.y) - (t.y - s.y) * (x - s.x)) / Math.hypot(t.x - s.x, t.y - s.y)).to.be.below(
      0.5,
    );
  });

  it('follows a change of its size: the picture takes the new width', async () => {
    const el = await sample();
    el.style.display = 'block';
    el.style.width = '500px';
    const canvas = () => q(el, '.graph canvas[data-id=layer2-node]');
    await waitUntil(
      () => Math.abs(canvas().getBoundingClientRect().width - q(el, '.graph').clientWidth) < 1,
      'resized',
      {
        timeout: 3000,
      },
    );
    expect(el.graph.cy!.width()).to.equal(q(el, '.graph').clientWidth);
  });

  it('picks a network with network=, and falls back to the first for an unknown id', async () => {
    expect(text(await sample({ network: 'netwerk-samira' }), '.title')).to.equal('Netwerk van Samira en Yassin');
    expect(text(await sample({ network: 'nope' }), '.title')).to.equal('Netwerk van Ans en Henk');
  });

  it('starts an empty network from the carer and the naaste in the centre', async () => {
    const data = {
      ...emptyDataset(),
      parties: [
        { id: 'a', name: 'Ans', kind: 'persoon' as const, field: 'informeel' as const },
        { id: 'h', name: 'Henk', kind: 'persoon' as const, field: 'informeel' as const },
      ],
      careNetworks: [{ id: 'n', name: 'Netwerk', carer: 'a', caredFor: 'h', members: [], relations: [] }],
    };
    const el = await sample({}, data);
    expect(el.graph.cy!.nodes('.party.centre').length).to.equal(2);
    expect(text(el, '.text-view')).to.contain('In het midden: Ans (mantelzorger) en Henk (naaste).');
    expect(qa(el, '.insights .gaps li').map((li) => li.textContent)).to.include(
      'Het eigen netwerk is leeg: er staan geen familie, vrienden of buren op de kaart.',
    );
    await expect(el).to.be.accessible();
  });

  it('takes the theme of the host: field colours from custom properties, also when they change later', async () => {
    const el = await sample();
    el.style.setProperty('--samenspel-field-zorg-color', 'rgb(120, 0, 120)');
    el.requestUpdate();
    await el.updateComplete;
    await waitUntil(
      () => el.graph.cy!.getElementById('p:casemanager').style('background-color') === 'rgb(120,0,120)',
      'new colour',
    );
    el.style.setProperty('--samenspel-field-zorg-color', 'rebeccapurple');
    el.requestUpdate();
    await waitUntil(
      () => el.graph.cy!.getElementById('p:casemanager').style('background-color') === 'rgb(102,51,153)',
      'named colour',
    );
  });

  it('zooms in, out and back to the whole map with buttons', async () => {
    const el = await sample();
    const cy = el.graph.cy!;
    const start = cy.zoom();
    q(el, 'button[data-zoom=in]').click();
    expect(cy.zoom()).to.be.closeTo(start * 1.25, 1e-6);
    q(el, 'button[data-zoom=out]').click();
    q(el, 'button[data-zoom=out]').click();
    expect(cy.zoom()).to.be.lessThan(start);
    q(el, 'button[data-zoom=fit]').click();
    // The whole map: every ring and field name in view.
    const { x1, y1, x2, y2 } = cy.extent();
    const all = cy.elements().boundingBox({});
    expect(x1 <= all.x1 && y1 <= all.y1 && x2 >= all.x2 && y2 >= all.y2).to.equal(true);
    expect(q(el, 'button[data-zoom=fit]').getAttribute('aria-label')).to.equal('Hele kaart tonen');
  });

  it('fits the outline of the page with heading-level', async () => {
    const el = await fixture<CareNetworkMapElement>(
      html`<care-network-map heading-level="3" .data=${sampleDataset()}></care-network-map>`,
    );
    await drawn(el);
    expect(q(el, '.title').tagName).to.equal('H3');
    expect(q(el, '.text-view .h-section').tagName).to.equal('H4');
    expect(q(el, '.text-view .h-ring').tagName).to.equal('H5');
    expect(q(el, '.text-view .h-field').tagName).to.equal('H6');
  });

  it('speaks English with lang="en"', async () => {
    const el = await sample({ lang: 'en' });
    expect(text(el, '.regie-sentence')).to.equal('★ Marieke Smit is the coordinator.');
    expect(qa(el, '.text-view .h-ring')[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Own network (3 members)',
    );
    expect(el.graph.cy!.nodes('.sector-label').map((n) => n.data('label'))).to.include('Welfare (5)');
    expect(text(el, '.insights .h-section')).to.equal('What stands out');
    await expect(el).to.be.accessible();
  });

  it('exports SVG with rings, fields, legend and regiehouder, and FHIR with a CareTeam', async () => {
    const el = await sample();
    const svg = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    const words = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(words).to.include.members([
      'Eigen netwerk',
      'Dichtbij',
      'Op afstand',
      'Zorg (3)',
      'Legenda',
      '★ regiehouder',
    ]);
    const bundle = el.toFhir() as { entry: { resource: { resourceType: string } }[] };
    expect(bundle.entry.some((e) => e.resource.resourceType === 'CareTeam')).to.equal(true);
    const png = await el.graph.view.png();
    expect(png?.type).to.equal('image/png');
  });

  it('prints the map as a wide picture: on landscape paper, its picture drawn for the print', async () => {
    const el = await sample();
    const realPrint = window.print;
    let page: string | undefined;
    window.print = () =>
      void (page = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' '));
    try {
      q(el, '[data-action="print"]').click();
      await waitUntil(() => page !== undefined, 'the page printed', { timeout: 10000 });
    } finally {
      window.print = realPrint;
    }
    expect(page!.toLowerCase()).to.contain('a4 landscape');
    expect(q<HTMLCanvasElement>(el, '.print-image').width, 'the picture is drawn for the print').to.be.greaterThan(0);
    window.dispatchEvent(new Event('afterprint'));
    const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' ');
    expect(rules, 'the page rule goes after printing').not.to.contain('landscape');
  });

  it('does not crash on a broken dataset: it shows what was valid and reports the rest', async () => {
    const data = sampleDataset() as unknown as { careNetworks: { members: unknown[] }[] };
    data.careNetworks[0].members.push({ party: 'ghost', ring: 'dichtbij', field: 'zorg' });
    const el = await fixture<CareNetworkMapElement>(html`<care-network-map></care-network-map>`);
    setTimeout(() => {
      el.data = data;
    });
    const event = await oneEvent(el, 'samenspel-error');
    expect(event.detail.during).to.equal('parse');
    await drawn(el);
    // The member without a party is dropped, with an issue of its own that names it.
    const count = event.detail.issues.length;
    expect(text(el, 'details.status summary')).to.contain(count === 1 ? '1 probleem' : `${count} problemen`);
    expect(text(el, 'details.status')).to.contain('ghost');
    expect(text(el, '.title')).to.equal('Netwerk van Ans en Henk');
    await aTimeout(0);
    await expect(el).to.be.accessible();
  });
});
