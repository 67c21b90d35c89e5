/**
 * The ring × sector layout of a care network map (netwerkkaart): the carer and the naaste in the
 * centre, the rings `eigen netwerk`, `dichtbij` and `op afstand` around them, crossed by one sector
 * per field. Pure and deterministic: the same network gives the same positions, and no two node
 * boxes (node plus its label) overlap, however many members there are.
 */
import { NETWORK_FIELDS, RINGS, type CareNetwork, type NetworkField, type Ring } from '../model.js';

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box around a point: what a node with its label, or a label on its own, covers. */
export interface Box {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

export interface CareNetworkLayoutOptions {
  /** Widest label under a node, in layout units (labels wrap to this width). Default 112. */
  labelWidth?: number;
  /** Height from a node's top to the bottom of its label (node plus up to three label lines). Default 94. */
  boxHeight?: number;
  /** How far a node's box centre lies below the node's position (labels hang below the node). Default 29. */
  boxOffset?: number;
  /** Width of a ring name and of a field name (with its count). Defaults 130 and 180. */
  ringLabelWidth?: number;
  sectorLabelWidth?: number;
  /** Empty space around every ring boundary, where the ring names are written. Default 16. */
  ringGap?: number;
}

export interface RingGeometry {
  ring: Ring;
  /** Inner and outer radius of the band. */
  inner: number;
  outer: number;
  /** Where the ring's name is written: just inside its outer edge, at the top. */
  label: Box;
}

export interface SectorGeometry {
  field: NetworkField;
  /** Angles in radians, clockwise from the top (12 o'clock). */
  start: number;
  end: number;
  /** How many members are in this field. */
  count: number;
  /** Where the field's name is written: outside the rings, in the middle of the sector. */
  label: Box;
}

export interface CareNetworkLayout {
  /** Position of every member, the carer and the naaste, by party id. Centre of the map is (0, 0). */
  positions: Record<string, Point>;
  /** The box around each node and its label, by party id. */
  boxes: Record<string, Box>;
  /** Radius of the centre disc that holds the carer and the naaste. */
  centre: number;
  rings: RingGeometry[];
  sectors: SectorGeometry[];
  /** Radius that holds everything, labels included. */
  extent: number;
}

const DEFAULTS = {
  labelWidth: 112,
  boxHeight: 94,
  boxOffset: 29,
  ringGap: 16,
  ringLabelWidth: 130,
  sectorLabelWidth: 180,
};

/** A point at `radius` and `angle` (clockwise from the top). */
export function polar(radius: number, angle: number): Point {
  return { x: round(radius * Math.sin(angle)), y: round(-radius * Math.cos(angle)) };
}

/**
 * Lays out a care network. Sector angles follow the number of members per field (an empty field
 * keeps a narrow sector, so the gap shows); rings grow outwards in tracks until every member fits.
 * Two nodes are always at least the diagonal of a node box apart, so their boxes never overlap.
 */
export function layoutCareNetwork(
  network: Pick<CareNetwork, 'carer' | 'caredFor' | 'members'>,
  options: CareNetworkLayoutOptions = {},
): CareNetworkLayout {
  const o = { ...DEFAULTS, ...options };
  // One unit more than the diagonal of a box, so rounding can never bring two boxes into contact.
  const spacing = Math.hypot(o.labelWidth, o.boxHeight) + 1;
  const box = (p: Point): Box => ({
    x: p.x,
    y: round(p.y + o.boxOffset),
    halfWidth: o.labelWidth / 2,
    halfHeight: o.boxHeight / 2,
  });

  const counts = new Map<NetworkField, number>(NETWORK_FIELDS.map((f) => [f, 0]));
  for (const m of network.members) counts.set(m.field, (counts.get(m.field) ?? 0) + 1);
  const total = network.members.length;
  // One extra share per field keeps empty fields visible; sizes still follow the counts.
  const weight = (f: NetworkField) => (counts.get(f) ?? 0) + 1 + total / 20;
  const weights = NETWORK_FIELDS.map(weight);
  const sum = weights.reduce((a, b) => a + b, 0);
  let angle = 0;
  const sectorAngles = NETWORK_FIELDS.map((field, i) => {
    const start = angle;
    angle += (weights[i] / sum) * 2 * Math.PI;
    return { field, start, end: i === NETWORK_FIELDS.length - 1 ? 2 * Math.PI : angle };
  });

  // Keyed by party id, which is data: without a prototype, an id such as `__proto__` is an ordinary key.
  const positions: Record<string, Point> = Object.create(null) as Record<string, Point>;
  // The carer above the naaste: one box height apart, so the centre disc stays small.
  const half = o.boxHeight / 2 + 0.5;
  positions[network.carer] = { x: 0, y: round(-half) };
  positions[network.caredFor] = { x: 0, y: round(half) };
  const centre = round(Math.max(half + spacing / 2 - o.ringGap / 2, half + o.boxOffset + o.boxHeight / 2 + 4));

  const rings: RingGeometry[] = [];
  let inner = centre;
  for (const ring of RINGS) {
    const cells = sectorAngles.map((s) => ({
      ...s,
      members: network.members.filter((m) => m.ring === ring && m.field === s.field).map((m) => m.party),
    }));
    const trackRadius = (t: number) => inner + o.ringGap / 2 + spacing / 2 + t * spacing;
    let tracks = 1;
    for (const cell of cells) {
      let left = cell.members.length;
      for (let t = 0; left > 0; t++) {
        const r = trackRadius(t);
        const fit = capacity(cell.end - cell.start, r, spacing);
        const here = Math.min(left, fit);
        for (let i = 0; i < here; i++) {
          const a = cell.start + ((i + 0.5) * (cell.end - cell.start)) / here;
          positions[cell.members[cell.members.length - left + i]] = polar(r, a);
        }
        left -= here;
        tracks = Math.max(tracks, t + 1);
      }
    }
    const outer = round(inner + o.ringGap + tracks * spacing);
    rings.push({
      ring,
      inner: round(inner),
      outer: round(outer),
      label: { x: 0, y: round(-outer + 28), halfWidth: o.ringLabelWidth / 2, halfHeight: 10 },
    });
    inner = outer;
  }

  const last = inner;
  const sectors: SectorGeometry[] = sectorAngles.map((s) => {
    const mid = (s.start + s.end) / 2;
    // Far enough out along the middle line that the nearest corner of the label box still lies outside the rings.
    const halfWidth = o.sectorLabelWidth / 2;
    const halfHeight = 14;
    const at = polar(last + 16 + halfWidth * Math.abs(Math.sin(mid)) + halfHeight * Math.abs(Math.cos(mid)), mid);
    const label = { x: at.x, y: at.y, halfWidth, halfHeight };
    return { field: s.field, start: s.start, end: s.end, count: counts.get(s.field) ?? 0, label };
  });

  const boxes: Record<string, Box> = Object.create(null) as Record<string, Box>;
  for (const [id, p] of Object.entries(positions)) boxes[id] = box(p);
  return { positions, boxes, centre, rings, sectors, extent: round(last + 32 + o.sectorLabelWidth) };
}

/** Which ring and field a point falls in (for snapping a dragged node); undefined in the centre. */
export function cellAt(layout: CareNetworkLayout, point: Point): { ring: Ring; field: NetworkField } | undefined {
  const r = Math.hypot(point.x, point.y);
  if (r < layout.centre) return undefined;
  const ring = (layout.rings.find((g) => r < g.outer) ?? layout.rings[layout.rings.length - 1]).ring;
  let a = Math.atan2(point.x, -point.y);
  if (a < 0) a += 2 * Math.PI;
  const field = (layout.sectors.find((s) => a >= s.start && a < s.end) ?? layout.sectors[layout.sectors.length - 1])
    .field;
  return { ring, field };
}

/** True when two boxes overlap. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return Math.abs(a.x - b.x) < a.halfWidth + b.halfWidth && Math.abs(a.y - b.y) < a.halfHeight + b.halfHeight;
}

function capacity(sweep: number, radius: number, spacing: number): number {
  // Neighbours on one track are one chord of `spacing` apart; nodes keep half a slot from the sector edges.
  const slot = 2 * Math.asin(Math.min(1, spacing / (2 * radius)));
  return Math.floor(sweep / slot + 1e-9);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
