import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { LiveRegion } from '../../internal/live-region.js';
import { baseStyles } from '../../internal/styles.js';
import { menuButtonStyles } from '../../internal/menu-button.js';
import { commonMessages } from '../../translations/common.js';
import { SamenspelSelectEvent } from '../../events/events.js';
import { deriveGoalTree, overviewFolds, walkGoalTree, type DerivedGoalTree } from '../../sdk/goal-tree.js';
import type { Change } from '../../sdk/store.js';
import type { Dataset, Goal, GoalTree } from '../../sdk/model.js';
import type { Lang } from '../../translations/localize.js';
import { goalTreeMessages, type GoalTreeMessages } from '../../translations/goal-tree.js';
import { goalTreeStyles } from './goal-tree.styles.js';
import { OutlineMemo, renderGoals } from './goal-tree.view.js';
import { SliceController } from './goal-tree.slices.js';
import { DiagramController } from './goal-tree.diagram.js';
import { handleTreeKey } from './goal-tree.keys.js';
import { renderViewBar, type BarAction } from './goal-tree.toolbar.js';
import type { Draft, GoalTreeHost } from './goal-tree.host.js';
import type { Person, PresenceSelection } from '../../sdk/live/presence.js';

// Rarely used parts load on first use, so a page that only shows a tree stays small.
type Edit = typeof import('./goal-tree.editing.js');
type Parts = typeof import('./goal-tree.parts.js');
let editPart: Promise<Edit> | undefined;
let panelPart: Promise<Parts> | undefined;
const LARGE_TREE = 150;

/**
 * @tagname goal-tree
 * @summary The doelenboom: a stip op de horizon, subgoals and concrete goals, each with partners, steps and an
 * indicator — as an outline (a WAI-ARIA tree) and a tree diagram that share selection and focus.
 *
 * @event {SamenspelSelectEvent} samenspel-select - a goal was selected; `detail` is `{ kind: 'goal', id }`
 * @event {SamenspelChangeEvent} samenspel-change - the user changed the tree (or undid or redid a change); `detail.changes` holds the changes
 * @event {SamenspelErrorEvent} samenspel-error - data could not be loaded or read, an edit was refused, or an export failed; `detail.issues` says why
 *
 * @csspart base - the wrapper of everything
 * @csspart caption - the title of the tree
 * @csspart toolbar - each row of buttons
 * @csspart view-toolbar - the row of buttons that change the view
 * @csspart edit-toolbar - the row of editing buttons (when editable)
 * @csspart outline - the outline (the goals as a tree of lists)
 * @csspart diagram - the tree diagram
 * @csspart goal - one goal in the diagram
 * @csspart goal-selected - the selected goal in the diagram (also has `goal`)
 * @csspart view-hint - under the diagram while part of it is out of view: how to see the rest
 * @csspart legend - the explanation under the diagram
 * @csspart invitation - what an empty tree shows
 * @csspart panel - the details and insights panel
 * @csspart presence-mark - in a live room: the name of who else has a goal selected (in the outline and the diagram)
 *
 * @cssproperty --samenspel-goal-tree-connector-color - lines between goals in the diagram
 * @cssproperty --samenspel-goal-tree-goal-background-color - background of a goal
 * @cssproperty --samenspel-goal-tree-goal-selected-background-color - background of the selected goal
 * @cssproperty --samenspel-goal-tree-diagram-max-block-size - height of the diagram before it scrolls (80vh)
 */
export class GoalTreeElement extends SamenspelElement implements GoalTreeHost {
  static override samenspelTag = 'goal-tree';
  static override styles = [baseStyles, menuButtonStyles, goalTreeStyles];
  static override lazyCatalogs = [goalTreeMessages];

  /** Id of the goal tree to show; the first one in the data when not set. */
  @property({ reflect: true }) tree?: string;
  /** Lets the user add, rename, move and remove goals and edit their details. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** The views shown: outline and diagram side by side (`both`), or one of them. */
  @property({ reflect: true }) view: 'both' | 'outline' | 'diagram' = 'both';
  /** The diagram's direction: the main goal on top (`vertical`) or at the left (`horizontal`). */
  @property({ reflect: true }) orientation: 'vertical' | 'horizontal' = 'vertical';
  /** Id of the selected goal. */
  @property({ reflect: true }) selected?: string;

  /** @internal */ @state() renaming?: string;
  /** @internal */ @state() draft?: Draft;
  @state() private panel?: 'details' | 'insights';
  /** @internal Goal ids folded in the views. */
  readonly collapsed = new Set<string>();
  #edit?: Edit;
  #parts?: Parts;
  #focusNext?: string;
  #live = new LiveRegion(this);
  #diagram = new DiagramController(this);
  #slices = new SliceController(this);
  #outline = new OutlineMemo();
  #derived?: { for: GoalTree | undefined; tree: DerivedGoalTree };
  #visible?: { tree: DerivedGoalTree; folds: Set<string>; ids: string[] };

