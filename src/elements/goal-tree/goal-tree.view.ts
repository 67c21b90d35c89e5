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
}

/** A goal's facts in words: partners, steps, indicator. Never colour alone. */
export function goalFacts(node: GoalNode, t: GoalTreeMessages): string {
  const g = node.goal;
  const on = g.indicator && indicatorOnTarget(g.indicator);
  const indicator = !g.indicator ? t.indicator.none : on === undefined ? t.indicator.unmeasured : on ? t.indicator.on : t.indicator.off;
  return `${t.partners(g.partners.length)} · ${t.steps(g.steps.filter((s) => s.status === 'klaar').length, g.steps.length)} · ${indicator}`;
}

/** The input where a new goal is named, in the tree at the place it will go. */
function draftItem(level: number, posinset: number, setsize: number, s: ViewState, aria: boolean): TemplateResult {
  const label = s.e?.newGoal(s.t.level[levelName(level)]);
  return html`<li role=${aria ? 'treeitem' : 'none'} aria-level=${ifDefined(aria ? level : undefined)} aria-posinset=${ifDefined(aria ? posinset : undefined)}
    aria-setsize=${ifDefined(aria ? setsize : undefined)} aria-selected=${ifDefined(aria ? 'false' : undefined)} aria-label=${ifDefined(aria ? label : undefined)} class="draft">
    <div class="goal">${aria && label ? html`<input data-draft aria-label=${label} autocomplete="off" maxlength="500" />` : nothing}</div>
  </li>`;
}

/**
 * The goals as nested lists. With `aria`, they form the WAI-ARIA tree (treeitems with level,
 * position, expanded and selected state, and one roving tabindex); without, a picture that mirrors
 * it for pointer users while the tree speaks for it.
 */
export function renderGoals(nodes: readonly GoalNode[], s: ViewState, aria: boolean): TemplateResult[] {
  const draft = s.draft;
  const setsize = nodes.length + (draft && nodes[0]?.parent?.goal.id === draft.parent ? 1 : 0);
  const items: TemplateResult[] = nodes.map((n, i) => {
    const g = n.goal;
    const id = g.id;
    const kids = n.children.length > 0 || draft?.parent === id;
    const open = kids && !s.collapsed.has(id);
    const selected = id === s.selected;
    const pos = i + 1 + (draft && nodes[0]?.parent?.goal.id === draft.parent && draft.index <= i ? 1 : 0);
    return html`<li
      role=${aria ? 'treeitem' : 'none'}
      data-id=${id}
      class="l${Math.min(n.level, 3)}${selected ? ' selected' : ''}"
      aria-level=${ifDefined(aria ? n.level : undefined)}
      aria-posinset=${ifDefined(aria ? pos : undefined)}
      aria-setsize=${ifDefined(aria ? setsize : undefined)}
      aria-expanded=${ifDefined(aria && kids ? (open ? 'true' : 'false') : undefined)}
      aria-selected=${ifDefined(aria ? (selected ? 'true' : 'false') : undefined)}
      tabindex=${ifDefined(aria ? (selected ? 0 : -1) : undefined)}
      draggable=${ifDefined(aria && s.editable ? 'true' : undefined)}
    >
      <div class="goal" part="goal${selected ? ' goal-selected' : ''}">
        ${kids ? html`<span class="toggle" data-toggle aria-hidden="true">${open ? '−' : '+'}</span>` : nothing}
        ${aria && s.renaming === id && s.e
          ? html`<input data-rename aria-label=${s.e.rename} .value=${g.title} autocomplete="off" maxlength="500" />`
          : html`<span class="title">${g.title}</span>`}
        <span class="kind">${s.t.level[levelName(n.level)]}</span>
        <span class="facts">${goalFacts(n, s.t)}</span>
      </div>
      ${open
        ? html`<ul role=${aria ? 'group' : 'none'}>${renderGoals(n.children, s, aria)}${draft?.parent === id && !n.children.length ? draftItem(n.level + 1, 1, 1, s, aria) : nothing}</ul>`
        : nothing}
    </li>`;
  });
  if (draft && nodes.length && nodes[0].parent?.goal.id === draft.parent) {
    items.splice(draft.index, 0, draftItem(nodes[0].level, draft.index + 1, setsize, s, aria));
  }
  return items;
}
