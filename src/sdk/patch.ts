/**
 * Field-by-field three-way merges of records. Tabs, servers and undo all go through here, so that two
 * edits to different fields of one record are both kept: only where both sides changed the same value
 * differently is there a conflict, and then ours is kept and reported. Whole datasets are compared and
 * merged in dataset-merge.ts, which only saving needs.
 */
import { COLLECTION_NAMES, type CollectionName, type CollectionRecord, type Dataset } from './model.js';
import type { Change } from './change.js';

type AnyRecord = CollectionRecord[CollectionName];

/** What one record became: `before` is absent for a new record, `after` for a removed one. */
export interface RecordPatch {
  collection: CollectionName;
  id: string;
  before?: AnyRecord;
  after?: AnyRecord;
  /** Where the record stands (after) or stood (before a removal), for putting it back in place. */
  index?: number;
}

/** A value both sides changed differently; `ours` was kept. `path` runs from the record's fields down. */
export interface MergeConflict {
  collection: CollectionName;
  id: string;
  path: (string | number)[];
  ours: unknown;
  theirs: unknown;
}

/** The same patches the other way round: what takes them back. */
export function invertPatches(patches: readonly RecordPatch[]): RecordPatch[] {
  return patches
    .map(({ collection, id, before, after, index }) => ({ collection, id, before: after, after: before, index }))
    .reverse();
}

/**
 * Applies patches made elsewhere (or an undo) to `dataset` field by field: a field is changed only
 * where it still holds the patch's `before`; where `dataset` changed it too, ours is kept and the
 * conflict reported. Returns the store changes that do it (puts before removals, so references hold).
 */
export function rebasePatches(
  dataset: Dataset,
  patches: readonly RecordPatch[],
): { changes: Change[]; conflicts: MergeConflict[] } {
  const puts: Change[] = [];
  const removes: Change[] = [];
  const conflicts: MergeConflict[] = [];
  const found = new Map<CollectionName, Map<string, AnyRecord>>();
  const current = (collection: CollectionName, id: string) => {
    let map = found.get(collection);
    if (!map)
      found.set(collection, (map = new Map((dataset[collection] as readonly AnyRecord[]).map((r) => [r.id, r]))));
    return map.get(id);
  };
  for (const patch of patches) {
    const { collection, id, before, after } = patch;
    const ours = current(collection, id);
    const conflict = (path: (string | number)[], o: unknown, t: unknown) =>
      conflicts.push({ collection, id, path, ours: o, theirs: t });
    if (!ours) {
      // Created there, or changed there but removed here (then the removal stands and is reported).
      if (after && !before) puts.push({ op: 'put', collection, record: after, index: patch.index } as Change);
      else if (after && before) conflict([], undefined, after);
      continue;
    }
    if (!after) {
      // Removed there: only what nobody changed here since goes.
      if (before && equal(before, ours)) removes.push({ op: 'remove', collection, id } as Change);
      else conflict([], ours, undefined);
      continue;
    }
    const merged = mergeValues(before ?? { id }, ours, after, [], conflict) as AnyRecord;
    if (!equal(merged, ours)) puts.push({ op: 'put', collection, record: merged } as Change);
  }
  const order = (c: Change) => COLLECTION_NAMES.indexOf(c.collection);
  removes.sort((x, y) => order(y) - order(x));
  return { changes: [...puts, ...removes], conflicts };
}

/**
 * Three-way merge of one JSON value: objects key by key, lists of records with an `id` item by item,
 * anything else whole. Where both sides changed a value differently, ours is kept and `conflict` called.
 */
export function mergeValues(
  base: unknown,
  ours: unknown,
  theirs: unknown,
  path: (string | number)[] = [],
  conflict: (path: (string | number)[], ours: unknown, theirs: unknown) => void = () => undefined,
): unknown {
  if (equal(ours, theirs) || equal(base, theirs)) return ours;
  if (equal(base, ours)) return theirs;
  if (isObject(ours) && isObject(theirs)) {
    const b = isObject(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
      const value = mergeValues(own(b, key), own(ours, key), own(theirs, key), [...path, key], conflict);
      // Keys are data (a `__proto__` key in JSON is an own field), never a way to reach the prototype.
      if (value !== undefined)
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (isIdList(ours) && isIdList(theirs)) return mergeIdLists(isIdList(base) ? base : [], ours, theirs, path, conflict);
  conflict(path, ours, theirs);
  return ours;
}

/** Lists of records with ids: ours in our order, their new items after the item they follow there. */
function mergeIdLists(
  base: Item[],
  ours: Item[],
  theirs: Item[],
  path: (string | number)[],
  conflict: (path: (string | number)[], ours: unknown, theirs: unknown) => void,
): Item[] {
  const inBase = new Map(base.map((i) => [i.id, i]));
  const inTheirs = new Map(theirs.map((i) => [i.id, i]));
  const inOurs = new Set(ours.map((i) => i.id));
  const out: Item[] = [];
  for (const item of ours) {
    const b = inBase.get(item.id);
    const t = inTheirs.get(item.id);
    if (b && !t) {
      // Removed there: it goes unless we changed it.
      if (equal(b, item)) continue;
      conflict([...path, item.id], item, undefined);
      out.push(item);
    } else out.push(t ? (mergeValues(b ?? { id: item.id }, item, t, [...path, item.id], conflict) as Item) : item);
  }
  theirs.forEach((item, at) => {
    if (inOurs.has(item.id)) return;
    const b = inBase.get(item.id);
    if (b) {
      // Removed here; changed there as well, the removal stands and is reported.
      if (!equal(b, item)) conflict([...path, item.id], undefined, item);
      return;
    }
    const after = at > 0 ? out.findIndex((o) => o.id === theirs[at - 1].id) : -1;
    out.splice(after + 1, 0, item);
  });
  return out;
}

type Item = { id: string } & Record<string, unknown>;

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIdList(v: unknown): v is Item[] {
  if (!Array.isArray(v)) return false;
  const ids = new Set<string>();
  for (const item of v) {
    if (!isObject(item) || typeof item.id !== 'string' || ids.has(item.id)) return false;
    ids.add(item.id);
  }
  return true;
}

/** Deep equality of JSON values; key order does not matter. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => equal(v, bb[i]));
  }
  const oa = a as Record<string, unknown>;
  const ob = b as Record<string, unknown>;
  const ka = Object.keys(oa).filter((k) => oa[k] !== undefined);
  const kb = Object.keys(ob).filter((k) => ob[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(ob, k) && equal(oa[k], ob[k]));
}
