import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { baseStyles } from '../../internal/styles.js';
import { fieldMarkerStyles } from '../../internal/field-style.js';
import { PartyCombobox, partyComboboxStyles } from '../../internal/party-combobox.js';
import { downloadFile, fileName } from '../../internal/download.js';
import { SamenspelSelectEvent } from '../../events/events.js';
import { analyzeCareNetwork } from '../../sdk/analysis/care-network.js';
import { cellAt, layoutCareNetwork, type CareNetworkLayout, type Point } from '../../sdk/layout/care-network.js';
import { toFhirBundle } from '../../sdk/formats/fhir.js';
import { DEFAULT_MAX_BYTES } from '../../sdk/parse.js';
import type { CareNetwork, Party } from '../../sdk/model.js';
import type { PresenceSelection } from '../../sdk/live/presence.js';
import { careNetworkMapMessages } from '../../translations/care-network-map.js';
import { careNetworkMapStyles } from './care-network-map.styles.js';
import { NetworkGraph } from './care-network-map.graph.js';
import { networkDocument, networkSvg } from './care-network-map.export.js';
import { printLandscape } from '../../internal/print.js';
import { ExportReport } from '../../internal/export-report.js';
import * as edits from './care-network-map.edits.js';
import { networkActions } from './care-network-map.actions.js';
import { renderExportMenu, renderImport, renderStartForm, type ExportFormat } from './care-network-map.toolbar.js';
import { importNetworks } from './care-network-map.import.js';
import { tooLargeIssue } from '../../sdk/readable.js';
import {
  renderAddForm,
  renderDetails,
  heading,
  renderInsights,
  renderLegend,
  renderTextView,
  type ViewContext,
} from './care-network-map.views.js';

/**
 * @tagname care-network-map
 * @summary The netwerkkaart: who is involved around a carer and the person they care for, how close
 * (rings), in which field (sectors), who talks to whom, who coordinates, and where the gaps are. A
 * picture and, beside it, a text view with the same content and the same selection.
 *
 * @event {SamenspelSelectEvent} samenspel-select - A member (`kind: 'party'`) or relation (`kind: 'relation'`) was selected, or the selection cleared (`id: null`).
 * @event {SamenspelChangeEvent} samenspel-change - The network was edited (also on undo and redo); `detail.changes` are the store changes.
 * @event {SamenspelErrorEvent} samenspel-error - Data could not be loaded or read, or an edit or export was refused.
 *
 * @csspart base - Everything below the status notices.
 * @csspart toolbar - The network name, network choice, undo/redo and export buttons.
 * @csspart picture - The figure with the drawn map.
 * @csspart graph - The drawing area of the map.
 * @csspart text-view - The members listed by ring and field, with their relations.
 * @csspart member - A member's button in the text view.
 * @csspart details - The panel with the selected member or relation.
 * @csspart add-member - The form to add a member (when editable).
 * @csspart insights - The insights in plain sentences.
 * @csspart legend - The legend.
 * @csspart presence-mark - In a live room: the name of who else has a member selected, in the text view (on the map it is a dashed border and a line under the name).
 *
 * @cssproperty --samenspel-care-network-map-graph-block-size - Largest height of the drawing area, which is square up to that height (default min(56rem, 90vh)).
 * @cssproperty --samenspel-care-network-map-side-inline-size - Width of the text view beside the picture (default 24rem).
 * @cssproperty --samenspel-care-network-map-gap-color - Colour of the gap insights (default light-dark(#8a4b00, #f0b070)).
 * @cssproperty --samenspel-care-network-map-ring-own-background-color - Background of the ring eigen netwerk (default light-dark(#fbf5ea, #2b2418)).
 * @cssproperty --samenspel-care-network-map-ring-close-background-color - Background of the ring dichtbij (default light-dark(#eef2f7, #1c2430)).
 */
