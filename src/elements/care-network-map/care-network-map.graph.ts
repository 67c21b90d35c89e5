/**
 * The picture of a care network in Cytoscape: rings, sector lines and names as background
 * elements, members and relations on top, all at the positions of the SDK layout (a `preset`
 * layout). Cytoscape is loaded lazily and draws inside the element's shadow root.
 */
import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import type { ReactiveControllerHost } from 'lit';
import { GraphView, nextRender } from '../../internal/graph-view.js';
import { nextTask } from '../../sdk/next-task.js';
import { NETWORK_COLORS, PRESENT_ZOOM, READABLE_ZOOM, graphStyle } from './care-network-map.graph-style.js';
import { polar, type CareNetworkLayout, type Point } from '../../sdk/layout/care-network.js';
import { NETWORK_FIELDS, type CareNetwork, type NetworkField, type Party } from '../../sdk/model.js';
import type { CareNetworkMapMessages } from '../../translations/care-network-map.js';

export interface GraphModel {
  network: CareNetwork;
  parties: ReadonlyMap<string, Party>;
  layout: CareNetworkLayout;
  selected?: string;
  selectedRelation?: string;
  editable: boolean;
  t: CareNetworkMapMessages;
  /** In a live room: for each party someone else has selected, the words of its name tag ("Ook hier: Anja"). */
  others?: ReadonlyMap<string, string>;
  /** Present mode: opens larger, and keeps the selected member in view. */
  present?: boolean;
}

export interface GraphCallbacks {
  select(kind: 'party' | 'relation', id: string | null): void;
  dropped(party: string, at: Point): void;
  /** The view changed: true when the whole map is in it. */
  view(whole: boolean): void;
}

const MAX_WORD = 14;
const MAX_NAME = 26;

/** A node label: the name shortened to at most two lines, and the regiehouder mark on a third. */
export function nodeLabel(name: string, extra?: string): string {
  const words = name.split(/\s+/).map((w) => (w.length > MAX_WORD ? `${w.slice(0, MAX_WORD - 1)}…` : w));
  let text = words.join(' ');
  if (text.length > MAX_NAME) text = `${text.slice(0, MAX_NAME - 1).trimEnd()}…`;
  return extra ? `${text}\n${extra}` : text;
}

/**
 * What goes under a name in the picture, one line each, in words and signs the legend explains: mantelzorger
 * or naaste, regiehouder, the fields the party directs, what the member shares.
 */
export function partyMarks(network: CareNetwork, t: CareNetworkMapMessages, party: string): string | undefined {
  const member = network.members.find((m) => m.party === party);
  const fields = NETWORK_FIELDS.filter((f) => network.regisseurs?.[f] === party).map((f) =>
    t.fields[f].toLocaleLowerCase(),
  );
  const lines = [
    party === network.carer ? t.carer : party === network.caredFor ? t.caredForShort : '',
    member?.regiehouder ? t.regiehouderMark : '',
    fields.length ? t.regisseurMark(fields.join(', ')) : '',
    member?.sharing ? t.sharingMarks[member.sharing] : '',
  ].filter(Boolean);
  return lines.length ? lines.join('\n') : undefined;
}

/** The Cytoscape elements for a network: background first, then relations and nodes. */
export function graphElements(model: GraphModel): ElementDefinition[] {
  const { network, parties, layout, t } = model;
  const name = (id: string) => parties.get(id)?.name ?? id;
  const els: ElementDefinition[] = [];
  const last = layout.rings[layout.rings.length - 1].outer;
  [...layout.rings].reverse().forEach((ring, i) => {
    els.push({
      group: 'nodes',
      data: { id: `ring:${ring.ring}`, size: ring.outer * 2, z: i + 1 },
      position: { x: 0, y: 0 },
      classes: `bg ring ring-${ring.ring}`,
    });
  });
  els.push({
    group: 'nodes',
    data: { id: 'ring:centre', size: layout.centre * 2, z: 4 },
    position: { x: 0, y: 0 },
    classes: 'bg ring centre-disc',
  });
  for (const s of layout.sectors) {
    els.push({
      group: 'nodes',
      data: { id: `anchor:in:${s.field}` },
      position: polar(layout.centre, s.start),
      classes: 'bg anchor',
    });
    els.push({
      group: 'nodes',
      data: { id: `anchor:out:${s.field}` },
      position: polar(last, s.start),
      classes: 'bg anchor',
    });
    els.push({
      group: 'edges',
      data: { id: `sector:${s.field}`, source: `anchor:in:${s.field}`, target: `anchor:out:${s.field}` },
      classes: 'bg sector-line',
    });
    els.push({
      group: 'nodes',
      data: {
        id: `sector-label:${s.field}`,
        label: `${t.fields[s.field]} (${s.count})`,
        w: s.label.halfWidth * 2,
        h: s.label.halfHeight * 2,
        color: s.field,
      },
      position: { x: s.label.x, y: s.label.y },
      classes: `bg sector-label field-${s.field}`,
    });
  }
  for (const r of layout.rings) {
    els.push({
      group: 'nodes',
      data: { id: `ring-label:${r.ring}`, label: t.rings[r.ring], w: r.label.halfWidth * 2, h: r.label.halfHeight * 2 },
      position: { x: r.label.x, y: r.label.y },
      classes: 'bg ring-label',
    });
  }
  const selectedEnds = new Set<string>();
  for (const r of network.relations)
    if (model.selected && (r.source === model.selected || r.target === model.selected)) selectedEnds.add(r.id);
  const pair = (r: { source: string; target: string }) => [r.source, r.target].sort().join('\n');
  const between = new Map<string, number>();
  for (const r of network.relations) between.set(pair(r), (between.get(pair(r)) ?? 0) + 1);
  for (const r of network.relations) {
    if (!layout.positions[r.source] || !layout.positions[r.target] || r.source === r.target) continue;
    const classes = ['relation', r.strength ?? 'onbekend', r.directed === false ? 'mutual' : 'directed'];
    // Alone between its ends, a relation is straight in any curve style: drawn as one, it skips bending work.
    if (between.get(pair(r)) === 1) classes.push('alone');
    if (r.sharing) classes.push(`sharing-${r.sharing}`);
    if (model.selectedRelation === r.id) classes.push('chosen');
    if (model.selected && !selectedEnds.has(r.id)) classes.push('faded');
    els.push({
      group: 'edges',
      data: { id: `rel:${r.id}`, relation: r.id, source: `p:${r.source}`, target: `p:${r.target}` },
      classes: classes.join(' '),
    });
  }
  const node = (id: string, label: string, classes: string[], field?: NetworkField) => {
    if (model.selected === id) classes.push('chosen');
    const others = model.others?.get(id);
    if (others) {
      classes.push('others');
      label = `${label}\n${others}`;
    }
    els.push({
      group: 'nodes',
      data: { id: `p:${id}`, party: id, label, ...(field ? { field } : {}) },
      position: { ...layout.positions[id] },
      classes: classes.join(' '),
    });
  };
  node(network.carer, nodeLabel(name(network.carer), partyMarks(network, t, network.carer)), ['party', 'centre']);
  node(network.caredFor, nodeLabel(name(network.caredFor), partyMarks(network, t, network.caredFor)), [
    'party',
    'centre',
  ]);
  for (const m of network.members) {
    const classes = ['party', 'member', `field-${m.field}`];
    if (m.regiehouder) classes.push('regiehouder');
    node(m.party, nodeLabel(name(m.party), partyMarks(network, t, m.party)), classes, m.field);
  }
  return els;
}

