/**
 * The first step of reading a dataset: a plain JSON copy of whatever came in, with what no dataset holds
 * cut off and reported, so that every later step walks a small, finite JSON tree.
 */
import { issue, jsonPath, type Issue } from './issues.js';
import { define } from './plain.js';

/** A key on the way to a value: a member's name or an item's index. */
export type Key = string | number;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;
/** Keys in one object: far more than any record has, or any response has answers. */
export const MAX_KEYS = 1000;

// A unit JSON writes as an escape of six bytes (a control character, a lone surrogate), and one that may take more
// than a byte (`"` and `\\` two, other units up to three in UTF-8).
// eslint-disable-next-line no-control-regex
const ESCAPED = /[\u0000-\u001f\ud800-\udfff]/;
const WIDE = /[^\u0020-\u007e]|["\\]/;

/**
 * No less than the UTF-8 bytes of a text in JSON, without its quotes: its length for plain ASCII, which most
 * texts are, so that a large dataset is not written out whole only to be measured.
 */
const textBound = (text: string) => text.length * (ESCAPED.test(text) ? 6 : WIDE.test(text) ? 3 : 1);

/** Objects whose keys are ids (statement → answer, aspect → comment): every key is data there. */
const isIdMap = (keys: readonly Key[]) =>
  keys.length === 5 &&
  keys[0] === 'checks' &&
  keys[2] === 'responses' &&
  (keys[4] === 'answers' || keys[4] === 'comments');

/** Where sanitize is: the path to the value, the objects around it, what it found and how large the copy can be. */
export interface Walk {
  keys: Key[];
  ancestors: object[];
  issues: Issue[];
  /** Never less than the UTF-8 length of the copy's JSON text (a text needs no more than 6 bytes a unit, a number 25). */
  bound: number;
  /** When given, the lists at the top of the document are copied later, a slice at a time (see `sanitizeLists`). */
  lists?: { from: unknown[]; into: unknown[]; key: string }[];
}

/**
 * A deep plain JSON copy, with what no dataset holds cut off and reported: keys that could reach a
 * prototype (except in objects keyed by ids, which are copied without a prototype), nesting deeper than
 * any dataset, more keys in one object than any record has, a value that contains itself, and values
 * JSON has no words for. What is left is kept. The path in `walk` grows and shrinks on the way down
 * and up (a new array per value made large files slow to read).
 */
export function sanitize(value: unknown, walk: Walk): unknown {
  const { keys, issues, ancestors } = walk;
  if (typeof value === 'string') {
    walk.bound += textBound(value) + 2;
    return value;
  }
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'number') {
    walk.bound += 32;
    return value;
  }
  if (typeof value !== 'object') {
    issues.push(issue(jsonPath(keys), 'warning', 'wrong-type', 'wrongType', 'JSON', typeof value));
    return undefined;
  }
  if (keys.length > MAX_DEPTH) {
    issues.push(issue(jsonPath(keys), 'warning', 'too-deep', 'tooDeep'));
    return undefined;
  }
  if (ancestors.includes(value)) {
    issues.push(issue(jsonPath(keys), 'warning', 'circular', 'circular'));
    return undefined;
  }
  if (!Array.isArray(value) && !isPlainObject(value)) {
    // A Date as JSON.stringify would write it; other objects (Map, class instances) have no JSON form.
    walk.bound += 32;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    issues.push(
      issue(
        jsonPath(keys),
        'warning',
        'wrong-type',
        'wrongType',
        'JSON',
        Object.prototype.toString.call(value).slice(8, -1),
      ),
    );
    return undefined;
  }
  ancestors.push(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    walk.bound += 2 + value.length;
    const items: unknown[] = [];
    if (walk.lists && keys.length === 1) walk.lists.push({ from: value, into: items, key: String(keys[0]) });
    else for (let i = 0; i < value.length; i++) copyItem(value, i, items, walk);
    copy = items;
  } else {
    walk.bound += 2;
    const idMap = isIdMap(keys);
    const object: Record<string, unknown> = idMap ? Object.create(null) : {};
    let count = 0;
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      if (++count > MAX_KEYS) {
        issues.push(issue(jsonPath(keys), 'warning', 'too-many-keys', 'tooManyKeys', MAX_KEYS));
        break;
      }
      if (!idMap && FORBIDDEN_KEYS.has(key)) {
        issues.push(issue(jsonPath([...keys, key]), 'warning', 'forbidden-key', 'forbiddenKey', key));
        continue;
      }
      walk.bound += textBound(key) + 4;
      keys.push(key);
      const item = sanitize(value[key], walk);
      keys.pop();
      if (item !== undefined) define(object, key, item);
    }
    copy = object;
  }
  ancestors.pop();
  return copy;
}

/** Copies the lists `sanitize` left for later (`walk.lists`), with a step after every `every` items. */
export function* sanitizeLists(top: object, walk: Walk, every: number): Generator<void, void> {
  for (const { from, into, key } of walk.lists ?? []) {
    walk.keys.push(key);
    walk.ancestors.push(top, from);
    for (let i = 0; i < from.length; i++) {
      if (i % every === every - 1) yield;
      copyItem(from, i, into, walk);
    }
    walk.ancestors.length -= 2;
    walk.keys.pop();
  }
}

function copyItem(list: readonly unknown[], i: number, into: unknown[], walk: Walk): void {
  walk.keys.push(i);
  const item = sanitize(list[i], walk);
  walk.keys.pop();
  into.push(item === undefined ? null : item);
}

/** A plain object (or one without a prototype): what JSON.parse makes of `{…}`, not an array, Date or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
