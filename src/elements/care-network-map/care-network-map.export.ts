/**
 * Exporting and printing `<care-network-map>`: the export menu, the map as PNG or as an SVG drawing (with
 * legend, made from the same layout as the picture), the network as samenspel JSON or FHIR JSON, and
 * print. Nothing leaves the browser.
 */
import { html, type TemplateResult } from 'lit';
import { polar, type CareNetworkLayout } from '../../sdk/layout/care-network.js';
import {
  NETWORK_FIELDS,
  SHARING_AGREEMENTS,
  type CareNetwork,
  type Dataset,
  type NetworkField,
  type Party,
  type SharingAgreement,
} from '../../sdk/model.js';
import type { CareNetworkMapMessages } from '../../translations/care-network-map.js';
import { fieldShapePath, shapePath } from '../../internal/field-style.js';
import type { NetworkTheme } from './care-network-map.graph-style.js';
import { nodeLabel, partyMarks } from './care-network-map.graph-elements.js';
import type { NetworkGraph } from './care-network-map.graph.js';
import { toFhirBundle } from '../../sdk/formats/fhir.js';
import { partDocument } from '../../sdk/formats/part-document.js';
import type { MapPort } from './care-network-map.port.js';

export type ExportFormat = 'png' | 'svg' | 'json' | 'fhir';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The start of an SVG path of a field's shape (the centre is a circle) around (x, y), radius r; attributes follow. */
function shape(field: NetworkField | 'centre', x: number, y: number, r: number): string {
  return `<path d="${field === 'centre' ? shapePath('ellipse', x, y, r) : fieldShapePath(field, x, y, r)}"`;
}

export interface SvgInput {
  network: CareNetwork;
  parties: ReadonlyMap<string, Party>;
  layout: CareNetworkLayout;
  colors: NetworkTheme;
  t: CareNetworkMapMessages;
  title: string;
}

