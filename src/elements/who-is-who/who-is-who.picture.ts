/** The network view of <who-is-who>: the figure around the Cytoscape drawing with its legend and tools, the overview of a large map, and the keys. */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { FIELDS, type Position } from '../../sdk/model.js';
import { nextTask } from '../../sdk/next-task.js';
import type { Change } from '../../sdk/change.js';
import { fieldMarker } from '../../internal/field-style.js';
import { loadCytoscape } from '../../internal/graph-view.js';
import { inLanguage } from '../../internal/localize.js';
import { commonMessages } from '../../translations/common.js';
import type { WhoIsWhoMessages } from '../../translations/who-is-who.js';
import { WhoIsWhoGraph, type GraphStatus } from './who-is-who.graph.js';
import { WhoIsWhoOverview } from './who-is-who.overview.js';
import type { WhoIsWhoPort } from './who-is-who.port.js';

/** How far Shift+arrow moves a party. */
const NUDGE = 20;

/**
 * Draws the dataset (or, on a large map, the overview and its open group) after each update of the
 * element, keeps the positions a layout computes, and pins what the user moves. The list stays beside
 * the picture until the picture is ready; a keyboard user in the list then moves on to the picture.
 */
export class WhoIsWhoPicture implements ReactiveController {
  /** The picture (read-only state: `cy`, `status`, `building`). */
  readonly graph: WhoIsWhoGraph;
  readonly #port: WhoIsWhoPort;
  readonly #overview = new WhoIsWhoOverview();
  /** The status the last render showed, and whether the list had focus when the picture became ready. */
  #shown: GraphStatus = 'idle';
  #focusGraph = false;
  #selected: string | null = null;
  /** True while the next task works out the overview's first groups. */
  #grouping = false;

  constructor(host: ReactiveControllerHost & HTMLElement, port: WhoIsWhoPort) {
    this.#port = port;
    this.graph = new WhoIsWhoGraph(host, {
      select: (id) => port.select(id),
      positions: (positions) => this.#keep(positions),
      pin: (id, position) => this.#pin(id, position),
      openGroup: (key) => this.#openGroup(key),
      workerUrl: () => port.options.workerUrl,
    });
    // After the picture's own controllers: the theme is read before the data is drawn.
    host.addController(this);
  }

  /** True when the last render showed the picture ready (the list beside it goes, the picture can be exported). */
  get ready(): boolean {
    return this.#shown === 'ready';
  }

