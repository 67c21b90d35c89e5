/** The parties state of who-is-who's network: parties and relations drawn, with the filter and the choice applied. */
import type { ElementDefinition, NodeSingular } from 'cytoscape';
import type { GraphView, Viewport } from '../../internal/graph-view.js';
import type { Party, Position, Relation } from '../../sdk/model.js';
import {
  LARGE_GRAPH,
  edgeDef,
  edgeId,
  isLarge,
  keyOf,
  nameNodes,
  nodeData,
  nodeDef,
  nodeId,
} from './who-is-who.graph-build.js';
import { needsLayout, placeNear } from './who-is-who.graph-layout.js';

/** What the drawing tells the picture it belongs to. */
export interface PartiesHooks {
  /**
   * A large graph was built, filtered or its choice shown: the names of the nodes in view can come (`built`:
   * right away, as the view that was just drawn does not move).
   */
  changed(built?: boolean): void;
  /** A party is chosen (present mode keeps it in view). */
  chosen(id: string): void;
  /** The view that shows `points` (a graph with names not smaller than they can be read). */
  viewOf(points: readonly Position[]): Viewport | undefined;
}

/**
 * Parties and relations drawn at their positions; the search and filters hide nodes, and the chosen
 * party is highlighted with its neighbours. Only what changed since the last call is redrawn. A large
 * graph (see `isLarge`) gets its names when zoomed in, is not faded around the choice, and is built,
 * moved and filtered in sessions of the `GraphView`, a slice per task.
 */
export class PartiesDrawing {
  readonly kind = 'parties';
  readonly #view: GraphView;
  readonly #hooks: PartiesHooks;
  #parties?: readonly Party[];
  #relations?: readonly Relation[];
  #visible?: ReadonlySet<string> | null;
  #selected: string | null = null;
  #large = false;

  constructor(view: GraphView, hooks: PartiesHooks) {
    this.#view = view;
    this.#hooks = hooks;
  }

  /** True for a large graph: names when zoomed in, the choice without fading the others. */
  get large(): boolean {
    return this.#large;
  }

  /** The parties and relations drawn (or on their way), once there are any. */
  get data(): { parties: readonly Party[]; relations: readonly Relation[] } | undefined {
    return this.#parties && this.#relations && { parties: this.#parties, relations: this.#relations };
  }

  get selected(): string | null {
    return this.#selected;
  }

