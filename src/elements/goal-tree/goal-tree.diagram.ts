/**
 * The tree diagram: every goal a box at the place a tidy layout gives it (the stip op de horizon on
 * top, or at the left), connectors as one SVG path. Only the boxes near the visible part are put in
 * the page, so a tree of a thousand goals stays quick; the outline holds them all for assistive tech.
 * The layout and the connectors are made again only when the tree, the folds, the direction or the
 * root font size changed: a render for anything else (a slice of the outline filling in, a selection,
 * scrolling) costs only the boxes near the view.
 */
import { html, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProps, px } from '../../internal/css-props.js';
import { layoutGoalTree, type GoalNode } from '../../sdk/goal-tree.js';
import { goalRow, type ViewState } from './goal-tree.view.js';
import type { DerivedGoalTree } from '../../sdk/goal-tree.js';

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
function lines(layout: DiagramLayout) {
  let list = connectorsOf.get(layout);
  if (!list) connectorsOf.set(layout, (list = [...layout.at.keys()].map((n) => connector(layout, n))));
  return list;
}

/** The diagram; with `aria` it is the WAI-ARIA tree itself (flat treeitems with level and position). */
export function renderDiagram(
  roots: readonly GoalNode[],
  layout: DiagramLayout,
  s: ViewState,
  aria: boolean,
  horizontal: boolean,
  view: Viewport | 'all',
  list: (items: TemplateResult[]) => TemplateResult,
): TemplateResult {
  const { at, w, width, height } = layout;
  // On screen only the lines near the view are drawn, as the boxes: a path of thousands of lines costs every frame.
  let d = '';
  const all = lines(layout);
  let i = 0;
  const boxes: TemplateResult[] = [];
  const margin = DIAGRAM_MARGIN * w;
  const nearView = (x: number, y: number, width: number, height: number) =>
    view === 'all' ||
    (x + width >= view.x - margin &&
      x <= view.x + view.width + margin &&
      y + height >= view.y - margin &&
      y <= view.y + view.height + margin);
  for (const [n, [x, y, h]] of at) {
    const line = all[i++];
    if (line && nearView(line.box.x, line.box.y, line.box.width, line.box.height)) d += line.d;
    const selected = n.goal.id === s.selected;
    const near = nearView(x, y, w, h);
    if (!near && !selected) continue;
    const kids = n.children.length > 0;
    const open = kids && !s.collapsed.has(n.goal.id);
    boxes.push(html`<li role=${aria ? 'treeitem' : 'none'} data-id=${n.goal.id} class="l${Math.min(n.level, 3)}${selected ? ' selected' : ''}"
      style=${cssProps(px({ left: x, top: y, height: h }))}
      aria-level=${ifDefined(aria ? n.level : undefined)} aria-posinset=${ifDefined(aria ? n.index + 1 : undefined)}
      aria-setsize=${ifDefined(aria ? (n.parent?.children ?? roots).length : undefined)}
      aria-expanded=${ifDefined(aria && kids ? (open ? 'true' : 'false') : undefined)}
      aria-selected=${ifDefined(aria ? (selected ? 'true' : 'false') : undefined)}
      tabindex=${ifDefined(aria ? (selected ? 0 : -1) : undefined)}>${goalRow(n, s, kids, open, selected, aria)}</li>`);
  }
  return html`<div class="canvas" aria-hidden=${ifDefined(aria ? undefined : 'true')} style=${cssProps(px({ width, height }))}>
    <svg class="lines" width=${width} height=${height} aria-hidden="true">${svg`<path d=${d || 'M0 0'}></path>`}</svg>
    ${list(boxes)}
  </div>`;
}

type Host = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly orientation: 'vertical' | 'horizontal';
    readonly view: 'both' | 'outline' | 'diagram';
    readonly collapsed: ReadonlySet<string>;
    readonly derived: DerivedGoalTree;
    readonly selected?: string;
    readonly present: boolean;
  };

/** Goals in a tree whose diagram beside the outline is laid out in a task apart from the render. */
const LAYOUT_APART = 1000;

/** Present mode shows the diagram this much larger, boxes and text alike, so no title is cut off. */
export const PRESENT_ZOOM = 1.25;

// Reading it makes the browser compute the page's styles at once: read only when a diagram opens or zooms.
const rootFontSize = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** Text in a box is at least this many CSS pixels on screen when the diagram opens. */
export const READABLE_PX = 12;
/** The smallest text of a box (kind and facts) relative to the root font size, as in goal-tree.styles.ts. */
const SMALLEST_TEXT = 0.8125;

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

/**
 * Zoom, scrolling and what part of the diagram is in the page. A new diagram opens as `openingView`
 * says; the selected goal is kept in sight without scrolling the page.
 */
