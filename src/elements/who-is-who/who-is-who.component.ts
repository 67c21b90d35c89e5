import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { baseStyles } from '../../internal/styles.js';
import { SamenspelChangeEvent, SamenspelSelectEvent } from '../../events/events.js';
import type { ParseResult } from '../../sdk/parse.js';
import type { Field, PartyKind } from '../../sdk/model.js';
import { fieldMarkerStyles } from '../../internal/field-style.js';
import { whoIsWhoMessages, type WhoIsWhoMessages } from '../../translations/who-is-who.js';
import { commonMessages } from '../../translations/common.js';
import { LiveRegion } from '../../internal/live-region.js';
import { whoIsWhoStyles } from './who-is-who.styles.js';
import { VirtualListController } from './who-is-who.list.js';
import { renderDetail } from './who-is-who.details.js';
import { renderFilters } from './who-is-who.filters.js';
import { renderInsights } from './who-is-who.insights.js';
import { renderPartyForm, renderRelationForm, type Editing } from './who-is-who.forms.js';
import { WhoIsWhoExport } from './who-is-who.export.js';
import { WhoIsWhoModel } from './who-is-who.model.js';
import { WhoIsWhoPicture } from './who-is-who.picture.js';
import type { WhoIsWhoOptions, WhoIsWhoPort } from './who-is-who.port.js';
import { extendPort } from '../../internal/port.js';
import { detectFormat, readDataset, type WhoIsWhoFormat } from './who-is-who.source.js';
import type { PresenceSelection } from '../../sdk/live/presence.js';
import type { Change } from '../../sdk/change.js';

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
  static override lazyCatalogs = [whoIsWhoMessages];

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

  #list = new VirtualListController(this);
  #model = new WhoIsWhoModel();
  #live = new LiveRegion(this, () => this.localize.messages(commonMessages));
  #port: WhoIsWhoPort = extendPort(
    this.createPort(
      whoIsWhoMessages,
      (): WhoIsWhoOptions => ({
        view: this.view,
        selected: this.selected,
        editable: this.editable,
        present: this.present,
        headingLevel: this.headingLevel,
        workerUrl: this.workerUrl,
        people: this.presence?.people,
      }),
      { select: (id: string | null) => this.selectParty(id), announce: (text) => this.#live.announce(text) },
    ),
    {
      shown: this.#model,
      party: (id: string) => this.activeStore.get('parties', id),
      keep: (changes: readonly Change[]) => {
        if (this.activeStore.apply(changes, 'layout').ok)
          this.dispatchEvent(new SamenspelChangeEvent({ changes, origin: 'layout' }));
      },
    },
  );
  #picture = new WhoIsWhoPicture(this, this.#port);
  #exports = new WhoIsWhoExport(
    this,
    this.#port,
    {
      cy: () => this.graph.cy,
      theme: () => this.graph.theme,
      prepare: () => this.graph.nameAll(),
      png: () => this.graph.view.png(),
    },
    () => this.performUpdate(),
  );
  /** The network picture (read-only state: `cy`, `status`, `building`); exposed for export and tests. */
  readonly graph = this.#picture.graph;

  constructor() {
    super();
    // Undo and redo keys anywhere in the element.
    this.addEventListener('keydown', (e) => this.editable && this.handleUndoKeys(e));
  }

  /**
   * Lays out every party again, except the pinned ones, and keeps the new positions (one change with
   * `origin: 'layout'`).
   */
  relayout(): void {
    this.#picture.relayout();
  }

  /** Chooses a party (or clears the choice with null) and tells the host. */
  selectParty(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    this.dispatchEvent(new SamenspelSelectEvent({ kind: 'party', id }));
  }

  protected override parseSource(text: string, contentType: string, url: string): ParseResult | Promise<ParseResult> {
    const format = this.format ?? detectFormat(text, contentType, url);
    // The spreadsheet and HSDS readers load only for a source in their format.
    if (format === 'csv') {
      return import('../../sdk/formats/parties-csv.js').then((m) =>
        m.parsePartiesCsv(text, {
          onProgress: (done, total) => (this.progress = done < total ? [done, total] : undefined),
        }),
      );
    }
    return format === 'hsds' ? import('../../sdk/formats/hsds.js').then((m) => m.parseHsds(text)) : readDataset(text);
  }

  protected override parseData(data: unknown): ParseResult | Promise<ParseResult> {
    return readDataset(data);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#picture.prefetch();
    super.willUpdate(changed);
    this.#model.update(this.activeStore.snapshot, {
      query: this.query,
      field: this.filterField,
      kind: this.filterKind,
      area: this.filterArea,
    });
    if (changed.has('selected')) this.#list.follow(this.#model.filtered, this.selected);
    // A chosen party that is gone (removed, or not in newly loaded data) is let go; while loading, it is kept.
    if (this.selected && this.loadState === 'ready' && !this.activeStore.get('parties', this.selected))
      this.selected = null;
  }

  override render() {
    const t = this.localize.messages(whoIsWhoMessages);
    const common = this.localize.messages(commonMessages);
    const m = this.#model;
    const ready = this.loadState === 'ready';
    return html`<div class="base" part="base">
      ${this.renderStatus()}
      ${this.progress ? html`<p role="status">${t.reading(...this.progress)}<progress max=${this.progress[1]} value=${this.progress[0]}></progress></p>` : nothing}
      ${renderFilters(this.#port, { filter: m.filter, areas: m.areas, change: (f) => this.#changeFilter(f) })}
      <div class="toolbar" part="toolbar">
        <div class="views" role="group" aria-label=${t.views}>
          <button type="button" aria-pressed=${this.view === 'list'} @click=${() => (this.view = 'list')}>${t.listView}</button>
          <button type="button" aria-pressed=${this.view === 'graph'} @click=${() => (this.view = 'graph')}>${t.graphView}</button>
        </div>
        ${this.renderPresentToggle()}
        ${
          this.editable && !this.present
            ? html`<button type="button" @click=${() => (this.editing = { mode: 'party' })}>${t.addParty}</button>
              <button type="button" ?disabled=${!this.activeStore.canUndo} @click=${() => this.undo()}>${common.undo}</button>
              <button type="button" ?disabled=${!this.activeStore.canRedo} @click=${() => this.redo()}>${common.redo}</button>`
            : nothing
        }
      </div>
      <p class="count" role="status">${ready ? (m.filtered.length ? t.results(m.filtered.length, this.activeStore.snapshot.parties.length) : t.noResults) : ''}</p>
      ${this.loadState === 'empty' ? html`<p class="status">${this.editable ? t.emptyEditable : t.empty}</p>` : nothing}
      <div class="main">
        <div class="view">
          ${this.view === 'graph' ? this.#picture.render() : nothing}
          ${
            this.view === 'list' || !this.#picture.ready
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
        <section class="detail" part="detail" aria-label=${t.detail}>${this.#renderSide(t)}</section>
      </div>
      ${
        ready
          ? renderInsights(this.#port, {
              insights: this.insightsOpen ? m.insights() : undefined,
              open: this.insightsOpen,
              toggle: (open) => (this.insightsOpen = open),
            })
          : nothing
      }
      ${ready && !this.present ? this.#exports.renderMenu(this.view === 'graph' && this.#picture.ready) : nothing}
      ${this.#exports.renderPrintList()}
      ${this.#live.render()}
    </div>`;
  }

  /** Beside the list or the picture: the edit form, or the details of the chosen party. */
  #renderSide(t: WhoIsWhoMessages) {
    const cancel = () => (this.editing = undefined);
    if (this.editing?.mode === 'party') {
      const before = this.editing.party;
      return renderPartyForm(this.#port, before, { cancel, submit: (form) => this.#saveParty(form, before) });
    }
    if (this.editing?.mode === 'relation') {
      const source = this.editing.source;
      return renderRelationForm(this.#port, source, { cancel, submit: (form) => this.#saveRelation(form, source.id) });
    }
    const selected = this.selected ? this.activeStore.get('parties', this.selected) : undefined;
    if (!selected) return html`<p class="muted">${t.noSelection}</p>`;
    return renderDetail(this.#port, selected, {
      relations: this.#model.relationsOf(selected.id),
      mark: this.presenceMark('party', selected.id),
      clearFilters: () => this.#changeFilter({ query: '', field: '', kind: '', area: '' }),
      editParty: () => (this.editing = { mode: 'party', party: selected }),
      addRelation: () => (this.editing = { mode: 'relation', source: selected }),
      removeParty: () =>
        this.#model.removeParty(selected.id, (changes) => this.edit(changes)) && this.selectParty(null),
    });
  }

  /** @internal Follows the party someone else chose. */
  override followSelection({ kind, id }: PresenceSelection): void {
    if (kind === 'party' && this.activeStore.get('parties', id)) this.selectParty(id);
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
}
