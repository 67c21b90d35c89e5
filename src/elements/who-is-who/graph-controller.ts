import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GraphView, boundsOf, fieldStyles, type GraphTheme, type Viewport } from '../../internal/graph-view.js';
import type { Party, Position, Relation } from '../../sdk/model.js';
import { seededPosition } from '../../workers/seeded-position.js';
import { runLayout } from './who-is-who.layout-client.js';
import { LARGE_GRAPH, labelInView, nameNodes } from './graph-build.js';

export type GraphStatus = 'idle' | 'loading' | 'layout' | 'ready' | 'error';

export interface GraphCallbacks {
  /** The user clicked a party (or the background: null). */
  select(id: string | null): void;
  /** New positions for parties that had none (after a layout): store them. */
  positions(positions: Map<string, Position>): void;
  /** The user dragged a party: pin it there. */
  pin(id: string, position: Position): void;
  /** The user clicked a group of the overview. */
  openGroup?(key: string): void;
  workerUrl(): string | undefined;
}

/** ForceAtlas2 iterations for a first layout. */
export const LAYOUT_ITERATIONS = 150;

const FONT_SIZE = 10;
/**
 * The smallest name, in screen pixels, that is drawn: on a large graph names only show when zoomed in
 * far enough to tell them apart (and they are only measured then; see `labelInView`).
 */
const MIN_FONT = { small: 7, large: 12 };
/** From this zoom on, the nodes in view of a large graph get their names (a little before they are drawn). */
const LABEL_ZOOM = (MIN_FONT.large / FONT_SIZE) * 0.85;
/**
 * The smallest zoom a graph that shows its names opens at, so that they are at least 12 px on screen:
 * the view then shows the middle of the graph, and the rest is a drag (or the fit button) away.
 */
const READABLE_ZOOM = MIN_FONT.large / FONT_SIZE;
/** Present mode: no name smaller than 14 px is drawn, and the graph opens with names of 16 px. */
const PRESENT_FONT = { min: 14, open: 16 };

