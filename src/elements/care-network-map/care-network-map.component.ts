import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { baseStyles } from '../../internal/styles.js';
import { fieldMarkerStyles } from '../../internal/field-style.js';
import type { PartyCombobox } from '../../internal/party-combobox.js';
import { ExportReport } from '../../internal/export-report.js';
import { LiveRegion } from '../../internal/live-region.js';
import { adoptStyles } from '../../internal/port.js';
import { commonMessages } from '../../translations/common.js';
import { SamenspelSelectEvent } from '../../events/events.js';
import { analyzeCareNetwork, type CareNetworkAnalysis } from '../../sdk/analysis/care-network.js';
import { layoutCareNetwork, type CareNetworkLayout } from '../../sdk/layout/care-network.js';
import type { CareNetwork, Party } from '../../sdk/model.js';
import type { PresenceSelection } from '../../sdk/live/presence.js';
import { careNetworkMapMessages } from '../../translations/care-network-map.js';
import { careNetworkMapStyles } from './care-network-map.styles.js';
import { downloadMap, mapFhir, mapSvg, printMap, type ExportFormat } from './care-network-map.export.js';
import * as edits from './care-network-map.edits.js';
import { networkActions } from './care-network-map.actions.js';
import { renderStartForm, renderToolbar } from './care-network-map.toolbar.js';
import { RelationDrawing } from './care-network-map.drawing.js';
import { MapPicture } from './care-network-map.picture.js';
import type { MapOptions, MapPort } from './care-network-map.port.js';
import { renderAddForm, renderDetails, renderTextView } from './care-network-map.views.js';
import { renderInsights, renderLegend } from './care-network-map.insights.js';

