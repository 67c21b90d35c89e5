import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import { loadCytoscape } from '../../internal/cytoscape.js';
import type { Party, Position, Relation } from '../../sdk/model.js';
import { seededPosition } from '../../workers/seeded-position.js';
import { DEFAULT_FIELD_COLORS, FIELD_SHAPES, readColor, readFieldColors } from '../../internal/field-style.js';
import { FIELDS, type Field } from '../../sdk/model.js';
import { runLayout } from './layout-client.js';
import {
  LARGE_GRAPH,
  addInSlices,
  addLabels,
  labelInView,
  nameNodes,
  nextRender,
  restyleInSlices,
} from './graph-build.js';

export type GraphStatus = 'idle' | 'loading' | 'layout' | 'ready' | 'error';

export interface GraphCallbacks {
  /** The user clicked a party (or the background: null). */
  select(id: string | null): void;
  /** New positions for parties that had none (after a layout): store them. */
  positions(positions: Map<string, Position>): void;
  /** The user dragged a party: pin it there. */
  pin(id: string, position: Position): void;
  /** The status changed (for the element to re-render). */
  status(status: GraphStatus): void;
  workerUrl(): string | undefined;
}

/** How far the view looks away from the graph while a large one is being added (see `#home`). */
const FAR_AWAY = 1e7;

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
 * the view then shows the middle of the graph, and the rest is a drag (or "Passend maken") away.
 */
const READABLE_ZOOM = MIN_FONT.large / FONT_SIZE;
/** Present mode: no name smaller than 14 px is drawn, and the graph opens with names of 16 px. */
const PRESENT_FONT = { min: 14, open: 16 };

/** The colours of the picture, from the element's CSS custom properties (so a host's theme reaches the canvas). */
export interface GraphTheme {
  text: string;
  background: string;
  border: string;
  fields: Record<Field, string>;
}

export const DEFAULT_THEME: GraphTheme = {
  text: '#1a1a1a',
  background: '#ffffff',
  border: '#8c8c8c',
  fields: { ...DEFAULT_FIELD_COLORS },
};

/** The theme as the element's computed style sets it. */
export function readTheme(el: HTMLElement): GraphTheme {
  return {
    text: readColor(el, '--_color', DEFAULT_THEME.text),
    background: readColor(el, '--_background', DEFAULT_THEME.background),
    border: readColor(el, '--_border', DEFAULT_THEME.border),
    fields: readFieldColors(el),
  };
}

const graphStyle = (large: boolean, c: GraphTheme, present = false): StylesheetJson =>
  [
    { selector: 'node', style: { width: 18, height: 18, 'border-width': 0 } },
    // One rule per field, so that a change of theme is one new stylesheet rather than new data on every node.
    ...FIELDS.map((f) => ({
      selector: `node[field = "${f}"]`,
      style: { shape: FIELD_SHAPES[f], 'background-color': c.fields[f] },
    })),
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
    { selector: '.hidden', style: { display: 'none' } },
  ] as StylesheetJson;

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
 * The Cytoscape view of who works with whom. It draws the positions stored in the dataset at once;
 * parties without one are laid out in a worker (a first picture part-way, the final one after), and
 * the result goes back to the host to keep. Dragging pins a party. Filters hide nodes; the selection
 * highlights its neighbours.
 */
export class GraphController {
  cy?: Core;
  status: GraphStatus = 'idle';
  #container?: HTMLElement;
  #parties?: readonly Party[];
  #relations?: readonly Relation[];
  #visible?: ReadonlySet<string> | null;
  #selected: string | null = null;
  #layout?: AbortController;
  #loading?: Promise<void>;
  #layoutCount = 0;
  #layoutRunning = false;
  #generation = 0;
  /**
   * True for a large graph: its nodes get their names when zoomed in far enough to read them, and the
   * choice of a party highlights it and its neighbours without fading thousands of others.
   */
  #large = false;
  #labelTimer?: ReturnType<typeof setTimeout>;
  /**
   * Where the view goes when a build ends. Meanwhile it looks away from the graph: the frames Cytoscape
   * draws between slices (to take in the new elements) then cost little.
   */
  #home?: { zoom: number; pan: Position };
  /** True while a large graph is still being added, a slice per task, until its full picture is drawn. */
  building = false;
  /** True while a search or filter is still being applied to a large graph, until the picture shows it. */
  filtering = false;
  #filterGeneration = 0;
  #theme = DEFAULT_THEME;
  #themeKey = JSON.stringify(DEFAULT_THEME);
  #present = false;
  #marked = new Map<string, string>();

  constructor(private readonly callbacks: GraphCallbacks) {}

