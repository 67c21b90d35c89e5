/**
 * The outline of `<goal-tree>`: the goals as a WAI-ARIA tree of nested lists, and the row of one goal,
 * which the diagram shows too. A large tree fills in a slice at a time, and a render redoes only what changed.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Directive, directive } from 'lit/directive.js';
import { indicatorOnTarget, levelName, type DerivedGoalTree, type GoalNode } from '../../sdk/goal-tree.js';
import type { GoalTreeMessages } from '../../translations/goal-tree.js';
import type { GoalTreeEditMessages } from '../../translations/goal-tree-panels.js';
import type { Draft } from './goal-tree.port.js';

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
  const indicator = !g.indicator
    ? t.indicator.none
    : on === undefined
      ? t.indicator.unmeasured
      : on
        ? t.indicator.on
        : t.indicator.off;
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
export function goalRow(
  n: GoalNode,
  s: ViewState,
  kids: boolean,
  open: boolean,
  selected: boolean,
  inputs = true,
): TemplateResult {
  const renaming = inputs && s.renaming === n.goal.id && s.e;
  const mark = s.mark?.(n.goal.id) ?? nothing;
  return html`<div class=${mark === nothing ? 'goal' : 'goal marked'} part=${selected ? 'goal goal-selected' : 'goal'}><span class="toggle" data-toggle aria-hidden="true"
    ?hidden=${!kids}>${open ? '−' : '+'}</span><span class="title">${
      renaming
        ? html`<input data-rename aria-label=${s.e!.rename} .value=${n.goal.title} autocomplete="off" maxlength="500" />`
        : n.goal.title
    }</span>${mark}<span class="kind">${s.t.level[levelName(n.level)]}</span><span class="facts">${goalFacts(n, s.t)}</span></div>`;
}

/** How many goals a render may still put in the outline; `cut` is set when goals were left for a later slice. */
export interface Budget {
  left: number;
  cut?: boolean;
}

/** A goal's row and subtree as the outline last showed them, and where the goal stood then. */
interface Kept {
  goal: GoalNode['goal'];
  level: number;
  index: number;
  item: TemplateResult;
  count: number;
}

/**
 * What the outline showed last, so that a render (a slice of a large tree filling in, a selection, a
 * fold, an edit — one's own or someone else's in a live room) renders again only the goals whose rows
 * or subtrees changed; the others stay as they are. A goal's subtree is remembered once it was shown
 * whole, with how many goals it showed. Goals are known by id: after an edit the tree is derived anew,
 * and a goal that is the same object at the same place, with the same sub-goals, is kept.
 */
export class OutlineMemo {
  #kept = new Map<string, Kept>();
  #was?: {
    t: unknown;
    e: unknown;
    editable: boolean;
    tree: DerivedGoalTree;
    selected?: string;
    renaming?: string;
    draft?: string;
    collapsed: Set<string>;
    marks: ReadonlyMap<string, string>;
  };

  /**
   * Forgets the subtrees that hold what changed since the last render. `marks` tells, per goal, who else
   * has it selected (any text that changes when the name tag changes).
   */
  prepare(s: ViewState, tree: DerivedGoalTree, marks: ReadonlyMap<string, string> = new Map()): void {
    const was = this.#was;
    this.#was = {
      t: s.t,
      e: s.e,
      editable: s.editable,
      tree,
      selected: s.selected,
      renaming: s.renaming,
      draft: s.draft?.parent,
      collapsed: new Set(s.collapsed),
      marks,
    };
    if (!was || was.t !== s.t || was.e !== s.e || was.editable !== s.editable) {
      // Another language or mode: every row may differ.
      this.#kept.clear();
      return;
    }
    if (s.draft || was.draft !== undefined) {
      // A draft row shifts the positions of its siblings: render them all again while it is there, and once after.
      this.#kept.clear();
      return;
    }
    const changed = new Set<string | undefined>([was.selected, s.selected, was.renaming, s.renaming]);
    for (const id of was.collapsed) if (!s.collapsed.has(id)) changed.add(id);
    for (const id of s.collapsed) if (!was.collapsed.has(id)) changed.add(id);
    for (const id of new Set([...was.marks.keys(), ...marks.keys()]))
      if (was.marks.get(id) !== marks.get(id)) changed.add(id);
    if (was.tree !== tree) {
      const old = was.tree;
      const siblings = (t: DerivedGoalTree, n: GoalNode) => (n.parent?.children ?? t.roots).length;
      for (const [id, n] of tree.byId) {
        const o = old.byId.get(id);
        if (
          !o ||
          o.goal !== n.goal ||
          o.index !== n.index ||
          o.level !== n.level ||
          o.children.length !== n.children.length ||
          siblings(old, o) !== siblings(tree, n)
        )
          changed.add(id);
      }
      for (const [id, o] of old.byId) {
        if (tree.byId.has(id)) continue;
        this.#kept.delete(id);
        changed.add(o.parent?.goal.id);
      }
    }
    for (const id of changed) {
      if (id === undefined) continue;
      this.#kept.delete(id);
      for (let n = tree.byId.get(id); n; n = n.parent) this.#kept.delete(n.goal.id);
    }
  }

  /** The outline's goals, at most `budget.left` of them (the rest in later slices); `marks` as in `prepare`. */
  render(s: ViewState, tree: DerivedGoalTree, marks: ReadonlyMap<string, string>, budget: Budget): unknown[] {
    this.prepare(s, tree, marks);
    return renderGoals(tree.roots, s, budget, this);
  }

  get(n: GoalNode): Kept | undefined {
    const k = this.#kept.get(n.goal.id);
    return k && k.goal === n.goal && k.level === n.level && k.index === n.index ? k : undefined;
  }

  set(n: GoalNode, item: TemplateResult, count: number): void {
    this.#kept.set(n.goal.id, { goal: n.goal, level: n.level, index: n.index, item, count });
  }
}

