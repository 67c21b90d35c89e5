/** What who-is-who's network is built of: Cytoscape ids and element data for parties, relations and groups, and names. */
import type { CollectionArgument, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { settle } from '../../internal/graph-view.js';
import type { Party, Position, Relation } from '../../sdk/model.js';

/**
 * A graph with more elements than this is added to Cytoscape a slice per task: all at once, 8,000
 * elements hold the page for more than a second (styles, bounds and the first drawing of each).
 */
export const LARGE_GRAPH = 1000;

/**
 * A graph drawn as large (names when zoomed in, no fading, slices): over 1,000 elements, or over 250
 * parties — a group of the overview with few ties drawn still has hundreds of names, too many to measure
 * and draw at a zoom where they cannot be read.
 */
export const isLarge = (parties: readonly Party[], relations: readonly Relation[]) =>
  parties.length > LARGE_GRAPH / 4 || parties.length + relations.length > LARGE_GRAPH;

/** The overview of a large map as drawn: a node per group, a line per tie (see who-is-who.overview.ts). */
export interface GroupPicture {
  nodes: { key: string; label: string; field?: string; size: number; position: Position; hidden: boolean }[];
  edges: { a: string; b: string; width: number }[];
}

/** Cytoscape ids of the overview's groups. */
export const groupId = (key: string) => `g:${key}`;

/**
 * Cytoscape ids of parties and relations, prefixed per collection: the dataset's ids are unique only
 * within a collection, and a relation with the id of a party would otherwise never be drawn.
 */
export const nodeId = (party: string) => `p:${party}`;
export const edgeId = (relation: string) => `r:${relation}`;
/** The party (or group) a node stands for. */
export const keyOf = (node: NodeSingular) => node.id().slice(2);

/** Names are shortened here rather than by Cytoscape's ellipsis, which measures every label character by character. */
export const shortLabel = (name: string) => (name.length > 28 ? `${name.slice(0, 27)}…` : name);

/** A party's node data; without `labelled`, no name is drawn (a large graph names nodes when zoomed in on). */
export function nodeData(p: Party, labelled = true) {
  const data = { id: nodeId(p.id), name: p.name, field: p.field };
  return labelled ? { ...data, label: shortLabel(p.name) } : data;
}

/** A party's node at `position`. */
export const nodeDef = (p: Party, labelled: boolean, position: Position, pinned = false): ElementDefinition => ({
  group: 'nodes',
  data: nodeData(p, labelled),
  position: { x: position.x, y: position.y },
  classes: pinned ? 'pinned' : '',
});

export const edgeDef = (r: Relation): ElementDefinition => ({
  group: 'edges',
  data: { id: edgeId(r.id), source: nodeId(r.source), target: nodeId(r.target) },
});

/** The overview's groups and the ties between them. */
export const groupElements = (picture: GroupPicture): ElementDefinition[] => [
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
];

/**
 * Draws the overview's `picture` over the groups drawn before (or none), changing in place only what differs:
 * a search or filter changes the counts and hides groups, and Cytoscape then styles, measures and draws only
 * those again, rather than every element of a picture made afresh in the frame that answers the key.
 * Returns whether anything changed.
 */
export function drawGroups(cy: Core, picture: GroupPicture): boolean {
  const wanted = groupElements(picture);
  const byId = new Map(wanted.map((def) => [def.data.id!, def]));
  const changed = cy.collection();
  let removed = 0;
  cy.batch(() => {
    // A group whose field went (the grouping changed) is made afresh: Cytoscape keeps data it is not told to remove.
    removed = cy
      .elements()
      .filter((e) => {
        const def = byId.get(e.id());
        return !def || e.data('field') !== def.data.field;
      })
      .remove().length;
    for (const def of wanted) {
      const ele = cy.getElementById(def.data.id!);
      if (ele.empty()) {
        changed.merge(cy.add(def));
        continue;
      }
      let change = false;
      for (const [key, value] of Object.entries(def.data)) if (ele.data(key) !== value) change = !!ele.data(key, value);
      const at = def.position;
      if (at && (ele.position('x') !== at.x || ele.position('y') !== at.y)) change = !!ele.position({ ...at });
      const hidden = String(def.classes).includes('hidden');
      if (ele.hasClass('hidden') !== hidden) change = !!ele.toggleClass('hidden', hidden);
      if (change) changed.merge(ele);
    }
  });
  // Styled and measured in this task, not in the frame that draws them.
  settle(changed, true);
  return removed > 0 || changed.nonempty();
}

/**
 * Styles and measures a group, a tie and a named party once, and removes them again, as Cytoscape is made:
 * its first styling runs code that is not compiled yet, which would otherwise lengthen the frame that draws
 * the first picture (by some 40 ms).
 */
export function warmUp(cy: Core): void {
  const picture: GroupPicture = {
    nodes: ['a', 'b'].map((key, i) => ({
      key: `\u0000${key}`,
      label: `${key}\n1`,
      field: 'zorg',
      size: 1,
      position: { x: i, y: i },
      hidden: false,
    })),
    edges: [{ a: '\u0000a', b: '\u0000b', width: 1 }],
  };
  const party = { id: '\u0000c', name: 'c', field: 'zorg' } as Party;
  cy.batch(() => {
    const added = cy.add([...groupElements(picture), nodeDef(party, true, { x: 0, y: 0 })]);
    settle(added, true);
    added.remove();
  });
}

/**
 * In a live room: marks each party someone else has chosen, with the words of its name tag ("Ook hier:
 * Anja") under its name; the parties marked `before` and no longer are unmarked.
 */
export function markOthers(cy: Core, before: ReadonlyMap<string, string>, tags: ReadonlyMap<string, string>): void {
  cy.batch(() => {
    for (const [party] of before) {
      if (tags.has(party)) continue;
      const node = cy.getElementById(nodeId(party));
      if (node.nonempty()) node.removeClass('others').data('label', shortLabel(node.data('name') as string));
    }
    for (const [party, tag] of tags) {
      const node = cy.getElementById(nodeId(party));
      if (node.nonempty()) node.addClass('others').data('label', `${shortLabel(node.data('name') as string)}\n${tag}`);
    }
  });
}

/**
 * Gives nodes in view their names when zoomed in to `minZoom` or more, the ones nearest the centre
 * first. A large graph starts without names: at the zoom that shows all of it they are too small to
 * draw, and measuring thousands of them would delay the picture. Names at most `limit` nodes at once;
 * returns how many it named, and whether more in view are waiting.
 */
export function labelInView(cy: Core, minZoom: number, limit = 150): { named: number; more: boolean } {
  if (cy.zoom() < minZoom) return { named: 0, more: false };
  const { x1, y1, x2, y2 } = cy.extent();
  const cx = (x1 + x2) / 2;
  const cy0 = (y1 + y2) / 2;
  const waiting: { node: NodeSingular; d: number }[] = [];
  cy.nodes().forEach((node) => {
    if (node.data('label')) return;
    const { x, y } = node.position();
    if (x >= x1 && x <= x2 && y >= y1 && y <= y2) waiting.push({ node, d: (x - cx) ** 2 + (y - cy0) ** 2 });
  });
  waiting.sort((a, b) => a.d - b.d);
  const next = cy.collection();
  for (const w of waiting.slice(0, limit)) next.merge(w.node);
  nameNodes(cy, next);
  settle(next);
  return { named: next.length, more: waiting.length > limit };
}

/** Gives `nodes` their (short) names. */
export function nameNodes(cy: Core, nodes: CollectionArgument): void {
  cy.batch(() => nodes.forEach((n) => nameNode(n as NodeSingular)));
}

/** Gives a node its (short) name, unless it has one. */
export const nameNode = (n: NodeSingular) =>
  void (n.data('label') || n.data('label', shortLabel(String(n.data('name')))));
