import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/care-network-map/care-network-map.js';
import '../../src/elements/who-is-who/who-is-who.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import { NETWORK_FIELDS, emptyDataset, sampleDataset, type Dataset } from '../../src/sdk/index.js';
import { nextRender } from '../../src/internal/graph-view.js';

/** The two network tools both show the same field the same way: one shape and one colour, in every picture. */

const ZORG = [18, 196, 160] as const;

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

/** A button of who-is-who's download menu, by its label (PNG, SVG). */
const exportButton = (el: HTMLElement, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export button')].find((b) =>
    b.textContent!.includes(label),
  )!;

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

  /** Each tool, with the ways its picture leaves the element: the canvas, the PNG and the SVG file. */
  const TOOLS = {
    'care-network-map': {
      mount: networkMap,
      // The map opens on its centre; its ⤢ button shows every member.
      showAll: (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-zoom=fit]')!.click(),
      canvases: (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLCanvasElement>('.graph canvas')],
      png: async (el: HTMLElement) => (await download(() => (el as CareNetworkMapElement).download('png'), 1))[0],
      svg: async (el: HTMLElement) => (el as CareNetworkMapElement).toSvg(),
    },
    'who-is-who': {
      mount: whoIsWho,
      showAll: (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('.graph-tools button')!.click(),
      canvases: (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLCanvasElement>('.graph-canvas canvas')],
      png: async (el: HTMLElement) => (await download(() => exportButton(el, 'PNG').click(), 1))[0],
      svg: async (el: HTMLElement) => (await download(() => exportButton(el, 'SVG').click(), 1))[0].text(),
    },
  };

  for (const [tag, tool] of Object.entries(TOOLS)) {
    it(`<${tag}>: --samenspel-field-zorg-color reaches the pixels of the canvas, the PNG and the SVG file`, async () => {
      const outputs = async (el: HTMLElement) => {
        tool.showAll(el);
        const cy = (el as CareNetworkMapElement | WhoIsWhoElement).graph.cy!;
        await nextRender(cy);
        return {
          canvas: tool.canvases(el).reduce((n, c) => n + pixels(c, ZORG), 0),
          png: await pngPixels(await tool.png(el), ZORG),
          svg: (await tool.svg(el)).includes('fill="#12c4a0"'),
        };
      };
      // Without the property none of the three has the colour, so what follows can only come from it.
      const plain = await outputs(await tool.mount());
      expect(plain).to.deep.equal({ canvas: 0, png: 0, svg: false });
      const el = await tool.mount('--samenspel-field-zorg-color: rgb(18 196 160)');
      const themed = await outputs(el);
      expect(themed.canvas, 'pixels on the canvas').to.be.greaterThan(30);
      expect(themed.png, 'pixels in the PNG').to.be.greaterThan(50);
      expect(themed.svg, 'fill in the SVG').to.equal(true);
      // The legend beside the picture shows the same colour.
      const marker = el.shadowRoot!.querySelector('.legend .field-shape.field-zorg')!;
      expect(getComputedStyle(marker).fill).to.equal('rgb(18, 196, 160)');
      await expect(el).to.be.accessible();
    });

    it(`<${tag}>: a theme set later reaches the canvas and the exports too`, async () => {
      const el = await tool.mount();
      tool.showAll(el);
      el.style.setProperty('--samenspel-field-zorg-color', 'rgb(18 196 160)');
      (el as CareNetworkMapElement | WhoIsWhoElement).requestUpdate();
      await waitUntil(
        () => tool.canvases(el).some((c) => pixels(c, ZORG) > 30),
        'the canvas does not show the colour',
        {
          timeout: 10000,
        },
      );
      expect(await pngPixels(await tool.png(el), ZORG)).to.be.greaterThan(50);
      expect(await tool.svg(el)).to.contain('fill="#12c4a0"');
    });
  }
});
