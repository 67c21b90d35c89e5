/**
 * The picture of a care network in Cytoscape: the elements of `graphElements` at the positions of the SDK
 * layout (a `preset` layout). Cytoscape is loaded lazily and draws inside the element's shadow root.
 */
import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import type { ReactiveControllerHost } from 'lit';
import { GraphView } from '../../internal/graph-view.js';
import { nextTask } from '../../sdk/next-task.js';
import { NETWORK_COLORS, PRESENT_ZOOM, READABLE_ZOOM, graphStyle } from './care-network-map.graph-style.js';
import type { Point } from '../../sdk/layout/care-network.js';
import { graphElements, type GraphModel } from './care-network-map.graph-elements.js';

export interface GraphCallbacks {
  select(kind: 'party' | 'relation', id: string | null): void;
  dropped(party: string, at: Point): void;
  /** The view changed: true when the whole map is in it. */
  view(whole: boolean): void;
}

/** True when two models show the same map (the same data, selection, words and mode). */
const sameModel = (a: GraphModel, b?: GraphModel): boolean =>
  !!b &&
  Object.keys(a).length === Object.keys(b).length &&
  Object.keys(a).every((k) => a[k as keyof GraphModel] === b[k as keyof GraphModel]);

const resizingOnlyWhenChanged = new WeakSet<Core>();

/** Cytoscape resizes and redraws all on every window resize and ~100 ms after it is made (its ResizeObserver's
 *  first report: for the map, just after its first picture); only a real change of the container's size needs it.
 *  An instance out of the page, kept for the next map, keeps its size (and its canvases). */
function resizeOnlyWhenChanged(cy: Core): void {
  if (resizingOnlyWhenChanged.has(cy)) return;
  resizingOnlyWhenChanged.add(cy);
  const container = cy.container()!;
  const resize = cy.resize.bind(cy);
  const sizeNow = () => `${container.clientWidth}×${container.clientHeight}`;
  let size = sizeNow();
  cy.resize = () => {
    if (container.isConnected && sizeNow() !== size) {
      size = sizeNow();
      resize();
    }
    return cy;
  };
}

/** A Cytoscape instance being made and drawn empty in a container (`NetworkGraph.#ready`). */
interface Prepared {
  container: HTMLElement;
  done: Promise<Core | undefined>;
  cy?: Core;
  failed: boolean;
}

/** The map's picture in a `GraphView`: redrawn from a model, reporting taps, drops and whether the whole map is in view. */
export class NetworkGraph {
  readonly view: GraphView<keyof typeof NETWORK_COLORS>;
  readonly #callbacks: GraphCallbacks;
  #fittedFor = '';
  #present = false;
  /** What is drawn: element id → its data and classes, as `#sync` drew them. */
  #drawn = new Map<string, string>();
  #prepared?: Prepared;
  /** The instance the map has been added to (a new one is empty until then). */
  #drawnIn?: Core;
  /** The model last drawn; forgotten after a drop, so that the next draw puts a member back on its place. */
  #model?: GraphModel;
  /** The first drawing in a new instance, while it runs. */
  #opening?: Promise<void>;
  #centredOn?: string;

