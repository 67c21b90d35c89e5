/**
 * The picture of a care network in Cytoscape: rings, sector lines and names as background
 * elements, members and relations on top, all at the positions of the SDK layout (a `preset`
 * layout). Cytoscape is loaded lazily and draws inside the element's shadow root.
 */
import type { Core, ElementDefinition, EventObject, StylesheetJson } from 'cytoscape';
import type { ReactiveControllerHost } from 'lit';
import { GraphView, fieldStyles, readGraphTheme, type GraphTheme } from '../../internal/graph-view.js';
import { polar, type CareNetworkLayout, type Point } from '../../sdk/layout/care-network.js';
import { NETWORK_FIELDS, type CareNetwork, type NetworkField, type Party } from '../../sdk/model.js';
import type { CareNetworkMapMessages } from '../../translations/care-network-map.js';

/** The map's own colours beside the theme's: name → [custom property, fallback]. */
const NETWORK_COLORS = {
  /** Colour of a difficult (moeizaam) relation, on top of its dotted line. */
  difficult: ['--_gap-color', '#8a4b00'],
  /** Background of the rings eigen netwerk and dichtbij. */
  ringOwn: ['--_ring-own', '#fbf5ea'],
  ringClose: ['--_ring-close', '#eef2f7'],
} as const;

/** The colours and font of the map. */
export type NetworkTheme = GraphTheme<keyof typeof NETWORK_COLORS>;

/** The colours and font of the map, from the element's CSS custom properties (so themes apply). */
export const readNetworkTheme = (el: Element): NetworkTheme => readGraphTheme(el, NETWORK_COLORS);

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

/** Font size of the names of the members, in map units. */
const NAME_FONT_SIZE = 14;
/**
 * The smallest zoom the map opens at, so that names are at least 12 px on screen: a large map then
 * opens on its centre, and the rest is a drag or the "whole map" button away.
 */