export class CareNetworkMapElement extends SamenspelElement {
  static override samenspelTag = 'care-network-map';
  static override styles = [baseStyles, fieldMarkerStyles, partyComboboxStyles, careNetworkMapStyles];

  /** Id of the care network to show; the first network of the dataset when absent or unknown. */
  @property({ reflect: true }) network?: string;
  /** Lets the user add, move and remove members, draw relations and choose the regiehouder. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** Level of the network's name as a heading (2 by default); the sections inside follow it. Set 3 under a page's h2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Party id of the selected member (or carer or naaste); null when nothing is selected. */
  @property({ attribute: false }) selected: string | null = null;

  @state() private selectedRelation?: string;
  @state() private graphState: 'loading' | 'ready' | 'error' = 'loading';
  @state() private announcement = '';
  @state() private addProblem?: string;
  @state() private drawing = false;
  /** True when only a part of the map is in view (it opens at a zoom where names can be read). */
  @state() private partOfMap = false;
  @query('.graph') private graphContainer?: HTMLElement;

  #drawSource?: string;
  #exports = new ExportReport(this);
  #addParty = new PartyCombobox(this, 'add-party');
  #layout?: { key: string; layout: CareNetworkLayout };
  /** The Cytoscape picture (for tests and hosts that need the instance). */
  readonly graph = new NetworkGraph(this, {
    select: (kind, id) => this.#tap(kind, id),
    dropped: (party, at) => this.#dropped(party, at),
    // Reported from inside updated() too: the state changes after this update, not during it.
    view: (whole) => void Promise.resolve().then(() => (this.partOfMap = !whole)),
  });

  /** The care network shown. */
  get currentNetwork(): CareNetwork | undefined {
    const all = this.activeStore.snapshot.careNetworks;
    return all.find((n) => n.id === this.network) ?? all[0];
  }

