/**
 * Exporting and printing the results of `<cooperation-check>`: the answers as CSV (when editable), the
 * results as JSON (once a round has enough answers to show) and print. Nothing leaves the browser; the
 * formats load on first use.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CooperationCheck } from '../../sdk/model.js';
import type { CheckResult } from '../../sdk/analysis/cooperation-check.js';
import type { ExportReport } from '../../internal/export-report.js';
import type { CheckPort } from './cooperation-check.port.js';

/** The download and print buttons under the results, and the notice of an export that failed; JSON only with a `result` shown. */
export function renderExport(
  port: CheckPort,
  report: ExportReport,
  check: CooperationCheck,
  result: CheckResult | undefined,
): TemplateResult {
  const m = port.t();
  const run = (work: () => Promise<void>) => void report.run(work);
  return html`<div class="export" part="export">
      ${port.options.editable ? html`<button type="button" @click=${() => run(() => downloadCsv(port, check))}>${m.downloadCsv}</button>` : nothing}
      ${result ? html`<button type="button" @click=${() => run(() => downloadJson(check, result))}>${m.downloadJson}</button>` : nothing}
      <button type="button" @click=${() => run(() => print(port))}>${m.print}</button>
    </div>
    ${report.render()}`;
}

/** Every answer of the check, one row each. */
async function downloadCsv(port: CheckPort, check: CooperationCheck): Promise<void> {
  const [formats, files] = await load();
  files.downloadFile(
    formats.responsesToCsv(check, port.lang()),
    files.fileName(check.title, 'csv'),
    'text/csv;charset=utf-8',
  );
}

/** The results as they are shown. */
async function downloadJson(check: CooperationCheck, result: CheckResult): Promise<void> {
  const [formats, files] = await load();
  files.downloadFile(formats.resultsToJson(check, result), files.fileName(check.title, 'json'), 'application/json');
}

const load = () =>
  Promise.all([import('../../sdk/formats/cooperation-check-export.js'), import('../../internal/download.js')]);

/** Prints the results, a report. */
async function print(port: CheckPort): Promise<void> {
  const { printPage } = await import('../../internal/print.js');
  // Closed details would print empty: open them for the printed report.
  port.queryAll<HTMLDetailsElement>('details').forEach((d) => (d.open = true));
  printPage('list');
}
