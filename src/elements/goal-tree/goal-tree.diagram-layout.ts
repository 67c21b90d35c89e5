/**
 * Where the boxes of the tree diagram go: a tidy layout of the shown goals in pixels, each box as tall
 * as its title needs, the connectors between them, and the view a new diagram opens on. No DOM here.
 */
import { layoutGoalTree, type GoalNode } from '../../sdk/goal-tree.js';

/** The visible part of the diagram, in CSS pixels of the unzoomed canvas. */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Box and gap sizes in rem; a box is taller by `line` for every line its title needs beyond two. */
const BOX = { width: 12, height: 8.5, across: 1.5, down: 2.5, line: 1.3 };
/** Characters of a title on one line of a box, counted low so a wrapped title always fits. */
const LINE_CHARS = 17;

/** Boxes this many box widths beyond the visible part are in the page too, so scrolling shows no gaps. */
export const DIAGRAM_MARGIN = 2;

/** Lines per title at the default line length: a new layout measures only the titles it has not met. */
const linesOf = new Map<string, number>();
const LINES_KEPT = 20000;

/** The lines a title takes when wrapped at word boundaries (a word longer than a line is broken). */
export function titleLines(title: string, perLine = LINE_CHARS): number {
  if (perLine !== LINE_CHARS) return countLines(title, perLine);
  let lines = linesOf.get(title);
  if (lines === undefined) {
    if (linesOf.size >= LINES_KEPT) linesOf.clear();
    linesOf.set(title, (lines = countLines(title, perLine)));
  }
  return lines;
}

function countLines(title: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const len = word.length;
    if (used && used + 1 + len <= perLine) used += 1 + len;
    else {
      if (used) lines++;
      lines += Math.ceil(len / perLine) - 1;
      used = ((len - 1) % perLine) + 1;
    }
  }
  return lines;
}

export type DiagramLayout = ReturnType<typeof diagramLayout>;

/**
 * Where each shown goal is and how tall its box, and the canvas size, in px. Titles show whole: a row
 * of boxes (a column, left to right) is as tall as its longest title needs.
 */
export function diagramLayout(
  roots: readonly GoalNode[],
  collapsed: ReadonlySet<string>,
  horizontal: boolean,
  rem: number,
) {
  const { nodes, breadth, depth } = layoutGoalTree(roots, (n) => (collapsed.has(n.goal.id) ? [] : n.children));
  const w = BOX.width * rem,
    across = BOX.across * rem,
    down = BOX.down * rem;
  const tall = (n: GoalNode) => (BOX.height + Math.max(0, titleLines(n.goal.title) - 2) * BOX.line) * rem;
  // Vertical: one height per row (depth). Horizontal: rows are breadth positions, so one height for all.
  const rows = new Array<number>(horizontal ? 1 : depth).fill(BOX.height * rem);
  for (const p of nodes) rows[horizontal ? 0 : p.depth] = Math.max(rows[horizontal ? 0 : p.depth], tall(p.node));
  const top: number[] = [];
  for (let d = 0, y = 0; d < rows.length; y += rows[d] + down, d++) top[d] = y;
  const h = Math.max(...rows);
  const at = new Map<GoalNode, [x: number, y: number, height: number]>();
  for (const p of nodes) {
    at.set(
      p.node,
      horizontal
        ? [p.depth * (w + down), p.breadth * (h + across), h]
        : [p.breadth * (w + across), top[p.depth], rows[p.depth]],
    );
  }
  const size = horizontal
    ? [depth * (w + down) - down, breadth * (h + across) - across]
    : [breadth * (w + across) - across, depth ? top[depth - 1] + rows[depth - 1] : 0];
  return { at, w, h, down, width: Math.max(size[0], 0), height: Math.max(size[1], 0), horizontal };
}

