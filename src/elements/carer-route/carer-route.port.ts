/** The port the parts of <carer-route> (text view, picture, insights, editing, export) get instead of the element. */
import type { Port } from '../../internal/port.js';
import type { Route, RouteVersion } from '../../sdk/route-model.js';
import type { CarerRouteMessages } from '../../translations/carer-route.js';

/** What the parts read of the element, as it is now. */
export interface RouteOptions {
  /** The id of the route asked for, if any. */
  readonly routeId?: string;
  /** The route shown, if any. */
  readonly route?: Route;
  /** The versions shown, in order. */
  readonly versions: readonly RouteVersion[];
  readonly headingLevel: number;
  /** Whether there is an edit to undo, or to redo. */
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export type RoutePort = Port<CarerRouteMessages, RouteOptions>;

/** What is open for editing: one lane, or one step of one version. */
export type EditTarget = { kind: 'lane'; id: string } | { kind: 'step'; version: RouteVersion; id: string };
