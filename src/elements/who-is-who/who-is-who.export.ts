/**
 * Exporting and printing `<who-is-who>`: the download menu (the data as samenspel JSON, CSV and HSDS, the
 * picture as PNG and SVG) and the print, which is every party that passes the filters in a plain list (the
 * screen list only holds the rows in view). Nothing leaves the browser.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Core } from 'cytoscape';
import type { Dataset, Field } from '../../sdk/model.js';
import { ExportReport } from '../../internal/export-report.js';
import { fieldShapePath } from '../../internal/field-style.js';
import { Listeners } from '../../internal/listeners.js';
import { DEFAULT_GRAPH_THEME, type GraphTheme } from '../../internal/graph-theme.js';
import type { WhoIsWhoPort } from './who-is-who.port.js';

export type ExportFormat = 'json' | 'csv' | 'hsds' | 'png' | 'svg';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The visible graph as an SVG document: shapes in the theme's field colours, names, and the relations as lines. */
export function graphToSvg(cy: Core, title: string, theme: GraphTheme = DEFAULT_GRAPH_THEME): string {
  const c = theme;
  const nodes = cy.nodes(':visible');
  const box = nodes.boundingBox({});
  const pad = 40;
  const w = Math.max(1, Math.round(box.w + pad * 2));
  const h = Math.max(1, Math.round(box.h + pad * 2));
  const x = (v: number) => (v - box.x1 + pad).toFixed(1);
  const y = (v: number) => (v - box.y1 + pad).toFixed(1);
  const lines = cy.edges(':visible').map((e) => {
    const s = e.source().position();
    const t = e.target().position();
    return `<line x1="${x(s.x)}" y1="${y(s.y)}" x2="${x(t.x)}" y2="${y(t.y)}"/>`;
  });
  const shapes = nodes.map((n) => {
    const p = n.position();
    const field = n.data('field') as Field;
    const name = escapeXml(String(n.data('name')));
    return (
      `<g><title>${name}</title><path fill="${c.fields[field]}" stroke="${c.background}" d="${fieldShapePath(field, Number(x(p.x)), Number(y(p.y)), 9)}"/>` +
      `<text x="${x(p.x)}" y="${(Number(y(p.y)) + 22).toFixed(1)}">${name}</text></g>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="${c.background}"/>` +
    `<g stroke="${c.border}" stroke-opacity="0.6">${lines.join('')}</g>` +
    `<g font-family="system-ui, sans-serif" font-size="10" text-anchor="middle" fill="${c.text}">${shapes.join('')}</g></svg>`
  );
}

/**
 * The writers load on the first download, so a page that never exports fetches none of them. One promise
 * for all: files asked for one after another come in that order.
 */
const importWriters = () =>
  Promise.all([
    import('../../internal/download.js'),
    import('../../sdk/formats/parties-csv.js'),
    import('../../sdk/formats/hsds.js'),
  ]).then(([download, csv, hsds]) => ({ ...download, ...csv, ...hsds }));
let writers: ReturnType<typeof importWriters> | undefined;

/** Offers the data or the picture as a file. PNG and SVG need the graph to have been drawn. */
export async function exportAs(
  format: ExportFormat,
  dataset: Dataset,
  title: string,
  graph?: ExportGraph,
): Promise<void> {
  const { downloadFile, fileName, partiesToCsv, toHsds } = await (writers ??= importWriters());
  switch (format) {
    case 'json':
      return downloadFile(JSON.stringify(dataset, null, 2), fileName(title, 'json'), 'application/json');
    case 'csv':
      return downloadFile(partiesToCsv(dataset), fileName(title, 'csv'), 'text/csv;charset=utf-8');
    case 'hsds':
      return downloadFile(
        JSON.stringify(toHsds(dataset), null, 2),
        fileName(`${title}-hsds`, 'json'),
        'application/json',
      );
    case 'svg': {
      const cy = graph?.cy();
      if (graph && cy) downloadFile(graphToSvg(cy, title, graph.theme()), fileName(title, 'svg'), 'image/svg+xml');
      return;
    }
    case 'png': {
      const png = await graph?.png();
      if (png) downloadFile(png, fileName(title, 'png'), 'image/png');
      return;
    }
  }
}

/** What the export needs of the network picture. */
export interface ExportGraph {
  cy(): Core | undefined;
  /** The colours the picture is drawn with. */
  theme(): GraphTheme;
  /** Makes the graph ready for a picture at full size (every name in place). */
  prepare(): Promise<void>;
  /** The whole graph as a PNG (`GraphView.png`), once it is drawn. */
  png(): Promise<Blob | undefined>;
}

/** The download menu, and the list that is printed; a failed export is shown in the menu and sent as `samenspel-error`. */
export class WhoIsWhoExport {
  readonly #report: ExportReport;
  readonly #port: WhoIsWhoPort;
  readonly #graph: ExportGraph;
  readonly #renderNow: () => void;
  #printing = false;

  /** `renderNow` renders the element synchronously: the print is laid out as soon as `beforeprint` returns. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    port: WhoIsWhoPort,
    graph: ExportGraph,
    renderNow: () => void,
  ) {
    this.#report = new ExportReport(host);
    this.#port = port;
    this.#graph = graph;
    this.#renderNow = renderNow;
    new Listeners(host, [
      [window, 'beforeprint', () => this.#preparePrint()],
      [window, 'afterprint', () => this.#donePrinting()],
    ]);
  }

  async #export(format: ExportFormat): Promise<void> {
    const snapshot = this.#port.snapshot;
    await this.#report.run(async () => {
      if (format === 'png') await this.#graph.prepare();
      await exportAs(format, snapshot, snapshot.title ?? 'wie-is-wie', this.#graph);
    });
  }

  async #print(): Promise<void> {
    await this.#report.run(async () => {
      // Loaded on first use: a list needs no page rule, and a page that never prints downloads none of it.
      const { printPage } = await import('../../internal/print.js');
      this.#preparePrint();
      printPage('list');
    });
  }

  /** Renders the full list for printing, synchronously (before `window.print()`, or in `beforeprint`). */
  #preparePrint(): void {
    this.#printing = true;
    void this.#port.update();
    this.#renderNow();
  }

  #donePrinting(): void {
    this.#printing = false;
    void this.#port.update();
  }

  /** The download menu and the print button; PNG and SVG only while the picture is shown. */
  renderMenu(graphShown: boolean): TemplateResult {
    const t = this.#port.t();
    const button = (format: ExportFormat, label: string, enabled = true) =>
      html`<button type="button" ?disabled=${!enabled} @click=${() => this.#export(format)}>${label}</button>`;
    return html`<details class="export" part="export">
      <summary>${t.export}</summary>
      <div class="export-menu">
        ${button('json', t.exportJson)} ${button('csv', t.exportCsv)} ${button('hsds', t.exportHsds)}
        ${button('png', t.exportPng, graphShown)} ${button('svg', t.exportSvg, graphShown)}
        <button type="button" @click=${() => this.#print()}>${t.print}</button>
      </div>
      ${this.#report.render()}
    </details>`;
  }

  /** The list that is printed, while printing. */
  renderPrintList(): TemplateResult | typeof nothing {
    if (!this.#printing) return nothing;
    const t = this.#port.t();
    return html`<ol class="print-list" part="print-list">
      ${this.#port.shown.filtered.map(
        (p) => html`<li>
          <strong>${p.name}</strong> — ${t.kindNames[p.kind]}, ${t.fieldNames[p.field]}
          ${p.description ? html`<br />${p.description}` : nothing}
          ${p.areas?.length ? html`<br />${t.areas}: ${p.areas.join(', ')}` : nothing}
          ${p.contact?.phone ? html`<br />${t.phone}: ${p.contact.phone}` : nothing}
          ${p.contact?.email ? html`<br />${t.email}: ${p.contact.email}` : nothing}
          ${p.contact?.website ? html`<br />${t.website}: ${p.contact.website}` : nothing}
          ${p.contact?.address ? html`<br />${t.address}: ${p.contact.address}` : nothing}
        </li>`,
      )}
    </ol>`;
  }
}
