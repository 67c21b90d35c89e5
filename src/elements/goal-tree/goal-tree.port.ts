/** The port the parts of `<goal-tree>` (keys, editing, toolbar, details, insights) get instead of the element. */
import { extendPort, type Port } from '../../internal/port.js';
import type { Change } from '../../sdk/store.js';
import type { GoalTree } from '../../sdk/model.js';
import type { DerivedGoalTree } from '../../sdk/goal-tree.js';
import type { GoalTreeMessages } from '../../translations/goal-tree.js';

/** Where a new goal is being named: under `parent`, at `index` among its children. */
export interface Draft {
  parent: string;
  index: number;
}

/** The element's settings the parts read. */
export interface GoalTreeOptions {
  readonly tree?: string;
  readonly editable: boolean;
  readonly view: 'both' | 'outline' | 'diagram';
  readonly orientation: 'vertical' | 'horizontal';
  readonly present: boolean;
  /** Level of the panels' headings (details, insights); their sections one below. */
  readonly headingLevel: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export interface GoalTreePort extends Port<GoalTreeMessages, GoalTreeOptions> {
  /** The goal tree shown, if any. */
  readonly goalTree: GoalTree | undefined;
  /** Its goals as a tree. */
  readonly derived: DerivedGoalTree;
  /** Goal ids folded in the views. */
  readonly collapsed: ReadonlySet<string>;
  /** The selected goal's id. */
  readonly selected?: string;
  /** The goal whose title is being changed. */
  renaming?: string;
  /** Where a new goal is being named. */
  draft?: Draft;
  /** Ids of the goals shown, in reading order. */
  visibleIds(): string[];
  /** Selects a goal, tells the host page, and (by default) moves the keyboard focus to it. */
  selectGoal(id: string | undefined, focus?: boolean): void;
  /** Folds (`false`) or unfolds (`true`) one goal. */
  setExpanded(id: string, open: boolean): void;
  /** Shows the goals down to `level` and folds those below it (`Infinity`: unfolds every goal). */
  showLevels(level: number): void;
  /** Puts a changed tree into the store as one undoable edit, with `extra` changes first (e.g. a new party). */
  commitTree(tree: GoalTree, options?: { extra?: Change[]; focus?: string; say?: string }): boolean;
  /** After the next render, moves the keyboard focus to what `selector` finds. */
  focusAfterUpdate(selector: string): void;
  openDetails(): void;
  closeDetails(): void;
  undo(): void;
  redo(): void;
}

/** What the port reads of the element: its public members. */
type Element = Pick<
  GoalTreePort,
  'goalTree' | 'derived' | 'collapsed' | 'selected' | 'visibleIds' | 'selectGoal' | 'setExpanded' | 'commitTree'
> &
  Pick<GoalTreePort, 'openDetails' | 'closeDetails' | 'undo' | 'redo'>;

/** What the element keeps apart from its public members, for the port. */
interface Own {
  naming: { renaming?: string; draft?: Draft };
  shown: { showLevels(tree: DerivedGoalTree, level: number): void };
  live: { focusAfterUpdate(selector: string): void };
}

/** The goal tree's port: the common port of the element kit and what only the goal tree's parts need. */
export function goalTreePort(port: Port<GoalTreeMessages, GoalTreeOptions>, el: Element, own: Own): GoalTreePort {
  const extra: Omit<GoalTreePort, keyof Port<GoalTreeMessages, GoalTreeOptions>> = {
    get goalTree() {
      return el.goalTree;
    },
    get derived() {
      return el.derived;
    },
    get collapsed() {
      return el.collapsed;
    },
    get selected() {
      return el.selected;
    },
    get renaming() {
      return own.naming.renaming;
    },
    set renaming(id) {
      own.naming.renaming = id;
    },
    get draft() {
      return own.naming.draft;
    },
    set draft(draft) {
      own.naming.draft = draft;
    },
    visibleIds: () => el.visibleIds(),
    selectGoal: (id, focus) => el.selectGoal(id, focus),
    setExpanded: (id, open) => el.setExpanded(id, open),
    showLevels: (level) => (own.shown.showLevels(el.derived, level), void port.update()),
    commitTree: (tree, options) => el.commitTree(tree, options),
    focusAfterUpdate: (selector) => own.live.focusAfterUpdate(selector),
    openDetails: () => el.openDetails(),
    closeDetails: () => el.closeDetails(),
    undo: () => el.undo(),
    redo: () => el.redo(),
  };
  return extendPort(port, extra);
}
