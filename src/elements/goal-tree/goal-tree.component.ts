import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { LiveRegion } from '../../internal/live-region.js';
import { ExportReport } from '../../internal/export-report.js';
import { baseStyles } from '../../internal/styles.js';
import { MenuButton } from '../../internal/menu-button.js';
import { commonMessages } from '../../translations/common.js';
import { SamenspelSelectEvent } from '../../events/events.js';
import type { DerivedGoalTree } from '../../sdk/goal-tree.js';
import type { Change } from '../../sdk/store.js';
import type { Goal, GoalTree } from '../../sdk/model.js';
import { goalTreeMessages, type GoalTreeMessages } from '../../translations/goal-tree.js';
import { goalTreeStyles } from './goal-tree.styles.js';
import { OutlineMemo } from './goal-tree.outline.js';
import { LargeTree } from './goal-tree.large-tree.js';
import { DiagramController } from './goal-tree.diagram.js';
import { ShownTree } from './goal-tree.shown.js';
import { TreeInput } from './goal-tree.keys.js';
import { renderViewBar } from './goal-tree.toolbar.js';
import { goalTreePort, type GoalTreeOptions, type GoalTreePort } from './goal-tree.port.js';
import { TreeFocus } from './goal-tree.focus.js';
import type { GoalTreeEditing } from './goal-tree.editing.js';
import type { Person, PresenceSelection } from '../../sdk/live/presence.js';

