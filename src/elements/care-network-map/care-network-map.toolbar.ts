/** The export menu and the form that starts a network, of `<care-network-map>`. */
import { html, type TemplateResult } from 'lit';
import type { CareNetworkMapMessages } from '../../translations/care-network-map.js';

export type ExportFormat = 'png' | 'svg' | 'json' | 'fhir';

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

/** Starts a new network from the names of the carer and the naaste. */
export function renderStartForm(
  t: CareNetworkMapMessages,
  start: (carer: string, caredFor: string) => void,
): TemplateResult {
  return html`<form class="add-member" @submit=${(e: SubmitEvent) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const carer = String(f.get('carer') ?? '').trim();
    const caredFor = String(f.get('caredFor') ?? '').trim();
    if (carer && caredFor) start(carer, caredFor);
  }}><fieldset><legend>${t.newNetwork}</legend>
    <label>${t.carerName} <input name="carer" required autocomplete="off"></label>
    <label>${t.caredForName} <input name="caredFor" required autocomplete="off"></label>
    <button type="submit" class="primary">${t.start}</button></fieldset></form>`;
}

/** Importing a network from a file (when editable): the file stays in the browser. */
export function renderImport(t: CareNetworkMapMessages, read: (file: File) => void): TemplateResult {
  return html`<details class="export import"><summary>${t.import}</summary><div class="menu">
    <label>${t.importFile} <input type="file" accept=".json,application/json,application/fhir+json" data-action="import" @change=${(
      e: Event,
    ) => {
      const input = e.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) read(file);
      input.value = '';
    }}></label>
  </div></details>`;
}
