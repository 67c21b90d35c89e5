import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/who-is-who/who-is-who.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import { graphToSvg } from '../../src/elements/who-is-who/who-is-who.export.js';
import { parseHsds } from '../../src/sdk/formats/hsds.js';
import { parsePartiesCsv } from '../../src/sdk/formats/parties-csv.js';
import { emptyDataset, type Dataset } from '../../src/sdk/model.js';

function data(): Dataset {
  const d = emptyDataset('Wijk Noord');
  d.parties.push(
    {
      id: 'a',
      name: '<script>alert(1)</script> & "Buurthuis"',
      kind: 'organisatie',
      field: 'welzijn',
      description: '=HYPERLINK("x")',
      position: { x: 0, y: 0 },
    },
    { id: 'b', name: 'Huisarts', kind: 'organisatie', field: 'medisch', position: { x: 100, y: 50 } },
  );
  d.relations.push({ id: 'r', source: 'a', target: 'b', kind: 'werkt-samen' });
  return d;
}

/** Catches what the element offers as a download. */
function catchDownloads(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    last = blob as Blob;
    return 'blob:caught';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: last! });
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

const button = (el: WhoIsWhoElement, text: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export button')].find(
    (b) => b.textContent!.trim() === text,
  )!;

describe('<who-is-who> export and print', function () {
  this.timeout(60_000);

  it('offers samenspel JSON, a formula-safe CSV and HSDS JSON that read back', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who .data=${data()}></who-is-who>`);
    const caught = catchDownloads();
    try {
      button(el, 'samenspel (JSON)').click();
      button(el, 'Spreadsheet (CSV)').click();
      button(el, 'Open Referral (HSDS JSON)').click();
      await waitUntil(() => caught.files.length === 3);
    } finally {
      caught.restore();
    }
    const [json, csv, hsds] = caught.files;
    expect(json.name).to.equal('wijk-noord.json');
    expect(JSON.parse(await json.blob.text()).parties).to.have.length(2);
    const csvText = await csv.blob.text();
    expect(csv.name).to.equal('wijk-noord.csv');
    expect(csvText).to.contain(`'=HYPERLINK`);
    expect((await parsePartiesCsv(csvText)).dataset.parties.map((p) => p.name)).to.deep.equal(
      el.activeStore.snapshot.parties.map((p) => p.name),
    );
    expect(parseHsds(await hsds.blob.text()).dataset.relations).to.have.length(1);
  });

  it('draws the network as SVG with names as text, never as markup, and offers PNG and SVG once it is shown', async () => {
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who view="graph" .data=${data()}></who-is-who>`);
    await waitUntil(() => el.graph.cy?.nodes().length === 2 && !el.graph.building, 'graph not drawn', {
      timeout: 10000,
    });
    const svg = graphToSvg(el.graph.cy!, 'Wijk <Noord>');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('script')).to.equal(null);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).to.include(
      '<script>alert(1)</script> & "Buurthuis"',
    );
    expect(doc.querySelectorAll('line')).to.have.length(1);
    await waitUntil(() => !button(el, 'Afbeelding (PNG)').disabled, 'PNG not offered');
    const caught = catchDownloads();
    try {
      button(el, 'Tekening (SVG)').click();
      button(el, 'Afbeelding (PNG)').click();
      await waitUntil(() => caught.files.length === 2, 'no PNG', { timeout: 15000 });
    } finally {
      caught.restore();
    }
    expect(caught.files.map((f) => f.name)).to.deep.equal(['wijk-noord.svg', 'wijk-noord.png']);
    expect(caught.files[1].blob.type).to.equal('image/png');
  });

  it('prints the whole list: every party, not only the rows in view', async () => {
    const d = data();
    for (let i = 0; i < 300; i++) d.parties.push({ id: `p${i}`, name: `Partij ${i}`, kind: 'team', field: 'zorg' });
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who .data=${d}></who-is-who>`);
    expect(el.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.lessThan(100);
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.shadowRoot!.querySelectorAll('.print-list li')).to.have.length(302);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.print-list')).to.equal(null);
  });
});
