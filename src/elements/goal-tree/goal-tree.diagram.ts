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
import type { GoalNode } from '../../sdk/goal-tree.js';
import {
  DIAGRAM_MARGIN,
  SMALLEST_TEXT,
  connectors,
  diagramLayout,
  openingView,
  type DiagramLayout,
  type OpeningView,
  type Viewport,
} from './goal-tree.diagram-layout.js';
import { goalRow, type ViewState } from './goal-tree.outline.js';
import type { DerivedGoalTree } from '../../sdk/goal-tree.js';

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
  const all = connectors(layout);
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