/** A standalone SVG document of the map, with a title, a description and a legend. */
export function networkSvg({ network, parties, layout, colors: c, t, title }: SvgInput): string {
  const e = layout.extent;
  const legendWidth = 330;
  const width = 2 * e + legendWidth;
  const name = (id: string) => parties.get(id)?.name ?? id;
  const last = layout.rings[layout.rings.length - 1].outer;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-e} ${-e} ${width} ${2 * e}" width="${width}" height="${2 * e}" font-family="${esc(c.font)}" role="img" aria-labelledby="t d">`,
  );
  out.push(
    `<title id="t">${esc(title)}</title><desc id="d">${esc(t.picture(title, network.members.length, network.members.find((m) => m.regiehouder) ? name(network.members.find((m) => m.regiehouder)!.party) : undefined))}</desc>`,
  );
  out.push(
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c.text}"/></marker><marker id="arrow-difficult" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c.extra.difficult}"/></marker></defs>`,
  );
  out.push(`<rect x="${-e}" y="${-e}" width="${width}" height="${2 * e}" fill="${c.background}"/>`);
  for (const r of [...layout.rings].reverse())
    out.push(
      `<circle r="${r.outer}" fill="${r.ring === 'dichtbij' ? c.extra.ringClose : r.ring === 'eigen-netwerk' ? c.extra.ringOwn : c.background}" stroke="${c.border}" stroke-width="1.5"/>`,
    );
  out.push(`<circle r="${layout.centre}" fill="${c.surface}" stroke="${c.border}" stroke-width="1.5"/>`);
  for (const s of layout.sectors) {
    const a = polar(layout.centre, s.start);
    const b = polar(last, s.start);
    out.push(`<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${c.border}" stroke-width="1.5"/>`);
    out.push(
      `<text x="${s.label.x}" y="${s.label.y}" text-anchor="middle" dominant-baseline="middle" font-size="16" font-weight="bold" fill="${c.fields[s.field]}">${esc(`${t.fields[s.field]} (${s.count})`)}</text>`,
    );
  }
  for (const r of layout.rings)
    out.push(
      `<text x="${r.label.x}" y="${r.label.y}" text-anchor="middle" dominant-baseline="middle" font-size="13" font-style="italic" fill="${c.text}">${esc(t.rings[r.ring])}</text>`,
    );
  for (const r of network.relations) {
    const p = layout.positions[r.source];
    const q = layout.positions[r.target];
    if (!p || !q || r.source === r.target) continue;
    // Stop the line at the edge of the target node, so the arrow head stays visible.
    const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const cut = (pt: { x: number; y: number }, towards: { x: number; y: number }, d: number) => ({
      x: pt.x + ((towards.x - pt.x) / len) * d,
      y: pt.y + ((towards.y - pt.y) / len) * d,
    });
    const a = cut(p, q, r.directed === false ? 22 : 0);
    const b = cut(q, p, 22);
    const dash =
      r.strength === 'zwak'
        ? ' stroke-dasharray="8 5"'
        : r.strength === 'moeizaam'
          ? ' stroke-dasharray="0.5 9" stroke-linecap="round"'
          : '';
    const width = r.strength === 'sterk' ? 3.5 : r.strength === 'moeizaam' ? 4.5 : 2;
    const color = r.strength === 'moeizaam' ? c.extra.difficult : c.text;
    const marker = r.strength === 'moeizaam' ? 'arrow-difficult' : 'arrow';
    out.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${color}" stroke-opacity="0.85" stroke-width="${width}"${dash} marker-end="url(#${marker})"${r.directed === false ? ` marker-start="url(#${marker})"` : ''}/>`,
    );
    if (r.sharing)
      out.push(sharingSign(r.sharing, (p.x + q.x) / 2, (p.y + q.y) / 2, Math.atan2(q.y - p.y, q.x - p.x), c));
  }
  const node = (id: string, field: NetworkField | 'centre', label: string, regie: boolean) => {
    const p = layout.positions[id];
    const r = 18;
    const fill = field === 'centre' ? c.background : c.fields[field];
    const stroke = field === 'centre' || regie ? c.text : c.background;
    out.push(
      `${shape(field, p.x, p.y, r)} fill="${fill}" stroke="${stroke}" stroke-width="${regie ? 6 : field === 'centre' ? 4 : 2}"/>`,
    );
    if (regie) out.push(`${shape(field, p.x, p.y, r - 4)} fill="none" stroke="${c.background}" stroke-width="2"/>`);
    label.split('\n').forEach((line, i) => {
      out.push(
        `<text x="${p.x}" y="${p.y + r + 17 + i * 17}" text-anchor="middle" font-size="14"${regie ? ' font-weight="bold"' : ''} fill="${c.text}" paint-order="stroke" stroke="${c.background}" stroke-width="3">${esc(line)}</text>`,
      );
    });
  };
  node(network.carer, 'centre', nodeLabel(name(network.carer), partyMarks(network, t, network.carer)), false);
  node(network.caredFor, 'centre', nodeLabel(name(network.caredFor), partyMarks(network, t, network.caredFor)), false);
  for (const m of network.members)
    node(m.party, m.field, nodeLabel(name(m.party), partyMarks(network, t, m.party)), !!m.regiehouder);

  const lx = e + 20;
  let ly = -e + 40;
  out.push(`<text x="${lx}" y="${ly}" font-size="18" font-weight="bold" fill="${c.text}">${esc(t.legend)}</text>`);
  for (const f of NETWORK_FIELDS) {
    ly += 32;
    out.push(`${shape(f, lx + 12, ly - 5, 10)} fill="${c.fields[f]}"/>`);
    out.push(
      `<text x="${lx + 32}" y="${ly}" font-size="13" fill="${c.text}">${esc(t.legendShape(t.fields[f], t.shapes[f]))}</text>`,
    );
  }
  for (const [dash, text] of [
    ['', t.strengths.sterk],
    [' stroke-dasharray="8 5"', t.strengths.zwak],
    [' stroke-dasharray="0.5 9" stroke-linecap="round"', t.strengths.moeizaam],
  ] as const) {
    ly += 28;
    out.push(
      `<line x1="${lx}" y1="${ly - 5}" x2="${lx + 24}" y2="${ly - 5}" stroke="${c.text}" stroke-width="3"${dash}/><text x="${lx + 32}" y="${ly}" font-size="13" fill="${c.text}">${esc(text)}</text>`,
    );
  }
  ly += 28;
  out.push(
    `<line x1="${lx}" y1="${ly - 5}" x2="${lx + 22}" y2="${ly - 5}" stroke="${c.text}" stroke-width="2" marker-end="url(#arrow)"/><text x="${lx + 32}" y="${ly}" font-size="13" fill="${c.text}">${esc(t.legendArrow.split(';')[0])}</text>`,
  );
  ly += 32;
  out.push(
    `${shape('centre', lx + 12, ly - 5, 11)} fill="${c.background}" stroke="${c.text}" stroke-width="5"/><text x="${lx + 32}" y="${ly}" font-size="13" fill="${c.text}">${esc(t.legendRegiehouder)}</text>`,
  );
  for (const s of SHARING_AGREEMENTS) {
    ly += 28;
    out.push(
      `<line x1="${lx}" y1="${ly - 5}" x2="${lx + 24}" y2="${ly - 5}" stroke="${c.text}" stroke-width="2"/>${sharingSign(s, lx + 12, ly - 5, 0, c)}<text x="${lx + 32}" y="${ly}" font-size="13" fill="${c.text}">${esc(t.sharingNames[s])}</text>`,
    );
  }
  ly += 28;
  out.push(`<text x="${lx}" y="${ly}" font-size="13" fill="${c.text}">${esc(t.legendRegisseur)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}

/** The sign of a sharing agreement in the middle of a line at angle `a`: a dot, an open diamond, or a bar across (nothing passes). */
function sharingSign(s: SharingAgreement, x: number, y: number, a: number, c: NetworkTheme): string {
  const turn = `transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${((a * 180) / Math.PI).toFixed(1)})"`;
  if (s === 'alles-nodig') return `<circle ${turn} r="5" fill="${c.text}"/>`;
  if (s === 'met-toestemming')
    return `<path ${turn} d="M-7 0L0-6L7 0L0 6z" fill="${c.background}" stroke="${c.text}" stroke-width="2"/>`;
  return `<path ${turn} d="M0-9V9" stroke="${c.text}" stroke-width="4"/>`;
}

