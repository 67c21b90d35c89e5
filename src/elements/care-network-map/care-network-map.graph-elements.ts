/**
 * What the map shows, as Cytoscape element definitions: rings, sector lines and names as background
 * elements, members and relations on top, all at the positions of the SDK layout.
 */
import type { ElementDefinition } from 'cytoscape';
import { polar, type CareNetworkLayout } from '../../sdk/layout/care-network.js';
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
