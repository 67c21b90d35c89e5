import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Core } from 'cytoscape';
import type { Dataset } from '../../sdk/model.js';
import type { WhoIsWhoMessages } from '../../translations/who-is-who.js';
import { ExportReport } from '../../internal/export-report.js';
import { printPage } from '../../internal/print.js';
import { exportAs, type ExportFormat } from './who-is-who.export.js';
import type { GraphTheme } from '../../internal/graph-view.js';

export interface ExportSource {
  snapshot(): Dataset;
  cy(): Core | undefined;
  /** The colours the picture is drawn with. */
  theme(): GraphTheme;
  /** Makes the graph ready for a picture at full size (every name in place). */
  prepareGraph(): Promise<void>;
  /** Renders the full list for printing, synchronously. */
  preparePrint(): void;
}

/** The download menu: the data as samenspel JSON, CSV and HSDS, the picture as PNG and SVG, and printing. */
export class ExportController {
  /** A failed export is shown in the menu and sent as `samenspel-error`. */
  readonly #report: ExportReport;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly source: ExportSource,
  ) {
    this.#report = new ExportReport(host);
  }

  async #export(format: ExportFormat): Promise<void> {
    const snapshot = this.source.snapshot();
    await this.#report.run(async () => {
      if (format === 'png') await this.source.prepareGraph();
      await exportAs(format, snapshot, snapshot.title ?? 'wie-is-wie', this.source.cy(), this.source.theme());
    });
  }

  #print(): void {
    this.source.preparePrint();
    printPage('list');
  }

  render(t: WhoIsWhoMessages, graphShown: boolean): TemplateResult {
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
}