export class DiagramController implements ReactiveController {
  /** The zoom factor of the diagram. */
  zoom = 1;
  /** True when part of the diagram is out of view (then the element says how to see the rest). */
  partial = false;
  #opened = false;
  #viewport: Viewport = { x: 0, y: 0, width: 1600, height: 1200 };
  /** The part of the canvas whose boxes are in the page. */
  #covered: Viewport = this.#viewport;
  #scrollFrame = 0;
  #selected?: string;
  #present = false;
  #layout?: DiagramLayout;
  /** What the last layout was made of; the same again gives the same layout. */
  #laidOut?: { roots: readonly GoalNode[]; folds: Set<string>; horizontal: boolean; rem: number };
  #rem?: number;
  #laying = false;
  #print?: MediaQueryList;
  /** True while the page prints (or is shown as print): then every box is in the page, and every goal in the outline. */
  printing = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The zoom the canvas is drawn at: the user's, larger in present mode. */
  get #z(): number {
    return this.zoom * (this.host.present ? PRESENT_ZOOM : 1);
  }

  /** Whether the last layout is that of the tree as shown now. */
  #fresh(): boolean {
    const { host } = this;
    const was = this.#laidOut;
    return (
      !!this.#layout &&
      !!was &&
      was.roots === host.derived.roots &&
      was.horizontal === (host.orientation === 'horizontal') &&
      was.rem === (this.#rem ??= rootFontSize()) &&
      sameFolds(was.folds, host.collapsed, host.derived)
    );
  }

  /** The layout of the tree as shown now: the last one when nothing it depends on changed. */
  layout(): DiagramLayout {
    if (this.#fresh()) return this.#layout!;
    const { host } = this;
    const horizontal = host.orientation === 'horizontal';
    const rem = (this.#rem ??= rootFontSize());
    this.#laidOut = { roots: host.derived.roots, folds: new Set(host.collapsed), horizontal, rem };
    return (this.#layout = diagramLayout(host.derived.roots, host.collapsed, horizontal, rem));
  }

  /**
   * Beside the outline the diagram is a picture: for a large tree a new layout is made in a task of its
   * own, and this render shows the last one, so that unfolding thousands of goals (or an edit from
   * someone else) is not one long task of layout and outline together.
   */
  #layoutSoon(aria: boolean): DiagramLayout {
    const defer =
      !aria && this.#opened && !this.printing && this.host.derived.byId.size > LAYOUT_APART && !this.#fresh();
    if (!defer) return this.layout();
    if (!this.#laying) {
      this.#laying = true;
      setTimeout(() => {
        this.#laying = false;
        if (!this.host.isConnected) return;
        this.layout();
        this.host.requestUpdate();
      });
    }
    return this.#layout!;
  }

  /** Lays the diagram out (when something it depends on changed) and renders it; with `aria` it is the tree itself. */
  render(s: ViewState, aria: boolean, list: (items: TemplateResult[]) => TemplateResult): TemplateResult {
    const { host } = this;
    const horizontal = host.orientation === 'horizontal';
    const roots = host.derived.roots;
    // A diagram that opens (again) reads the root font size afresh: the reader may have changed it.
    if (!this.#opened) this.#rem = undefined;
    const layout = this.#layoutSoon(aria);
    const v = this.#viewport;
    // Present mode draws larger: the diagram opens again.
    if (host.present !== this.#present) {
      this.#present = host.present;
      this.#opened = false;
    }
    if (!this.#opened) {
      // The frame is not measured yet: it is about the element's width, two thirds of it with the outline beside it.
      const scale = this.#z / this.zoom;
      const frame = { width: (host.clientWidth * (aria ? 1 : 0.66)) / scale, height: (innerHeight * 0.8) / scale };
      const open = openingView(layout, roots, horizontal, frame, (this.#rem ?? rootFontSize()) * SMALLEST_TEXT);
      Object.assign(v, { x: open.x, y: open.y, width: frame.width / open.zoom, height: frame.height / open.zoom });
    } else {
      // The frame never scrolls beyond the canvas (which shrinks when goals go), so neither does the part drawn.
      v.x = Math.max(0, Math.min(v.x, layout.width - v.width));
      v.y = Math.max(0, Math.min(v.y, layout.height - v.height));
    }
    const m = DIAGRAM_MARGIN * layout.w;
    this.#covered = { x: v.x - m, y: v.y - m, width: v.width + 2 * m, height: v.height + 2 * m };
    return renderDiagram(roots, layout, s, aria, horizontal, this.printing ? 'all' : v, list);
  }

  hostConnected(): void {
    this.#print = matchMedia('print');
    this.#print.addEventListener('change', this.#onPrint);
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
  }

  /** Print media (a real print, or print emulated for a capture): the whole tree renders before the page is laid out for it. */
  #onPrint = (e: Event): void => {
    const printing = e.type === 'beforeprint' || (e.type !== 'afterprint' && !!this.#print?.matches);
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    const canvas = this.host.renderRoot.querySelector<HTMLElement>('.canvas');
    canvas?.style.setProperty('zoom', String(this.#z));
    const frame = canvas?.parentElement;
    const selected = this.host.selected;
    // Without a frame (an empty tree, the outline alone) the next diagram is a new one: it opens again.
    if (!frame) this.#opened = false;
    else if (!this.#opened && canvas && this.#layout) {
      this.#opened = true;
      const open = this.#measuredOpening(frame, canvas, this.#layout);
      this.zoom = open.zoom;
      canvas.style.setProperty('zoom', String(this.#z));
      frame.scrollLeft = open.x * this.#z;
      frame.scrollTop = open.y * this.#z;
      this.#read(frame);
    } else if (selected !== undefined && selected !== this.#selected) {
      const box = frame.querySelector<HTMLElement>(`li[data-id="${CSS.escape(selected)}"]`);
      if (box) {
        const z = this.#z,
          left = box.offsetLeft * z,
          top = box.offsetTop * z;
        if (left < frame.scrollLeft || left + box.offsetWidth * z > frame.scrollLeft + frame.clientWidth)
          frame.scrollLeft = left - (frame.clientWidth - box.offsetWidth * z) / 2;
        if (top < frame.scrollTop || top + box.offsetHeight * z > frame.scrollTop + frame.clientHeight)
          frame.scrollTop = top - (frame.clientHeight - box.offsetHeight * z) / 2;
      }
    }
    this.#selected = selected;
  }

  /** The opening view for the frame as it is laid out, and the text as the page's styles make it. */
  #measuredOpening(frame: HTMLElement, canvas: HTMLElement, layout: DiagramLayout): OpeningView {
    const style = getComputedStyle(frame);
    const pad = (a: string, b: string) => parseFloat(style.getPropertyValue(a)) + parseFloat(style.getPropertyValue(b));
    const max = parseFloat(style.maxHeight);
    const height =
      (Number.isFinite(max)
        ? max - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth)
        : innerHeight) - pad('padding-top', 'padding-bottom');
    const text = [...canvas.querySelectorAll('.goal > *')]
      .map((t) => parseFloat(getComputedStyle(t).fontSize))
      .filter((n) => n > 0);
    const smallest = text.length ? Math.min(...text) : (this.#rem ?? rootFontSize()) * SMALLEST_TEXT;
    // Present mode draws everything larger: the frame holds that much less of the canvas, and text must be that much larger.
    const scale = this.#z / this.zoom;
    const frameSize = {
      width: (frame.clientWidth - pad('padding-left', 'padding-right')) / scale,
      height: height / scale,
    };
    return openingView(layout, this.host.derived.roots, this.host.orientation === 'horizontal', frameSize, smallest);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#scrollFrame);
    this.#print?.removeEventListener('change', this.#onPrint);
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
  }

  /** Reads the visible part; renders again only when it reaches beyond the boxes in the page. */
  #read(frame: HTMLElement): void {
    const z = this.#z;
    const next = {
      x: frame.scrollLeft / z,
      y: frame.scrollTop / z,
      width: frame.clientWidth / z,
      height: frame.clientHeight / z,
    };
    const c = this.#covered;
    this.#viewport = next;
    const partial = frame.scrollWidth > frame.clientWidth + 1 || frame.scrollHeight > frame.clientHeight + 1;
    if (partial !== this.partial) {
      this.partial = partial;
      // Read inside hostUpdated too: the hint changes in the next update, not during this one.
      void Promise.resolve().then(() => this.host.requestUpdate());
    }
    if (next.x < c.x || next.y < c.y || next.x + next.width > c.x + c.width || next.y + next.height > c.y + c.height)
      this.host.requestUpdate();
  }

  /** The frame's scroll listener. */
  readonly onScroll = (e: Event): void => {
    const frame = e.currentTarget as HTMLElement;
    cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = requestAnimationFrame(() => this.#read(frame));
  };

  /** Multiplies the zoom; 0 fits the whole diagram into its frame. */
  zoomBy(factor: number): void {
    const frame = this.host.renderRoot.querySelector<HTMLElement>('.diagram');
    this.#rem = rootFontSize();
    const rem = this.#rem;
    const { width, height } = this.layout();
    const fit = frame
      ? Math.min((frame.clientWidth - 2 * rem) / (width || 1), (frame.clientHeight - 2 * rem) / (height || 1))
      : 1;
    const scale = this.#z / this.zoom;
    this.zoom = Math.min(3, Math.max(0.1, factor ? this.zoom * factor : Math.min(1, fit) / scale));
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => frame && this.#read(frame));
  }
}

/**
 * Whether two sets of folded goals fold the same shown tree: ids that are not goals of the tree, or
 * goals without sub-goals, fold nothing.
 */
function sameFolds(a: ReadonlySet<string>, b: ReadonlySet<string>, tree: DerivedGoalTree): boolean {
  const folds = (id: string) => !!tree.byId.get(id)?.children.length;
  for (const id of a) if (!b.has(id) && folds(id)) return false;
  for (const id of b) if (!a.has(id) && folds(id)) return false;
  return true;
}
