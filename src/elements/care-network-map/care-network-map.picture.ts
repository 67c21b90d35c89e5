/** The map's picture: the figure around the Cytoscape drawing, drawn again after every render. */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { cellAt, type Point } from '../../sdk/layout/care-network.js';
import { NetworkGraph } from './care-network-map.graph.js';
import { cytoscapeAtHand, nextRender } from '../../internal/graph-view.js';
import { nextTask } from '../../sdk/next-task.js';
import type { RelationDrawing } from './care-network-map.drawing.js';
import type { NetworkActions } from './care-network-map.views.js';
import type { MapPort } from './care-network-map.port.js';

export class MapPicture implements ReactiveController {
  /** The Cytoscape picture. */
  readonly graph: NetworkGraph;
  #state: 'loading' | 'ready' | 'error' = 'loading';
  /** True when only a part of the map is in view (it opens at a zoom where names can be read). */
  #partOfMap = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly port: MapPort,
    private readonly drawing: RelationDrawing,
    private readonly actions: NetworkActions,
    /** In a live room: for each party someone else has selected, the words of its name tag. */
    private readonly others: () => ReadonlyMap<string, string> | undefined,
  ) {
    host.addController(this);
    this.graph = new NetworkGraph(host, {
      select: (kind, id) => {
        if (!(kind === 'party' && id && drawing.tap(id))) actions.select(kind, id);
      },
      dropped: (party, at) => this.#dropped(party, at),
      // Reported from inside an update too: the picture changes after this update, not during it. The hint
      // shows only with the picture drawn, which updates the element itself.
      view: (whole) =>
        void Promise.resolve().then(() => {
          if (this.#partOfMap === !whole) return;
          this.#partOfMap = !whole;
          if (this.#state === 'ready') void port.update();
        }),
    });
  }

  /**
   * True while the picture is drawn with Cytoscape at hand: what the element shows beside it (the text view,
   * insights and legend) follows it then, as making and laying out that half of the element first would
   * hold the picture back by a third. Without Cytoscape at hand, or after a failure, it shows at once.
   */
  get drawingFirst(): boolean {
    return this.#state === 'loading' && cytoscapeAtHand();
  }

  hostUpdated(): void {
    const o = this.port.options;
    const container = this.port.query('.graph');
    if (!o.network || !o.layout || !container) return;
    const model = {
      network: o.network,
      parties: o.parties,
      layout: o.layout,
      selected: o.selected,
      selectedRelation: o.selectedRelation,
      editable: o.editable,
      t: this.port.t(),
      others: this.others(),
      present: o.present,
    };
    this.graph.draw(container, model).then(
      async () => {
        this.graph.markSource(this.drawing.on ? this.drawing.source : undefined);
        // The first picture is drawn in a frame of its own; what waits for it follows in the next.
        const cy = this.drawingFirst ? this.graph.cy : undefined;
        if (cy) {
          await nextRender(cy, 200);
          await nextTask();
        }
        this.#show('ready');
      },
      () => this.#show('error'),
    );
  }

  render(): TemplateResult {
    const t = this.port.t();
    const { network, analysis, parties } = this.port.options;
    const regie = analysis?.regiehouder;
    const label = t.picture(
      network?.name ?? '',
      network?.members.length ?? 0,
      regie ? parties.get(regie)?.name : undefined,
    );
    const graph = this.graph;
    return html`<figure class="picture" part="picture" aria-busy=${this.#state === 'loading' ? 'true' : 'false'}>
      <div class="graph" part="graph" role="img" aria-label=${label}></div>
      <div class="zoom" role="group" aria-label=${t.zoom}>
        <button type="button" data-zoom="in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => graph.zoomBy(1.25)}>+</button>
        <button type="button" data-zoom="out" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => graph.zoomBy(0.8)}>−</button>
        <button type="button" data-zoom="fit" aria-label=${t.zoomFit} title=${t.zoomFit} @click=${() => graph.fit()}>⤢</button>
      </div>
      ${this.#state === 'loading' ? html`<p class="overlay" role="status">${t.drawing}</p>` : nothing}
      ${this.#state === 'error' ? html`<p class="overlay status error" role="alert">${t.drawFailed}</p>` : nothing}
      ${this.#partOfMap && this.#state === 'ready' ? html`<p class="view-hint">${t.partOfMap}</p>` : nothing}
      ${this.drawing.renderHint()}
      <canvas class="print-image" role="img" aria-label=${label}></canvas>
    </figure>`;
  }

  #show(state: 'ready' | 'error'): void {
    if (this.#state === state) return;
    this.#state = state;
    void this.port.update();
  }

  #dropped(party: string, at: Point): void {
    const layout = this.port.options.layout;
    const cell = layout && cellAt(layout, at);
    if (cell) this.actions.move(party, cell.ring, cell.field);
    // Dropped in the centre or in the same cell: the next draw puts the node back on its place.
    void this.port.update();
  }
}
