import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { baseStyles } from '../../internal/styles.js';
import { SamenspelSelectEvent } from '../../events/events.js';
import { deriveGoalTree, type DerivedGoalTree } from '../../sdk/goal-tree.js';
import type { Change } from '../../sdk/store.js';
import type { Dataset, Goal, GoalTree } from '../../sdk/model.js';
import type { Lang } from '../../translations/localize.js';
import { goalTreeMessages, type GoalTreeMessages } from '../../translations/goal-tree.js';
import { goalTreeStyles } from './goal-tree.styles.js';
import { renderGoals } from './goal-tree.view.js';
import { DIAGRAM_MARGIN, diagramLayout, renderDiagram, type Viewport } from './goal-tree.diagram.js';
import { handleTreeKey } from './goal-tree.keys.js';
import { renderViewBar } from './goal-tree.toolbar.js';
import type { Draft, GoalTreeHost } from './goal-tree.host.js';

// Rarely used parts load on first use, so a page that only shows a tree stays small.
type Edit = typeof import('./goal-tree.editing.js');
type Parts = typeof import('./goal-tree.parts.js');
let editPart: Promise<Edit> | undefined;
let panelPart: Promise<Parts> | undefined;
const LARGE_TREE = 150;

/**
 * @summary The doelenboom: a stip op de horizon, subgoals and concrete goals, each with partners, steps and an
 * indicator — as an outline (a WAI-ARIA tree) and a tree diagram that share selection and focus.
 *
 * @event samenspel-select - a goal was selected; `detail` is `{ kind: 'goal', id }`
 * @event samenspel-change - the user changed the tree (or undid or redid a change); `detail.changes` holds the changes
 * @event samenspel-error - data could not be loaded or read, an edit was refused, or an export failed; `detail.issues` says why
 *
 * @csspart base - the wrapper of everything
 * @csspart caption - the title of the tree
 * @csspart toolbar - each row of buttons (also `view-toolbar` and `edit-toolbar`)
 * @csspart outline - the outline (the goals as a tree of lists)
 * @csspart diagram - the tree diagram
 * @csspart goal - one goal (also `goal-selected` on the selected one)
 * @csspart legend - the explanation under the diagram
 * @csspart invitation - what an empty tree shows
 * @csspart panel - the details and insights panel
 * @csspart status - loading and problem notices
 *
 * @cssproperty --samenspel-goal-tree-connector-color - lines between goals in the diagram
 * @cssproperty --samenspel-goal-tree-goal-background-color - background of a goal
 * @cssproperty --samenspel-goal-tree-goal-selected-background-color - background of the selected goal
 * @cssproperty --samenspel-goal-tree-goal-inline-size - width of a goal in the diagram (12rem)
 * @cssproperty --samenspel-goal-tree-diagram-max-block-size - height of the diagram before it scrolls (80vh)
 */