  constructor(host: ReactiveControllerHost & HTMLElement, callbacks: GraphCallbacks) {
    this.#callbacks = callbacks;
    this.view = new GraphView(host, {
      cytoscape: {
        minZoom: 0.1,
        maxZoom: 3,
        boxSelectionEnabled: false,
        selectionType: 'single',
        autounselectify: true,
      },
      colors: NETWORK_COLORS,
      reuse: 'care-network-map',
      style: (theme) => graphStyle(theme, this.#present),
      created: (cy) => {
        this.#fittedFor = '';
        this.#drawn = new Map();
        this.#model = undefined;
        this.#opening = undefined;
        resizeOnlyWhenChanged(cy);
        this.#listen();
      },
    });
  }

  /** The Cytoscape instance, once the map is drawn in it. */
  get cy(): Core | undefined {
    const cy = this.view.cy;
    return cy && cy === this.#drawnIn ? cy : undefined;
  }

  /** Draws the model in `container` (Cytoscape is made on the first call); rejects when it cannot be drawn. */
  async draw(container: HTMLElement, model: GraphModel): Promise<void> {
    const cy = await this.#ready(container);
    if (!cy) throw new Error('The map could not be drawn.');
    // An update of the element that changed nothing the map shows (most do not) leaves the map as it is.
    if (sameModel(model, this.#model)) {
      if (cy === this.#drawnIn) return;
      if (this.#opening) return this.#opening;
    }
    this.#model = model;
    if (!!model.present !== this.#present) {
      this.#present = !!model.present;
      this.view.restyle();
    }
    cy.autoungrabify(!model.editable);
    const defs = graphElements(model);
    if (cy === this.#drawnIn) this.#sync(cy, defs);
    else {
      await (this.#opening = this.#open(cy, model, defs));
      if (this.#model !== model) return;
      this.#opening = undefined;
    }
    this.#fit(cy, model);
    // Present mode keeps the selected member in view: the projector follows the facilitator.
    if (model.present && model.selected && model.selected !== this.#centredOn) {
      this.view.centreOn(`p:${model.selected}`);
      this.#centredOn = model.selected;
    }
  }

  /**
   * A new picture is worked out in two tasks, each about half as long as one with everything: the rings and
   * members, then the relations between them. It is drawn once, in the frame after the second. Ends early
   * when a newer model is drawn meanwhile.
   */
  async #open(cy: Core, model: GraphModel, defs: ElementDefinition[]): Promise<void> {
    this.#sync(
      cy,
      defs.filter((d) => d.data.relation === undefined),
    );
    this.#fit(cy, model);
    // Cytoscape does not draw while a batch is open: a frame due before the relations are in does not draw
    // the members alone (for the page to compose that picture too), only to draw them again with the relations.
    cy.startBatch();
    try {
      await nextTask();
    } finally {
      cy.endBatch();
    }
    if (this.#model !== model || cy.destroyed()) return;
    this.#sync(cy, defs);
    // The relations' lines are worked out in this task rather than in the frame that draws them.
    cy.edges().boundingBox({});
    this.#drawnIn = cy;
  }

  /** Shows the map's centre at a readable zoom, or all of it, when the size of the map changed (so the user's zoom stays while editing). */
  #fit(cy: Core, model: GraphModel): void {
    const key = `${model.network.id}:${model.layout.extent}:${model.present ? 'present' : ''}`;
    if (key === this.#fittedFor) return;
    cy.resize();
    // The centre of the map is (0, 0): the carer and the naaste, with the closest rings around them. The
    // relations lie between members, so the nodes' box is the whole map's.
    this.view.fit(cy.nodes().boundingBox({}), {
      padding: 12,
      readable: model.present ? PRESENT_ZOOM : READABLE_ZOOM,
      centre: { x: 0, y: 0 },
    });
    this.#fittedFor = key;
    this.#centredOn = undefined;
    this.#reportView();
  }

  /**
   * The Cytoscape instance in `container` (made, or taken over from the last map), in a task of its own
   * after the element's first render; the map is added after it has drawn once. Cytoscape draws its very
   * first frame with everything in one layer as large as the whole map (at the opening zoom several times
   * the screen); drawn empty, that frame costs little, and the map's first frame draws only what is in view.
   */
  #ready(container: HTMLElement): Promise<Core | undefined> {
    const p = this.#prepared;
    // A prepared instance is no longer the view's when the element left the page meanwhile.
    if (p && p.container === container && !p.failed && (!p.cy || p.cy === this.view.cy)) return p.done;
    const prepared: Prepared = { container, failed: false, done: Promise.resolve(undefined) };
    prepared.done = (async () => {
      await nextTask();
      const cy = await this.view.attach(container);
      if (cy) {
        await this.view.drawnOnce;
        await nextTask();
      }
      if (!cy || cy.destroyed()) {
        prepared.failed = true;
        return undefined;
      }
      prepared.cy = cy;
      return cy;
    })();
    this.#prepared = prepared;
    return prepared.done;
  }

  /**
   * Makes the picture show `defs`: only what changed is added, removed or updated, so that an update of
   * the element that changes nothing on the map costs nothing there (a selection changes two classes).
   */
  #sync(cy: Core, defs: readonly ElementDefinition[]): void {
    const previous = this.#drawn;
    const next = new Map<string, string>();
    const added: ElementDefinition[] = [];
    cy.batch(() => {
      for (const def of defs) {
        const id = String(def.data.id);
        const key = JSON.stringify([def.data, def.classes]);
        next.set(id, key);
        const before = previous.get(id);
        const ele = cy.getElementById(id);
        if (before === undefined || ele.empty()) {
          added.push(def);
          continue;
        }
        if (before !== key) {
          // An element whose ends or data fields changed is made anew; otherwise its data and classes change.
          const old = JSON.parse(before)[0] as Record<string, unknown>;
          const same =
            Object.keys(old).length === Object.keys(def.data).length &&
            old.source === def.data.source &&
            old.target === def.data.target;
          if (!same) {
            ele.remove();
            added.push(def);
            continue;
          }
          ele.data(def.data);
          ele.classes(String(def.classes ?? ''));
        }
        // A member dragged and dropped in its own cell goes back to its place.
        const p = def.position;
        if (p && ele.isNode()) {
          const at = ele.position();
          if (at.x !== p.x || at.y !== p.y) ele.position({ ...p });
        }
      }
      for (const id of previous.keys()) if (!next.has(id)) cy.getElementById(id).remove();
      // Only members move; the background and the carer and naaste in the centre stay put.
      if (added.length) cy.add(added).filter('.bg, .centre').ungrabify();
    });
    this.#drawn = next;
  }

  /** Zooms around the centre of the view by `factor` (above 1 closer, below 1 further away). */
  zoomBy(factor: number): void {
    this.view.zoomBy(factor);
  }

  /** Shows the whole map. */
  fit(): void {
    const cy = this.view.cy;
    if (cy) this.view.fit(cy.elements().boundingBox({}), { padding: 12 });
  }

  /** Marks the first end of a relation being drawn. */
  markSource(party: string | undefined): void {
    const cy = this.view.cy;
    cy?.nodes('.source').removeClass('source');
    if (party) cy?.getElementById(`p:${party}`).addClass('source');
  }

  /** Tells whether the whole map is in view (the background, which holds everything, included). */
  #reportView(): void {
    const cy = this.view.cy;
    if (!cy) return;
    const all = cy.nodes('.ring').boundingBox({});
    const view = cy.extent();
    this.#callbacks.view(
      view.x1 <= all.x1 + 1 && view.y1 <= all.y1 + 1 && view.x2 >= all.x2 - 1 && view.y2 >= all.y2 - 1,
    );
  }

  #listen() {
    const view = this.view;
    view.listen('viewport', () => this.#reportView());
    view.listen('tap', 'node.party', (e: EventObject) =>
      this.#callbacks.select('party', e.target.data('party') as string),
    );
    view.listen('tap', 'edge.relation', (e: EventObject) =>
      this.#callbacks.select('relation', e.target.data('relation') as string),
    );
    view.listen('tap', (e: EventObject) => {
      if (e.target === e.cy) this.#callbacks.select('party', null);
    });
    view.listen('dragfree', 'node.member', (e: EventObject) => {
      this.#model = undefined;
      this.#callbacks.dropped(e.target.data('party') as string, e.target.position());
    });
  }
}
