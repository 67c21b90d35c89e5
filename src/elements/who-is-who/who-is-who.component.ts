import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { loadCytoscape } from '../../internal/graph-view.js';
import { baseStyles } from '../../internal/styles.js';
import { SamenspelChangeEvent, SamenspelSelectEvent } from '../../events/events.js';
import { parseDataset, type ParseResult } from '../../sdk/parse.js';
import { FIELDS, type Field, type PartyKind, type Position } from '../../sdk/model.js';
import { fieldMarker, fieldMarkerStyles } from '../../internal/field-style.js';
import type { Change } from '../../sdk/store.js';
import { parsePartiesCsv } from '../../sdk/formats/parties-csv.js';
import { parseHsds } from '../../sdk/formats/hsds.js';
import { whoIsWhoMessages } from '../../translations/who-is-who.js';
import { commonMessages } from '../../translations/common.js';
import { whoIsWhoStyles } from './who-is-who.styles.js';
import { VirtualListController, renderPrintList } from './who-is-who.list.js';
import { renderDetail } from './who-is-who.details.js';
import { renderFilters } from './who-is-who.filters.js';
import { renderInsights } from './who-is-who.insights.js';
import { renderPartyForm, renderRelationForm, type Editing } from './who-is-who.forms.js';
import { GraphController, graphKey, type GraphStatus } from './graph-controller.js';
import { ExportController } from './who-is-who.export-controller.js';
import { WhoIsWhoModel } from './who-is-who.model.js';
import { WhoIsWhoOverview } from './who-is-who.overview.js';
import { memberSharing } from '../../sdk/analysis/sharing.js';
import { detectFormat, type WhoIsWhoFormat } from './who-is-who.source.js';
import type { PresenceSelection } from '../../sdk/live/presence.js';

export { detectFormat, type WhoIsWhoFormat };

/**
 * @tagname who-is-who
 * @summary Wie is wie in de wijk: a searchable social map of who is active in the neighbourhood, what they do and with whom they work.
 *
 * @event {SamenspelSelectEvent} samenspel-select - A party was chosen (or the choice cleared); `detail: { kind: 'party', id }`.
 * @event {SamenspelChangeEvent} samenspel-change - The data changed: an edit, undo/redo, a dragged (pinned) party, or positions from a layout (`origin: 'layout'`).
 * @event {SamenspelErrorEvent} samenspel-error - The source could not be loaded or had problems (`detail.issues`, with row and column for spreadsheets), or an edit was refused.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The view switch and the buttons above the list.
 * @csspart filters - The search box and filters.
 * @csspart search - The search input.
 * @csspart list - The list of parties (a listbox).
 * @csspart option - One party in the list.
 * @csspart option-selected - The chosen party in the list (also has `option`).
 * @csspart graph - The network picture.
 * @csspart overview - On a map of 1,000 parties or more: the overview's text view, each group (field or wijk) with its counts and ties, as buttons that open it.
 * @csspart detail - The details of the chosen party.
 * @csspart stale-notice - The notice that details were not checked for more than a year.
 * @csspart insights - The insights panel.
 * @csspart export - The download menu.
 * @csspart form - The edit forms.
 * @csspart print-list - The full list that is printed.
 * @csspart presence-mark - In a live room: the name of who else has a party chosen, in the list and the details (in the network: a dashed border and a line under the name).
 *
 * @cssproperty --samenspel-who-is-who-list-block-size - Height of the list (default 32rem).
 * @cssproperty --samenspel-who-is-who-graph-block-size - Height of the network picture (default 32rem).
 * @cssproperty --samenspel-who-is-who-option-selected-background-color - Background of the chosen party in the list.
 */
export class WhoIsWhoElement extends SamenspelElement {
  static override samenspelTag = 'who-is-who';
  static override styles = [baseStyles, fieldMarkerStyles, whoIsWhoStyles];

  /** The view shown: the list or the network. Both share search, filters and selection. */
  @property({ reflect: true }) view: 'list' | 'graph' = 'list';
  /** The id of the chosen party. */
  @property({ reflect: true }) selected: string | null = null;
  /** Lets the user add, change and remove parties and relations (with undo and redo). */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** How `src` is read; by default from the content type or the file extension. */
  @property() format?: WhoIsWhoFormat;
  /** The search words. */
  @property() query = '';
  /** The heading level of the party's name in the details (1–6; the page's own headings come first). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** URL of the layout worker script, for hosts that bundle samenspel themselves. */
  @property({ attribute: 'worker-url' }) workerUrl?: string;

  @state() protected filterField: Field | '' = '';
  @state() protected filterKind: PartyKind | '' = '';
  @state() protected filterArea = '';
  @state() protected editing?: Editing;
  @state() protected insightsOpen = false;
  @state() protected progress?: [number, number];
  @state() protected printing = false;
  @query('.graph-canvas') private graphCanvas?: HTMLElement;

