/** Bringing a dataset of an older format version up to the current one, before it is checked. */
import { VERSION } from './model.js';

/**
 * A document of an older version as the current version. Version 1 lacks `routes` (added in 2):
 * it gets an empty list, everything else stays as it was. Other documents come back unchanged.
 */
export function migrate(doc: Record<string, unknown>): Record<string, unknown> {
  if (doc.version === 1) return { ...doc, version: VERSION, routes: doc.routes ?? [] };
  return doc;
}