const graphStyle = (large: boolean, c: GraphTheme, present = false): StylesheetJson =>
  [
    { selector: 'node', style: { width: 18, height: 18, 'border-width': 0 } },
    // One rule per field, so that a change of theme is one new stylesheet rather than new data on every node.
    ...fieldStyles(c),
    // Only nodes with a name have text to style (on a large graph, the ones zoomed in on): fewer properties to apply to the others.
    {
      selector: 'node[label]',
      style: {
        label: 'data(label)',
        'font-size': FONT_SIZE,
        'min-zoomed-font-size': present ? PRESENT_FONT.min : large ? MIN_FONT.large : MIN_FONT.small,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: c.text,
        'text-background-color': c.background,
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': c.text, 'border-style': 'double' } },
    // Opaque (3:1 on white) rather than translucent: less blending per frame.
    { selector: 'edge', style: { 'curve-style': 'haystack', width: 1, 'line-color': c.border } },
    { selector: '.faded', style: { opacity: 0.18 } },
    {
      selector: 'node.neighbour',
      style: { 'border-width': 2, 'border-color': c.text, 'min-zoomed-font-size': 0, 'z-index': 5 },
    },
    { selector: 'edge.neighbour', style: { 'line-color': c.text, width: 2, opacity: 1 } },
    {
      selector: 'node.selected',
      style: {
        width: 28,
        height: 28,
        'border-width': 4,
        'border-color': c.text,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    // Someone else in the room has chosen it: a dashed border, and their name under the party's.
    {
      selector: 'node.others',
      style: {
        'border-width': 3,
        'border-style': 'dashed',
        'border-color': c.text,
        'text-wrap': 'wrap',
        'z-index': 8,
        ...(present ? {} : { 'min-zoomed-font-size': 0 }),
      },
    },
    // The overview's groups: a node sized by its parties (a field's shape and colour, a wijk in the accent colour), a line as wide as the ties.
    {
      selector: 'node.group',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 13,
        'text-wrap': 'wrap',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        color: c.text,
        'text-background-color': c.background,
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.group[!field]', style: { 'background-color': c.accent } },
    { selector: 'edge.group', style: { width: 'data(width)', 'curve-style': 'straight' } },
    { selector: '.hidden', style: { display: 'none' } },
  ] as StylesheetJson;

/** The overview of a large map as drawn: a node per group, a line per tie (see overview.ts). */
export interface GroupPicture {
  nodes: { key: string; label: string; field?: string; size: number; position: Position; hidden: boolean }[];
  edges: { a: string; b: string; width: number }[];
}

/** Cytoscape ids of the overview's groups and ties. */
export const groupId = (key: string) => `g:${key}`;

/**
 * Cytoscape ids of parties and relations, prefixed per collection: the dataset's ids are unique only
 * within a collection, and a relation with the id of a party would otherwise never be drawn.
 */
export const nodeId = (party: string) => `p:${party}`;
export const edgeId = (relation: string) => `r:${relation}`;
const partyOf = (node: NodeSingular) => node.id().slice(2);

/** Names are shortened here rather than by Cytoscape's ellipsis, which measures every label character by character. */
const shortLabel = (name: string) => (name.length > 28 ? `${name.slice(0, 27)}…` : name);

function nodeData(p: Party, labelled = true) {
  const data = { id: nodeId(p.id), name: p.name, field: p.field };
  return labelled ? { ...data, label: shortLabel(p.name) } : data;
}

const edgeDef = (r: Relation): ElementDefinition => ({
  group: 'edges',
  data: { id: edgeId(r.id), source: nodeId(r.source), target: nodeId(r.target) },
});

/**
 * A graph drawn as large (names when zoomed in, no fading, slices): over 1,000 elements, or over 250
 * parties — a group of the overview with few ties drawn still has hundreds of names, too many to measure
 * and draw at a zoom where they cannot be read.
 */
const isLarge = (parties: readonly Party[], relations: readonly Relation[]) =>
  parties.length > LARGE_GRAPH / 4 || parties.length + relations.length > LARGE_GRAPH;

/** What is drawn in one container: made afresh with the view, so closing it is one assignment. */
class Scene {
  parties?: readonly Party[];
  relations?: readonly Relation[];
  visible?: ReadonlySet<string> | null;
  selected: string | null = null;
  /**
   * True for a large graph: its nodes get their names when zoomed in far enough to read them, and the
   * choice of a party highlights it and its neighbours without fading thousands of others.
   */
  large = false;
  marked = new Map<string, string>();
  /** The layout running in a worker (parties it is for), until its positions are drawn. */
  layout?: { abort: AbortController; count: number };
  /** A layout of every party running behind the overview, until its positions are stored. */
  arranging?: AbortController;
  /** The overview drawn, when it is. */
  groups?: GroupPicture;
  /** The layout or Cytoscape failed. */
  failed = false;
  labelTimer?: ReturnType<typeof setTimeout>;

  constructor(readonly container: HTMLElement) {}
}

/**
 * The Cytoscape view of who works with whom. It draws the positions stored in the dataset at once;
 * parties without one are laid out in a worker (a first picture part-way, the final one after), and
 * the result goes back to the host to keep. Dragging pins a party. Filters hide nodes; the selection
 * highlights its neighbours. A large graph is built and filtered in sessions of the `GraphView`.
 */
export class GraphController implements ReactiveController {
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
      cytoscape: {
        minZoom: 0.05,
        maxZoom: 4,
        textureOnViewport: true,
        hideEdgesOnViewport: true,
        pixelRatio: 1,
        boxSelectionEnabled: false,
        selectionType: 'single',
      },
      style: (theme) => graphStyle(!!this.#scene?.large, theme, this.#present),
      created: (cy) => this.#listen(cy),
    });
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** The Cytoscape instance, once drawn. */
  get cy(): Core | undefined {
    return this.view.cy;
  }

  /** Where the picture is: not shown, loading (Cytoscape, or a large graph being added), laid out, ready, or failed. */
  get status(): GraphStatus {
    const scene = this.#scene;
    if (!scene) return 'idle';
    if (scene.failed || this.view.failed) return 'error';
    if (scene.layout) return 'layout';
    return !this.view.cy || this.building ? 'loading' : 'ready';
  }

  /** True while a large graph is still being added (or moved), a slice per task, until its full picture is drawn. */
  get building(): boolean {
    return this.view.busy('build');
  }

  /** True while every party is laid out behind the overview (see `arrange`). */
  get arranging(): boolean {
    return !!this.#scene?.arranging;
  }

  /** True while the overview's groups are drawn rather than parties. */
  get showsGroups(): boolean {
    return !!this.#scene?.groups;
  }

  /** True while a search or filter is still being applied to a large graph, until the picture shows it. */
  get filtering(): boolean {
    return this.view.busy('filter');
  }

  /** The colours drawn with (for the exports). */
  get theme(): GraphTheme {
    return this.view.theme;
  }

  /**
   * Present mode: names under 14 px are not drawn, the view opens (again) where names are 16 px, and
   * the chosen party is kept in the middle of the view.
   */
  setPresent(present: boolean): void {
    if (present === this.#present) return;
    this.#present = present;
    const cy = this.view.cy;
    if (!cy) return;
    this.view.restyle();
    this.#fit(true);
    if (present && this.#scene?.selected) this.focusOn(this.#scene.selected);
  }

  /** In a live room: marks each party someone else has chosen, with the words of its name tag ("Ook hier: Anja"). */
  markOthers(tags: ReadonlyMap<string, string>): void {
    const cy = this.view.cy;
    const scene = this.#scene;
    if (!cy || !scene) return;
    cy.batch(() => {
      for (const [party] of scene.marked) {
        if (tags.has(party)) continue;
        const node = cy.getElementById(nodeId(party));
        if (node.nonempty()) node.removeClass('others').data('label', shortLabel(node.data('name') as string));
      }
      for (const [party, tag] of tags) {
        const node = cy.getElementById(nodeId(party));
        if (node.nonempty())
          node.addClass('others').data('label', `${shortLabel(node.data('name') as string)}\n${tag}`);
      }
    });
    scene.marked = new Map(tags);
  }

  /** Shows `parties` and `relations` in `container`; only what changed since the last call is redrawn. */
  async sync(
    container: HTMLElement,
    parties: readonly Party[],
    relations: readonly Relation[],
    visible: ReadonlySet<string> | null,
    selected: string | null,
  ): Promise<void> {
    let scene = this.#scene;
    if (scene?.container !== container) {
      this.destroy();
      scene = this.#scene = new Scene(container);
    }
    if (!this.view.cy) {
      const creating = this.view.attach(container);
      // Lay out while Cytoscape loads: neither needs to wait for the other.
      if (!scene.layout && this.#needsLayout(parties)) void this.#layoutAll(parties, relations);
      await creating;
      if (!this.view.cy || this.#scene !== scene) return;
    }
    if (scene.groups) this.#clear(scene);
    if (parties !== scene.parties || relations !== scene.relations) this.#syncData(scene, parties, relations);
    if (visible !== scene.visible) this.#syncVisible(scene, visible);
    if (selected !== scene.selected) this.#syncSelected(scene, selected);
  }

  #listen(cy: Core): void {
    cy.on('tap', 'node.group', (e) => this.#callbacks.openGroup?.((e.target as NodeSingular).id().slice(2)));
    cy.on('tap', (e) => {
      const target = e.target as Core | NodeSingular;
      if (target !== cy && (target as NodeSingular).hasClass?.('group')) return;
      this.#callbacks.select(
        target === cy
          ? null
          : (target as NodeSingular).isNode?.()
            ? partyOf(target as NodeSingular)
            : (this.#scene?.selected ?? null),
      );
    });
    cy.on('viewport', () => this.#labelSoon());
    cy.on('dragfree', 'node', (e) => {
      const node = e.target as NodeSingular;
      const { x, y } = node.position();
      node.addClass('pinned');
      this.#callbacks.pin(partyOf(node), { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, pinned: true });
    });
  }

  /** True when most parties have no position yet: then all are laid out, rather than a few placed. */
  #needsLayout(parties: readonly Party[]): boolean {
    const missing = parties.reduce((n, p) => n + (p.position ? 0 : 1), 0);
    return missing > 0 && (missing === parties.length || missing > Math.max(10, parties.length * 0.1));
  }

  #syncData(scene: Scene, parties: readonly Party[], relations: readonly Relation[]): void {
    const cy = this.view.cy!;
    scene.parties = parties;
    scene.relations = relations;
    const ids = new Set(parties.map((p) => p.id));
    const missing = parties.filter((p) => !p.position);
    const add: ElementDefinition[] = [];
    if (cy.nodes().empty()) this.#setLarge(scene, isLarge(parties, relations));
    cy.batch(() => {
      const nodes = new Map<string, NodeSingular>();
      cy.nodes().forEach((n) => {
        if (ids.has(partyOf(n))) nodes.set(partyOf(n), n);
        else n.remove();
      });
      const relationIds = new Set(relations.map((r) => edgeId(r.id)));
      cy.edges().forEach((e) => {
        if (!relationIds.has(e.id())) e.remove();
      });
      for (const p of parties) {
        const node = nodes.get(p.id);
        if (!node) {
          if (p.position)
            add.push({
              group: 'nodes',
              data: nodeData(p, !scene.large),
              position: { x: p.position.x, y: p.position.y },
              classes: p.position.pinned ? 'pinned' : '',
            });
          continue;
        }
        const data = nodeData(p, !scene.large || !!node.data('label'));
        if (node.data('name') !== data.name || node.data('field') !== data.field) node.data(data);
        if (p.position) {
          const at = node.position();
          if (Math.abs(at.x - p.position.x) > 0.5 || Math.abs(at.y - p.position.y) > 0.5)
            node.position({ x: p.position.x, y: p.position.y });
          if (node.hasClass('pinned') !== !!p.position.pinned) node.toggleClass('pinned', !!p.position.pinned);
        }
      }
    });
    // A few new parties go next to the parties they work with; a map without positions is laid out.
    const placed =
      missing.length && !this.#needsLayout(parties) ? this.#placeNear(scene, missing, parties, relations) : undefined;
    if (!missing.length || placed) {
      const nodes = placed ? [...add, ...placed.nodes] : add;
      this.#addAll(
        scene,
        nodes,
        relations,
        ids,
        nodes.length && nodes.length === parties.length ? nodes.map((n) => n.position!) : undefined,
      );
    }
    if (placed) this.#callbacks.positions(placed.positions);
    else if (missing.length && scene.layout?.count !== parties.length) void this.#layoutAll(parties, relations);
  }

  /**
   * Fits the view to `fitTo` when given, and adds new nodes and the relations between drawn (or newly
   * added) nodes. A large graph goes in a build session, a slice per task, with the status 'loading'
   * until its full picture is drawn. Newer data cancels an unfinished build: the next one adds what is
   * still missing.
   */
  #addAll(
    scene: Scene,
    nodes: ElementDefinition[],
    relations: readonly Relation[],
    ids: ReadonlySet<string>,
    fitTo?: readonly Position[],
  ): void {
    const cy = this.view.cy!;
    const coming = new Set(nodes.map((n) => String(n.data.id)));
    const drawn = (party: string) =>
      coming.has(nodeId(party)) || (ids.has(party) && cy.hasElementWithId(nodeId(party)));
    const edges = relations
      .filter((r) => !cy.hasElementWithId(edgeId(r.id)) && drawn(r.source) && drawn(r.target))
      .map(edgeDef);
    const view = fitTo && this.#fitView(scene, fitTo, true);
    // A large graph goes in slices from a quarter of the size on: its elements are fewer but each costs more on a slow laptop.
    if (nodes.length + edges.length <= (scene.large ? LARGE_GRAPH / 4 : LARGE_GRAPH) && !this.building) {
      if (nodes.length || edges.length) cy.add([...nodes, ...edges]);
      if (view) cy.viewport(view);
      return;
    }
    const session = this.view.begin('build', { lookAway: true, home: view })!;
    void (async () => {
      if (!(await session.add([...nodes, ...edges]))) return;
      this.#syncVisible(scene, scene.visible ?? null, true);
      this.#syncSelected(scene, scene.selected, true);
      if (await session.finish()) this.#labelSoon();
    })();
  }

  /** Chooses the style for the size of the graph, while it is empty. */
  #setLarge(scene: Scene, large: boolean): void {
    if (large === scene.large) return;
    scene.large = large;
    this.view.restyle();
  }

  /** Names the nodes in view soon after the view changed, when zoomed in far enough to read them. */
  #labelSoon(): void {
    const scene = this.#scene;
    if (!scene?.large || scene.labelTimer) return;
    scene.labelTimer = setTimeout(() => {
      scene.labelTimer = undefined;
      const cy = this.view.cy;
      if (scene === this.#scene && cy && !this.building && labelInView(cy, shortLabel, LABEL_ZOOM)) this.#labelSoon();
    }, 100);
  }

  /** Gives every node its name, a slice per task (for a picture of the whole graph at full size). */
  async nameAll(): Promise<void> {
    const cy = this.view.cy;
    if (!cy || !this.#scene?.large) return;
    const unnamed = cy
      .nodes()
      .toArray()
      .filter((n) => n.data('label') !== shortLabel(String(n.data('name'))));
    const session = this.view.begin('names')!;
    const name = (n: NodeSingular) => void (n.data('label') || n.data('label', shortLabel(String(n.data('name')))));
    if (await session.change(unnamed, name)) session.end();
  }

  /** Positions for parties without one: next to the parties they work with, or at the top left of the view. */
  #placeNear(
    scene: Scene,
    missing: readonly Party[],
    parties: readonly Party[],
    relations: readonly Relation[],
  ): { nodes: ElementDefinition[]; positions: Map<string, Position> } {
    const cy = this.view.cy!;
    const at = new Map(parties.flatMap((p) => (p.position ? [[p.id, p.position] as const] : [])));
    const positions = new Map<string, Position>();
    for (const p of missing) {
      const placed = relations.flatMap((r) => {
        const other = at.get(r.source === p.id ? r.target : r.target === p.id ? r.source : '');
        return other ? [other] : [];
      });
      const offset = seededPosition(p.id, 60);
      const centre = placed.length
        ? {
            x: placed.reduce((s, q) => s + q.x, 0) / placed.length,
            y: placed.reduce((s, q) => s + q.y, 0) / placed.length,
          }
        : { x: cy.extent().x1 + 40, y: cy.extent().y1 + 40 };
      positions.set(p.id, { x: Math.round(centre.x + offset.x), y: Math.round(centre.y + offset.y) });
    }
    return {
      nodes: missing.map((p) => ({
        group: 'nodes',
        data: nodeData(p, !scene.large),
        position: { ...positions.get(p.id)! },
      })),
      positions,
    };
  }

  async #layoutAll(parties: readonly Party[], relations: readonly Relation[], drawn = true): Promise<void> {
    const scene = this.#scene;
    if (!scene) return;
    const abort = new AbortController();
    let layout: Scene['layout'];
    if (drawn) {
      scene.layout?.abort.abort();
      layout = scene.layout = { abort, count: parties.length };
    } else scene.arranging = abort;
    const current = () => !abort.signal.aborted && this.#scene === scene && !!this.view.cy;
    const n = parties.length;
    const index = new Map(parties.map((p, i) => [p.id, i]));
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const fixed = new Uint8Array(n);
    const radius = Math.sqrt(n) * 12;
    parties.forEach((p, i) => {
      const start = p.position ?? seededPosition(p.id, radius);
      x[i] = start.x;
      y[i] = start.y;
      fixed[i] = p.position?.pinned ? 1 : 0;
    });
    const pairs: number[] = [];
    for (const r of relations) {
      const a = index.get(r.source);
      const b = index.get(r.target);
      if (a !== undefined && b !== undefined && a !== b) pairs.push(a, b);
    }
    this.#changed();
    const draw = async (px: Float64Array, py: Float64Array) => {
      const cy = this.view.cy!;
      if (cy.nodes().empty()) this.#setLarge(scene, isLarge(parties, relations));
      const to = (node: NodeSingular) => {
        const i = index.get(partyOf(node));
        return i === undefined ? node.position() : { x: px[i], y: py[i] };
      };
      const points = parties.map((_, i) => ({ x: px[i], y: py[i] }));
      // A large map drawn before (a re-layout) moves a slice per task, as it was added.
      if (scene.large && cy.nodes().length > LARGE_GRAPH / 4) {
        const session = this.view.begin('build', { lookAway: true, home: this.#fitView(scene, points, true) })!;
        if (await session.change(cy.nodes().toArray(), (node) => void node.position(to(node)), true))
          await session.finish();
      } else cy.batch(() => cy.nodes().positions(to));
      if (!current()) return;
      const fresh = parties.flatMap((p, i) =>
        cy.hasElementWithId(nodeId(p.id))
          ? []
          : [{ group: 'nodes' as const, data: nodeData(p, !scene.large), position: { x: px[i], y: py[i] } }],
      );
      this.#addAll(scene, fresh, relations, new Set(index.keys()), points);
      this.#syncVisible(scene, scene.visible ?? null, true);
      this.#syncSelected(scene, scene.selected, true);
    };
    try {
      const result = await runLayout(
        { x, y, fixed, edges: new Uint32Array(pairs) },
        // One picture, of the final layout: the worker is quick, and a second full redraw would cost the page more.
        { iterations: LAYOUT_ITERATIONS, workerUrl: this.#callbacks.workerUrl(), signal: abort.signal },
      );
      if (this.#scene !== scene) return;
      await this.view.attach(scene.container);
      if (!current()) return;
      if (drawn) {
        this.#endLayout(scene, layout);
        await draw(result.x, result.y);
        if (!current()) return;
      }
      const positions = new Map<string, Position>();
      parties.forEach((p, i) => {
        if (!p.position?.pinned)
          positions.set(p.id, { x: Math.round(result.x[i] * 10) / 10, y: Math.round(result.y[i] * 10) / 10 });
      });
      // Kept in a task of their own: storing 2,000 positions and drawing the first of them together would hold the page too long.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!abort.signal.aborted) this.#callbacks.positions(positions);
    } catch {
      if (!abort.signal.aborted) scene.failed = true;
    } finally {
      if (drawn) this.#endLayout(scene, layout);
      else if (scene.arranging === abort) {
        scene.arranging = undefined;
        this.#changed();
      }
    }
  }

  #endLayout(scene: Scene, layout: Scene['layout']): void {
    if (scene.layout !== layout) return;
    scene.layout = undefined;
    this.#changed();
  }

  /**
   * Draws the overview of a large map in `container`: a few elements, at once. The parties drawn before
   * (an open group) go, and the view fits the groups when they were not shown already.
   */
  async showGroups(container: HTMLElement, picture: GroupPicture): Promise<void> {
    let scene = this.#scene;
    if (scene?.container !== container) {
      this.destroy();
      scene = this.#scene = new Scene(container);
    }
    const cy = await this.view.attach(container);
    if (!cy || this.#scene !== scene || scene.groups === picture) return;
    const fresh = !scene.groups;
    if (fresh) this.#clear(scene);
    scene.groups = picture;
    cy.batch(() => {
      cy.elements().remove();
      cy.add([
        ...picture.nodes.map((n) => ({
          group: 'nodes' as const,
          data: { id: groupId(n.key), label: n.label, size: n.size, ...(n.field ? { field: n.field } : {}) },
          position: { ...n.position },
          classes: n.hidden ? 'group hidden' : 'group',
        })),
        ...picture.edges.map((e) => ({
          group: 'edges' as const,
          data: { id: `t:${e.a}\u0000${e.b}`, source: groupId(e.a), target: groupId(e.b), width: e.width },
          classes: 'group',
        })),
      ]);
    });
    if (fresh) this.view.fit(boundsOf(picture.nodes.map((n) => n.position)), { padding: 70, maxZoom: 1.5 });
  }

  /** Removes what the scene shows, and stops building it. */
  #clear(scene: Scene): void {
    this.view.cancel('build');
    this.view.cancel('filter');
    this.view.cy?.elements().remove();
    scene.groups = undefined;
    scene.parties = undefined;
    scene.relations = undefined;
    scene.visible = undefined;
    scene.selected = null;
    this.#setLarge(scene, false);
  }

  /**
   * Lays out every party in the worker behind the overview (all of them, or with `again` all but the
   * pinned ones), and hands the positions to the host to keep, without drawing them: groups opened
   * later are drawn from the kept positions. Nothing happens when most parties have a position already.
   */
  arrange(parties: readonly Party[], relations: readonly Relation[], again = false): void {
    const scene = this.#scene;
    if (!scene || (!again && (scene.arranging || !this.#needsLayout(parties)))) return;
    scene.arranging?.abort();
    void this.#layoutAll(
      again ? parties.map((p) => (p.position?.pinned ? p : { ...p, position: undefined })) : parties,
      relations,
      false,
    );
  }

  /** Lays out every party again, except the pinned ones. */
  relayout(): void {
    const scene = this.#scene;
    if (scene?.parties && scene.relations)
      void this.#layoutAll(
        scene.parties.map((p) => (p.position?.pinned ? p : { ...p, position: undefined })),
        scene.relations,
      );
  }

  /**
   * Hides the nodes the search and filters leave out. Many changes on a large graph are made in a
   * filter session, a slice per task, with `filtering` true until the picture shows them all.
   */
  #syncVisible(scene: Scene, visible: ReadonlySet<string> | null, force = false): void {
    if (!force && visible === scene.visible) return;
    scene.visible = visible;
    const cy = this.view.cy!;
    const changed: NodeSingular[] = [];
    cy.nodes().forEach(
      (n) => void (n.hasClass('hidden') !== (!!visible && !visible.has(partyOf(n))) && changed.push(n)),
    );
    const toggle = (n: NodeSingular) => void n.toggleClass('hidden');
    if (!scene.large || changed.length <= LARGE_GRAPH / 4) {
      this.view.cancel('filter');
      cy.batch(() => changed.forEach(toggle));
      // Styles now rather than at Cytoscape's next frame, so what is visible is known at once (keyboard moves, a hidden tab).
      for (const n of changed) n.boundingBox();
      return;
    }
    const session = this.view.begin('filter')!;
    void session.change(changed, toggle).then((done) => done && session.finish());
  }

  #syncSelected(scene: Scene, selected: string | null, force = false): void {
    if (!force && selected === scene.selected) return;
    scene.selected = selected;
    const cy = this.view.cy!;
    cy.batch(() => {
      cy.elements('.selected, .neighbour, .faded').removeClass('selected neighbour faded');
      if (!selected) return;
      const node = cy.getElementById(nodeId(selected));
      if (node.empty()) return;
      const hood = node.closedNeighborhood();
      // The names of the chosen party and its neighbours are shown at every zoom.
      if (scene.large) nameNodes(cy, hood.nodes(), shortLabel);
      node.addClass('selected');
      hood.difference(node).addClass('neighbour');
      // Restyling thousands of elements would hold the page for a long moment.
      if (!scene.large) cy.elements().difference(hood).addClass('faded');
    });
    if (this.#present && selected) this.focusOn(selected);
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

  #fit(readable: boolean): void {
    const scene = this.#scene;
    const shown: Position[] = [];
    this.view.cy?.nodes().forEach((n) => void (n.hasClass('hidden') || shown.push(n.position())));
    const view = scene && this.#fitView(scene, shown, readable);
    if (view) this.view.show(view);
  }

  /** The view of `points`; with `readable`, a graph with names is not shown smaller than they can be read. */
  #fitView(scene: Scene, points: readonly Position[], readable: boolean): Viewport | undefined {
    const box = boundsOf(points);
    // A large graph opens on the whole: its names come when zoomed in (see `labelInView`).
    const least = !readable ? 0 : this.#present ? PRESENT_FONT.open / FONT_SIZE : scene.large ? 0 : READABLE_ZOOM;
    return box && this.view.viewFor(box, { maxZoom: 1.5, readable: least });
  }

  /** Removes the picture and forgets what it showed; a layout on its way is stopped. */
  destroy(): void {
    this.#scene?.layout?.abort.abort();
    this.#scene?.arranging?.abort();
    clearTimeout(this.#scene?.labelTimer);
    this.#scene = undefined;
    this.view.destroy();
  }

  /** The status may have changed: the host renders it after the current update. */
  #changed(): void {
    void Promise.resolve().then(() => this.#host.requestUpdate());
  }
}

/**
 * The network's keys: arrows choose the previous or next party (in list order), Shift+arrow moves the
 * chosen one and pins it (when editable), + and − zoom, 0 fits, Escape clears. Returns true when handled.
 */
export function graphKey(
  e: KeyboardEvent,
  graph: GraphController,
  list: readonly Party[],
  selected: string | null,
  editable: boolean,
  select: (id: string | null) => void,
): boolean {
  const step =
    e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
  if (step && e.shiftKey && selected && editable) {
    const d = 20;
    graph.nudge(
      selected,
      e.key === 'ArrowRight' ? d : e.key === 'ArrowLeft' ? -d : 0,
      e.key === 'ArrowDown' ? d : e.key === 'ArrowUp' ? -d : 0,
    );
  } else if (step && list.length) {
    const at = list.findIndex((p) => p.id === selected);
    const next = list[(at + step + list.length) % list.length];
    select(next.id);
    graph.focusOn(next.id);
  } else if (e.key === '+' || e.key === '=') graph.zoom(1.25);
  else if (e.key === '-') graph.zoom(0.8);
  else if (e.key === '0') graph.fit();
  else if (e.key === 'Escape') select(null);
  else return false;
  return true;
}