  /** Starts fetching Cytoscape for the network view, before the data is read, so that both happen at once. */
  prefetch(): void {
    if (this.#port.options.view === 'graph') void loadCytoscape().catch(() => undefined);
  }

  /** Lays out every party again (on a large map, behind the overview), except the pinned ones. */
  relayout(): void {
    const { parties, relations } = this.#port.snapshot;
    if (this.#overview.applies(parties)) this.graph.arrange(parties, relations, true);
    else this.graph.relayout();
  }

  hostUpdate(): void {
    const { view, selected } = this.#port.options;
    const snapshot = this.#port.snapshot;
    // On a large map, a party chosen in another group (by the keys, a link in the details) opens its group.
    if (selected !== this.#selected) {
      this.#selected = selected;
      if (selected && this.#overview.applies(snapshot.parties)) {
        this.#overview.groups(snapshot, this.#port.shown.visible);
        this.#overview.follow(this.#port.party(selected));
      }
    }
    const status = this.graph.status;
    if (status !== this.#shown) {
      this.#focusGraph = status === 'ready' && view === 'graph' && !!this.#port.query('[role="listbox"]:focus');
      this.#shown = status;
    }
  }

  hostUpdated(): void {
    const canvas = this.#port.query('.graph-canvas');
    if (this.#focusGraph) {
      this.#focusGraph = false;
      canvas?.focus();
    }
    if (this.#port.options.view !== 'graph' || !canvas) return;
    const { selected, present } = this.#port.options;
    const snapshot = this.#port.snapshot;
    const { parties, relations } = snapshot;
    if (this.#overview.applies(parties) && !this.#groupedSoon()) {
      this.graph.prepare(canvas);
      return;
    }
    const visible = this.#port.shown.visible;
    this.graph.setPresent(present);
    const tags = this.#othersTags();
    let drawn: Promise<void>;
    if (this.#overview.applies(parties)) {
      const scene = this.#overview.scene(snapshot, visible, selected, this.#port.t());
      drawn =
        scene.kind === 'parties'
          ? this.graph.sync(canvas, scene.parties, scene.relations, visible, selected)
          : this.graph.showGroups(canvas, scene.picture);
      // Behind the overview, every party is laid out once, so that a group opens on kept positions.
      this.graph.arrange(parties, relations);
    } else drawn = this.graph.sync(canvas, parties, relations, visible, selected);
    void drawn.then(() => this.graph.markOthers(tags));
  }

  /** The picture, its legend and tools, and on a large map the overview's text view. */
  render(): TemplateResult {
    const t = this.#port.t();
    const busy =
      this.#shown === 'loading'
        ? t.graphLoading
        : this.#shown === 'layout'
          ? t.graphLayout
          : this.#shown === 'error'
            ? t.graphFailed
            : '';
    return html`<div class="graph" part="graph">
        <p class="graph-status ${busy ? 'status' : 'visually-hidden'}" role="status">${busy}</p>
        <div class="graph-canvas" role="img" tabindex="0" aria-label=${t.graphLabel(this.#port.shown.filtered.length)} aria-describedby="graph-help" @keydown=${this.#keys}></div>
      </div>
      <div class="graph-tools">
        <ul class="legend" aria-label=${t.field}>
          ${FIELDS.map((f) => html`<li>${fieldMarker(f)}${t.fieldNames[f]}</li>`)}
        </ul>
        <span id="graph-help" class="muted">${t.graphHelp}</span>
        <button type="button" @click=${() => this.graph.fit()}>${inLanguage(commonMessages, this.#port.lang()).showWholeMap}</button>
        ${this.#port.options.editable ? html`<button type="button" @click=${() => this.relayout()}>${t.relayout}</button>` : nothing}
      </div>
      ${this.#renderOverview(t)}`;
  }

  /**
   * True when the overview has its groups. The first time, they are worked out in the next task (the element
   * updates then, and `updateComplete` waits for it): at city scale, grouping 10,000 parties and 30,000
   * relations in the task that took in the data and drew the list made one long task. Later changes regroup
   * at once, so the text view never goes away under the user's focus.
   */
  #groupedSoon(): boolean {
    if (this.#overview.grouped) return true;
    if (!this.#grouping) {
      this.#grouping = true;
      this.#port.load(
        nextTask().then(() => {
          this.#grouping = false;
          const snapshot = this.#port.snapshot;
          if (this.#overview.applies(snapshot.parties)) this.#overview.groups(snapshot, this.#port.shown.visible);
        }),
      );
    }
    return false;
  }

  /** On a large map: the overview's text view, beside the picture of its groups. */
  #renderOverview(t: WhoIsWhoMessages) {
    const snapshot = this.#port.snapshot;
    if (!this.#overview.applies(snapshot.parties) || !this.#groupedSoon()) return nothing;
    const { visible } = this.#port.shown;
    const { selected, headingLevel } = this.#port.options;
    return this.#overview.render({
      groups: this.#overview.groups(snapshot, visible),
      scene: this.#overview.scene(snapshot, visible, selected, t),
      t,
      level: headingLevel,
      change: (by) => {
        this.#overview.by = by;
        this.#overview.open = null;
        void this.#port.update();
      },
      choose: (key) => this.#openGroup(key),
    });
  }

  /** Opens a group of the overview (null: back to the overview); the choice of a party outside it is let go. */
  #openGroup(key: string | null): void {
    this.#overview.open = key;
    if (key === null) this.#port.select(null);
    void this.#port.update();
  }

  /**
   * The network's keys: arrows choose the previous or next party (in list order), Shift+arrow moves the
   * chosen one and pins it (when editable), + and − zoom, 0 fits, Escape clears.
   */
  #keys = (e: KeyboardEvent) => {
    const { selected, editable } = this.#port.options;
    const list = this.#port.shown.filtered;
    const graph = this.graph;
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step && e.shiftKey && selected && editable) {
      const dx = e.key === 'ArrowRight' ? NUDGE : e.key === 'ArrowLeft' ? -NUDGE : 0;
      graph.nudge(selected, dx, e.key === 'ArrowDown' ? NUDGE : e.key === 'ArrowUp' ? -NUDGE : 0);
    } else if (step && list.length) {
      const at = list.findIndex((p) => p.id === selected);
      const next = list[(at + step + list.length) % list.length];
      this.#port.select(next.id);
      graph.focusOn(next.id);
    } else if (e.key === '+' || e.key === '=') graph.zoom(1.25);
    else if (e.key === '-') graph.zoom(0.8);
    else if (e.key === '0') graph.fit();
    else if (e.key === 'Escape') this.#port.select(null);
    else return;
    e.preventDefault();
  };

  /** In a live room: the name tag of each party someone else has chosen. */
  #othersTags(): Map<string, string> {
    const tags = new Map<string, string>();
    const people = this.#port.options.people;
    if (!people) return tags;
    const t = this.#port.t();
    for (const p of people) {
      if (p.self || p.selection?.kind !== 'party') continue;
      const id = p.selection.id;
      tags.set(id, tags.has(id) ? `${tags.get(id)}, ${p.name || '?'}` : t.alsoHere(p.name || '?'));
    }
    return tags;
  }

  /** Positions a layout computed: kept outside the undo history (they are not the user's edit). */
  #keep(positions: ReadonlyMap<string, Position>): void {
    const changes: Change[] = this.#port.snapshot.parties
      .filter((p) => positions.has(p.id))
      .map((p) => ({ op: 'put', collection: 'parties', record: { ...p, position: positions.get(p.id)! } }));
    if (changes.length) this.#port.keep(changes);
  }

  /** A party dragged or moved by keyboard: pinned there, as an edit of the user's. */
  #pin(id: string, position: Position): void {
    const party = this.#port.party(id);
    if (party) this.#port.edit({ op: 'put', collection: 'parties', record: { ...party, position } });
  }
}
