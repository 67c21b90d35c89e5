/**
 * The Cytoscape picture of who works with whom. It draws the positions stored in the dataset at once;
 * parties without one are laid out in a worker and the result goes back to the host to keep. Dragging
 * pins a party. Filters hide nodes; the choice highlights its neighbours.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GraphView, boundsOf, nextRender, type Viewport } from '../../internal/graph-view.js';
import type { GraphTheme } from '../../internal/graph-theme.js';
import type { Party, Position, Relation } from '../../sdk/model.js';
import { CYTOSCAPE_OPTIONS, LABEL_ZOOM, graphStyle, readableZoom } from './who-is-who.graph-style.js';
import {
  drawGroups,
  keyOf,
  labelInView,
  nameNode,
  nodeId,
  shortLabel,
  warmUp,
  type GroupPicture,
} from './who-is-who.graph-build.js';
import { keptPositions, layOut, needsLayout, unpinned } from './who-is-who.graph-layout.js';
import { PartiesDrawing } from './who-is-who.graph-parties.js';
import { Scene, type LayoutRun } from './who-is-who.graph-scene.js';

/**
 * Where the picture is: `idle` (no container shown), `loading` (Cytoscape loading, or a large graph
 * being added a slice per task), `layout` (the parties laid out in the worker), `ready`, or `error`
 * (Cytoscape or the layout failed).
 */
export type GraphStatus = 'idle' | 'loading' | 'layout' | 'ready' | 'error';

/** What the picture asks of the view it is part of. */
export interface GraphCallbacks {
  /** The user clicked a party (or the background: null). */
  select(id: string | null): void;
  /** New positions for parties that had none (after a layout): store them. */
  positions(positions: Map<string, Position>): void;
  /** The user dragged a party (or moved it by keyboard): pin it there. */
  pin(id: string, position: Position): void;
  /** The user clicked a group of the overview. */
  openGroup(key: string): void;
  workerUrl(): string | undefined;
}

/**
 * who-is-who's network in a `GraphView`: the parties of a map (or of an open group), or the groups of the
 * overview of a large map. Its state is read-only from outside; the host renders `status` after each change.
 */
export class WhoIsWhoGraph implements ReactiveController {
  readonly view: GraphView;
  readonly #host: ReactiveControllerHost;
  readonly #callbacks: GraphCallbacks;
  #scene?: Scene;
  #present = false;