  #list = new VirtualListController(this);
  #model = new WhoIsWhoModel();
  #overview = new WhoIsWhoOverview();
  #exports = new ExportController(this, {
    snapshot: () => this.activeStore.snapshot,
    cy: () => this.graph.cy,
    theme: () => this.graph.theme,
    prepareGraph: () => this.graph.nameAll(),
    preparePrint: () => this.#beforePrint(),
  });
  /** The network picture (read-only state: `cy`, `status`, `building`); exposed for export and tests. */
  readonly graph = new GraphController(this, {
    select: (id) => this.selectParty(id),
    positions: (positions) => this.#keepPositions(positions),
    pin: (id, position) => this.#pin(id, position),
    openGroup: (key) => this.#openGroup(key),
    workerUrl: () => this.workerUrl,
  });
  /** The status the last render showed, and whether the list had focus when the picture became ready. */
  #shownStatus: GraphStatus = 'idle';
  #focusGraph = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
    this.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    this.removeEventListener('keydown', this.#onKeyDown);
  }

  /**
   * Lays out every party again, except the pinned ones, and keeps the new positions (one change with
   * `origin: 'layout'`).
   */
  relayout(): void {
    const { parties, relations } = this.activeStore.snapshot;
    if (this.#overview.applies(parties)) this.graph.arrange(parties, relations, true);
    else this.graph.relayout();
  }

  /** Chooses a party (or clears the choice with null) and tells the host. */
  selectParty(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    this.dispatchEvent(new SamenspelSelectEvent({ kind: 'party', id }));
  }

  protected override parseSource(text: string, contentType: string, url: string): ParseResult | Promise<ParseResult> {
    const format = this.format ?? detectFormat(text, contentType, url);
    if (format === 'csv') {
      return parsePartiesCsv(text, {
        onProgress: (done, total) => (this.progress = done < total ? [done, total] : undefined),
      });
    }
    return format === 'hsds' ? parseHsds(text) : parseDataset(text);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Start fetching Cytoscape before the data is read, so that both happen at once.
    if (this.view === 'graph') void loadCytoscape().catch(() => undefined);
    super.willUpdate(changed);
    const snapshot = this.activeStore.snapshot;
    this.#model.update(snapshot, {
      query: this.query,
      field: this.filterField,
      kind: this.filterKind,
      area: this.filterArea,
    });
    if (changed.has('selected')) this.#list.follow(this.#model.filtered, this.selected);
    // On a large map, a party chosen in another group (by the keys, a link in the details) opens its group.
    if (changed.has('selected') && this.selected && this.#overview.applies(snapshot.parties)) {
      this.#overview.groups(snapshot, this.#model.visible);
      this.#overview.follow(this.activeStore.get('parties', this.selected));
    }
    // A chosen party that is gone (removed, or not in newly loaded data) is let go; while loading, it is kept.
    if (this.selected && this.loadState === 'ready' && !this.activeStore.get('parties', this.selected))
      this.selected = null;
    // When the picture is ready the list beside it goes; a keyboard user in that list moves on to the picture.
    const status = this.graph.status;
    if (status !== this.#shownStatus) {
      this.#focusGraph =
        status === 'ready' &&
        this.shadowRoot?.activeElement?.getAttribute('role') === 'listbox' &&
        this.view === 'graph';
      this.#shownStatus = status;
    }
  }

  protected override updated(): void {
    if (this.#focusGraph) {
      this.#focusGraph = false;
      this.graphCanvas?.focus();
    }
    if (this.view === 'graph' && this.graphCanvas) {
      const snapshot = this.activeStore.snapshot;
      const { parties, relations } = snapshot;
      this.graph.setPresent(this.present);
      const tags = this.#othersTags();
      let drawn: Promise<void>;
      if (this.#overview.applies(parties)) {
        const t = this.localize.messages(whoIsWhoMessages);
        const scene = this.#overview.scene(snapshot, this.#model.visible, this.selected, t);
        drawn =
          scene.kind === 'parties'
            ? this.graph.sync(this.graphCanvas, scene.parties, scene.relations, this.#model.visible, this.selected)
            : this.graph.showGroups(this.graphCanvas, scene.picture);
        // Behind the overview, every party is laid out once, so that a group opens on kept positions.
        this.graph.arrange(parties, relations);
      } else drawn = this.graph.sync(this.graphCanvas, parties, relations, this.#model.visible, this.selected);
      void drawn.then(() => this.graph.markOthers(tags));
    }
  }

  override render() {
    const t = this.localize.messages(whoIsWhoMessages);
    const m = this.#model;
    const snapshot = this.activeStore.snapshot;
    const selected = this.selected ? this.activeStore.get('parties', this.selected) : undefined;
    const ready = this.loadState === 'ready';
    return html`<div class="base" part="base">
      ${this.renderStatus()}
      ${this.progress ? html`<p role="status">${t.reading(...this.progress)}<progress max=${this.progress[1]} value=${this.progress[0]}></progress></p>` : nothing}
      ${renderFilters({ filter: m.filter, areas: m.areas, t, change: (f) => this.#changeFilter(f) })}
      <div class="toolbar" part="toolbar">
        <div class="views" role="group" aria-label=${t.views}>
          <button type="button" aria-pressed=${this.view === 'list'} @click=${() => (this.view = 'list')}>${t.listView}</button>
          <button type="button" aria-pressed=${this.view === 'graph'} @click=${() => (this.view = 'graph')}>${t.graphView}</button>
        </div>
        ${this.renderPresentToggle()}
        ${
          this.editable && !this.present
            ? html`<button type="button" @click=${() => (this.editing = { mode: 'party' })}>${t.addParty}</button>
              <button type="button" ?disabled=${!this.activeStore.canUndo} @click=${() => this.undo()}>${this.localize.messages(commonMessages).undo}</button>
              <button type="button" ?disabled=${!this.activeStore.canRedo} @click=${() => this.redo()}>${this.localize.messages(commonMessages).redo}</button>`
            : nothing
        }
      </div>
      <p class="count" role="status">${ready ? (m.filtered.length ? t.results(m.filtered.length, snapshot.parties.length) : t.noResults) : ''}</p>
      ${this.loadState === 'empty' ? html`<p class="status">${this.editable ? t.emptyEditable : t.empty}</p>` : nothing}
      <div class="main">
        <div class="view">
          ${this.view === 'graph' ? this.#renderGraph(t, m.filtered.length) : nothing}
          ${
            this.view === 'list' || this.#shownStatus !== 'ready'
              ? this.#list.render({
                  parties: m.filtered,
                  selected: this.selected,
                  t,
                  relationCount: (id) => m.degree(id),
                  select: (id) => this.selectParty(id),
                  mark: this.presence ? (id) => this.presenceMark('party', id) : undefined,
                })
              : nothing
          }
        </div>
        <section class="detail" part="detail" aria-label=${t.detail}>${this.#renderSide(t, selected)}</section>
      </div>
      ${
        ready
          ? renderInsights({
              insights: this.insightsOpen ? m.insights() : undefined,
              t,
              lang: this.localize.lang,
              open: this.insightsOpen,
              headingLevel: this.#level(),
              toggle: (open) => (this.insightsOpen = open),
              select: (id) => this.selectParty(id),
            })
          : nothing
      }
      ${ready && !this.present ? this.#exports.render(t, this.view === 'graph' && this.#shownStatus === 'ready') : nothing}
      ${this.printing ? renderPrintList(m.filtered, t) : nothing}
    </div>`;
  }

  #renderGraph(t: typeof whoIsWhoMessages.nl, count: number) {
    const busy =
      this.#shownStatus === 'loading'
        ? t.graphLoading
        : this.#shownStatus === 'layout'
          ? t.graphLayout
          : this.#shownStatus === 'error'
            ? t.graphFailed
            : '';
    return html`<div class="graph" part="graph">
        <p class="graph-status ${busy ? 'status' : 'visually-hidden'}" role="status">${busy}</p>
        <div class="graph-canvas" role="img" tabindex="0" aria-label=${t.graphLabel(count)} aria-describedby="graph-help" @keydown=${this.#graphKeys}></div>
      </div>
      <div class="graph-tools">
        <ul class="legend" aria-label=${t.field}>
          ${FIELDS.map((f) => html`<li>${fieldMarker(f)}${t.fieldNames[f]}</li>`)}
        </ul>
        <span id="graph-help" class="muted">${t.graphHelp}</span>
        <button type="button" @click=${() => this.graph.fit()}>${this.localize.messages(commonMessages).showWholeMap}</button>
        ${this.editable ? html`<button type="button" @click=${() => this.relayout()}>${t.relayout}</button>` : nothing}
      </div>
      ${this.#renderOverview(t)}`;
  }

  /** On a large map: the overview's text view, beside the picture of its groups. */
  #renderOverview(t: typeof whoIsWhoMessages.nl) {
    const snapshot = this.activeStore.snapshot;
    if (!this.#overview.applies(snapshot.parties)) return nothing;
    const visible = this.#model.visible;
    return this.#overview.render({
      groups: this.#overview.groups(snapshot, visible),
      scene: this.#overview.scene(snapshot, visible, this.selected, t),
      t,
      level: this.#level(),
      change: (by) => {
        this.#overview.by = by;
        this.#overview.open = null;
        this.requestUpdate();
      },
      choose: (key) => this.#openGroup(key),
    });
  }

  /** Opens a group of the overview (null: back to the overview); the choice of a party outside it is let go. */
  #openGroup(key: string | null) {
    this.#overview.open = key;
    if (key === null) this.selectParty(null);
    this.requestUpdate();
  }

  #renderSide(t: typeof whoIsWhoMessages.nl, selected: ReturnType<typeof this.activeStore.get<'parties'>>) {
    const snapshot = this.activeStore.snapshot;
    const formCtx = {
      t,
      headingLevel: this.#level(),
      parties: snapshot.parties,
      cancel: () => (this.editing = undefined),
    };
    if (this.editing?.mode === 'party') {
      const before = this.editing.party;
      return renderPartyForm(before, { ...formCtx, submit: (form) => this.#saveParty(form, before) });
    }
    if (this.editing?.mode === 'relation') {
      const source = this.editing.source;
      return renderRelationForm(source, { ...formCtx, submit: (form) => this.#saveRelation(form, source.id) });
    }
    if (!selected) return html`<p class="muted">${t.noSelection}</p>`;
    return renderDetail({
      party: selected,
      mark: this.presenceMark('party', selected.id),
      relations: this.#model.relationsOf(selected.id),
      sharing: memberSharing(this.activeStore.snapshot, selected.id),
      t,
      lang: this.localize.lang,
      editable: this.editable,
      now: new Date(),
      headingLevel: this.#level(),
      filteredOut: !!this.#model.visible && !this.#model.visible.has(selected.id),
      clearFilters: () => this.#changeFilter({ query: '', field: '', kind: '', area: '' }),
      select: (id) => this.selectParty(id),
      editParty: () => (this.editing = { mode: 'party', party: selected }),
      addRelation: () => (this.editing = { mode: 'relation', source: selected }),
      removeParty: () =>
        this.#model.removeParty(selected.id, (changes) => this.edit(changes)) && this.selectParty(null),
      removeRelation: (id) => this.edit({ op: 'remove', collection: 'relations', id }),
    });
  }

  /** In a live room: the name tag of each party someone else has chosen. */
  #othersTags(): Map<string, string> {
    const tags = new Map<string, string>();
    if (!this.presence) return tags;
    const t = this.localize.messages(whoIsWhoMessages);
    for (const p of this.presence.people) {
      if (p.self || p.selection?.kind !== 'party') continue;
      const id = p.selection.id;
      tags.set(id, tags.has(id) ? `${tags.get(id)}, ${p.name || '?'}` : t.alsoHere(p.name || '?'));
    }
    return tags;
  }

  /** @internal Follows the party someone else chose. */
  override followSelection({ kind, id }: PresenceSelection): void {
    if (kind === 'party' && this.activeStore.get('parties', id)) this.selectParty(id);
  }

  #level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  #saveParty(form: HTMLFormElement, before?: { id: string }) {
    const record = this.#model.partyFromForm(form, before?.id);
    if (this.edit({ op: 'put', collection: 'parties', record })) {
      this.editing = undefined;
      this.selectParty(record.id);
    }
  }

  #saveRelation(form: HTMLFormElement, source: string) {
    if (this.edit({ op: 'put', collection: 'relations', record: this.#model.relationFromForm(form, source) }))
      this.editing = undefined;
  }

  #changeFilter(f: { query?: string; field?: Field | ''; kind?: PartyKind | ''; area?: string }) {
    if (f.query !== undefined) this.query = f.query;
    if (f.field !== undefined) this.filterField = f.field;
    if (f.kind !== undefined) this.filterKind = f.kind;
    if (f.area !== undefined) this.filterArea = f.area;
  }

  /** Positions a layout computed: one store step, outside the undo history (they are not the user's edit). */
  #keepPositions(positions: Map<string, Position>) {
    const changes: Change[] = this.activeStore.snapshot.parties
      .filter((p) => positions.has(p.id))
      .map((p) => ({ op: 'put', collection: 'parties', record: { ...p, position: positions.get(p.id)! } }));
    if (changes.length && this.activeStore.apply(changes, 'layout').ok)
      this.dispatchEvent(new SamenspelChangeEvent({ changes, origin: 'layout' }));
  }

  #pin(id: string, position: Position) {
    const party = this.activeStore.get('parties', id);
    if (party) this.edit({ op: 'put', collection: 'parties', record: { ...party, position } });
  }

  #graphKeys = (e: KeyboardEvent) => {
    if (graphKey(e, this.graph, this.#model.filtered, this.selected, this.editable, (id) => this.selectParty(id)))
      e.preventDefault();
  };

  #onKeyDown = (e: KeyboardEvent) => {
    const target = e.composedPath()[0] as HTMLElement;
    if (this.editable && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName)) this.handleUndoKeys(e);
  };

  #beforePrint = () => {
    this.printing = true;
    this.performUpdate();
  };

  #afterPrint = () => (this.printing = false);
}