/** A samenspel document with only this network and the parties on it. */
export function networkDocument(dataset: Dataset, network: CareNetwork): Dataset {
  const onMap = [network.carer, network.caredFor, ...network.members.map((m) => m.party)];
  return partDocument(dataset, network.name, { careNetworks: [network] }, onMap);
}

/** The map shown as an SVG document, with legend; '' when there is none. */
export function mapSvg(port: MapPort, graph: NetworkGraph): string {
  const { network, parties, layout } = port.options;
  if (!network || !layout) return '';
  const theme = graph.view.readTheme();
  return networkSvg({ network, parties, layout, colors: theme, t: port.t(), title: network.name });
}

/** The network shown as a FHIR R4 Bundle (CareTeam with its members). */
export function mapFhir(port: MapPort): Record<string, unknown> {
  return toFhirBundle(port.snapshot, port.options.network?.id);
}

/** The map as PNG; before it is drawn there is none, and the export fails. */
async function png(graph: NetworkGraph): Promise<Blob> {
  const made = await graph.view.png();
  if (!made) throw new Error('the map is not drawn yet');
  return made;
}

/** Offers a file: the map as PNG or SVG, the network as samenspel JSON or FHIR JSON; throws when it cannot be made. */
export async function downloadMap(port: MapPort, graph: NetworkGraph, format: ExportFormat): Promise<void> {
  const net = port.options.network;
  if (!net) return;
  // The download helper loads on first use.
  const { downloadFile, fileName } = await import('../../internal/download.js');
  const [content, name, type] =
    format === 'png'
      ? [await png(graph), fileName(net.name, 'png'), 'image/png']
      : format === 'svg'
        ? [mapSvg(port, graph), fileName(net.name, 'svg'), 'image/svg+xml']
        : format === 'fhir'
          ? [JSON.stringify(mapFhir(port), null, 2), fileName(`${net.name}-fhir`, 'json'), 'application/fhir+json']
          : [
              JSON.stringify(networkDocument(port.snapshot, net), null, 2),
              fileName(net.name, 'json'),
              'application/json',
            ];
  downloadFile(content, name, type);
}

/** Prints the map and the text view on one A4 landscape page, with the legend. */
export async function printMap(port: MapPort, graph: NetworkGraph): Promise<void> {
  // Loaded on first use, while the picture is made: a page that never prints downloads none of it.
  const helper = import('../../internal/print.js');
  // Drawn into a canvas: an <img> with a data: URL is refused by a plain `default-src 'self'` CSP.
  const canvas = port.query<HTMLCanvasElement>('.print-image');
  const made = await graph.view.png().catch(() => undefined);
  if (canvas && made) {
    const picture = await createImageBitmap(made);
    canvas.width = picture.width;
    canvas.height = picture.height;
    canvas.getContext('2d')?.drawImage(picture, 0, 0);
    picture.close();
  }
  (await helper).printPage('picture');
}

/** The export menu (a disclosure, so it works without script-made popups) and the print button. */
export function renderExportMenu(
  t: CareNetworkMapMessages,
  download: (format: ExportFormat) => void,
  print: () => void,
): TemplateResult {
  const item = (format: ExportFormat, label: string) =>
    html`<button type="button" data-export=${format} @click=${() => download(format)}>${label}</button>`;
  return html`<details class="export"><summary>${t.export}</summary><div class="menu">
      ${item('png', t.exportPng)}${item('svg', t.exportSvg)}${item('json', t.exportJson)}${item('fhir', t.exportFhir)}
    </div></details>
    <button type="button" data-action="print" @click=${print}>${t.print}</button>`;
}