  /** True while a large outline is still filling in (it does so over several tasks, so the page stays responsive). */
  get rendering(): boolean {
    return this.#slices.filling || this.#slices.holding;
  }
  /** @internal */ get language(): Lang {
    return this.localize.lang;
  }
  /** @internal */ get snapshot(): Dataset {
    return this.activeStore.snapshot;
  }
  /** The goal tree shown. */
  get goalTree(): GoalTree | undefined {
    const trees = this.snapshot.goalTrees;
    return this.tree ? trees.find((t) => t.id === this.tree) : trees[0];
  }
  /** @internal */ get derived(): DerivedGoalTree {
    const tree = this.goalTree;
    let cached = this.#derived;
    if (!cached || cached.for !== tree) {
      const first = cached?.for?.id !== tree?.id;
      cached = this.#derived = { for: tree, tree: deriveGoalTree(tree ?? { goals: [] }) };
      // A tree opens with the folds stored in it; a large one opens on an overview of its first levels.
      if (first)
        for (const id of [
          ...(tree?.goals ?? []).filter((g) => g.collapsed).map((g) => g.id),
          ...overviewFolds(cached.tree, LARGE_TREE),
        ])
          this.collapsed.add(id);
    }
    return cached.tree;
  }
  /** The selected goal, if any. */
  get selectedGoal(): Goal | undefined {
    return this.selected === undefined ? undefined : this.derived.byId.get(this.selected)?.goal;
  }

  /** @internal */ visibleIds(): string[] {
    const derived = this.derived;
    const was = this.#visible;
    // Every render and key asks; the list changes only with the tree and the folds.
    if (was && was.tree === derived && sameSet(was.folds, this.collapsed)) return was.ids;
    const ids: string[] = [];
    walkGoalTree(
      derived.roots,
      (n) => ids.push(n.goal.id),
      (n) => !this.collapsed.has(n.goal.id),
    );
    this.#visible = { tree: derived, folds: new Set(this.collapsed), ids };
    return ids;
  }

  /** Selects a goal (unfolding what hides it) and by default moves the keyboard focus to it. */
  selectGoal(id: string | undefined, focus = true): void {
    const node = id === undefined ? undefined : this.derived.byId.get(id);
    if (!node) return;
    for (let at = node.parent; at; at = at.parent) this.collapsed.delete(at.goal.id);
    if (id !== this.selected) {
      this.selected = id;
      this.dispatchEvent(new SamenspelSelectEvent({ kind: 'goal', id: node.goal.id }));
    }
    if (focus) this.#focusNext = id;
    this.requestUpdate();
  }

  /** @internal Follows the goal someone else selected, without taking the keyboard focus. */
  override followSelection({ kind, id }: PresenceSelection): void {
    if (kind === 'goal' && this.derived.byId.has(id)) this.selectGoal(id, false);
  }

  /** Folds (`false`) or unfolds (`true`) a goal. */
  setExpanded(id: string, open: boolean): void {
    if (open) this.collapsed.delete(id);
    else this.collapsed.add(id);
    this.requestUpdate();
  }

  /** @internal */ commitTree(
    tree: GoalTree,
    options: { extra?: Change[]; focus?: string; say?: string } = {},
  ): boolean {
    const change = { op: 'put', collection: 'goalTrees', record: tree } as const;
    const ok = this.#live.commit(() => this.edit([...(options.extra ?? []), change]), { say: options.say });
    if (ok && options.focus) this.selectGoal(options.focus);
    return ok;
  }

  /** @internal */ focusAfterUpdate(selector: string): void {
    this.#live.focusAfterUpdate(selector);
  }

  /** @internal */ announce(text: string): void {
    this.#live.announce(text);
  }

  /** Opens the details of the selected goal. */
  openDetails(): void {
    this.#loadParts();
    this.panel = 'details';
  }

  /** Closes the details and puts the focus back on the goal. */
  closeDetails(): void {
    this.panel = undefined;
    this.selectGoal(this.selected);
  }

  override undo(): void {
    super.undo();
    this.#afterHistory(true);
  }

  override redo(): void {
    super.redo();
    this.#afterHistory(false);
  }

