import type { ReactiveControllerHost } from 'lit';
import type { Dataset, GoalTree } from '../../sdk/model.js';
import type { Lang } from '../../translations/localize.js';

/**
 * What the export part of `<goal-tree>` uses of the element (its report needs the element itself);
 * every other part gets the port of goal-tree.port.ts.
 */
export interface GoalTreeHost extends HTMLElement, ReactiveControllerHost {
  readonly language: Lang;
  readonly snapshot: Dataset;
  readonly goalTree: GoalTree | undefined;
  /** Goal ids folded in the views (printing unfolds them all for a moment). */
  readonly collapsed: Set<string>;
}
