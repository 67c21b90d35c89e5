import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/care-network-map/care-network-map.js';
import '../../src/elements/who-is-who/who-is-who.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import { NETWORK_FIELDS, emptyDataset, sampleDataset, type Dataset } from '../../src/sdk/index.js';

/** The two network tools both show the same field the same way: one shape and one colour, in every picture. */

const ZORG = [18, 196, 160] as const;
const CANVAS_ZORG = 'rgb(18,196,160)';

function wijk(): Dataset {
  const d = emptyDataset('Wijk');
  NETWORK_FIELDS.forEach((field, i) =>
    d.parties.push({
      id: field,
      name: `Partij ${field}`,
      kind: 'organisatie',
      field,
      position: { x: i * 120, y: (i % 2) * 80 },
    }),
  );
  d.relations.push({ id: 'r1', source: 'zorg', target: 'welzijn', kind: 'werkt-samen' });
  return d;
}

async function networkMap(style = ''): Promise<CareNetworkMapElement> {
  const el = await fixture<CareNetworkMapElement>(
    html`<care-network-map style=${style} .data=${sampleDataset()}></care-network-map>`,
  );
  await waitUntil(
    () => el.graph.cy && el.shadowRoot!.querySelector('.graph canvas') && !el.shadowRoot!.querySelector('.overlay'),
    'map drawn',
    { timeout: 10000 },
  );
  return el;
}

async function whoIsWho(style = ''): Promise<WhoIsWhoElement> {
  const el = await fixture<WhoIsWhoElement>(
    html`<who-is-who view="graph" style=${style} .data=${wijk()}></who-is-who>`,
  );
  await waitUntil(() => el.graph.cy?.nodes().length === 4 && el.graph.status === 'ready', 'graph drawn', {
    timeout: 10000,
  });
  return el;
}

/** Catches what an element offers as a download. */
async function download(start: () => void, count: number): Promise<Blob[]> {
  const blobs: Blob[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    last = blob as Blob;
    return 'blob:caught';
  };
  HTMLAnchorElement.prototype.click = function () {
    blobs.push(last!);
  };
  try {
    start();
    await waitUntil(() => blobs.length === count, 'no download', { timeout: 15000 });
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return blobs;
}

/** How many pixels of a canvas (or of a drawn picture) have exactly this colour. */
function pixels(canvas: HTMLCanvasElement, [r, g, b]: readonly number[]): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4)
    if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) n++;
  return n;
}

async function pngPixels(blob: Blob, colour: readonly number[]): Promise<number> {
  const image = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  canvas.getContext('2d')!.drawImage(image, 0, 0);
  return pixels(canvas, colour);
}

const markerPaths = (el: HTMLElement, selector: string) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll(`${selector} .field-shape`)].map((p) => [
      [...p.classList].find((c) => c !== 'field-shape'),
      p.getAttribute('d'),
    ]),
  );

