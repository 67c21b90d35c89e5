/**
 * Development-only checks. The package's `development` export condition (dist/dev/, unminified) and
 * source runs keep them; the default build defines `SAMENSPEL_DEV` as `false` (rollup.config.mjs),
 * so they and the value lists below are dropped from it.
 */
declare const SAMENSPEL_DEV: boolean | undefined;
/** True in the development build and from source, false in the default (production) build. */
export const DEV_MODE = typeof SAMENSPEL_DEV === 'undefined' || SAMENSPEL_DEV;

/**
 * Every value an attribute with a fixed set of values takes. The elements are not imported here (they
 * import this module); test/elements/dev-warnings.test.ts ties each list to its property's type.
 */
export const ALLOWED_VALUES = {
  'goal-tree': { view: ['both', 'outline', 'diagram'], orientation: ['vertical', 'horizontal'] },
  'who-is-who': { view: ['list', 'graph'], format: ['samenspel', 'hsds', 'csv'] },
  'cooperation-check': { mode: ['fill', 'results'], storage: ['local', 'session'] },
  'carer-route': { view: ['both', 'text'], version: ['both', 'current', 'desired'] },
  'samenspel-data': { storage: ['local'] },
} as const;
const ALLOWED: Record<string, Record<string, readonly string[]>> = ALLOWED_VALUES;

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