  /** The colours to draw with; a host may change its theme at any time, and the picture follows. */
  setTheme(theme: GraphTheme): void {
    const key = JSON.stringify(theme);
    if (key === this.#themeKey) return;
    this.#theme = theme;
    this.#themeKey = key;
    this.cy?.style(graphStyle(this.#large, theme, this.#present));
  }

  /**
   * Present mode: names under 14 px are not drawn, the view opens (again) where names are 16 px, and
   * the chosen party is kept in the middle of the view.
   */
  setPresent(present: boolean): void {
    if (present === this.#present) return;
    this.#present = present;
    const cy = this.cy;
    if (!cy) return;
    cy.style(graphStyle(this.#large, this.#theme, present));
    const shown: Position[] = [];
    cy.nodes().forEach((n) => void (n.hasClass('hidden') || shown.push(n.position())));
    const view = this.#fitView(shown, true);
    if (view && !this.building) cy.viewport(view);
    if (present && this.#selected) this.focusOn(this.#selected);
  }

  /** In a live room: marks each party someone else has chosen, with the words of its name tag ("Ook hier: Anja"). */
  markOthers(tags: ReadonlyMap<string, string>): void {
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      for (const [party] of this.#marked) {
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
    this.#marked = new Map(tags);
  }

  /** The colours drawn with (for the exports). */
  get theme(): GraphTheme {
    return this.#theme;
  }

  #setStatus(status: GraphStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.callbacks.status(status);
  }

  /** The status after a change: still laying out, still adding, or ready. */
  #settleStatus(): void {
    if (this.status === 'error' || !this.cy) return;
    this.#setStatus(this.#layoutRunning ? 'layout' : this.building ? 'loading' : 'ready');
  }

  /** Shows `parties` and `relations` in `container`; only what changed since the last call is redrawn. */
  async sync(
    container: HTMLElement,
    parties: readonly Party[],
    relations: readonly Relation[],
    visible: ReadonlySet<string> | null,
    selected: string | null,
  ): Promise<void> {
    if (this.#container !== container) this.destroy();
    this.#container = container;
    if (!this.cy) {
      this.#loading ??= this.#create(container);
      // Lay out while Cytoscape loads: neither needs to wait for the other.
      if (!this.#layoutRunning && this.#needsLayout(parties)) void this.#layoutAll(parties, relations);
      await this.#loading;
      if (!this.cy) return;
    }
    if (parties !== this.#parties || relations !== this.#relations) this.#syncData(parties, relations);
    if (visible !== this.#visible) this.#syncVisible(visible);
    if (selected !== this.#selected) this.#syncSelected(selected);
    this.#settleStatus();
  }

  async #create(container: HTMLElement): Promise<void> {
    this.#setStatus('loading');
    try {
      const cytoscape = await loadCytoscape();
      if (this.#container !== container) return;
      preventStylesheet();
      this.cy = cytoscape({
        container,
        style: graphStyle(false, this.#theme, this.#present),
        layout: { name: 'preset' },
        minZoom: 0.05,
        maxZoom: 4,
        textureOnViewport: true,
        hideEdgesOnViewport: true,
        pixelRatio: 1,
        boxSelectionEnabled: false,
        selectionType: 'single',
      });
      this.cy.on('tap', (e) => {
        const target = e.target as Core | NodeSingular;
        this.callbacks.select(
          target === this.cy
            ? null
            : (target as NodeSingular).isNode?.()
              ? partyOf(target as NodeSingular)
              : this.#selected,
        );
      });
      this.cy.on('viewport', () => this.#labelSoon());
      this.cy.on('dragfree', 'node', (e) => {
        const node = e.target as NodeSingular;
        const { x, y } = node.position();
        node.addClass('pinned');
        this.callbacks.pin(partyOf(node), { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, pinned: true });
      });
    } catch {
      this.#setStatus('error');
    }
  }

  /** True when most parties have no position yet: then all are laid out, rather than a few placed. */
  #needsLayout(parties: readonly Party[]): boolean {
    const missing = parties.reduce((n, p) => n + (p.position ? 0 : 1), 0);
    return missing > 0 && (missing === parties.length || missing > Math.max(10, parties.length * 0.1));
  }

  #syncData(parties: readonly Party[], relations: readonly Relation[]): void {
    const cy = this.cy!;
    this.#parties = parties;
    this.#relations = relations;
    const ids = new Set(parties.map((p) => p.id));
    const missing = parties.filter((p) => !p.position);
    const add: ElementDefinition[] = [];
    if (cy.nodes().empty()) this.#setLarge(parties.length + relations.length > LARGE_GRAPH);
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
              data: nodeData(p, !this.#large),
              position: { x: p.position.x, y: p.position.y },
              classes: p.position.pinned ? 'pinned' : '',
            });
          continue;
        }
        const data = nodeData(p, !this.#large || !!node.data('label'));
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
      missing.length && !this.#needsLayout(parties) ? this.#placeNear(missing, parties, relations) : undefined;
    if (!missing.length || placed) {
      const nodes = placed ? [...add, ...placed.nodes] : add;
      this.#addAll(
        nodes,
        relations,
        ids,
        nodes.length && nodes.length === parties.length ? nodes.map((n) => n.position!) : undefined,
      );
    }
    if (placed) this.callbacks.positions(placed.positions);
    else if (missing.length && (!this.#layoutRunning || this.#layoutCount !== parties.length))
      void this.#layoutAll(parties, relations);
  }

  /**
   * Fits the view to `fitTo` when given, and adds new nodes and the relations between drawn (or newly
   * added) nodes. A large graph goes in slices, a task each, with `building` true and the status
   * 'loading' until its full picture is drawn. Newer data cancels an unfinished build: the next one
   * adds what is still missing.
   */
  #addAll(
    nodes: ElementDefinition[],
    relations: readonly Relation[],
    ids: ReadonlySet<string>,
    fitTo?: readonly Position[],
  ): void {
    const cy = this.cy!;
    const generation = ++this.#generation;
    const coming = new Set(nodes.map((n) => String(n.data.id)));
    const drawn = (party: string) =>
      coming.has(nodeId(party)) || (ids.has(party) && cy.hasElementWithId(nodeId(party)));
    const edges = relations
      .filter((r) => !cy.hasElementWithId(edgeId(r.id)) && drawn(r.source) && drawn(r.target))
      .map(edgeDef);
    const view = (fitTo && this.#fitView(fitTo, true)) || this.#home || { zoom: cy.zoom(), pan: cy.pan() };
    if (nodes.length + edges.length <= LARGE_GRAPH && !this.building) {
      if (nodes.length || edges.length) cy.add([...nodes, ...edges]);
      cy.viewport(view);
      return;
    }
    this.#startBuilding(cy, view);
    const current = () => generation === this.#generation && this.cy === cy;
    void (async () => {
      if (!(await addInSlices(cy, [...nodes, ...edges], current))) return;
      this.#syncVisible(this.#visible ?? null, true);
      this.#syncSelected(this.#selected, true);
      if (await this.#finishBuilding(cy, view, current)) this.#labelSoon();
    })();
  }

  /** A large build begins: the view looks away from the graph until it is done, then goes to `home`. */
  #startBuilding(cy: Core, home: { zoom: number; pan: Position }): void {
    this.building = true;
    this.#home = home;
    this.#settleStatus();
    cy.viewport({ zoom: home.zoom, pan: { x: home.pan.x + FAR_AWAY, y: home.pan.y + FAR_AWAY } });
  }

  /** Moves every node of a large map drawn before, a slice per task, then shows the map fitted to `points`. */
  async #moveInSlices(cy: Core, to: (node: NodeSingular) => Position, points: readonly Position[]): Promise<void> {
    const generation = this.#generation;
    const home = this.#fitView(points, true) ?? { zoom: cy.zoom(), pan: cy.pan() };
    this.#startBuilding(cy, home);
    const current = () => generation === this.#generation && this.cy === cy;
    if (await restyleInSlices(cy, cy.nodes().toArray(), (node) => void node.position(to(node)), current, true))
      await this.#finishBuilding(cy, home, current);
  }

  /** A large build ends: the view goes home, and once Cytoscape has drawn it there the build is done. */
  async #finishBuilding(cy: Core, home: { zoom: number; pan: Position }, current: () => boolean): Promise<boolean> {
    cy.viewport(this.#home ?? home);
    this.#home = undefined;
    await nextRender(cy);
    if (!current()) return false;
    this.building = false;
    this.#settleStatus();
    return true;
  }

  /** Chooses the style for the size of the graph, while it is empty. */
  #setLarge(large: boolean): void {
    if (large === this.#large) return;
    this.#large = large;
    this.cy!.style(graphStyle(large, this.#theme, this.#present));
  }

  /** Names the nodes in view soon after the view changed, when zoomed in far enough to read them. */
  #labelSoon(): void {
    if (!this.#large || this.#labelTimer) return;
    this.#labelTimer = setTimeout(() => {
      this.#labelTimer = undefined;
      if (this.cy && !this.building && labelInView(this.cy, shortLabel, LABEL_ZOOM)) this.#labelSoon();
    }, 100);
  }

  /** Gives every node its name (for a picture of the whole graph at full size). */
  async nameAll(): Promise<void> {
    const cy = this.cy;
    const generation = this.#generation;
    if (cy && this.#large) await addLabels(cy, shortLabel, () => this.cy === cy && generation === this.#generation);
  }

  /** Positions for parties without one: next to the parties they work with, or at the top left of the view. */
  #placeNear(
    missing: readonly Party[],
    parties: readonly Party[],
    relations: readonly Relation[],
  ): { nodes: ElementDefinition[]; positions: Map<string, Position> } {
    const cy = this.cy!;
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
        data: nodeData(p, !this.#large),
        position: { ...positions.get(p.id)! },
      })),
      positions,
    };
  }

  async #layoutAll(parties: readonly Party[], relations: readonly Relation[]): Promise<void> {
    this.#layout?.abort();
    const controller = (this.#layout = new AbortController());
    const n = (this.#layoutCount = parties.length);
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
    this.#setStatus('layout');
    this.#layoutRunning = true;
    const draw = async (px: Float64Array, py: Float64Array) => {
      if (controller.signal.aborted || !this.cy) return;
      const cy = this.cy;
      if (cy.nodes().empty()) this.#setLarge(parties.length + relations.length > LARGE_GRAPH);
      const to = (node: NodeSingular) => {
        const i = index.get(partyOf(node));
        return i === undefined ? node.position() : { x: px[i], y: py[i] };
      };
      const points = parties.map((_, i) => ({ x: px[i], y: py[i] }));
      // A large map drawn before (a re-layout) moves a slice per task, as it was added.
      if (this.#large && cy.nodes().length > LARGE_GRAPH / 4) await this.#moveInSlices(cy, to, points);
      else cy.batch(() => cy.nodes().positions(to));
      if (controller.signal.aborted || this.cy !== cy) return;
      const fresh = parties.flatMap((p, i) =>
        cy.hasElementWithId(nodeId(p.id))
          ? []
          : [{ group: 'nodes' as const, data: nodeData(p, !this.#large), position: { x: px[i], y: py[i] } }],
      );
      this.#addAll(fresh, relations, new Set(index.keys()), points);
      this.#syncVisible(this.#visible ?? null, true);
      this.#syncSelected(this.#selected, true);
    };
    try {
      const result = await runLayout(
        { x, y, fixed, edges: new Uint32Array(pairs) },
        // One picture, of the final layout: the worker is quick, and a second full redraw would cost the page more.
        { iterations: LAYOUT_ITERATIONS, workerUrl: this.callbacks.workerUrl(), signal: controller.signal },
      );
      await this.#loading;
      if (controller.signal.aborted || !this.cy) return;
      if (this.#layout === controller) this.#layoutRunning = false;
      await draw(result.x, result.y);
      if (controller.signal.aborted || !this.cy) return;
      const positions = new Map<string, Position>();
      parties.forEach((p, i) => {
        if (!p.position?.pinned)
          positions.set(p.id, { x: Math.round(result.x[i] * 10) / 10, y: Math.round(result.y[i] * 10) / 10 });
      });
      this.#settleStatus();
      // Kept in a task of their own: storing 2,000 positions and drawing the first of them together would hold the page too long.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!controller.signal.aborted) this.callbacks.positions(positions);
    } catch {
      if (!controller.signal.aborted) this.#setStatus('error');
    } finally {
      if (this.#layout === controller) this.#layoutRunning = false;
    }
  }

  /** Lays out every party again, except the pinned ones. */
  relayout(): void {
    if (this.#parties && this.#relations)
      void this.#layoutAll(
        this.#parties.map((p) => (p.position?.pinned ? p : { ...p, position: undefined })),
        this.#relations,
      );
  }

  /**
   * Hides the nodes the search and filters leave out. Many changes on a large graph are made a slice
   * per task, with `filtering` true until the picture shows them all.
   */
  #syncVisible(visible: ReadonlySet<string> | null, force = false): void {
    if (!force && visible === this.#visible) return;
    this.#visible = visible;
    const cy = this.cy!;
    const generation = ++this.#filterGeneration;
    const changed: NodeSingular[] = [];
    cy.nodes().forEach(
      (n) => void (n.hasClass('hidden') !== (!!visible && !visible.has(partyOf(n))) && changed.push(n)),
    );
    const toggle = (n: NodeSingular) => void n.toggleClass('hidden');
    if (!this.#large || changed.length <= LARGE_GRAPH / 4) {
      cy.batch(() => changed.forEach(toggle));
      // Styles now rather than at Cytoscape's next frame, so what is visible is known at once (keyboard moves, a hidden tab).
      for (const n of changed) n.boundingBox();
      this.filtering = false;
      return;
    }
    this.filtering = true;
    const current = () => generation === this.#filterGeneration && this.cy === cy;
    void restyleInSlices(cy, changed, toggle, current).then(async (done) => {
      if (done) await nextRender(cy);
      if (current()) this.filtering = false;
    });
  }

  #syncSelected(selected: string | null, force = false): void {
    if (!force && selected === this.#selected) return;
    this.#selected = selected;
    const cy = this.cy!;
    cy.batch(() => {
      cy.elements('.selected, .neighbour, .faded').removeClass('selected neighbour faded');
      if (!selected) return;
      const node = cy.getElementById(nodeId(selected));
      if (node.empty()) return;
      const hood = node.closedNeighborhood();
      // The names of the chosen party and its neighbours are shown at every zoom.
      if (this.#large) nameNodes(cy, hood.nodes(), shortLabel);
      node.addClass('selected');
      hood.difference(node).addClass('neighbour');
      // Restyling thousands of elements would hold the page for a long moment.
      if (!this.#large) cy.elements().difference(hood).addClass('faded');
    });
    if (this.#present && selected) this.focusOn(selected);
  }

  /** Centres the view on a party. */
  focusOn(id: string): void {
    const node = this.cy?.getElementById(nodeId(id));
    if (node && node.nonempty() && this.cy) this.cy.animate({ center: { eles: node } }, { duration: 0 });
  }

  /** Moves a party by a step (keyboard) and pins it there. */
  nudge(id: string, dx: number, dy: number): void {
    const node = this.cy?.getElementById(nodeId(id));
    if (!node || node.empty()) return;
    const { x, y } = node.position();
    node.position({ x: x + dx, y: y + dy });
    node.addClass('pinned');
    this.callbacks.pin(id, { x: x + dx, y: y + dy, pinned: true });
  }

  zoom(factor: number): void {
    const cy = this.cy;
    if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /**
   * Fits the visible parties (or the given points) in view, without zooming in further than 1.5×.
   * Computed from the node positions: Cytoscape's own fit measures every element's style and label
   * first, which on thousands of elements holds the page for a long moment.
   */
  fit(points?: readonly Position[]): void {
    const shown: Position[] = [];
    if (!points) this.cy?.nodes().forEach((n) => void (n.hasClass('hidden') || shown.push(n.position())));
    const view = this.#fitView(points ?? shown);
    if (view && this.building) this.#home = view;
    else if (view) this.cy!.viewport(view);
  }

  /** The view of `points`; with `readable`, a graph with names is not shown smaller than they can be read. */
  #fitView(points: readonly Position[], readable = false): { zoom: number; pan: Position } | undefined {
    const cy = this.cy;
    if (!cy) return undefined;
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
    if (!Number.isFinite(x1)) return undefined;
    const pad = 40;
    const w = cy.width();
    const h = cy.height();
    const fitted = Math.min(
      1.5,
      Math.max(cy.minZoom(), Math.min((w - 2 * pad) / Math.max(1, x2 - x1), (h - 2 * pad) / Math.max(1, y2 - y1))),
    );
    // A large graph opens on the whole: its names come when zoomed in (see `labelInView`).
    const zoom =
      readable && this.#present
        ? Math.max(fitted, PRESENT_FONT.open / FONT_SIZE)
        : readable && !this.#large
          ? Math.max(fitted, READABLE_ZOOM)
          : fitted;
    return { zoom, pan: { x: w / 2 - (zoom * (x1 + x2)) / 2, y: h / 2 - (zoom * (y1 + y2)) / 2 } };
  }

  destroy(): void {
    this.#layout?.abort();
    this.#generation++;
    this.building = false;
    this.#large = false;
    this.#filterGeneration++;
    this.filtering = false;
    this.#home = undefined;
    clearTimeout(this.#labelTimer);
    this.#labelTimer = undefined;
    this.#layoutRunning = false;
    this.cy?.destroy();
    this.cy = undefined;
    this.#loading = undefined;
    this.#parties = undefined;
    this.#relations = undefined;
    this.#visible = undefined;
    this.#selected = null;
    this.#marked = new Map();
    this.status = 'idle';
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

/**
 * Cytoscape adds a `<style>` element to the page's head unless one with its id exists; under a CSP
 * without `style-src 'unsafe-inline'` that is refused with a console error. A placeholder with that id
 * stops it; the one rule it would add (`position: relative` on the container) is in our own styles.
 */
function preventStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  document.head.append(placeholder);
}