  /** The layout of the current network (positions, rings, sectors), as drawn. */
  get layout(): CareNetworkLayout | undefined {
    const net = this.currentNetwork;
    if (!net) return undefined;
    const key = JSON.stringify([net.carer, net.caredFor, net.members.map((m) => [m.party, m.ring, m.field])]);
    if (this.#layout?.key !== key) this.#layout = { key, layout: layoutCareNetwork(net) };
    return this.#layout.layout;
  }

  /** Selects a member (or the carer or naaste) by party id, or clears the selection with null. */
  selectParty(id: string | null): void {
    this.selected = id;
    this.selectedRelation = undefined;
    this.#announceSelection(id);
    this.dispatchEvent(new SamenspelSelectEvent({ kind: 'party', id }));
  }

  /** Selects a relation of the network by id. */
  selectRelation(id: string | null): void {
    this.selectedRelation = id ?? undefined;
    this.selected = null;
    this.dispatchEvent(new SamenspelSelectEvent({ kind: 'relation', id }));
  }

  /** Takes back the last edit, and says so. */
  override undo(): void {
    if (!this.activeStore.canUndo) return;
    super.undo();
    this.announcement = this.#t.undone;
  }

  /** Makes the last undone edit again, and says so. */
  override redo(): void {
    if (!this.activeStore.canRedo) return;
    super.redo();
    this.announcement = this.#t.redone;
  }

  /** The map as an SVG document, with legend. */
  toSvg(): string {
    const net = this.currentNetwork;
    const layout = this.layout;
    if (!net || !layout) return '';
    return networkSvg({
      network: net,
      parties: this.#parties,
      layout,
      colors: this.graph.view.readTheme(),
      t: this.#t,
      title: net.name,
    });
  }

  /** The network as a FHIR R4 Bundle (CareTeam with its members). */
  toFhir(): Record<string, unknown> {
    return toFhirBundle(this.activeStore.snapshot, this.currentNetwork?.id);
  }

  /** Offers a file: the map as PNG or SVG, the network as samenspel JSON or FHIR JSON. */
  download(format: ExportFormat): void {
    void this.#download(format);
  }

  async #download(format: ExportFormat): Promise<void> {
    const net = this.currentNetwork;
    if (!net) return;
    await this.#exports.run(async () => {
      const [content, name, type] =
        format === 'png'
          ? [await this.#png(), fileName(net.name, 'png'), 'image/png']
          : format === 'svg'
            ? [this.toSvg(), fileName(net.name, 'svg'), 'image/svg+xml']
            : format === 'fhir'
              ? [JSON.stringify(this.toFhir(), null, 2), fileName(`${net.name}-fhir`, 'json'), 'application/fhir+json']
              : [
                  JSON.stringify(networkDocument(this.activeStore.snapshot, net), null, 2),
                  fileName(net.name, 'json'),
                  'application/json',
                ];
      downloadFile(content, name, type);
    });
  }

  /** The map as PNG; before it is drawn there is none, and the export fails. */
  async #png(): Promise<Blob> {
    const png = await this.graph.view.png();
    if (!png) throw new Error('the map is not drawn yet');
    return png;
  }

  /**
   * Takes the care network(s) of a file into the dataset as one undoable edit and shows the first: a
   * FHIR R4 Bundle with a CareTeam, or samenspel JSON. What could not be mapped is shown and sent in
   * `samenspel-error`.
   */
  async importFile(file: Blob): Promise<void> {
    const t = this.#t;
    if (file.size > DEFAULT_MAX_BYTES) {
      this.loadIssues = [tooLargeIssue(file.size, DEFAULT_MAX_BYTES)];
      this.reportError('parse', this.loadIssues);
      return;
    }
    const result = importNetworks(this.activeStore.snapshot, await file.text());
    this.loadIssues = result.issues;
    if (result.issues.length) this.reportError('parse', result.issues);
    if (!result.network) {
      this.announcement = t.nothingImported;
      return;
    }
    if (this.edit(result.changes)) {
      this.network = result.network;
      this.announcement = t.imported(this.currentNetwork?.name ?? result.network);
    }
  }

  /** Prints the map and the text view on one A4 landscape page, with the legend. */
  async print(): Promise<void> {
    // Drawn into a canvas: an <img> with a data: URL is refused by a plain `default-src 'self'` CSP.
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('.print-image');
    const png = await this.graph.view.png().catch(() => undefined);
    if (canvas && png) {
      const picture = await createImageBitmap(png);
      canvas.width = picture.width;
      canvas.height = picture.height;
      canvas.getContext('2d')?.drawImage(picture, 0, 0);
      picture.close();
    }
    printLandscape();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.#escape);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const net = this.currentNetwork;
    if (this.selected && net && !edits.partiesOnMap(net).has(this.selected)) this.selected = null;
    if (this.selectedRelation && !net?.relations.some((r) => r.id === this.selectedRelation))
      this.selectedRelation = undefined;
    if (!this.editable && this.drawing) this.#toggleDrawing();
  }

  protected override updated(): void {
    const net = this.currentNetwork;
    const layout = this.layout;
    const container = this.graphContainer;
    if (!net || !layout || !container) return;
    const model = {
      network: net,
      parties: this.#parties,
      layout,
      selected: this.selected ?? undefined,
      selectedRelation: this.selectedRelation,
      editable: this.editable,
      t: this.#t,
      others: this.#othersOnMap(net),
      present: this.present,
    };
    this.graph.draw(container, model).then(
      () => {
        this.graph.markSource(this.drawing ? this.#drawSource : undefined);
        if (this.graphState !== 'ready') this.graphState = 'ready';
      },
      () => {
        this.graphState = 'error';
      },
    );
  }

  override render() {
    const t = this.#t;
    const net = this.currentNetwork;
    if (!net) {
      return html`${this.renderStatus()}${
        this.loadState === 'loading' || this.loadState === 'error'
          ? nothing
          : html`<div class="empty" part="base">
        <p>${t.empty}</p>
        ${this.editable ? renderStartForm(t, (carer, caredFor) => this.#startNetwork(carer, caredFor)) : nothing}
      </div>`
      }`;
    }
    const networks = this.activeStore.snapshot.careNetworks;
    const editable = this.editable && !this.present;
    const ctx: ViewContext = {
      t,
      level: this.headingLevel,
      network: net,
      parties: this.#parties,
      analysis: analyzeCareNetwork(net),
      editable,
      selected: this.selected ?? undefined,
      selectedRelation: this.selectedRelation,
      mark: this.presence ? (id) => this.presenceMark('party', id) : undefined,
    };
    const regie = ctx.analysis.regiehouder;
    const store = this.activeStore;
    return html`${this.renderStatus()}
      <div class="base" part="base" @keydown=${this.#keydown}>
        <div class="toolbar" part="toolbar">
          ${heading(this.headingLevel, 'title', net.name)}
          ${
            networks.length > 1
              ? html`<label>${t.networkLabel} <select @change=${(e: Event) => {
                  this.network = (e.target as HTMLSelectElement).value;
                }}>
            ${networks.map((n) => html`<option value=${n.id} ?selected=${n.id === net.id}>${n.name}</option>`)}</select></label>`
              : nothing
          }
          ${
            editable
              ? html`
            <button type="button" data-action="undo" ?disabled=${!store.canUndo} @click=${() => this.undo()}>${t.undo}</button>
            <button type="button" data-action="redo" ?disabled=${!store.canRedo} @click=${() => this.redo()}>${t.redo}</button>
            <button type="button" data-action="draw" aria-pressed=${this.drawing ? 'true' : 'false'} @click=${() => this.#toggleDrawing()}>${t.drawRelation}</button>`
              : nothing
          }
          ${editable ? renderImport(t, (file) => void this.importFile(file)) : nothing}
          ${
            this.present
              ? nothing
              : renderExportMenu(
                  t,
                  (format) => this.download(format),
                  () => void this.print(),
                )
          }
          ${this.renderPresentToggle()}
        </div>
        ${this.#exports.render()}
        <div class="layout">
          <figure class="picture" part="picture" aria-busy=${this.graphState === 'loading' ? 'true' : 'false'}>
            <div class="graph" part="graph" role="img" aria-label=${t.picture(net.name, net.members.length, regie ? this.#parties.get(regie)?.name : undefined)}></div>
            <div class="zoom" role="group" aria-label=${t.zoom}>
              <button type="button" data-zoom="in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => this.graph.zoomBy(1.25)}>+</button>
              <button type="button" data-zoom="out" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => this.graph.zoomBy(0.8)}>−</button>
              <button type="button" data-zoom="fit" aria-label=${t.zoomFit} title=${t.zoomFit} @click=${() => this.graph.fit()}>⤢</button>
            </div>
            ${this.graphState === 'loading' ? html`<p class="overlay" role="status">${t.drawing}</p>` : nothing}
            ${this.graphState === 'error' ? html`<p class="overlay status error" role="alert">${t.drawFailed}</p>` : nothing}
            ${this.partOfMap && this.graphState === 'ready' ? html`<p class="view-hint">${t.partOfMap}</p>` : nothing}
            ${this.drawing ? html`<p class="hint">${this.#drawSource ? t.drawFirst(this.#parties.get(this.#drawSource)?.name ?? '') : t.drawHint}</p>` : nothing}
            <canvas class="print-image" role="img" aria-label=${t.picture(net.name, net.members.length, regie ? this.#parties.get(regie)?.name : undefined)}></canvas>
          </figure>
          <div class="side">
            ${renderDetails(ctx, this.#actions)}
            ${editable ? renderAddForm(ctx, this.#actions, this.#addParty, this.activeStore.snapshot.parties, this.localize.lang, this.addProblem) : nothing}
            ${renderTextView(ctx, this.#actions)}
          </div>
        </div>
        <div class="bottom">${renderInsights(ctx)}${renderLegend(t, this.headingLevel)}</div>
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>`;
  }

  get #t() {
    return this.localize.messages(careNetworkMapMessages);
  }

  /** In a live room: the name tag of each party on the map that someone else has selected. */
  #othersOnMap(net: CareNetwork): Map<string, string> | undefined {
    if (!this.presence) return undefined;
    const tags = new Map<string, string>();
    for (const id of edits.partiesOnMap(net)) {
      const others = this.othersOn('party', id);
      if (others.length) tags.set(id, this.#t.alsoHere(others.map((p) => p.name || '?').join(', ')));
    }
    return tags;
  }

  /** @internal Follows the member or relation someone else selected. */
  override followSelection({ kind, id }: PresenceSelection): void {
    const net = this.currentNetwork;
    if (kind === 'party' && net && edits.partiesOnMap(net).has(id)) this.selectParty(id);
    else if (kind === 'relation' && net?.relations.some((r) => r.id === id)) this.selectRelation(id);
  }

  #partyIndex?: { list: readonly Party[]; map: ReadonlyMap<string, Party> };
  get #parties(): ReadonlyMap<string, Party> {
    const list = this.activeStore.snapshot.parties;
    if (this.#partyIndex?.list !== list) this.#partyIndex = { list, map: new Map(list.map((p) => [p.id, p])) };
    return this.#partyIndex.map;
  }

  #name(id: string): string {
    return this.#parties.get(id)?.name ?? id;
  }

  readonly #actions = networkActions({
    network: () => this.currentNetwork,
    snapshot: () => this.activeStore.snapshot,
    apply: (changes, announcement) => {
      if (!changes.length) return false;
      const ok = this.edit(changes);
      if (ok) this.announcement = announcement;
      return ok;
    },
    select: (kind, id) => (kind === 'party' ? this.selectParty(id) : this.selectRelation(id)),
    messages: () => this.#t,
    addProblem: (message) => {
      this.addProblem = message;
    },
  });

  #startNetwork(carer: string, caredFor: string) {
    const made = edits.newNetwork(carer, caredFor, this.#t.networkName(carer));
    if (this.edit(made.changes)) this.network = made.network;
  }

  #toggleDrawing() {
    this.drawing = !this.drawing;
    this.#drawSource = undefined;
    // Clicking the canvas moves focus out of the element, so Escape is heard on the window while drawing.
    if (this.drawing) window.addEventListener('keydown', this.#escape);
    else window.removeEventListener('keydown', this.#escape);
  }

  #escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.drawing) this.#toggleDrawing();
  };

  #tap(kind: 'party' | 'relation', id: string | null) {
    if (this.drawing && kind === 'party' && id) {
      if (!this.#drawSource) {
        this.#drawSource = id;
        this.requestUpdate();
      } else if (id !== this.#drawSource) {
        this.#actions.addRelation({ source: this.#drawSource, target: id, kind: 'werkt-samen', strength: 'sterk' });
        this.#toggleDrawing();
      }
      return;
    }
    if (kind === 'party') this.selectParty(id);
    else this.selectRelation(id);
  }

  #dropped(party: string, at: Point) {
    const layout = this.layout;
    const cell = layout && cellAt(layout, at);
    if (cell) this.#actions.move(party, cell.ring, cell.field);
    // Dropped in the centre or in the same cell: the next draw puts the node back on its place.
    this.requestUpdate();
  }

  #announceSelection(id: string | null) {
    this.announcement = id ? this.#t.selected(this.#name(id)) : this.#t.selectionCleared;
  }

  #keydown = (e: KeyboardEvent) => {
    const target = e.composedPath()[0];
    if (target instanceof HTMLInputElement) return;
    if (this.editable) this.handleUndoKeys(e);
  };
}