// Rarely used parts load on first use, so a page that only shows a tree stays small.
type Parts = typeof import('./goal-tree.parts.js');
let editPart: Promise<typeof import('./goal-tree.editing.js')> | undefined;
let partsLoading: Promise<Parts> | undefined;
/** A tree of more goals opens on an overview of its first levels, and its outline fills in over several tasks. */
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
export class GoalTreeElement extends SamenspelElement {
  static override samenspelTag = 'goal-tree';
  static override styles = [baseStyles, goalTreeStyles];
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
  /** Level of the headings of the details and insights panels (1–6); their sections one below. Use 3 under a page's h2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private panel?: 'details' | 'insights';
  #edit?: GoalTreeEditing;
  #parts?: { part: Parts; partner: ReturnType<Parts['partnerField']> };
  /** The menus' items load when one first opens; `updateComplete` waits for them. */
  #loadMenu = (part: Promise<unknown>) => this.loadPart(part, () => undefined);
  #live = new LiveRegion(this, () => this.localize.messages(commonMessages));
  #diagram = new DiagramController(this);
  #large = new LargeTree(this, LARGE_TREE, (part) => this.#port.load(part));
  #shown = new ShownTree(LARGE_TREE);
  #outline = new OutlineMemo();
  #viewMenu = new MenuButton(this, 'more-view', this.#loadMenu);
  #editMenu = new MenuButton(this, 'more-edit', this.#loadMenu);
  #focus = new TreeFocus(this);
  #exports = new ExportReport(this);
  /** What the parts get instead of the element. */
  #port: GoalTreePort = goalTreePort(
    this.createPort(goalTreeMessages, () => this.#options(), { announce: (text) => this.#live.announce(text) }),
    this,
    { naming: this.#focus, shown: this.#shown, live: this.#live },
  );
  #input = new TreeInput(this.#port, () => (this.editable ? this.#edit : undefined));

  /** True while a large tree is still read or its outline filling in (over several tasks, so the page stays responsive). */
  get rendering(): boolean {
    return this.#large.rendering || this.loadState === 'loading';
  }
  /** The goal tree shown. */
  get goalTree(): GoalTree | undefined {
    const trees = this.activeStore.snapshot.goalTrees;
    return this.tree ? trees.find((t) => t.id === this.tree) : trees[0];
  }
  /** @internal Its goals as a tree. */
  get derived(): DerivedGoalTree {
    return this.#shown.derive(this.goalTree);
  }
  /** @internal Goal ids folded in the views. */
  get collapsed(): Set<string> {
    return this.#shown.collapsed;
  }
  /** The selected goal, if any. */
  get selectedGoal(): Goal | undefined {
    return this.selected === undefined ? undefined : this.derived.byId.get(this.selected)?.goal;
  }

  /** @internal Ids of the goals shown, in reading order. */
  visibleIds(): string[] {
    return this.#shown.visibleIds(this.derived);
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
    if (focus) this.#focus.focusGoal(id!);
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

  /** @internal Puts a changed tree into the store as one undoable edit, with `extra` changes first. */
  commitTree(tree: GoalTree, options: { extra?: Change[]; focus?: string; say?: string } = {}): boolean {
    const change = { op: 'put', collection: 'goalTrees', record: tree } as const;
    const ok = this.#live.commit(() => this.edit([...(options.extra ?? []), change]), { say: options.say });
    if (ok && options.focus) this.selectGoal(options.focus);
    return ok;
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
    this.#afterHistory();
  }

  override redo(): void {
    super.redo();
    this.#afterHistory();
  }

  /** After undo or redo (which the live region says): the selection and focus follow the tree. */
  #afterHistory(): void {
    const focused = this.shadowRoot?.activeElement;
    const id =
      this.selected !== undefined && this.derived.byId.has(this.selected)
        ? this.selected
        : this.derived.roots[0]?.goal.id;
    // The focus follows the goal from the tree and from the invitation of an emptied tree, which undo replaces.
    this.selectGoal(id, !focused || focused.getAttribute('role') === 'treeitem' || focused.id === 'stip');
  }

  #options = (): GoalTreeOptions => ({
    tree: this.tree,
    editable: this.editable,
    view: this.view,
    orientation: this.orientation,
    present: this.present,
    headingLevel: this.headingLevel,
    canUndo: this.activeStore.canUndo,
    canRedo: this.activeStore.canRedo,
  });

  #loadParts = (): void => {
    void this.#port.load((partsLoading ??= import('./goal-tree.parts.js'))).then((m) => {
      this.#port.adopt(m.partsStyles);
      this.#parts ??= { part: m, partner: m.partnerField(this) };
      this.requestUpdate();
    });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.editable && !this.#edit)
      this.loadPart(
        (editPart ??= import('./goal-tree.editing.js')),
        (m) => (this.#edit = new m.GoalTreeEditing(this.#port, this.#editMenu)),
      );
    // A large tree just read (from `data`, or a `src` that was loading) and not on screen yet renders in a task of its own.
    const read = changed.has('data') || (changed as Map<string, unknown>).get('loadState') === 'loading';
    this.#large.willUpdate(this.goalTree, read, this.#shown.shownId);
    if (this.#large.holding) return;
    if (this.selected === undefined || !this.derived.byId.has(this.selected))
      this.selected = this.derived.roots[0]?.goal.id;
  }

  override render() {
    const t = this.localize.messages(goalTreeMessages);
    const tree = this.goalTree;
    const edit = this.editable ? this.#edit : undefined;
    return html`<div class="base" part="base" @keydown=${this.#onKeydown}>
      ${this.renderStatus()}
      ${this.tree && !tree && this.loadState === 'ready' ? html`<p class="status" role="note">${t.missingTree(this.tree)}</p>` : nothing}
      ${
        this.#large.holding
          ? html`<div class="status" role="status" part="status">${this.localize.messages(commonMessages).loading}</div>`
          : tree?.goals.length
            ? this.#renderTree(t, tree, edit)
            : this.loadState === 'loading' || this.loadState === 'error'
              ? nothing
              : html`<div class="invite" part="invitation"><p><strong>${t.emptyTitle}</strong></p>${edit ? edit.renderStart() : html`<p>${t.emptyReadonly}</p>`}</div>`
      }
      ${this.#live.render()}
    </div>`;
  }

  #renderTree(t: GoalTreeMessages, tree: GoalTree, edit: GoalTreeEditing | undefined): TemplateResult {
    const s = {
      t,
      e: edit?.messages(),
      collapsed: this.collapsed,
      selected: this.selected,
      renaming: this.#focus.renaming,
      draft: this.#focus.draft,
      editable: !!edit,
      mark: this.presence ? (id: string) => this.presenceMark('goal', id) : undefined,
    };
    const input = this.#input;
    const list = (aria: boolean) => (items: unknown[]) =>
      input.renderList(aria ? t.tree(tree.title) : undefined, items);
    const diagramOnly = this.view === 'diagram';
    const p = this.#parts?.part;
    const bar = renderViewBar(this.#port, this.#viewMenu, {
      zoom: (f) => this.#diagram.zoomBy(f),
      turn: () => (this.orientation = this.orientation === 'horizontal' ? 'vertical' : 'horizontal'),
      panel: this.panel,
      togglePanel: (which) => (this.panel === which ? this.closeDetails() : (this.#loadParts(), (this.panel = which))),
      togglePresent: () => (this.present = !this.present),
      exportMenu: html`<details class="menu" @toggle=${this.#loadParts}><summary>${t.exportLabel}</summary>${p ? p.renderExportMenu(this.#port, this.#exports) : t.partLoading}</details>`,
    });
    return html`<p class="caption" part="caption">${tree.title}</p>
      ${bar}
      ${edit && !this.present ? edit.renderEditBar() : nothing}
      <p class="hint" id="hint"><span class="keys">${t.hint} ${s.e?.editHint ?? ''}</span><span class="touch">${s.e ? t.touchHintEdit : t.touchHint}</span></p>
      ${diagramOnly && s.draft && s.e ? html`<div class="draft-bar" @keydown=${input.onKey} @focusout=${input.onKey}><input data-draft aria-label=${s.e.newGoal(t.level.subdoel)} autocomplete="off" maxlength="500" /></div>` : nothing}
      <div class="views">
        ${diagramOnly ? nothing : html`<div class="outline" part="outline">${list(true)(this.#outline.render(s, this.derived, presenceMarks(this.presence?.people), this.#large.budget(this.visibleIds().indexOf(this.selected ?? ''), this.#diagram.printing)))}</div>`}
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
      ${this.panel && !this.present ? html`<section class="panel" part="panel">${p ? p.renderPanel(this.#port, this.panel, this.#parts?.partner) : t.partLoading}</section>` : nothing}`;
  }

  #onKeydown = (e: KeyboardEvent) => {
    const target = e.target as HTMLInputElement;
    // In the still empty invitation of an emptied tree, Ctrl+Z brings the tree back.
    if (this.editable) this.handleUndoKeys(e, { inField: target.id === 'stip' && !target.value });
  };
}

/** Per goal that someone else in the room has selected: who (so the outline renders again the rows whose name tag changes). */
function presenceMarks(people: readonly Person[] = []): Map<string, string> {
  const marks = new Map<string, string>();
  for (const p of people)
    if (!p.self && p.selection?.kind === 'goal')
      marks.set(p.selection.id, `${marks.get(p.selection.id) ?? ''}\n${p.id}\t${p.name}`);
  return marks;
}
