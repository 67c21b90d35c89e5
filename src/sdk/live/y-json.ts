/**
 * Plain JSON in and out of Yjs types. Objects become `Y.Map`s and lists `Y.Array`s, and an update
 * changes only what differs, in place: two people who change different fields (or different goals of
 * one tree) both keep their edit, and a document does not fill up with replaced records.
 */
import * as Y from 'yjs';
import { issue, jsonPath, type Issue } from '../issues.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type YValue = Y.Map<unknown> | Y.Array<unknown> | null | boolean | number | string;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/** A Yjs value holding this JSON value; `undefined` fields are left out. */
export function toY(value: unknown): YValue {
  if (Array.isArray(value)) {
    const list = new Y.Array<unknown>();
    list.push(value.map(toY));
    return list;
  }
  if (value && typeof value === 'object') {
    const map = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(value)) if (v !== undefined) map.set(k, toY(v));
    return map;
  }
  return value as YValue;
}

/** Makes `map` hold the fields of `value`, changing only the fields that differ. */
export function updateMap(map: Y.Map<unknown>, value: Record<string, unknown>): void {
  for (const key of [...map.keys()]) if (value[key] === undefined) map.delete(key);
  for (const [key, next] of Object.entries(value)) {
    if (next === undefined) continue;
    const current = map.get(key);
    if (current instanceof Y.Map && isObject(next)) updateMap(current, next);
    else if (current instanceof Y.Array && Array.isArray(next)) updateArray(current, next);
    else if (current !== next) map.set(key, toY(next));
  }
}

/**
 * Makes `list` hold `value`. Lists of records with an id (goals, steps, members) are matched by id, so a
 * record keeps its place among what others insert at the same time; other lists change only between
 * their common start and end.
 */
export function updateArray(list: Y.Array<unknown>, value: readonly unknown[]): void {
  const old = list.toArray();
  if (value.every(hasId) && old.every((item) => item instanceof Y.Map && typeof item.get('id') === 'string')) {
    updateRecords(list as Y.Array<Y.Map<unknown>>, value as { id: string }[]);
    return;
  }
  let start = 0;
  while (start < old.length && start < value.length && sameValue(old[start], value[start])) start++;
  let end = 0;
  while (
    end < old.length - start &&
    end < value.length - start &&
    sameValue(old[old.length - 1 - end], value[value.length - 1 - end])
  )
    end++;
  if (old.length - start - end > 0) list.delete(start, old.length - start - end);
  const inserted = value.slice(start, value.length - end);
  if (inserted.length) list.insert(start, inserted.map(toY));
}

function updateRecords(list: Y.Array<Y.Map<unknown>>, value: readonly { id: string }[]): void {
  const wanted = new Set(value.map((r) => r.id));
  for (let i = list.length - 1; i >= 0; i--) if (!wanted.has(list.get(i).get('id') as string)) list.delete(i, 1);
  value.forEach((record, i) => {
    const current = i < list.length ? list.get(i) : undefined;
    if (current?.get('id') === record.id) {
      updateMap(current, record as Record<string, unknown>);
      return;
    }
    // Moved: it goes to its new place as a new entry.
    for (let j = i + 1; j < list.length; j++) {
      if (list.get(j).get('id') === record.id) {
        list.delete(j, 1);
        break;
      }
    }
    list.insert(i, [toY(record) as Y.Map<unknown>]);
  });
  if (list.length > value.length) list.delete(value.length, list.length - value.length);
}

/**
 * Reads a Yjs value as plain JSON that is safe to check: prototype keys and nesting past 32 levels are
 * left out and reported, and anything that is not JSON (binary, rich text) reads as `null`, so that the
 * record's check names the field. With `reads`, a Yjs type read before without problems gives the same
 * object again, until its entry is deleted (the binding deletes the entries of what its events touch).
 */