// A file to import and the field that adds a member (editing) load on first use.
let comboboxPart: Promise<typeof import('../../internal/party-combobox.js')> | undefined;

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
  static override styles = [baseStyles, fieldMarkerStyles, careNetworkMapStyles];
  static override lazyCatalogs = [careNetworkMapMessages];

  /** Id of the care network to show; the first network of the dataset when absent or unknown. */
  @property({ reflect: true }) network?: string;
  /** Lets the user add, move and remove members, draw relations and choose the regiehouder. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** Level of the network's name as a heading (2 by default); the sections inside follow it. Set 3 under a page's h2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Party id of the selected member (or carer or naaste); null when nothing is selected. */
  @property({ attribute: false }) selected: string | null = null;

  @state() private selectedRelation?: string;

  #live = new LiveRegion(this, () => this.localize.messages(commonMessages));
  #port: MapPort = this.createPort(
    careNetworkMapMessages,
    (): MapOptions => {
      const network = this.currentNetwork;
      return {
        network,
        layout: this.layout,
        analysis: network && this.#analysis(network),
        parties: this.#parties,
        headingLevel: this.headingLevel,
        editable: this.editable,
        present: this.present,
        selected: this.selected ?? undefined,
        selectedRelation: this.selectedRelation,
        mark: this.presence ? (id) => this.presenceMark('party', id) : undefined,
      };
    },
    { select: (id) => this.selectParty(id), announce: (text) => this.#live.announce(text) },
  );
  readonly #actions = networkActions(this.#port, (id) => this.selectRelation(id));
  #drawing = new RelationDrawing(this, this.#port, (source, target) =>
    this.#actions.addRelation({ source, target, kind: 'werkt-samen', strength: 'sterk' }),
  );
  #picture = new MapPicture(this, this.#port, this.#drawing, this.#actions, () => this.#othersOnMap());
  /** The field that names a new member; loaded with editing. */
  #addParty?: PartyCombobox;
  #exports = new ExportReport(this);
  #layout?: { key: string; layout: CareNetworkLayout };
  #analysed?: { network: CareNetwork; analysis: CareNetworkAnalysis };
  #partyIndex?: { list: readonly Party[]; map: ReadonlyMap<string, Party> };

  /** The Cytoscape picture (for tests and hosts that need the instance). */
  readonly graph = this.#picture.graph;

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
    const t = this.#port.t();
    this.#live.announce(id ? t.selected(this.#parties.get(id)?.name ?? id) : t.selectionCleared);
    this.dispatchEvent(new SamenspelSelectEvent({ kind: 'party', id }));
  }

  /** Selects a relation of the network by id. */
  selectRelation(id: string | null): void {
    this.selectedRelation = id ?? undefined;
    this.selected = null;
    this.dispatchEvent(new SamenspelSelectEvent({ kind: 'relation', id }));
  }

  /** The map as an SVG document, with legend. */
  toSvg(): string {
    return mapSvg(this.#port, this.graph);
  }

  /** The network as a FHIR R4 Bundle (CareTeam with its members). */
  toFhir(): Record<string, unknown> {
    return mapFhir(this.#port);
  }

  /** Offers a file: the map as PNG or SVG, the network as samenspel JSON or FHIR JSON. */
  download(format: ExportFormat): void {
    void this.#exports.run(() => downloadMap(this.#port, this.graph, format));
  }

  /**
   * Takes the care network(s) of a file into the dataset as one undoable edit and shows the first: a
   * FHIR R4 Bundle with a CareTeam, or samenspel JSON. What could not be mapped is shown and sent in
   * `samenspel-error`.
   */
  async importFile(file: Blob): Promise<void> {
    const t = this.#port.t();
    const { readNetworkFile } = await import('./care-network-map.import.js');
    const result = await readNetworkFile(this.activeStore.snapshot, file);
    this.loadIssues = result.issues;
    if (result.issues.length) this.reportError('parse', result.issues);
    if (!result.network) this.#live.announce(t.nothingImported);
    else if (this.edit(result.changes)) {
      this.network = result.network;
      this.#live.announce(t.imported(this.currentNetwork?.name ?? result.network));
    }
  }

  /** Prints the map and the text view on one A4 landscape page, with the legend. */
  async print(): Promise<void> {
    await this.#exports.run(() => printMap(this.#port, this.graph));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const net = this.currentNetwork;
    if (this.selected && net && !edits.partiesOnMap(net).has(this.selected)) this.selected = null;
    if (this.selectedRelation && !net?.relations.some((r) => r.id === this.selectedRelation))
      this.selectedRelation = undefined;
    if (!this.editable) this.#drawing.stop();
    if (this.editable && !this.#addParty)
      this.loadPart((comboboxPart ??= import('../../internal/party-combobox.js')), (m) => {
        adoptStyles(this, m.partyComboboxStyles);
        this.#addParty ??= new m.PartyCombobox(this, 'add-party');
      });
  }

  override render() {
    const port = this.#port;
    const t = port.t();
    if (!this.currentNetwork) {
      return html`${this.renderStatus()}${
        this.loadState === 'loading' || this.loadState === 'error'
          ? nothing
          : html`<div class="empty" part="base">
        <p>${t.empty}</p>
        ${this.editable ? renderStartForm(t, (carer, caredFor) => this.#startNetwork(carer, caredFor)) : nothing}
      </div>`
      }`;
    }
    const store = this.activeStore;
    return html`${this.renderStatus()}
      <div class="base" part="base" @keydown=${this.#keydown}>
        ${renderToolbar(port, {
          chooseNetwork: (id) => (this.network = id),
          canUndo: store.canUndo,
          canRedo: store.canRedo,
          undo: () => this.undo(),
          redo: () => this.redo(),
          drawing: this.#drawing,
          importFile: (file) => void this.importFile(file),
          download: (format) => this.download(format),
          print: () => void this.print(),
          present: this.renderPresentToggle(),
        })}
        ${this.#exports.render()}
        <div class="layout">
          ${this.#picture.render()}
          <div class="side">
            ${renderDetails(port, this.#actions)}
            ${this.editable && !this.present && this.#addParty ? renderAddForm(port, this.#actions, this.#addParty) : nothing}
            ${this.#picture.drawingFirst ? nothing : renderTextView(port, this.#actions)}
          </div>
        </div>
        ${this.#picture.drawingFirst ? nothing : html`<div class="bottom">${renderInsights(port)}${renderLegend(port)}</div>`}
        ${this.#live.render()}
      </div>`;
  }

  /** In a live room: the name tag of each party on the map that someone else has selected. */
  #othersOnMap(): Map<string, string> | undefined {
    const net = this.currentNetwork;
    if (!this.presence || !net) return undefined;
    const tags = new Map<string, string>();
    for (const id of edits.partiesOnMap(net)) {
      const others = this.othersOn('party', id);
      if (others.length) tags.set(id, this.#port.t().alsoHere(others.map((p) => p.name || '?').join(', ')));
    }
    return tags;
  }

  /** @internal Follows the member or relation someone else selected. */
  override followSelection({ kind, id }: PresenceSelection): void {
    const net = this.currentNetwork;
    if (kind === 'party' && net && edits.partiesOnMap(net).has(id)) this.selectParty(id);
    else if (kind === 'relation' && net?.relations.some((r) => r.id === id)) this.selectRelation(id);
  }

  get #parties(): ReadonlyMap<string, Party> {
    const list = this.activeStore.snapshot.parties;
    if (this.#partyIndex?.list !== list) this.#partyIndex = { list, map: new Map(list.map((p) => [p.id, p])) };
    return this.#partyIndex.map;
  }

  /** The analysis is made again only for a changed network. */
  #analysis(network: CareNetwork): CareNetworkAnalysis {
    if (this.#analysed?.network !== network) this.#analysed = { network, analysis: analyzeCareNetwork(network) };
    return this.#analysed.analysis;
  }

  #startNetwork(carer: string, caredFor: string) {
    const made = edits.newNetwork(carer, caredFor, this.#port.t().networkName(carer));
    if (this.edit(made.changes)) this.network = made.network;
  }

  #keydown = (e: KeyboardEvent) => {
    if (this.editable) this.handleUndoKeys(e);
  };
}