/** Puts a remembered row in the page again only when its place held something else before. */
class KeptDirective extends Directive {
  #item?: TemplateResult;
  render(item: TemplateResult) {
    return item;
  }
  override update(_part: unknown, [item]: [TemplateResult]) {
    if (item === this.#item) return noChange;
    this.#item = item;
    return item;
  }
}
const kept = directive(KeptDirective);

/**
 * The goals as nested lists forming the WAI-ARIA tree: treeitems with level, position, expanded and
 * selected state, and one roving tabindex. At most `budget.left` goals, in reading order: a large tree
 * fills in over several tasks, and what is shown is always the start of the whole tree. With a `memo`,
 * subtrees that did not change since the last render are not rendered again.
 */
export function renderGoals(
  nodes: readonly GoalNode[],
  s: ViewState,
  budget: Budget = { left: Infinity },
  memo?: OutlineMemo,
): unknown[] {
  const draft = s.draft;
  const here = !!draft && nodes[0]?.parent?.goal.id === draft.parent;
  const setsize = nodes.length + (here ? 1 : 0);
  const items: unknown[] = [];
  for (const [i, n] of nodes.entries()) {
    if (budget.left <= 0) {
      budget.cut = true;
      break;
    }
    const remembered = memo?.get(n);
    if (remembered && remembered.count <= budget.left) {
      budget.left -= remembered.count;
      items.push(kept(remembered.item));
      continue;
    }
    const before = budget.left;
    const cutBefore = budget.cut;
    budget.cut = false;
    budget.left--;
    const id = n.goal.id;
    const kids = n.children.length > 0 || draft?.parent === id;
    const open = kids && !s.collapsed.has(id);
    const selected = id === s.selected;
    const item = html`<li role="treeitem" data-id=${id} class="l${Math.min(n.level, 3)}${selected ? ' selected' : ''}"
      aria-level=${n.level} aria-posinset=${i + 1 + (here && draft!.index <= i ? 1 : 0)} aria-setsize=${setsize}
      aria-expanded=${ifDefined(kids ? (open ? 'true' : 'false') : undefined)} aria-selected=${selected ? 'true' : 'false'}
      tabindex=${selected ? 0 : -1} draggable=${ifDefined(s.editable ? 'true' : undefined)}>
      ${goalRow(n, s, kids, open, selected)}
      ${
        open
          ? html`<ul role="group">${renderGoals(n.children, s, budget, memo)}${draft?.parent === id && !n.children.length ? draftItem(n.level + 1, 1, 1, s) : nothing}</ul>`
          : nothing
      }
    </li>`;
    if (!budget.cut) memo?.set(n, item, before - budget.left);
    budget.cut ||= cutBefore;
    items.push(memo ? kept(item) : item);
  }
  if (here) items.splice(draft!.index, 0, draftItem(nodes[0].level, draft!.index + 1, setsize, s));
  return items;
}