export const READABLE_ZOOM = 12 / NAME_FONT_SIZE;
/** Present mode draws every name and label in this size (map units), and opens where they are 15 px or more. */
const PRESENT_FONT_SIZE = 20;
export const PRESENT_ZOOM = 15 / PRESENT_FONT_SIZE;

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
  for (const r of network.relations) {
    if (!layout.positions[r.source] || !layout.positions[r.target] || r.source === r.target) continue;
    const classes = ['relation', r.strength ?? 'onbekend', r.directed === false ? 'mutual' : 'directed'];
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

/** The Cytoscape stylesheet; colours and font come from the element's CSS custom properties. */
export function graphStyle(c: NetworkTheme, present = false): StylesheetJson {
  return [
    { selector: 'node', style: { 'font-family': c.font, color: c.text, 'z-index-compare': 'manual' } },
    { selector: 'edge', style: { 'z-index-compare': 'manual' } },
    { selector: '.bg', style: { events: 'no', 'overlay-opacity': 0 } },
    {
      selector: '.ring',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'ellipse',
        'background-color': c.background,
        'border-width': 1.5,
        'border-color': c.border,
        'z-index': 'data(z)',
        label: '',
      },
    },
    { selector: '.ring-eigen-netwerk', style: { 'background-color': c.extra.ringOwn } },
    { selector: '.ring-dichtbij', style: { 'background-color': c.extra.ringClose } },
    { selector: '.centre-disc', style: { 'background-color': c.surface } },
    { selector: '.anchor', style: { width: 1, height: 1, opacity: 0, 'z-index': 0 } },
    {
      selector: '.sector-line',
      style: { width: 1.5, 'line-color': c.border, 'line-style': 'solid', 'z-index': 5, 'curve-style': 'straight' },
    },
    {
      selector: '.ring-label',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-opacity': 0,
        label: 'data(label)',
        'font-size': 15,
        'font-style': 'italic',
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-halign': 'center',
        color: c.text,
        'z-index': 6,
      },
    },
    {
      selector: '.sector-label',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-opacity': 0,
        label: 'data(label)',
        'font-size': 18,
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-halign': 'center',
        'z-index': 6,
      },
    },
    ...(['informeel', 'zorg', 'welzijn', 'medisch'] as const).map((f) => ({
      selector: `.sector-label.field-${f}`,
      style: { color: c.fields[f] },
    })),
    {
      selector: '.relation',
      style: {
        width: 2.5,
        'line-color': c.text,
        'target-arrow-color': c.text,
        'source-arrow-color': c.text,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        'curve-style': 'bezier',
        'z-index': 10,
        opacity: 0.85,
      },
    },
    { selector: '.relation.mutual', style: { 'source-arrow-shape': 'triangle' } },
    { selector: '.relation.sterk', style: { width: 3.5, 'line-style': 'solid' } },
    { selector: '.relation.zwak', style: { width: 2, 'line-style': 'dashed', 'line-dash-pattern': [8, 5] } },
    {
      selector: '.relation.moeizaam',
      style: {
        width: 4.5,
        'line-style': 'dashed',
        'line-dash-pattern': [0.5, 9],
        'line-cap': 'round',
        'line-color': c.extra.difficult,
        'target-arrow-color': c.extra.difficult,
        'source-arrow-color': c.extra.difficult,
      },
    },
    { selector: '.relation.onbekend', style: { width: 1.5 } },
    // What may be shared is a sign in the middle of the line, beside the line style of the strength: never colour.
    {
      selector: '.relation.sharing-alles-nodig',
      style: {
        'mid-target-arrow-shape': 'circle',
        'mid-target-arrow-fill': 'filled',
        'mid-target-arrow-color': c.text,
      },
    },
    {
      selector: '.relation.sharing-met-toestemming',
      style: {
        'mid-target-arrow-shape': 'diamond',
        'mid-target-arrow-fill': 'hollow',
        'mid-target-arrow-color': c.text,
      },
    },
    {
      selector: '.relation.sharing-niets-persoonlijk',
      style: { 'mid-target-arrow-shape': 'tee', 'mid-target-arrow-color': c.text, 'arrow-scale': 1.6 },
    },
    { selector: '.relation.faded', style: { opacity: 0.2 } },
    {
      selector: '.relation.chosen',
      style: {
        width: 5,
        'line-color': c.accent,
        'target-arrow-color': c.accent,
        'source-arrow-color': c.accent,
        opacity: 1,
      },
    },
    {
      selector: '.party',
      style: {
        shape: 'ellipse',
        width: 36,
        height: 36,
        'border-width': 2,
        'border-color': c.background,
        label: 'data(label)',
        'font-size': NAME_FONT_SIZE,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '112px',
        'text-background-color': c.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-background-shape': 'round-rectangle',
        'z-index': 20,
      },
    },
    // A member's field: the same shape and colour as in <who-is-who>.
    ...fieldStyles(c),
    {
      selector: '.party.centre',
      style: { width: 36, height: 36, 'background-color': c.background, 'border-width': 5, 'border-color': c.text },
    },
    {
      selector: '.party.regiehouder',
      style: { 'border-width': 7, 'border-style': 'double', 'border-color': c.text, 'font-weight': 'bold' },
    },
    { selector: '.party.others', style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': c.text } },
    {
      selector: '.party.chosen',
      style: {
        'overlay-color': c.accent,
        'overlay-opacity': 0.25,
        'overlay-padding': 8,
        'overlay-shape': 'ellipse' as never,
      },
    },
    { selector: '.party.source', style: { 'overlay-color': c.accent, 'overlay-opacity': 0.4, 'overlay-padding': 10 } },
    ...(present
      ? [
          {
            selector: '.party',
            style: { 'font-size': PRESENT_FONT_SIZE, 'text-max-width': '150px', 'text-background-opacity': 1 },
          },
          { selector: '.ring-label', style: { 'font-size': PRESENT_FONT_SIZE } },
          { selector: '.sector-label', style: { 'font-size': PRESENT_FONT_SIZE + 2 } },
        ]
      : []),
  ] as StylesheetJson;
}

/** The map's picture in a `GraphView`: redrawn from a model, reporting taps, drops and whether the whole map is in view. */
export class NetworkGraph {
  readonly view: GraphView<keyof typeof NETWORK_COLORS>;
  readonly #callbacks: GraphCallbacks;
  #fittedFor = '';
  #present = false;
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
        this.#listen(cy);
      },
    });
  }

  /** The Cytoscape instance, once drawn. */
  get cy(): Core | undefined {
    return this.view.cy;
  }

  /** Draws the model in `container` (Cytoscape is made on the first call); rejects when it cannot be drawn. */
  async draw(container: HTMLElement, model: GraphModel): Promise<void> {
    const cy = await this.view.attach(container);
    if (!cy) throw new Error('The map could not be drawn.');
    if (!!model.present !== this.#present) {
      this.#present = !!model.present;
      this.view.restyle();
    }
    cy.autoungrabify(!model.editable);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(graphElements(model));
    });
    // Only members move; the background and the carer and naaste in the centre stay put.
    cy.nodes('.bg, .centre').ungrabify();
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
    cy.on('dragfree', 'node.member', (e: EventObject) =>
      this.#callbacks.dropped(e.target.data('party') as string, e.target.position()),
    );
  }
}
