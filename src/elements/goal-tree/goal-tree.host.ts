import type { ReactiveControllerHost } from 'lit';
import type { Change, Store } from '../../sdk/store.js';
import type { Dataset, Goal, GoalTree } from '../../sdk/model.js';
import type { DerivedGoalTree } from '../../sdk/goal-tree.js';
import type { Lang } from '../../translations/localize.js';

/** Where a new goal is being named: under `parent`, at `index` among its children. */
export interface Draft {
  parent: string;
  index: number;
}

/** What the split-out parts of `<goal-tree>` (keys, editing, details, insights, export) use of the element. */
export interface GoalTreeHost extends HTMLElement, ReactiveControllerHost {
  readonly editable: boolean;
  readonly language: Lang;
  readonly snapshot: Dataset;
  readonly goalTree: GoalTree | undefined;
  readonly derived: DerivedGoalTree;
  /** Goal ids folded in the views. */
  readonly collapsed: Set<string>;
  selected?: string;
  renaming?: string;
  draft?: Draft;
  /** Ids of the goals shown, in reading order. */
  visibleIds(): string[];
  /** Selects a goal, tells the host page, and (by default) moves keyboard focus to it. */
  selectGoal(id: string | undefined, focus?: boolean): void;
  /** Folds or unfolds one goal. */
  setExpanded(id: string, open: boolean): void;
  /** Puts a changed tree into the store as one undoable edit, with `extra` changes first (e.g. a new party). */
  commitTree(tree: GoalTree, options?: { extra?: Change[]; focus?: string; say?: string }): boolean;
  /** After the next render, moves the keyboard focus to what `selector` finds (where an edit removed the focused control). */
  focusAfterUpdate(selector: string): void;
  /** Says something to screen readers through the live region. */
  announce(text: string): void;
  openDetails(): void;
  closeDetails(): void;
  undo(): void;
  redo(): void;
  readonly activeStore: Store;
  /** The goal that is selected, if it exists. */
  readonly selectedGoal: Goal | undefined;
}
