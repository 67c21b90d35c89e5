/**
 * The Cytoscape view both network tools draw in (`<who-is-who>`, `<care-network-map>`): loading
 * Cytoscape, its theme and field styles, fitting and zooming, the picture as PNG, and large graphs
 * built or restyled a slice per task. Each tool keeps its own content and layout.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type cytoscapeType from 'cytoscape';
import type { Core, CytoscapeOptions, EventHandler, StylesheetJson } from 'cytoscape';
import type { Position } from '../sdk/model.js';
import { DEFAULT_GRAPH_THEME, readGraphTheme, themeInputs, type GraphColors, type GraphTheme } from './graph-theme.js';
import { BuildSession, nextRender, type Viewport } from './graph-session.js';
import { newStage, park, takeSpare } from './graph-spare.js';
import { nextTask } from '../sdk/next-task.js';

export { BuildSession, nextRender, settle, type Viewport } from './graph-session.js';

let loading: Promise<typeof cytoscapeType> | undefined;

// Cytoscape puts a <style> into the page's head unless an element with this id is there. A strict CSP
// refuses that inline style and logs an error; the graph containers set `position: relative` themselves.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

/**
 * Cytoscape.js, fetched the first time a graph is shown (or asked for early): it is its own chunk, so
 * pages without a network tool never download it.
 */
export function loadCytoscape(): Promise<typeof cytoscapeType> {
  if (typeof document !== 'undefined' && !document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
    const marker = document.createElement('template');
    marker.id = CYTOSCAPE_STYLESHEET_ID;
    document.head.append(marker);
  }
  loading ??= import('cytoscape').then((m) => {
    evaluated = true;
    return m.default;
  });
  return loading;
}

/** True once Cytoscape's chunk has run. */
let evaluated = false;

/** True once Cytoscape is at hand: a picture takes a tenth of a second, not a download. */
export const cytoscapeAtHand = (): boolean => evaluated;

export interface GraphViewOptions<X extends string = never> {
  /** Cytoscape's options for the tool (zoom range, gestures); the container, style and preset layout come from the view. */
  cytoscape?: Omit<CytoscapeOptions, 'container' | 'style' | 'layout' | 'elements'>;
  /** The tool's stylesheet in these colours, with `fieldStyles(theme)` in it. */
  style(theme: GraphTheme<X>): StylesheetJson;
  /** The tool's own colours, read with the theme. */
  colors?: GraphColors<X>;
  /**
   * The tool's name, when an instance may go on in a new element of the tool: one that leaves the page keeps
   * its instance a few seconds for the next (`graph-spare.ts`).
   */
  reuse?: string;
  /** The view has a new Cytoscape instance (made or taken over, and empty): listen to it (`listen`), and start the tool's state for it afresh. */
  created?(cy: Core): void;
}

/** What a fit shows. */
export interface FitOptions {
  /** Space around the graph, in screen pixels. */
  padding?: number;
  /** Never closer than this. */
  maxZoom?: number;
  /** Never further away than this: the view then shows `centre` (by default the middle of the box). */
  readable?: number;
  centre?: Position;
}

/** The box around `points`, or undefined for none. */
export function boundsOf(points: Iterable<Position>): { x1: number; y1: number; x2: number; y2: number } | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y } of points) {
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  return Number.isFinite(x1) ? { x1, y1, x2, y2 } : undefined;
}

/**
 * Owns one Cytoscape instance of an element: made lazily in a container of the shadow root, restyled when
 * the host's theme changes (read after each update), destroyed when the element leaves the page. Its
 * state is read-only from outside; the host is asked to update when the view is made or fails, or a
 * session begins or ends.
 */
