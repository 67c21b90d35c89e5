import type { Dataset } from '../../sdk/model.js';
import type { Change, Store } from '../../sdk/store.js';
import type { Route, RouteVersion } from '../../sdk/route-model.js';
import type { Lang } from '../../translations/localize.js';
import type { CarerRouteMessages } from '../../translations/carer-route.js';

/** What is open for editing: one lane, or one step of one version. */
export type EditTarget = { kind: 'lane'; id: string } | { kind: 'step'; version: RouteVersion; id: string };

/** What the split-out parts of `<carer-route>` (text view, picture, insights, editing, export) use of the element. */
export interface CarerRouteHost extends HTMLElement {
  readonly headingLevel: number;
  /** The id of the route asked for, if any. */
  readonly routeId?: string;
  readonly activeStore: Store;
  readonly language: Lang;
  readonly snapshot: Dataset;
  /** The route shown, if any. */
  readonly carerRoute: Route | undefined;
  /** The versions shown, in order. */
  readonly versions: readonly RouteVersion[];
  /** The messages in the current language. */
  readonly t: CarerRouteMessages;
  /** The lane or step whose editor is open. */
  editing?: EditTarget;
  /** Puts a changed (or new) route into the store as one undoable edit; on success says `say` and focuses `focus` (a selector in the shadow root). */
  commitRoute(route: Route, options?: { say?: string; focus?: string }): boolean;
  /** Applies changes to any collections as one undoable edit; on success says `say` and focuses `focus`. */
  commit(changes: Change[], options?: { say?: string; focus?: string }): boolean;
  /** Moves the focus to the element matching `selector` after the next render. */
  focusAfterUpdate(selector: string): void;
  /** Says something to screen readers through the live region. */
  announce(text: string): void;
  requestUpdate(): void;
  undo(): void;
  redo(): void;
  readonly updateComplete: Promise<boolean>;
}