  /** Shows the filter and the choice, when they changed. */
  apply(visible: ReadonlySet<string> | null, selected: string | null): void {
    if (visible !== this.#visible) this.#show(visible);
    if (selected !== this.#selected) this.#choose(selected);
  }

  /**
   * Takes new parties and relations: drops what is gone, updates the rest in place and adds what is new.
   * A few new parties without a position go next to the parties they work with: returns their positions,
   * to keep. A map without positions waits for a layout (`unplaced`): nothing new is drawn until then.
   */
  update(
    parties: readonly Party[],
    relations: readonly Relation[],
  ): { placed?: Map<string, Position>; unplaced: boolean } {
    const cy = this.#view.cy!;
    this.#parties = parties;
    this.#relations = relations;
    const ids = new Set(parties.map((p) => p.id));
    const missing = parties.filter((p) => !p.position);
    const add: ElementDefinition[] = [];
    this.#size(parties, relations);
    cy.batch(() => {
      const nodes = new Map<string, NodeSingular>();
      cy.nodes().forEach((n) => {
        if (ids.has(keyOf(n))) nodes.set(keyOf(n), n);
        else n.remove();
      });
      const relationIds = new Set(relations.map((r) => edgeId(r.id)));
      cy.edges().forEach((e) => {
        if (!relationIds.has(e.id())) e.remove();
      });
      for (const p of parties) {
        const node = nodes.get(p.id);
        if (!node) {
          if (p.position) add.push(nodeDef(p, !this.#large, p.position, p.position.pinned));
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
    let placed: Map<string, Position> | undefined;
    if (missing.length && !needsLayout(parties)) {
      const { x1, y1 } = cy.extent();
      placed = placeNear(missing, parties, relations, { x: x1, y: y1 });
      for (const p of missing) add.push(nodeDef(p, !this.#large, placed.get(p.id)!));
    }
    if (!missing.length || placed)
      this.#add(
        add,
        relations,
        ids,
        add.length && add.length === parties.length ? add.map((n) => n.position!) : undefined,
      );
    return { placed, unplaced: missing.length > 0 && !placed };
  }

  /**
   * Adds new nodes and the relations between drawn (or newly added) nodes, and shows `fitTo` when given.
   * A large graph goes in a build session, a slice per task, with the picture 'loading' until it is
   * drawn whole. Newer data cancels an unfinished build: the next one adds what is still missing.
   */
  #add(
    nodes: ElementDefinition[],
    relations: readonly Relation[],
    ids: ReadonlySet<string>,
    fitTo?: readonly Position[],
  ): void {
    const view = this.#view;
    const cy = view.cy!;
    const coming = new Set(nodes.map((n) => String(n.data.id)));
    const drawn = (party: string) =>
      coming.has(nodeId(party)) || (ids.has(party) && cy.hasElementWithId(nodeId(party)));
    const edges = relations
      .filter((r) => !cy.hasElementWithId(edgeId(r.id)) && drawn(r.source) && drawn(r.target))
      .map(edgeDef);
    const home = fitTo && this.#hooks.viewOf(fitTo);
    // A large graph goes in slices from a quarter of the size on: its elements are fewer but each costs more on a slow laptop.
    if (nodes.length + edges.length <= (this.#large ? LARGE_GRAPH / 4 : LARGE_GRAPH) && !view.busy('build')) {
      if (nodes.length || edges.length) cy.add([...nodes, ...edges]);
      if (home) cy.viewport(home);
      return;
    }
    const session = view.begin('build', { lookAway: true, home })!;
    void (async () => {
      if (!(await session.add([...nodes, ...edges]))) return;
      this.#refresh();
      if (await session.finish()) this.#hooks.changed(true);
    })();
  }

  /**
   * Moves every party to its place in a layout (`x`, `y` by the index of each party), adds those not
   * drawn yet, and shows the filter and the choice on them. A large map drawn before moves a slice per
   * task. Stops early when `current` turns false (the layout or the picture is gone).
   */
  async place(
    parties: readonly Party[],
    relations: readonly Relation[],
    { x, y, index }: { x: Float64Array; y: Float64Array; index: ReadonlyMap<string, number> },
    current: () => boolean,
  ): Promise<void> {
    const view = this.#view;
    const cy = view.cy!;
    this.#size(parties, relations);
    const to = (node: NodeSingular) => {
      const i = index.get(keyOf(node));
      return i === undefined ? node.position() : { x: x[i], y: y[i] };
    };
    const points = parties.map((_, i) => ({ x: x[i], y: y[i] }));
    if (this.#large && cy.nodes().length > LARGE_GRAPH / 4) {
      const session = view.begin('build', { lookAway: true, home: this.#hooks.viewOf(points) })!;
      if (await session.change(cy.nodes().toArray(), (node) => void node.position(to(node)), true))
        await session.finish();
    } else cy.batch(() => cy.nodes().positions(to));
    if (!current()) return;
    const fresh = parties.flatMap((p, i) =>
      cy.hasElementWithId(nodeId(p.id)) ? [] : [nodeDef(p, !this.#large, { x: x[i], y: y[i] })],
    );
    this.#add(fresh, relations, new Set(index.keys()), points);
    this.#refresh();
  }

  /** Shows the filter and the choice on every node again (after nodes came or moved). */
  #refresh(): void {
    this.#show(this.#visible ?? null);
    this.#choose(this.#selected);
  }

  /** Chooses the style for the size of the graph, while nothing is drawn. */
  #size(parties: readonly Party[], relations: readonly Relation[]): void {
    if (this.#view.cy!.nodes().nonempty()) return;
    const large = isLarge(parties, relations);
    if (large === this.#large) return;
    this.#large = large;
    this.#view.restyle();
  }

  /**
   * Hides the nodes the search and filters leave out. Many changes on a large graph are made in a
   * filter session, a slice per task, until the picture shows them all.
   */
  #show(visible: ReadonlySet<string> | null): void {
    this.#visible = visible;
    const view = this.#view;
    const cy = view.cy!;
    const changed: NodeSingular[] = [];
    cy.nodes().forEach((n) => void (n.hasClass('hidden') !== (!!visible && !visible.has(keyOf(n))) && changed.push(n)));
    const toggle = (n: NodeSingular) => void n.toggleClass('hidden');
    if (!this.#large || changed.length <= LARGE_GRAPH / 4) {
      view.cancel('filter');
      cy.batch(() => changed.forEach(toggle));
      // Styles now rather than at Cytoscape's next frame, so what is visible is known at once (keyboard moves, a hidden tab).
      for (const n of changed) n.boundingBox();
      return;
    }
    const session = view.begin('filter')!;
    void session
      .change(changed, toggle)
      .then(async (done) => done && (await session.finish()) && this.#hooks.changed());
  }

  /** Highlights the chosen party and its neighbours; on a small graph the others fade. */
  #choose(selected: string | null): void {
    this.#selected = selected;
    const cy = this.#view.cy!;
    cy.batch(() => {
      cy.elements('.selected, .neighbour, .faded').removeClass('selected neighbour faded');
      if (!selected) return;
      const node = cy.getElementById(nodeId(selected));
      if (node.empty()) return;
      const hood = node.closedNeighborhood();
      // The names of the chosen party and its neighbours are shown at every zoom.
      if (this.#large) nameNodes(cy, hood.nodes());
      node.addClass('selected');
      hood.difference(node).addClass('neighbour');
      // Restyling thousands of elements would hold the page for a long moment.
      if (!this.#large) cy.elements().difference(hood).addClass('faded');
    });
    if (selected) this.#hooks.chosen(selected);
    if (this.#large) this.#hooks.changed();
  }
}