/** True when two models show the same map (the same data, selection, words and mode). */
const sameModel = (a: GraphModel, b?: GraphModel): boolean =>
  !!b &&
  Object.keys(a).length === Object.keys(b).length &&
  Object.keys(a).every((k) => a[k as keyof GraphModel] === b[k as keyof GraphModel]);

/** Cytoscape resizes and redraws all on every window resize and ~100 ms after it is made (its ResizeObserver's
 *  first report: for the map, just after its first picture); only a real change of the container's size needs it. */
function resizeOnlyWhenChanged(cy: Core): void {
  const container = cy.container()!;
  const resize = cy.resize.bind(cy);
  const sizeNow = () => `${container.clientWidth}×${container.clientHeight}`;
  let size = sizeNow();
  cy.resize = () => {
    if (sizeNow() !== size) {
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
      style: (theme) => graphStyle(theme, this.#present),
      created: (cy) => {
        this.#fittedFor = '';
        this.#drawn = new Map();
        this.#model = undefined;
        resizeOnlyWhenChanged(cy);
        this.#listen(cy);
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
    if (cy === this.#drawnIn && sameModel(model, this.#model)) return;
    this.#model = model;
    if (!!model.present !== this.#present) {
      this.#present = !!model.present;
      this.view.restyle();
    }
    cy.autoungrabify(!model.editable);
    this.#sync(cy, graphElements(model));
    this.#drawnIn = cy;
    // Fit again only when the size of the map changed, so the user's zoom stays while editing.
    const key = `${model.network.id}:${model.layout.extent}:${model.present ? 'present' : ''}`;
    if (key !== this.#fittedFor) {
      cy.resize();
      // The centre of the map is (0, 0): the carer and the naaste, with the closest rings around them.
      this.view.fit(cy.elements().boundingBox({}), {
        padding: 12,
        readable: model.present ? PRESENT_ZOOM : READABLE_ZOOM,
        centre: { x: 0, y: 0 },
      });
      this.#fittedFor = key;
      this.#centredOn = undefined;
      this.#reportView();
    }
    // Present mode keeps the selected member in view: the projector follows the facilitator.
    if (model.present && model.selected && model.selected !== this.#centredOn) {
      this.view.centreOn(`p:${model.selected}`);
      this.#centredOn = model.selected;
    }
  }

  /**
   * The Cytoscape instance in `container`, made in a task of its own after the element's first render,
   * and drawn once empty before the map is added in the next task. Cytoscape draws its very first frame
   * with everything in one layer as large as the whole map (at the opening zoom several times the
   * screen); drawn empty, that frame costs little, and the map's first frame draws only what is in view.
   */
  #ready(container: HTMLElement): Promise<Core | undefined> {
    const p = this.#prepared;
    if (p && p.container === container && !p.failed && !p.cy?.destroyed()) return p.done;
    const prepared: Prepared = { container, failed: false, done: Promise.resolve(undefined) };
    prepared.done = (async () => {
      await nextTask();
      const cy = await this.view.attach(container);
      if (cy) {
        await nextRender(cy, 200);
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

  #listen(cy: Core) {
    cy.on('viewport', () => this.#reportView());
    cy.on('tap', 'node.party', (e: EventObject) => this.#callbacks.select('party', e.target.data('party') as string));
    cy.on('tap', 'edge.relation', (e: EventObject) =>
      this.#callbacks.select('relation', e.target.data('relation') as string),
    );
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.#callbacks.select('party', null);
    });
    cy.on('dragfree', 'node.member', (e: EventObject) => {
      this.#model = undefined;
      this.#callbacks.dropped(e.target.data('party') as string, e.target.position());
    });
  }
}
