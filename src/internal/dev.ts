/**
 * Development-only checks. The package's `development` export condition (dist/dev/, unminified) and
 * source runs keep them; the default build defines `SAMENSPEL_DEV` as `false` (rollup.config.mjs),
 * so they and the value lists below are dropped from it.
 */
import type { CarerRouteElement } from '../elements/carer-route/carer-route.component.js';
import type { CooperationCheckElement } from '../elements/cooperation-check/cooperation-check.component.js';
import type { GoalTreeElement } from '../elements/goal-tree/goal-tree.component.js';
import type { WhoIsWhoElement } from '../elements/who-is-who/who-is-who.component.js';
import type { SamenspelData } from './data-provider.js';

declare const SAMENSPEL_DEV: boolean | undefined;
/** True in the development build and from source, false in the default (production) build. */
export const DEV_MODE = typeof SAMENSPEL_DEV === 'undefined' || SAMENSPEL_DEV;

/** Every value an attribute with a fixed set of values takes; the types tie each list to its property. */
type Values<E, K extends keyof E> = readonly NonNullable<E[K]>[];
const ALLOWED: Record<string, Record<string, readonly string[]>> = {
  'goal-tree': { view: ['both', 'outline', 'diagram'], orientation: ['vertical', 'horizontal'] } satisfies {
    [K in 'view' | 'orientation']: Values<GoalTreeElement, K>;
  },
  'who-is-who': { view: ['list', 'graph'], format: ['samenspel', 'hsds', 'csv'] } satisfies {
    [K in 'view' | 'format']: Values<WhoIsWhoElement, K>;
  },
  'cooperation-check': { mode: ['fill', 'results'], storage: ['local', 'session'] } satisfies {
    [K in 'mode' | 'storage']: Values<CooperationCheckElement, K>;
  },
  'carer-route': { view: ['both', 'text'], version: ['both', 'current', 'desired'] } satisfies {
    [K in 'view' | 'version']: Values<CarerRouteElement, K>;
  },
  'samenspel-data': { storage: ['local'] } satisfies { storage: Values<SamenspelData, 'storage'> },
};

/**
 * Warns in the console when an attribute with a fixed set of values gets another one (`mode="fil"`):
 * the element cannot do what was asked, and without the warning a developer would have to guess why.
 */
export function warnUnknownValues(tag: string, element: object, changed: ReadonlyMap<PropertyKey, unknown>): void {
  for (const [name, values] of Object.entries(ALLOWED[tag] ?? {})) {
    if (!changed.has(name)) continue;
    const value = (element as Record<string, unknown>)[name];
    if (value === undefined || value === null || values.includes(value as string)) continue;
    console.warn(
      `samenspel: <${tag}> ${name}="${String(value)}" is not a value it knows; use one of ${values.map((v) => `"${v}"`).join(', ')}.`,
    );
  }
}
