/**
 * The tree diagram: every goal a box at the place a tidy layout gives it (the stip op de horizon on
 * top, or at the left), connectors as one SVG path. Only the boxes near the visible part are put in
 * the page, so a tree of a thousand goals stays quick; the outline holds them all for assistive tech.
 */
import { html, noChange, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { layoutGoalTree, type GoalNode } from '../../sdk/goal-tree.js';
import { goalRow, type ViewState } from './goal-tree.view.js';

/** The visible part of the diagram, in CSS pixels of the unzoomed canvas. */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Sets pixel positions and sizes through the CSSOM, which a strict Content Security Policy allows
 * (a style attribute would be blocked).
 */
class BoxDirective extends Directive {
  render(_box: Record<string, number>) {
    return noChange;
  }
  override update(part: ElementPart, [box]: [Record<string, number>]) {
    const style = (part.element as HTMLElement).style;
    for (const key in box) style.setProperty(key, `${box[key]}px`);
    return noChange;
  }
}
const place = directive(BoxDirective);

/** Box and gap sizes in rem. */
const BOX = { width: 12, height: 8.5, across: 1.5, down: 2.5 };

/** Boxes this many box widths beyond the visible part are in the page too, so scrolling shows no gaps. */
export const DIAGRAM_MARGIN = 2;

export type DiagramLayout = ReturnType<typeof diagramLayout>;

/** Where each shown goal is, and the canvas size, in px. */
export function diagramLayout(roots: readonly GoalNode[], collapsed: ReadonlySet<string>, horizontal: boolean, rem: number) {
  const { nodes, breadth, depth } = layoutGoalTree(roots, (n) => (collapsed.has(n.goal.id) ? [] : n.children));
  const w = BOX.width * rem, h = BOX.height * rem, across = BOX.across * rem, down = BOX.down * rem;
  const at = new Map<GoalNode, [number, number]>();
  for (const p of nodes) {
    at.set(p.node, horizontal ? [p.depth * (w + down), p.breadth * (h + across)] : [p.breadth * (w + across), p.depth * (h + down)]);
  }
  const size = horizontal ? [depth * (w + down) - down, breadth * (h + across) - across] : [breadth * (w + across) - across, depth * (h + down) - down];
  return { at, w, h, down, width: Math.max(size[0], 0), height: Math.max(size[1], 0) };
}

/** The diagram; with `aria` it is the WAI-ARIA tree itself (flat treeitems with level and position). */
export function renderDiagram(
  roots: readonly GoalNode[], layout: DiagramLayout, s: ViewState, aria: boolean, horizontal: boolean, view: Viewport,
  list: (items: TemplateResult[]) => TemplateResult,
): TemplateResult {
  const { at, w, h, down, width, height } = layout;
  let d = '';
  const boxes: TemplateResult[] = [];
  const margin = DIAGRAM_MARGIN * w;
  for (const [n, [x, y]] of at) {
    if (n.parent) {
      const [px, py] = at.get(n.parent)!;
      d += horizontal ? `M${px + w} ${py + h / 2}h${down / 2}V${y + h / 2}H${x}` : `M${px + w / 2} ${py + h}v${down / 2}H${x + w / 2}V${y}`;
    }
    const selected = n.goal.id === s.selected;
    const near = x + w >= view.x - margin && x <= view.x + view.width + margin && y + h >= view.y - margin && y <= view.y + view.height + margin;
    if (!near && !selected) continue;
    const kids = n.children.length > 0;
    const open = kids && !s.collapsed.has(n.goal.id);
    boxes.push(html`<li role=${aria ? 'treeitem' : 'none'} data-id=${n.goal.id} class="l${Math.min(n.level, 3)}${selected ? ' selected' : ''}"
      ${place({ left: x, top: y })}
      aria-level=${ifDefined(aria ? n.level : undefined)} aria-posinset=${ifDefined(aria ? n.index + 1 : undefined)}
      aria-setsize=${ifDefined(aria ? (n.parent?.children ?? roots).length : undefined)}
      aria-expanded=${ifDefined(aria && kids ? (open ? 'true' : 'false') : undefined)}
      aria-selected=${ifDefined(aria ? (selected ? 'true' : 'false') : undefined)}
      tabindex=${ifDefined(aria ? (selected ? 0 : -1) : undefined)}>${goalRow(n, s, kids, open, selected, aria)}</li>`);
  }
  return html`<div class="canvas" aria-hidden=${ifDefined(aria ? undefined : 'true')} ${place({ width, height })}>
    <svg class="lines" width=${width} height=${height} aria-hidden="true">${svg`<path d=${d || 'M0 0'}></path>`}</svg>
    ${list(boxes)}
  </div>`;
}
