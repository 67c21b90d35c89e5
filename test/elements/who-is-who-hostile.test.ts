import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import '../../src/elements/who-is-who/who-is-who.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import { emptyDataset, isSafeUrl } from '../../src/sdk/model.js';
import { partiesToCsv } from '../../src/sdk/formats/parties-csv.js';
import type { SamenspelErrorEvent } from '../../src/events/events.js';

const TALL = '--samenspel-who-is-who-list-block-size: 2000px';
const options = (el: WhoIsWhoElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];

describe('<who-is-who> with a hostile spreadsheet', () => {
  it('renders the valid rows as text, lists the problems with row and column, runs nothing, links nothing unsafe', async () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who style=${TALL} src="/test/fixtures/hostile.csv"></who-is-who>`,
    );
    const error = (await oneEvent(el, 'samenspel-error')) as SamenspelErrorEvent;
    expect(error.detail.during).to.equal('parse');
    expect(error.detail.issues.some((i) => i.row === 2 && i.column === 'website' && i.code === 'unsafe-url')).to.equal(
      true,
    );
    await waitUntil(() => options(el).length === 5, 'valid rows not shown', { timeout: 5000 });
    const root = el.shadowRoot!;
    // Names are shown as text, never as markup.
    expect(options(el)[0].textContent).to.contain('<script>window.__pwned=1</script>Buurthuis');
    expect(root.querySelector('script, img')).to.equal(null);
    // The problems are listed with their row.
    const problems = root.querySelector('details.status')!;
    expect(problems.textContent).to.contain('Rij 2, website:');
    expect(problems.textContent).to.contain('Rij 6, naam:');
    // Select every party: no link is unsafe.
    for (const p of el.activeStore.snapshot.parties) {
      el.selectParty(p.id);
      await el.updateComplete;
      for (const a of root.querySelectorAll('a')) expect(isSafeUrl(a.href), a.href).to.equal(true);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(w.__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
    // What it exports holds no live formula.
    for (const line of partiesToCsv(el.activeStore.snapshot).split('\r\n').slice(1)) {
      for (const cell of line.split(';')) expect(/^"?[=+\-@\t\r]/.test(cell), cell).to.equal(false);
    }
  });

  it('shows a failed load as an error, in the element and in an event', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who src="/test/fixtures/does-not-exist.csv"></who-is-who>`);
    const error = (await oneEvent(el, 'samenspel-error')) as SamenspelErrorEvent;
    expect(error.detail.during).to.equal('load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('status 404');
    await expect(el).to.be.accessible();
  });

  it('shows that it is loading, accessibly', async () => {
    const original = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const el = await fixture<WhoIsWhoElement>(html`<who-is-who src="/slow.csv"></who-is-who>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Gegevens worden geladen');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });

  it('reads HSDS from a .json source and the samenspel format when forced', async () => {
    const el = await fixture<WhoIsWhoElement>(
      html`<who-is-who style=${TALL} src="/test/fixtures/hsds-3.0/examples/organization_full.json"></who-is-who>`,
    );
    await waitUntil(() => options(el).length === 1, 'HSDS not shown', { timeout: 5000 });
    expect(options(el)[0].textContent).to.contain('Example Organization Inc.');
    const forced = await fixture<WhoIsWhoElement>(
      html`<who-is-who format="samenspel" src="/test/fixtures/hsds-3.0/examples/organization_full.json"></who-is-who>`,
    );
    const error = (await oneEvent(forced, 'samenspel-error')) as SamenspelErrorEvent;
    expect(error.detail.issues.length).to.be.greaterThan(0);
  });
});

describe('<who-is-who> with ids that are also names of other things', function () {
  this.timeout(30_000);

  it('draws a relation whose id is a party id, and parties with the ids __proto__ and constructor', async () => {
    const d = emptyDataset('Wijk');
    d.parties.push(
      { id: 'a', name: 'Buurthuis', kind: 'organisatie', field: 'welzijn', position: { x: 0, y: 0 } },
      { id: '__proto__', name: 'Proto', kind: 'organisatie', field: 'zorg', position: { x: 100, y: 0 } },
      { id: 'constructor', name: 'Bouwer', kind: 'persoon', field: 'informeel', position: { x: 0, y: 100 } },
    );
    d.relations.push(
      { id: 'a', source: 'a', target: '__proto__', kind: 'werkt-samen' },
      { id: '__proto__', source: 'constructor', target: 'a', kind: 'verwijst' },
    );
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who view="graph" .data=${d}></who-is-who>`);
    await waitUntil(() => el.graph.cy?.nodes().length === 3 && el.graph.status === 'ready', 'graph not drawn', {
      timeout: 10000,
    });
    const cy = el.graph.cy!;
    expect(cy.edges()).to.have.length(2);
    expect(cy.edges().map((e) => [e.source().data('name'), e.target().data('name')])).to.have.deep.members([
      ['Buurthuis', 'Proto'],
      ['Bouwer', 'Buurthuis'],
    ]);
    // Choosing the party __proto__ in the picture shows it and its neighbour.
    cy.getElementById('p:__proto__').emit('tap');
    await el.updateComplete;
    expect(el.selected).to.equal('__proto__');
    expect(el.shadowRoot!.querySelector('.detail #detail-title')!.textContent).to.contain('Proto');
    await waitUntil(() => cy.getElementById('p:a').hasClass('neighbour'), 'neighbour not shown');
    await expect(el).to.be.accessible();
  });
});