describe('field shapes and colours in <care-network-map> and <who-is-who>', function () {
  this.timeout(60_000);

  it('draws each field with the same shape in both tools: on the canvas, in the legends and in the SVG exports', async () => {
    const map = await networkMap();
    const wiw = await whoIsWho();
    const mapCy = map.graph.cy!;
    const wiwCy = wiw.graph.cy!;
    const inMap = map.currentNetwork!.members;
    for (const field of NETWORK_FIELDS) {
      const member = inMap.find((m) => m.field === field)!;
      const mapShape = mapCy.getElementById(`p:${member.party}`).style('shape');
      const wiwShape = wiwCy
        .nodes()
        .filter((n) => n.data('field') === field)
        .first()
        .style('shape');
      expect(wiwShape, field).to.equal(mapShape);
    }
    // The legends draw the same marker for each field.
    const mapLegend = markerPaths(map, '.legend');
    const wiwLegend = markerPaths(wiw, '.legend');
    expect(Object.keys(mapLegend)).to.have.length(4);
    for (const field of NETWORK_FIELDS) {
      expect(mapLegend[`field-${field}`], field).to.be.a('string');
      expect(wiwLegend[`field-${field}`], field).to.equal(mapLegend[`field-${field}`]);
    }
    // The shapes named in the map's legend are the ones drawn.
    expect(
      [...map.shadowRoot!.querySelectorAll('.legend li')].slice(0, 4).map((li) => li.textContent!.trim()),
    ).to.deep.equal(['Informeel: rondje', 'Zorg: vierkant', 'Welzijn: ruit', 'Medisch: zeshoek']);
    expect(mapCy.nodes('.member.field-zorg').first().style('shape')).to.equal('round-rectangle');
    expect(mapCy.nodes('.member.field-welzijn').first().style('shape')).to.equal('diamond');
    expect(mapCy.nodes('.member.field-medisch').first().style('shape')).to.equal('hexagon');

    // In both SVG files a field's shape has the same outline (the same path, moved to the node's place).
    const outline = (d: string) => d.replace(/^M\s*[-\d.]+\s+[-\d.]+/, '');
    const mapSvg = new DOMParser().parseFromString(map.toSvg(), 'image/svg+xml');
    const [wiwSvgBlob] = await download(
      () => wiw.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export button')[4].click(),
      1,
    );
    const wiwSvg = new DOMParser().parseFromString(await wiwSvgBlob.text(), 'image/svg+xml');
    const zorgFill = (svg: Document) =>
      [...svg.querySelectorAll('path')].filter((p) => p.getAttribute('fill') === '#b3261e');
    const mapZorg = zorgFill(mapSvg).map((p) => outline(p.getAttribute('d')!));
    const wiwZorg = zorgFill(wiwSvg).map((p) => outline(p.getAttribute('d')!));
    expect(wiwZorg).to.have.length(1);
    expect(mapZorg.length).to.be.greaterThan(0);
    expect(mapZorg.some((d) => d.replace(/[\d.]+/g, 'n') === wiwZorg[0].replace(/[\d.]+/g, 'n'))).to.equal(true);
  });

  it('takes the colour of --samenspel-field-zorg-color on the canvas and in the PNG and SVG of the network map', async () => {
    const plain = await networkMap();
    expect(plain.graph.cy!.nodes('.member.field-zorg').first().style('background-color')).not.to.equal(CANVAS_ZORG);
    const el = await networkMap('--samenspel-field-zorg-color: rgb(18 196 160)');
    // The map opens on its centre, so the canvas is read through the style Cytoscape draws with; the PNG holds the whole map.
    expect(el.graph.cy!.nodes('.member.field-zorg').map((n) => n.style('background-color'))).to.include(CANVAS_ZORG);
    expect(el.toSvg()).to.contain('fill="#12c4a0"');
    const [png] = await download(() => el.download('png'), 1);
    expect(await pngPixels(png, ZORG)).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('takes the colour of --samenspel-field-zorg-color on the canvas and in the PNG and SVG of who-is-who, also when the theme changes later', async () => {
    const el = await whoIsWho();
    const zorg = () =>
      el.graph
        .cy!.nodes()
        .filter((n) => n.data('field') === 'zorg')
        .first()
        .style('background-color');
    expect(zorg()).not.to.equal(CANVAS_ZORG);
    el.style.setProperty('--samenspel-field-zorg-color', 'rgb(18 196 160)');
    el.requestUpdate();
    await el.updateComplete;
    await waitUntil(() => zorg() === CANVAS_ZORG, 'the canvas does not show the colour', { timeout: 10000 });
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export button');
    const [png, svg] = await download(() => {
      buttons[3].click();
      buttons[4].click();
    }, 2).then(async (blobs) => (blobs[0].type === 'image/png' ? blobs : [blobs[1], blobs[0]]));
    expect(await svg.text()).to.contain('fill="#12c4a0"');
    expect(await pngPixels(png, ZORG)).to.be.greaterThan(50);
    // The legend beside the picture shows the same colour.
    const marker = el.shadowRoot!.querySelector('.legend .field-shape.field-zorg')!;
    expect(getComputedStyle(marker).fill).to.equal('rgb(18, 196, 160)');
    await expect(el).to.be.accessible();
  });
});