  #afterHistory(undone: boolean): void {
    const t = this.#edit?.messages(this);
    if (t) this.announce(undone ? t.undone : t.redone);
    const focused = this.shadowRoot?.activeElement;
    const id =
      this.selected !== undefined && this.derived.byId.has(this.selected)
        ? this.selected
        : this.derived.roots[0]?.goal.id;
    // The focus follows the goal from the tree and from the invitation of an emptied tree, which undo replaces.
    this.selectGoal(id, !focused || focused.getAttribute('role') === 'treeitem' || focused.id === 'stip');
  }

  #loadParts(): void {
    panelPart ??= import('./goal-tree.parts.js');
    void panelPart.then((m) => {
      const root = this.renderRoot as ShadowRoot;
      const sheet = m.panelStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet))
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.#parts = m;
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.editable && !this.#edit)
      this.loadPart((editPart ??= import('./goal-tree.editing.js')), (m) => (this.#edit = m));
    // A large tree just read (from `data`, or a `src` that was loading) and not on screen yet renders in a task of its own.
    const read = changed.has('data') || (changed as Map<string, unknown>).get('loadState') === 'loading';
    const hold = read && this.#slices.holdFirstRender(this.goalTree, this.#derived?.for?.id);
    if (hold) this.loadPart(hold, () => undefined);
    if (this.#slices.holding) return;
    if (this.selected === undefined || !this.derived.byId.has(this.selected))
      this.selected = this.derived.roots[0]?.goal.id;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const root = this.renderRoot as ShadowRoot;
    if ((changed.has('draft') && this.draft) || (changed.has('renaming') && this.renaming)) {
      const input = root.querySelector<HTMLInputElement>('input[data-draft], input[data-rename]');
      input?.focus();
      input?.select();
    } else if (this.#focusNext !== undefined) {
      root.querySelector<HTMLElement>(`[role=treeitem][data-id="${CSS.escape(this.#focusNext)}"]`)?.focus();
    }
    this.#focusNext = undefined;
  }

  override render() {
    const t = this.localize.messages(goalTreeMessages);
    const tree = this.goalTree;
    const edit = this.editable ? this.#edit : undefined;
    return html`<div class="base" part="base" @keydown=${this.#onKeydown}>
      ${this.renderStatus()}
      ${this.tree && !tree && this.loadState === 'ready' ? html`<p class="status" role="note">${t.missingTree(this.tree)}</p>` : nothing}
      ${
        this.#slices.holding
          ? html`<div class="status" role="status" part="status">${this.localize.messages(commonMessages).loading}</div>`
          : tree?.goals.length
            ? this.#renderTree(t, tree, edit)
            : this.loadState === 'loading' || this.loadState === 'error'
              ? nothing
              : html`<div class="invite" part="invitation"><p><strong>${t.emptyTitle}</strong></p>${edit ? edit.renderStart(this) : html`<p>${t.emptyReadonly}</p>`}</div>`
      }
      ${this.#live.render()}
    </div>`;
  }

  #renderTree(t: GoalTreeMessages, tree: GoalTree, edit: Edit | undefined): TemplateResult {
    const s = {
      t,
      e: edit?.messages(this),
      collapsed: this.collapsed,
      selected: this.selected,
      renaming: this.renaming,
      draft: this.draft,
      editable: !!edit,
      mark: this.presence ? (id: string) => this.presenceMark('goal', id) : undefined,
    };
    const roots = this.derived.roots;
    const list = (aria: boolean) => (items: unknown[]) => html`<ul class="root" role=${aria ? 'tree' : 'none'}
      aria-label=${ifDefined(aria ? t.tree(tree.title) : undefined)} aria-describedby=${ifDefined(aria ? 'hint' : undefined)}
      @keydown=${this.#onTreeKey} @focusin=${this.#onFocusIn} @click=${this.#onClick} @dblclick=${this.#onPointerEdit}
      @focusout=${this.#onTreeKey} @dragstart=${this.#onPointerEdit} @dragover=${this.#onPointerEdit} @drop=${this.#onPointerEdit}>${items}</ul>`;
    const diagramOnly = this.view === 'diagram';
    const p = this.#parts;
    const panelButton = (which: 'details' | 'insights', primary = false): BarAction => ({
      label: t[which],
      primary,
      pressed: this.panel === which,
      run: () => (this.panel === which ? this.closeDetails() : (this.#loadParts(), (this.panel = which))),
    });
    const present: BarAction = {
      label: this.localize.messages(commonMessages).present,
      part: 'present-toggle',
      pressed: this.present,
      run: () => (this.present = !this.present),
    };
    // Present mode keeps what a facilitator needs: the levels, the direction, the zoom.
    const extra = this.present ? [] : [panelButton('details', true), panelButton('insights')];
    const keep = this.present
      ? undefined
      : html`<details class="menu" @toggle=${this.#loadParts}><summary>${t.exportLabel}</summary>${p ? p.renderExportMenu(this) : t.partLoading}</details>`;
    return html`<p class="caption" part="caption">${tree.title}</p>
      ${renderViewBar(this, t, (f) => this.#diagram.zoomBy(f), extra, keep, [present])}
      ${edit && !this.present ? edit.renderEditBar(this) : nothing}
      <p class="hint" id="hint"><span class="keys">${t.hint} ${s.e?.editHint ?? ''}</span><span class="touch">${s.e ? t.touchHintEdit : t.touchHint}</span></p>
      ${diagramOnly && this.draft && s.e ? html`<div class="draft-bar" @keydown=${this.#onTreeKey} @focusout=${this.#onTreeKey}><input data-draft aria-label=${s.e.newGoal(t.level.subdoel)} autocomplete="off" maxlength="500" /></div>` : nothing}
      <div class="views">
        ${diagramOnly ? nothing : html`<div class="outline" part="outline">${list(true)(this.#renderOutline(roots, s))}</div>`}
        ${
          this.view === 'outline'
            ? nothing
            : html`<div class="diagram" part="diagram" role=${ifDefined(diagramOnly ? undefined : 'region')}
              aria-label=${ifDefined(diagramOnly ? undefined : t.diagram)} tabindex=${ifDefined(diagramOnly ? undefined : 0)} @scroll=${this.#diagram.onScroll}>
              ${this.#diagram.render(s, diagramOnly, list(diagramOnly))}</div>`
        }
      </div>
      ${this.view !== 'outline' && this.#diagram.partial ? html`<p class="view-hint" part="view-hint">${t.partOfTree}</p>` : nothing}
      ${this.view === 'outline' ? nothing : html`<p class="legend" part="legend">${t.legend}</p>`}
      ${this.panel && !this.present ? html`<section class="panel" part="panel">${p ? p.renderPanel(this, this.panel) : t.partLoading}</section>` : nothing}`;
  }

  #renderOutline(roots: DerivedGoalTree['roots'], s: Parameters<typeof renderGoals>[1]) {
    this.#outline.prepare(s, this.derived, presenceMarks(this.presence?.people));
    return renderGoals(roots, s, this.#outlineBudget(), this.#outline);
  }

  /** How many goals this render puts in the outline: always up to the selected one, which has the focus. */
  #outlineBudget() {
    const at = this.selected === undefined ? -1 : this.visibleIds().indexOf(this.selected);
    return this.#slices.budget(at, this.#diagram.printing);
  }

  #onKeydown = (e: KeyboardEvent) => {
    const target = e.target as HTMLInputElement;
    // Ctrl+Z in a field undoes its typing; in the still empty invitation of an emptied tree it brings the tree back.
    if (this.editable && (!target.matches('input, textarea, select') || (target.id === 'stip' && !target.value)))
      this.handleUndoKeys(e);
  };

  #onTreeKey = (e: Event) => {
    const target = e.target as HTMLElement;
    const edit = this.editable ? this.#edit : undefined;
    if (target.localName === 'input') edit?.handleInput(this, e);
    else if (e.type === 'keydown' && target.getAttribute('role') === 'treeitem') {
      if (edit?.handleEditKey(this, e as KeyboardEvent) || handleTreeKey(this, e as KeyboardEvent)) e.preventDefault();
    }
  };

  #onFocusIn = (e: FocusEvent) => {
    const id = (e.target as Element).getAttribute('role') === 'treeitem' ? itemOf(e) : undefined;
    if (id !== undefined && id !== this.selected) this.selectGoal(id, false);
  };

  #onClick = (e: MouseEvent) => {
    const id = itemOf(e);
    if (id === undefined || (e.target as Element).localName === 'input') return;
    if ((e.target as Element).hasAttribute('data-toggle')) this.setExpanded(id, this.collapsed.has(id));
    this.selectGoal(id);
  };

  #onPointerEdit = (e: Event) => {
    const id = itemOf(e);
    const edit = this.editable ? this.#edit : undefined;
    if (!edit || id === undefined) return;
    if (e.type === 'dblclick') edit.startRename(this, id);
    else edit.handleDrag(this, e as DragEvent, id);
  };
}

/** The id of the goal an event happened in. */
const itemOf = (e: Event) => (e.target as Element).closest('li[data-id]')?.getAttribute('data-id') ?? undefined;

/** Per goal that someone else in the room has selected: who (so the outline renders again the rows whose name tag changes). */
function presenceMarks(people: readonly Person[] = []): Map<string, string> {
  const marks = new Map<string, string>();
  for (const p of people)
    if (!p.self && p.selection?.kind === 'goal')
      marks.set(p.selection.id, `${marks.get(p.selection.id) ?? ''}\n${p.id}\t${p.name}`);
  return marks;
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