  constructor(host: ReactiveControllerHost & HTMLElement, callbacks: GraphCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
    this.view = new GraphView(host, {
      cytoscape: CYTOSCAPE_OPTIONS,
      style: (theme) => graphStyle(this.#large, theme, this.#present),
      created: (cy) => {
        this.#listen(cy);
        warmUp(cy);
      },
    });
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** The Cytoscape instance, once drawn. */
  get cy(): Core | undefined {
    return this.view.cy;
  }

  /** Where the picture is (see `GraphStatus`). */
  get status(): GraphStatus {
    const scene = this.#scene;
    if (!scene) return 'idle';
    if (scene.failed || this.view.failed) return 'error';
    if (scene.running('draw')) return 'layout';
    return !this.view.cy || this.building ? 'loading' : 'ready';
  }

  /** True while a large graph is still being added (or moved), a slice per task, until its full picture is drawn. */
  get building(): boolean {
    return this.view.busy('build');
  }

  /** True while a search or filter is still being applied to a large graph, until the picture shows it. */
  get filtering(): boolean {
    return this.view.busy('filter');
  }

  /** True while every party is laid out behind the overview (see `arrange`). */
  get arranging(): boolean {
    return !!this.#scene?.running('arrange');
  }

  /** True while the overview's groups are drawn rather than parties. */
  get showsGroups(): boolean {
    return this.#scene?.content.kind === 'groups';
  }

  /** The colours drawn with (for the exports). */
  get theme(): GraphTheme {
    return this.view.theme;
  }

  get #large(): boolean {
    return !!this.#scene?.large;
  }

  /**
   * Present mode: names under 14 px are not drawn, the view opens (again) where names are 16 px, and
   * the chosen party is kept in the middle of the view.
   */
  setPresent(present: boolean): void {
    if (present === this.#present) return;
    this.#present = present;
    if (!this.view.cy) return;
    this.view.restyle();
    this.#fit(true);
    const selected = this.#scene?.selected;
    if (present && selected) this.focusOn(selected);
  }

  /** In a live room: marks each party someone else has chosen, with the words of its name tag ("Ook hier: Anja"). */
  markOthers(tags: ReadonlyMap<string, string>): void {
    this.#scene?.mark(tags);
  }

  /** Shows `parties` and `relations` in `container`; only what changed since the last call is redrawn. */
  async sync(
    container: HTMLElement,
    parties: readonly Party[],
    relations: readonly Relation[],
    visible: ReadonlySet<string> | null,
    selected: string | null,
  ): Promise<void> {
    const scene = this.#sceneIn(container);
    if (!this.view.cy) {
      const creating = this.view.attach(container);
      // Lay out while Cytoscape loads: neither needs to wait for the other.
      if (!scene.running('draw') && needsLayout(parties)) void this.#layOut(scene, parties, relations, 'draw');
      await creating;
      if (!this.view.cy || this.#scene !== scene) return;
    }
    const drawing = this.#drawingIn(scene);
    const drawn = drawing.data;
    if (parties !== drawn?.parties || relations !== drawn.relations) {
      const { placed, unplaced } = drawing.update(parties, relations);
      if (placed) this.#callbacks.positions(placed);
      else if (unplaced && scene.running('draw')?.count !== parties.length)
        void this.#layOut(scene, parties, relations, 'draw');
    }
    drawing.apply(visible, selected);
  }

  /** Makes the picture in `container` ready for what it will show next (the overview's groups, still being worked out). */
  prepare(container: HTMLElement): void {
    void this.view.attach(this.#sceneIn(container).container);
  }

  /**
   * Draws the overview of a large map in `container`: a few elements, at once. The parties drawn before
   * (an open group) go, and the view fits the groups when they were not shown already.
   */
  async showGroups(container: HTMLElement, picture: GroupPicture): Promise<void> {
    const scene = this.#sceneIn(container);
    const cy = await this.view.attach(container);
    const content = scene.content;
    if (!cy || this.#scene !== scene || (content.kind === 'groups' && content.picture === picture)) return;
    // The layout the parties waited for stops: the status changes.
    if (scene.running('draw')) this.#changed();
    scene.showGroups(picture);
    if (content.kind === 'groups') return this.#regroupSoon(cy, scene);
    drawGroups(cy, picture);
    this.view.fit(boundsOf(picture.nodes.map((n) => n.position)), { padding: 70, maxZoom: 1.5 });
  }

  /**
   * Draws the groups again after a search or filter changed their counts, once the page has painted the list
   * and the count: a key is answered in the list at once, and keys typed before the picture follows make one
   * drawing of the last picture. `filtering` is true until Cytoscape has drawn it.
   */
  async #regroupSoon(cy: Core, scene: Scene): Promise<void> {
    const session = this.view.begin('filter')!;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const content = scene.content;
    if (!session.running || this.#scene !== scene || content.kind !== 'groups') return;
    if (drawGroups(cy, content.picture)) await session.finish();
    else session.end();
  }

  /**
   * Lays out every party in the worker behind the overview (all of them, or with `again` all but the
   * pinned ones), and hands the positions to the host to keep, without drawing them: groups opened
   * later are drawn from the kept positions. Nothing happens when most parties have a position already.
   */
  arrange(parties: readonly Party[], relations: readonly Relation[], again = false): void {
    const scene = this.#scene;
    if (!scene || (!again && (scene.running('arrange') || !needsLayout(parties)))) return;
    void this.#layOut(scene, again ? unpinned(parties) : parties, relations, 'arrange');
  }

  /** Lays out every party drawn again, except the pinned ones. */
  relayout(): void {
    const scene = this.#scene;
    const drawn = scene?.content.kind === 'parties' ? scene.content.data : undefined;
    if (scene && drawn) void this.#layOut(scene, unpinned(drawn.parties), drawn.relations, 'draw');
  }

  /** Centres the view on a party. */
  focusOn(id: string): void {
    this.view.centreOn(nodeId(id));
  }

  /** Moves a party by a step (keyboard) and pins it there. */
  nudge(id: string, dx: number, dy: number): void {
    const node = this.view.cy?.getElementById(nodeId(id));
    if (!node || node.empty()) return;
    const { x, y } = node.position();
    node.position({ x: x + dx, y: y + dy });
    node.addClass('pinned');
    this.#callbacks.pin(id, { x: x + dx, y: y + dy, pinned: true });
  }

  zoom(factor: number): void {
    this.view.zoomBy(factor);
  }

  /**
   * Fits the visible parties in view, without zooming in further than 1.5×. Computed from the node
   * positions: Cytoscape's own fit measures every element's style and label first, which on thousands
   * of elements holds the page for a long moment.
   */
  fit(): void {
    this.#fit(false);
  }

  /** Gives every node its name, a slice per task (for a picture of the whole graph at full size). */
  async nameAll(): Promise<void> {
    const cy = this.view.cy;
    if (!cy || !this.#large) return;
    const unnamed = cy
      .nodes()
      .toArray()
      .filter((n) => n.data('label') !== shortLabel(String(n.data('name'))));
    const session = this.view.begin('names')!;
    if (await session.change(unnamed, nameNode)) session.end();
  }

  /** Removes the picture and forgets what it showed; a layout on its way is stopped. */
  destroy(): void {
    this.#scene?.close();
    this.#scene = undefined;
    this.view.destroy();
  }

  /** The scene of `container`: the one shown, or a new one in place of the one before. */
  #sceneIn(container: HTMLElement): Scene {
    if (this.#scene?.container === container) return this.#scene;
    this.destroy();
    return (this.#scene = new Scene(container, this.view));
  }

  /** The scene's parties state, entered (from nothing drawn, or from the overview) when it is not in it. */
  #drawingIn(scene: Scene): PartiesDrawing {
    if (scene.content.kind === 'parties') return scene.content;
    return scene.enter(
      new PartiesDrawing(this.view, {
        changed: (built) => this.#labelSoon(true, built ? 0 : undefined),
        chosen: (id) => this.#present && this.focusOn(id),
        viewOf: (points) => this.#viewOf(points, true),
      }),
    );
  }

  /**
   * Lays out `parties` in the worker and hands the positions to the host to keep. A `draw` run shows the
   * layout in the picture ('layout' until it is there) and moves its parties to it; an `arrange` run
   * stores the positions only (behind the overview). A newer run of the same kind stops this one.
   */
  async #layOut(
    scene: Scene,
    parties: readonly Party[],
    relations: readonly Relation[],
    kind: LayoutRun['kind'],
  ): Promise<void> {
    const run = scene.start(kind, parties.length);
    const { signal } = run;
    const current = () => !signal.aborted && this.#scene === scene && !!this.view.cy;
    this.#changed();
    try {
      const laidOut = await layOut(parties, relations, { workerUrl: this.#callbacks.workerUrl(), signal });
      if (this.#scene !== scene) return;
      await this.view.attach(scene.container);
      if (!current()) return;
      if (kind === 'draw') {
        this.#end(scene, run);
        await this.#drawingIn(scene).place(parties, relations, laidOut, current);
        if (!current()) return;
      }
      const positions = keptPositions(parties, laidOut);
      // Kept in a task of their own: storing 2,000 positions and drawing the first of them together would hold the page too long.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!signal.aborted) this.#callbacks.positions(positions);
    } catch {
      if (!signal.aborted) scene.fail();
    } finally {
      this.#end(scene, run);
    }
  }

  #end(scene: Scene, run: LayoutRun): void {
    if (scene.end(run)) this.#changed();
  }

  #listen(cy: Core): void {
    cy.on('tap', 'node.group', (e) => this.#callbacks.openGroup(keyOf(e.target as NodeSingular)));
    cy.on('tap', (e) => {
      const target = e.target as Core | NodeSingular;
      if (target !== cy && (target as NodeSingular).hasClass?.('group')) return;
      const selected = this.#scene?.selected ?? null;
      this.#callbacks.select(
        target === cy ? null : (target as NodeSingular).isNode?.() ? keyOf(target as NodeSingular) : selected,
      );
    });
    cy.on('viewport', () => this.#labelSoon());
    cy.on('render', () => this.#scene?.rendered());
    cy.on('dragfree', 'node', (e) => {
      const node = e.target as NodeSingular;
      const { x, y } = node.position();
      node.addClass('pinned');
      this.#callbacks.pin(keyOf(node), { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, pinned: true });
    });
  }

  /**
   * Names the nodes in view of a large graph once the view rests after a change, when zoomed in far enough
   * to read them; after a change of its elements, the picture is drawn again when they rest (see `Scene.redrawSoon`).
   */
  #labelSoon(changed = false, after?: number): void {
    const scene = this.#scene;
    if (!scene?.large) return;
    if (changed) scene.redrawSoon();
    scene.nameSoon(() => {
      const cy = this.view.cy;
      if (scene !== this.#scene || !cy || this.building) return false;
      const { named, more } = labelInView(cy, LABEL_ZOOM);
      // The rest once Cytoscape has drawn these (a name's first drawing is costly), unless the view moved meanwhile.
      if (more) void nextRender(cy).then(() => scene === this.#scene && !scene.naming && this.#labelSoon(false, 0));
      return named > 0;
    }, after);
  }

  #fit(readable: boolean): void {
    if (!this.#scene) return;
    const shown: Position[] = [];
    this.view.cy?.nodes().forEach((n) => void (n.hasClass('hidden') || shown.push(n.position())));
    const view = this.#viewOf(shown, readable);
    if (view) this.view.show(view);
  }

  /** The view of `points`; with `readable`, a graph with names is not shown smaller than they can be read. */
  #viewOf(points: readonly Position[], readable: boolean): Viewport | undefined {
    const box = boundsOf(points);
    return (
      box && this.view.viewFor(box, { maxZoom: 1.5, readable: readable ? readableZoom(this.#large, this.#present) : 0 })
    );
  }

  /** The status may have changed: the host renders it after the current update. */
  #changed(): void {
    void Promise.resolve().then(() => this.#host.requestUpdate());
  }
}