/** The line from a goal's parent down (or across) to the goal, with the box of canvas it crosses. */
function connector(layout: DiagramLayout, n: GoalNode): { d: string; box: Viewport } | undefined {
  const { at, w, down, horizontal } = layout;
  const here = at.get(n);
  const up = n.parent && at.get(n.parent);
  if (!here || !up) return undefined;
  const [x, y, h] = here;
  const [px, py, ph] = up;
  if (horizontal) {
    const [a, b] = [py + ph / 2, y + h / 2];
    return {
      d: `M${px + w} ${a}h${down / 2}V${b}H${x}`,
      box: { x: px + w, y: Math.min(a, b), width: x - px - w, height: Math.abs(b - a) },
    };
  }
  const [a, b] = [px + w / 2, x + w / 2];
  return {
    d: `M${a} ${py + ph}v${down / 2}H${b}V${y}`,
    box: { x: Math.min(a, b), y: py + ph, width: Math.abs(b - a), height: y - py - ph },
  };
}

/** The connector of every goal of a layout, in the order of `layout.at`, made once per layout. */
const connectorsOf = new WeakMap<DiagramLayout, ({ d: string; box: Viewport } | undefined)[]>();
export function connectors(layout: DiagramLayout) {
  let list = connectorsOf.get(layout);
  if (!list) connectorsOf.set(layout, (list = [...layout.at.keys()].map((n) => connector(layout, n))));
  return list;
}

/** Text in a box is at least this many CSS pixels on screen when the diagram opens. */
export const READABLE_PX = 12;
/** The smallest text of a box (kind and facts) relative to the root font size, as in goal-tree.styles.ts. */
export const SMALLEST_TEXT = 0.8125;

/** How a new diagram opens: its zoom and the top-left corner of the view, in canvas pixels. */
export interface OpeningView {
  zoom: number;
  x: number;
  y: number;
  /** True when the whole tree is in view. */
  whole: boolean;
}

/**
 * The whole tree when it fits the frame at a zoom where its smallest text is still readable; else its
 * full breadth when that fits (the lower levels are a scroll away); else at 100 % from the top, on the main
 * goal and as many whole sub-goals as fit beside it (the hint and **Hele boom tonen** say how to see
 * the rest).
 */
export function openingView(
  layout: DiagramLayout,
  roots: readonly GoalNode[],
  horizontal: boolean,
  frame: { width: number; height: number },
  smallestText: number,
): OpeningView {
  const least = READABLE_PX / smallestText;
  const across = frame.width / (layout.width || 1);
  const down = frame.height / (layout.height || 1);
  const all = Math.min(1, across, down);
  if (all >= least) return { zoom: all, x: 0, y: 0, whole: true };
  const breadthFits = Math.min(1, horizontal ? down : across);
  if (breadthFits >= least) return { zoom: breadthFits, x: 0, y: 0, whole: false };
  const main = roots[0] && layout.at.get(roots[0]);
  if (!main) return { zoom: 1, x: 0, y: 0, whole: false };
  // Along the breadth of the tree: x when the main goal is on top, y when it is at the left.
  const span = horizontal ? frame.height : frame.width;
  const extent = (box: [number, number, number]): [number, number] =>
    horizontal ? [box[1], box[1] + box[2]] : [box[0], box[0] + layout.w];
  const [from, to] = extent(main);
  const subs = roots[0].children.flatMap((n) => {
    const box = layout.at.get(n);
    return box ? [extent(box)] : [];
  });
  // Of the places that keep the main goal in view, the one that shows the most whole sub-goals, and of
  // those the one nearest to the main goal in the middle.
  const lo = Math.max(0, to - span);
  const centred = (from + to - span) / 2;
  let start = Math.max(lo, Math.min(from, centred));
  let most = subs.filter(([a, b]) => a >= start && b <= start + span).length;
  for (const x of subs.flatMap(([a, b]) => [a, b - span]).filter((x) => x >= lo && x <= from)) {
    const shown = subs.filter(([a, b]) => a >= x && b <= x + span).length;
    if (shown > most || (shown === most && Math.abs(x - centred) < Math.abs(start - centred)))
      [most, start] = [shown, x];
  }
  return { zoom: 1, x: horizontal ? 0 : start, y: horizontal ? start : 0, whole: false };
}
