/** The toolbar (title, network choice, undo/redo, drawing, import, the export menu) and the form that starts a network, of `<care-network-map>`. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CareNetworkMapMessages } from '../../translations/care-network-map.js';
import { heading } from '../../internal/heading.js';
import type { RelationDrawing } from './care-network-map.drawing.js';
import type { MapPort } from './care-network-map.port.js';
import { renderExportMenu, type ExportFormat } from './care-network-map.export.js';

/** What the toolbar's buttons do, and what it shows of the element. */
export interface ToolbarActions {
  chooseNetwork(id: string): void;
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
  drawing: RelationDrawing;
  importFile(file: File): void;
  download(format: ExportFormat): void;
  print(): void;
  /** The element's present-mode switch. */
  present: TemplateResult;
}

/** The toolbar above the map; only the buttons a facilitator needs in present mode. */
export function renderToolbar(port: MapPort, bar: ToolbarActions): TemplateResult {
  const t = port.t();
  const { network, headingLevel, editable, present } = port.options;
  const networks = port.snapshot.careNetworks;
  const choose = (e: Event) => bar.chooseNetwork((e.target as HTMLSelectElement).value);
  return html`<div class="toolbar" part="toolbar">
    ${heading(headingLevel, network?.name, { class: 'title' })}
    ${
      networks.length > 1
        ? html`<label>${t.networkLabel} <select @change=${choose}>
          ${networks.map((n) => html`<option value=${n.id} ?selected=${n.id === network?.id}>${n.name}</option>`)}</select></label>`
        : nothing
    }
    ${
      editable && !present
        ? html`
      <button type="button" data-action="undo" ?disabled=${!bar.canUndo} @click=${() => bar.undo()}>${t.undo}</button>
      <button type="button" data-action="redo" ?disabled=${!bar.canRedo} @click=${() => bar.redo()}>${t.redo}</button>
      <button type="button" data-action="draw" aria-pressed=${bar.drawing.on ? 'true' : 'false'} @click=${() => bar.drawing.toggle()}>${t.drawRelation}</button>
      ${renderImport(t, (file) => bar.importFile(file))}`
        : nothing
    }
    ${present ? nothing : renderExportMenu(t, bar.download, bar.print)}
    ${bar.present}
  </div>`;
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