export class GoalTreeElement extends SamenspelElement implements GoalTreeHost {
  static override samenspelTag = 'goal-tree';
  static override styles = [baseStyles, goalTreeStyles];

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
  @state() private zoom = 1;
  @state() private panel?: 'details' | 'insights';
  @state() private announcement = '';
  /** @internal Goal ids folded in the views. */
  readonly collapsed = new Set<string>();
  #edit?: Edit;
  #parts?: Parts;
  #focusNext?: string;
  #centred = false;
  #viewport: Viewport = { x: 0, y: 0, width: 1600, height: 1200 };
  /** The part of the canvas whose boxes are in the page. */
  #covered: Viewport = this.#viewport;
  #scrollFrame = 0;
  #derived?: { for: GoalTree | undefined; tree: DerivedGoalTree };

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
      if (first) this.#foldOnOpen(cached.tree);
    }
    return cached.tree;
  }
  /**
   * A tree opens with the folds stored in it; a large tree (over 150 goals) opens showing only the
   * levels that fit in 150 goals, so people start from the overview (unfold per goal or per level).
   */
  #foldOnOpen(tree: DerivedGoalTree): void {
    const perLevel: number[] = [];
    for (const n of tree.byId.values()) {
      perLevel[n.level] = (perLevel[n.level] ?? 0) + 1;
      if (n.goal.collapsed) this.collapsed.add(n.goal.id);
    }
    if (tree.byId.size <= LARGE_TREE) return;
    let level = 1;
    for (let shown = perLevel[1] ?? 0; level + 1 < perLevel.length && shown + perLevel[level + 1] <= LARGE_TREE; level++) shown += perLevel[level + 1];
    for (const n of tree.byId.values()) if (n.level >= Math.max(level, 2) && n.children.length) this.collapsed.add(n.goal.id);
  }

  /** The selected goal, if any. */
  get selectedGoal(): Goal | undefined {
    return this.selected === undefined ? undefined : this.derived.byId.get(this.selected)?.goal;
  }

  /** @internal */ visibleIds(): string[] {
    const ids: string[] = [];
    const visit = (nodes: DerivedGoalTree['roots']) => {
      for (const n of nodes) {
        ids.push(n.goal.id);
        if (!this.collapsed.has(n.goal.id)) visit(n.children);
      }
    };
    visit(this.derived.roots);
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

  /** Folds (`false`) or unfolds (`true`) a goal. */
  setExpanded(id: string, open: boolean): void {
    if (open) this.collapsed.delete(id);
    else this.collapsed.add(id);
    this.requestUpdate();
  }

  /** @internal */ commitTree(tree: GoalTree, options: { extra?: Change[]; focus?: string; say?: string } = {}): boolean {
    const ok = this.edit([...(options.extra ?? []), { op: 'put', collection: 'goalTrees', record: tree }]);
    if (ok && options.focus) this.selectGoal(options.focus);
    if (ok && options.say) this.announce(options.say);
    return ok;
  }

  /** @internal */ announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
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
    const id = this.selected !== undefined && this.derived.byId.has(this.selected) ? this.selected : this.derived.roots[0]?.goal.id;
    this.selectGoal(id, !focused || focused.getAttribute('role') === 'treeitem');
  }

  #loadParts(): void {
    panelPart ??= import('./goal-tree.parts.js');
    void panelPart.then((m) => {
      const root = this.renderRoot as ShadowRoot;
      const sheet = m.panelStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.#parts = m;
      this.requestUpdate();
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Tests and hosts that await updateComplete get the edit part too when `editable` is set.
    if (this.editable && !this.#edit && editPart) {
      await editPart;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.editable && !this.#edit) {
      editPart ??= import('./goal-tree.editing.js');
      void editPart.then((m) => {
        this.#edit = m;
        this.requestUpdate();
      });
    }
    if (this.selected === undefined || !this.derived.byId.has(this.selected)) this.selected = this.derived.roots[0]?.goal.id;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const root = this.renderRoot as ShadowRoot;
    const canvas = root.querySelector<HTMLElement>('.canvas');
    canvas?.style.setProperty('zoom', String(this.zoom));
    const frame = canvas?.parentElement;
    if (frame && !this.#centred) {
      this.#centred = true;
      frame.scrollLeft = this.#viewport.x * this.zoom;
      frame.scrollTop = this.#viewport.y * this.zoom;
      this.#readViewport(frame);
    } else if (frame && changed.has('selected') && this.selected !== undefined) {
      // Keep the selected goal in sight in the diagram too, without scrolling the page.
      const box = frame.querySelector<HTMLElement>(`li[data-id="${CSS.escape(this.selected)}"]`);
      if (box) {
        const z = this.zoom, left = box.offsetLeft * z, top = box.offsetTop * z;
        if (left < frame.scrollLeft || left + box.offsetWidth * z > frame.scrollLeft + frame.clientWidth) frame.scrollLeft = left - (frame.clientWidth - box.offsetWidth * z) / 2;
        if (top < frame.scrollTop || top + box.offsetHeight * z > frame.scrollTop + frame.clientHeight) frame.scrollTop = top - (frame.clientHeight - box.offsetHeight * z) / 2;
      }
    }
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
      ${tree?.goals.length
        ? this.#renderTree(t, tree, edit)
        : this.loadState === 'loading' || this.loadState === 'error'
          ? nothing
          : html`<div class="invite" part="invitation"><p><strong>${t.emptyTitle}</strong></p>${edit ? edit.renderStart(this) : html`<p>${t.emptyReadonly}</p>`}</div>`}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  #renderTree(t: GoalTreeMessages, tree: GoalTree, edit: Edit | undefined): TemplateResult {
    const s = { t, e: edit?.messages(this), collapsed: this.collapsed, selected: this.selected, renaming: this.renaming, draft: this.draft, editable: !!edit };
    const roots = this.derived.roots;
    const list = (aria: boolean) => (items: TemplateResult[]) => html`<ul class="root" role=${aria ? 'tree' : 'none'}
      aria-label=${ifDefined(aria ? t.tree(tree.title) : undefined)} aria-describedby=${ifDefined(aria ? 'hint' : undefined)}
      @keydown=${this.#onTreeKey} @focusin=${this.#onFocusIn} @click=${this.#onClick} @dblclick=${this.#onPointerEdit}
      @focusout=${this.#onTreeKey} @dragstart=${this.#onPointerEdit} @dragover=${this.#onPointerEdit} @drop=${this.#onPointerEdit}>${items}</ul>`;
    const diagramOnly = this.view === 'diagram';
    const p = this.#parts;
    const panelButton = (which: 'details' | 'insights') => html`<button type="button" aria-pressed=${this.panel === which ? 'true' : 'false'}
      @click=${() => (this.panel === which ? this.closeDetails() : (this.#loadParts(), (this.panel = which)))}>${t[which]}</button>`;
    const extra = html`${panelButton('details')} ${panelButton('insights')}
      <details class="menu" @toggle=${this.#loadParts}><summary>${t.exportLabel}</summary>${p ? p.renderExportMenu(this) : t.partLoading}</details>`;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const horizontal = this.orientation === 'horizontal';
    const layout = this.view === 'outline' ? undefined : diagramLayout(roots, this.collapsed, horizontal, rem);
    if (layout) {
      const v = this.#viewport;
      const [x, y] = layout.at.get(roots[0]) ?? [0, 0];
      // A new diagram starts on the stip op de horizon; its frame is about two thirds of the element.
      if (!this.#centred) v.x = horizontal ? 0 : x + layout.w / 2 - (this.clientWidth * (diagramOnly ? 1 : 0.66)) / 2;
      if (!this.#centred && horizontal) v.y = y + layout.h / 2 - v.height / 2;
      const m = DIAGRAM_MARGIN * layout.w;
      this.#covered = { x: v.x - m, y: v.y - m, width: v.width + 2 * m, height: v.height + 2 * m };
    }
    return html`<p class="caption" part="caption">${tree.title}</p>
      ${renderViewBar(this, t, (f) => this.#zoomBy(f), extra)}
      ${edit ? edit.renderEditBar(this) : nothing}
      <p class="hint" id="hint">${t.hint} ${s.e?.editHint ?? ''}</p>
      ${diagramOnly && this.draft && s.e ? html`<div class="draft-bar"><input data-draft aria-label=${s.e.newGoal(t.level.subdoel)} autocomplete="off" maxlength="500" /></div>` : nothing}
      <div class="views">
        ${diagramOnly ? nothing : html`<div class="outline" part="outline">${list(true)(renderGoals(roots, s))}</div>`}
        ${this.view === 'outline'
          ? nothing
          : html`<div class="diagram" part="diagram" role=${ifDefined(diagramOnly ? undefined : 'region')}
              aria-label=${ifDefined(diagramOnly ? undefined : t.diagram)} tabindex=${ifDefined(diagramOnly ? undefined : 0)} @scroll=${this.#onScroll}>
              ${renderDiagram(roots, layout!, s, diagramOnly, horizontal, this.#viewport, list(diagramOnly))}</div>`}
      </div>
      ${this.view === 'outline' ? nothing : html`<p class="legend" part="legend">${t.legend}</p>`}
      ${this.panel ? html`<section class="panel" part="panel">${p ? p.renderPanel(this, this.panel) : t.partLoading}</section>` : nothing}`;
  }

  #readViewport(frame: HTMLElement): void {
    const z = this.zoom;
    const next = { x: frame.scrollLeft / z, y: frame.scrollTop / z, width: frame.clientWidth / z, height: frame.clientHeight / z };
    const c = this.#covered;
    this.#viewport = next;
    // Render again only when the visible part reaches beyond the boxes already in the page.
    if (next.x < c.x || next.y < c.y || next.x + next.width > c.x + c.width || next.y + next.height > c.y + c.height) this.requestUpdate();
  }

  #onScroll = (e: Event) => {
    const frame = e.currentTarget as HTMLElement;
    cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = requestAnimationFrame(() => this.#readViewport(frame));
  };

  /** Multiplies the zoom of the diagram; 0 fits the whole diagram into its frame. */
  #zoomBy(factor: number): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.diagram');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const { width, height } = diagramLayout(this.derived.roots, this.collapsed, this.orientation === 'horizontal', rem);
    const fit = frame ? Math.min((frame.clientWidth - 2 * rem) / (width || 1), (frame.clientHeight - 2 * rem) / (height || 1)) : 1;
    this.zoom = Math.min(3, Math.max(0.1, factor ? this.zoom * factor : Math.min(1, fit)));
    void this.updateComplete.then(() => frame && this.#readViewport(frame));
  }

  #onKeydown = (e: KeyboardEvent) => {
    if (this.editable && !(e.target as Element).matches('input, textarea, select')) this.handleUndoKeys(e);
  };

  #onTreeKey = (e: Event) => {
    const target = e.target as HTMLElement;
    const edit = this.editable ? this.#edit : undefined;
    if (target.localName === 'input') edit?.handleInput(this, e);
    else if (e.type === 'keydown' && target.getAttribute('role') === 'treeitem') {
      if (edit?.handleEditKey(this, e as KeyboardEvent) || handleTreeKey(this, e as KeyboardEvent)) e.preventDefault();
    }
  };

  #itemOf(e: Event): string | undefined {
    return (e.target as Element).closest('li[data-id]')?.getAttribute('data-id') ?? undefined;
  }

  #onFocusIn = (e: FocusEvent) => {
    const id = (e.target as Element).getAttribute('role') === 'treeitem' ? this.#itemOf(e) : undefined;
    if (id !== undefined && id !== this.selected) this.selectGoal(id, false);
  };

  #onClick = (e: MouseEvent) => {
    const id = this.#itemOf(e);
    if (id === undefined || (e.target as Element).localName === 'input') return;
    if ((e.target as Element).hasAttribute('data-toggle')) this.setExpanded(id, this.collapsed.has(id));
    this.selectGoal(id);
  };

  #onPointerEdit = (e: Event) => {
    const id = this.#itemOf(e);
    const edit = this.editable ? this.#edit : undefined;
    if (!edit || id === undefined) return;
    if (e.type === 'dblclick') edit.startRename(this, id);
    else edit.handleDrag(this, e as DragEvent, id);
  };
}
