import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { indicatorOnTarget, levelName, type GoalNode } from '../../sdk/goal-tree.js';
import type { GoalTreeMessages } from '../../translations/goal-tree.js';
import type { GoalTreeEditMessages } from '../../translations/goal-tree-panels.js';
import type { Draft } from './goal-tree.host.js';

/** What the goal templates need to know. */
export interface ViewState {
  t: GoalTreeMessages;
  collapsed: ReadonlySet<string>;
  selected?: string;
  renaming?: string;
  draft?: Draft;
  editable: boolean;
  /** The edit messages, once the edit part has loaded. */
  e?: GoalTreeEditMessages;
  /** In a live room: the name tag of the others who have this goal selected. */
  mark?: (id: string) => TemplateResult | typeof nothing;
}

/** A goal's facts in words: partners, steps, indicator. Never colour alone. */
export function goalFacts(node: GoalNode, t: GoalTreeMessages): string {
  const g = node.goal;
  const on = g.indicator && indicatorOnTarget(g.indicator);
  const indicator = !g.indicator ? t.indicator.none : on === undefined ? t.indicator.unmeasured : on ? t.indicator.on : t.indicator.off;
  return `${t.partners(g.partners.length)} · ${t.steps(g.steps.filter((s) => s.status === 'klaar').length, g.steps.length)} · ${indicator}`;
}

/** The input where a new goal is named, in the tree at the place it will go. */
function draftItem(level: number, posinset: number, setsize: number, s: ViewState): TemplateResult {
  const label = s.e?.newGoal(s.t.level[levelName(level)]);
  return html`<li role="treeitem" aria-level=${level} aria-posinset=${posinset} aria-setsize=${setsize} aria-selected="false"
    aria-label=${ifDefined(label)} class="draft">
    <div class="goal">${label ? html`<input data-draft aria-label=${label} autocomplete="off" maxlength="500" />` : nothing}</div>
  </li>`;
}

/** One goal's row: fold toggle, title (or the rename input), kind and facts. */
// One template per goal, with as few nested ones as possible: a tree of a thousand goals renders quickly.
export function goalRow(n: GoalNode, s: ViewState, kids: boolean, open: boolean, selected: boolean, inputs = true): TemplateResult {
  const renaming = inputs && s.renaming === n.goal.id && s.e;
  return html`<div class="goal" part=${selected ? 'goal goal-selected' : 'goal'}><span class="toggle" data-toggle aria-hidden="true"
    ?hidden=${!kids}>${open ? '−' : '+'}</span><span class="title">${renaming
      ? html`<input data-rename aria-label=${s.e!.rename} .value=${n.goal.title} autocomplete="off" maxlength="500" />`
      : n.goal.title}</span>${s.mark?.(n.goal.id) ?? nothing}<span class="kind">${s.t.level[levelName(n.level)]}</span><span class="facts">${goalFacts(n, s.t)}</span></div>`;
}

/** How many goals a render may still put in the outline; `cut` is set when goals were left for a later slice. */
export interface Budget {
  left: number;
  cut?: boolean;
}

/**
 * The goals as nested lists forming the WAI-ARIA tree: treeitems with level, position, expanded and
 * selected state, and one roving tabindex. At most `budget.left` goals, in reading order: a large tree
 * fills in over several tasks, and what is shown is always the start of the whole tree.
 */
export function renderGoals(nodes: readonly GoalNode[], s: ViewState, budget: Budget = { left: Infinity }): TemplateResult[] {
  const draft = s.draft;
  const here = !!draft && nodes[0]?.parent?.goal.id === draft.parent;
  const setsize = nodes.length + (here ? 1 : 0);
  const items: TemplateResult[] = [];
  for (const [i, n] of nodes.entries()) {
    if (budget.left <= 0) {
      budget.cut = true;
      break;
    }
    budget.left--;
    const id = n.goal.id;
    const kids = n.children.length > 0 || draft?.parent === id;
    const open = kids && !s.collapsed.has(id);
    const selected = id === s.selected;
    items.push(html`<li role="treeitem" data-id=${id} class="l${Math.min(n.level, 3)}${selected ? ' selected' : ''}"
      aria-level=${n.level} aria-posinset=${i + 1 + (here && draft!.index <= i ? 1 : 0)} aria-setsize=${setsize}
      aria-expanded=${ifDefined(kids ? (open ? 'true' : 'false') : undefined)} aria-selected=${selected ? 'true' : 'false'}
      tabindex=${selected ? 0 : -1} draggable=${ifDefined(s.editable ? 'true' : undefined)}>
      ${goalRow(n, s, kids, open, selected)}
      ${open
        ? html`<ul role="group">${renderGoals(n.children, s, budget)}${draft?.parent === id && !n.children.length ? draftItem(n.level + 1, 1, 1, s) : nothing}</ul>`
        : nothing}
    </li>`);
  }
  if (here) items.splice(draft!.index, 0, draftItem(nodes[0].level, draft!.index + 1, setsize, s));
  return items;
}