export function fromY(
  value: unknown,
  keys: (string | number)[] = [],
  issues: Issue[] = [],
  reads?: WeakMap<object, Json>,
): Json {
  if (keys.length > MAX_DEPTH) {
    issues.push(issue(jsonPath(keys), 'warning', 'too-deep', 'tooDeep'));
    return null;
  }
  if (value instanceof Y.Map || value instanceof Y.Array) {
    const before = reads?.get(value);
    if (before !== undefined) return before;
    const found = issues.length;
    let out: Json;
    // `keys` grows and shrinks as the walk goes: a path is copied only into an issue.
    if (value instanceof Y.Map) {
      const fields: Record<string, Json> = {};
      for (const [key, item] of value.entries()) {
        keys.push(key);
        if (FORBIDDEN_KEYS.has(key))
          issues.push(issue(jsonPath(keys), 'warning', 'forbidden-key', 'forbiddenKey', key));
        else fields[key] = fromY(item, keys, issues, reads);
        keys.pop();
      }
      out = fields;
    } else {
      out = value.toArray().map((item, i) => {
        keys.push(i);
        const json = fromY(item, keys, issues, reads);
        keys.pop();
        return json;
      });
    }
    if (reads && issues.length === found) reads.set(value, out);
    return out;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return null;
}

function hasId(value: unknown): value is { id: string } {
  return isObject(value) && typeof value.id === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

function sameValue(y: unknown, json: unknown): boolean {
  if (y instanceof Y.Map || y instanceof Y.Array) return deepEqual(fromY(y), json);
  return y === json;
}

/** Structural equality of two JSON values; the order of an object's keys does not count. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b) && !Array.isArray(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/**
 * `next`, with every part that equals the same part of `was` replaced by that part of `was` (and `was`
 * itself when all of it is equal): a view that compares by identity then skips what did not change,
 * e.g. the other goals of a tree in which one goal was renamed. Items of a list are matched by their
 * `id` where they have one, else by place.
 */
export function keepUnchanged<T>(was: unknown, next: T): T {
  if (was === next) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(was)) return next;
    const byId = new Map<unknown, unknown>();
    for (const item of was) if (isObject(item) && typeof item.id === 'string') byId.set(item.id, item);
    let same = was.length === next.length;
    const out = next.map((item: unknown, i) => {
      const match = isObject(item) && typeof item.id === 'string' ? byId.get(item.id) : was[i];
      const kept = match === undefined ? item : keepUnchanged(match, item);
      if (kept !== was[i]) same = false;
      return kept;
    });
    return (same ? was : out) as T;
  }
  if (isObject(next) && isObject(was) && !Array.isArray(was)) {
    const keys = Object.keys(next).filter((k) => next[k] !== undefined);
    let same = keys.length === Object.keys(was).filter((k) => was[k] !== undefined).length;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      out[k] = keepUnchanged(was[k], next[k]);
      if (out[k] !== was[k]) same = false;
    }
    return (same ? was : out) as T;
  }
  return deepEqual(was, next) ? (was as T) : next;
}

/** A record with an id, as the collections hold them. */
interface Identified {
  id: string;
}

/**
 * Puts `record` into a collection's map (changing only the fields that differ); a new record goes into the
 * order right after the one it follows in `list`, the collection as this copy shows it.
 */
export function putRecord(
  map: Y.Map<Y.Map<unknown>>,
  order: Y.Array<string>,
  record: Identified,
  list: readonly Identified[],
): void {
  const current = map.get(record.id);
  if (current instanceof Y.Map) {
    updateMap(current, record as unknown as Record<string, unknown>);
    return;
  }
  map.set(record.id, toY(record) as Y.Map<unknown>);
  removeAll(order, record.id);
  const at = list.findIndex((r) => r.id === record.id);
  let index = order.length;
  if (at === 0) index = 0;
  else if (at > 0) {
    const follows = order.toArray().indexOf(list[at - 1].id);
    if (follows >= 0) index = follows + 1;
  }
  order.insert(index, [record.id]);
}

export function removeRecord(map: Y.Map<Y.Map<unknown>>, order: Y.Array<string>, id: string): void {
  map.delete(id);
  removeAll(order, id);
}

/** Makes a collection's map and order hold `list`, changing only what differs. */
export function writeCollection(map: Y.Map<Y.Map<unknown>>, order: Y.Array<string>, list: readonly Identified[]): void {
  const ids = new Set(list.map((r) => r.id));
  for (const id of [...map.keys()]) if (!ids.has(id)) map.delete(id);
  for (const record of list) {
    const current = map.get(record.id);
    if (current instanceof Y.Map) updateMap(current, record as unknown as Record<string, unknown>);
    else map.set(record.id, toY(record) as Y.Map<unknown>);
  }
  updateArray(order as Y.Array<unknown>, [...ids]);
}

function removeAll(order: Y.Array<string>, id: string): void {
  const ids = order.toArray();
  for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === id) order.delete(i, 1);
}

/** Deletes what `reads` holds of the type an event changed and of the types around it, up to `root`. */
export function forgetReads(
  reads: WeakMap<object, Json>,
  root: object,
  event: { path: (string | number)[]; target: object },
): void {
  let at: unknown = root;
  for (const key of event.path) {
    at = at instanceof Y.Map ? at.get(key as string) : at instanceof Y.Array ? at.get(key as number) : undefined;
    if (at instanceof Y.AbstractType) reads.delete(at);
  }
  reads.delete(event.target);
}