export class GraphView<X extends string = never> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: GraphViewOptions<X>;
  #cy?: Core;
  #container?: HTMLElement;
  #creating?: Promise<Core | undefined>;
  #failed = false;
  #theme: GraphTheme<X>;
  #themeKey = '';
  /** The inputs of the theme last read (`themeInputs`). */
  #themeInputs = '';
  #sessions = new Map<string, BuildSession>();
  /** Settles once the instance in hand has drawn a frame (`drawnOnce`). */
  #drawnOnce: Promise<void> = Promise.resolve();
  /** The stylesheet applied, as JSON. */
  #sheet = '';
  /** What `listen` added to the instance, taken off when another element takes it over. */
  #listeners: [events: string, selector: string | undefined, handler: EventHandler][] = [];

  constructor(host: ReactiveControllerHost & HTMLElement, options: GraphViewOptions<X>) {
    this.#host = host;
    this.#options = options;
    this.#theme = { ...DEFAULT_GRAPH_THEME, extra: {} as Record<X, string> };
    host.addController(this);
  }

  /** The Cytoscape instance, once made (for the tool, the exports and tests). */
  get cy(): Core | undefined {
    return this.#cy;
  }

  /** Resolves once the instance has drawn a frame (at most 200 ms after it was made). */
  get drawnOnce(): Promise<void> {
    return this.#drawnOnce;
  }

  /** True when Cytoscape could not be loaded or started. */
  get failed(): boolean {
    return this.#failed;
  }

  /** The colours drawn with (for the exports). */
  get theme(): GraphTheme<X> {
    return this.#theme;
  }

  /** True while a session of this kind runs. */
  busy(kind: string): boolean {
    return !!this.#sessions.get(kind)?.running;
  }

  /** A host may change its theme at any time: the picture follows after the next update. */
  hostUpdated(): void {
    if (this.#cy) this.#readTheme();
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** The Cytoscape instance in `container`, made on the first call (and again for a new container). */
  attach(container: HTMLElement): Promise<Core | undefined> {
    if (this.#container !== container) this.destroy();
    this.#container = container;
    this.#creating ??= this.#create(container);
    return this.#creating;
  }

  async #create(container: HTMLElement): Promise<Core | undefined> {
    try {
      const first = !evaluated;
      const cytoscape = await loadCytoscape();
      // Running Cytoscape's chunk is a long task of its own: the instance is made in the next one.
      if (first) await nextTask();
      if (this.#container !== container) return undefined;
      this.#readTheme(false);
      const cy = this.#takeOrMake(cytoscape, container);
      // Making the instance, the tool's set-up of it and its first elements are each a task of their own:
      // together, the first time, they held the page for more than 100 ms.
      await nextTask();
      if (this.#container !== container) {
        cy.destroy();
        return undefined;
      }
      this.#cy = cy;
      this.#failed = false;
      // Cytoscape's canvases for dragging and tap feedback are shown (by each tool's styles) only while the
      // pointer is down, marked on the container's parent, so they are not composed into every frame.
      const pressed = (on: boolean) => container.parentElement?.toggleAttribute('data-pressed', on);
      this.listen('tapstart', () => pressed(true));
      this.listen('tapend', () => pressed(false));
      this.#options.created?.(cy);
      await nextTask();
      if (this.#container !== container) return undefined;
      return cy;
    } catch {
      this.#failed = true;
      return undefined;
    } finally {
      this.#changed();
    }
  }

  /** The instance kept by the last element of the tool, or a new one, in `container` with the tool's stylesheet. */
  #takeOrMake(cytoscape: typeof cytoscapeType, container: HTMLElement): Core {
    const style = this.#options.style(this.#theme);
    this.#sheet = JSON.stringify(style);
    const tool = this.#options.reuse;
    const taken = tool ? takeSpare(tool, container) : undefined;
    if (taken) {
      if (taken.sheet !== this.#sheet) taken.cy.style(style);
      this.#drawnOnce = Promise.resolve();
      return taken.cy;
    }
    const cy = cytoscape({
      ...this.#options.cytoscape,
      container: tool ? newStage(container) : container,
      style,
      layout: { name: 'preset' },
    });
    this.#drawnOnce = nextRender(cy, 200);
    return cy;
  }

  /** Applies the tool's stylesheet again (after a change of what it depends on: present mode, size). */
  restyle(): void {
    const style = this.#options.style(this.#theme);
    const sheet = JSON.stringify(style);
    if (!this.#cy || sheet === this.#sheet) return;
    this.#sheet = sheet;
    this.#cy.style(style);
  }

  /** Listens to the instance for as long as this view has it. */
  listen(events: string, handler: EventHandler): void;
  listen(events: string, selector: string, handler: EventHandler): void;
  listen(events: string, selectorOrHandler: string | EventHandler, handler?: EventHandler): void {
    const cy = this.#cy;
    if (!cy) return;
    if (typeof selectorOrHandler === 'string') {
      cy.on(events, selectorOrHandler, handler!);
      this.#listeners.push([events, selectorOrHandler, handler!]);
    } else {
      cy.on(events, selectorOrHandler);
      this.#listeners.push([events, undefined, selectorOrHandler]);
    }
  }

  /** The theme as the host's styles set it now (for an export made before the picture is drawn). */
  readTheme(): GraphTheme<X> {
    return readGraphTheme(this.#host, this.#options.colors);
  }

  #readTheme(apply = true): void {
    // Reading the colours adds probes to the shadow root and resolves each; after most updates nothing
    // they depend on has changed.
    const inputs = themeInputs(this.#host, this.#options.colors);
    if (inputs === this.#themeInputs) return;
    this.#themeInputs = inputs;
    const theme = this.readTheme();
    const key = JSON.stringify(theme);
    if (key === this.#themeKey) return;
    this.#theme = theme;
    this.#themeKey = key;
    if (apply) this.restyle();
  }

  /**
   * Begins a session of work in slices, cancelling the running one of the same `kind` ('build', 'filter'…).
   * With `lookAway`, the view looks away until the session ends, then shows `home` (by default where it
   * was going, or where it is).
   */
  begin(kind: string, options: { lookAway?: boolean; home?: Viewport } = {}): BuildSession | undefined {
    const cy = this.#cy;
    if (!cy) return undefined;
    const previous = this.#sessions.get(kind);
    const home = options.lookAway
      ? (options.home ?? previous?.home ?? { zoom: cy.zoom(), pan: { ...cy.pan() } })
      : undefined;
    previous?.cancel();
    const session = new BuildSession(
      cy,
      (s) => {
        if (this.#sessions.get(kind) === s) this.#sessions.delete(kind);
        this.#changed();
      },
      home,
    );
    this.#sessions.set(kind, session);
    this.#changed();
    return session;
  }

  /** Cancels the running session of this kind, if any. */
  cancel(kind: string): void {
    this.#sessions.get(kind)?.cancel();
  }

  /** Shows `view` now, or when a session looks away, at its end. */
  show(view: Viewport): void {
    const away = [...this.#sessions.values()].find((s) => s.lookingAway);
    if (away) away.goHomeTo(view);
    else this.#cy?.viewport(view);
  }

  /** The viewport that shows `box` whole (`FitOptions`), or undefined before Cytoscape is there. */
  viewFor(box: { x1: number; y1: number; x2: number; y2: number }, options: FitOptions = {}): Viewport | undefined {
    const cy = this.#cy;
    if (!cy) return undefined;
    const { padding = 40, maxZoom = cy.maxZoom(), readable = 0 } = options;
    const w = cy.width();
    const h = cy.height();
    const fitted = Math.min(
      maxZoom,
      Math.max(
        cy.minZoom(),
        Math.min((w - 2 * padding) / Math.max(1, box.x2 - box.x1), (h - 2 * padding) / Math.max(1, box.y2 - box.y1)),
      ),
    );
    const zoom = Math.max(fitted, readable);
    const centre =
      zoom > fitted && options.centre ? options.centre : { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    return { zoom, pan: { x: w / 2 - zoom * centre.x, y: h / 2 - zoom * centre.y } };
  }

  /** Shows `box` whole (see `viewFor`). */
  fit(box: { x1: number; y1: number; x2: number; y2: number } | undefined, options?: FitOptions): void {
    const view = box && this.viewFor(box, options);
    if (view) this.show(view);
  }

  /** Zooms around the middle of the view by `factor` (above 1 closer, below 1 further away). */
  zoomBy(factor: number): void {
    const cy = this.#cy;
    if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Centres the view on a node. */
  centreOn(id: string): void {
    const node = this.#cy?.getElementById(id);
    if (node?.nonempty()) this.#cy!.center(node);
  }

  /** The whole graph as a PNG, twice the size, on the theme's background; undefined before it is drawn. */
  async png(): Promise<Blob | undefined> {
    const cy = this.#cy;
    if (!cy) return undefined;
    return cy.png({
      output: 'blob-promise',
      full: true,
      scale: 2,
      bg: this.#theme.background,
      maxWidth: 8000,
      maxHeight: 8000,
    });
  }

  /** Cancels every session and removes the picture (kept a while for the tool's next element, with `reuse`); the next `attach` starts afresh. */
  destroy(): void {
    for (const session of [...this.#sessions.values()]) session.cancel();
    // Cytoscape holds back what it tells its renderer while a batch is open, its destruction too: a batch a
    // tool keeps open across tasks (to hold back a frame) is closed first. (batching() is missing from its types.)
    const cy = this.#cy as (Core & { batching(): boolean }) | undefined;
    if (cy?.batching()) cy.endBatch();
    for (const [events, selector, handler] of this.#listeners.splice(0))
      if (selector) cy?.removeListener(events, selector, handler);
      else cy?.removeListener(events, handler);
    const tool = this.#options.reuse;
    if (cy && tool && !cy.destroyed()) park(tool, cy, this.#sheet);
    else cy?.destroy();
    this.#cy = undefined;
    this.#creating = undefined;
    this.#container = undefined;
  }

  /** Asks the host for an update after the current one (a change found inside `updated()` is not lost). */
  #changed(): void {
    void Promise.resolve().then(() => this.#host.requestUpdate());
  }
}
