/**
 * Reading a dataset from anything: never throws, keeps what is valid, reports the rest.
 */
import * as v from 'valibot';
import { breakParentLoops } from './parent-loops.js';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  FORMAT,
  NETWORK_FIELDS,
  VERSION,
  emptyDataset,
  type CareNetwork,
  type CollectionName,
  type CollectionRecord,
  type CooperationCheck,
  type Dataset,
  type Goal,
  type GoalTree,
  type Relation,
} from './model.js';
import { aboutRecord, issue, jsonPath, type Issue, type IssueRecord } from './issues.js';
import { migrate } from './migrate.js';
import { repairRoute } from './route.js';
import type { Route } from './route-model.js';
import { anchorOf, type UnreadPart } from './unread.js';
import { byteLength, cutWideObjects } from './json-limits.js';
import { tooLargeIssue } from './readable.js';
import { define, emptyLike, quickParse, withoutUndefined } from './quick-parse.js';

export interface ParseOptions {
  /** Largest input accepted, in bytes of JSON text; default 20 MB. */
  maxBytes?: number;
}

export interface ParseResult {
  dataset: Dataset;
  issues: Issue[];
  /** The records and items left out because they could not be read, as they came: a host that saves over the copy read writes them back (see `withUnread`). */
  unread?: UnreadPart[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;
/** Keys in one object: far more than any record has, or any response has answers. */
export const MAX_KEYS = 1000;
type Key = string | number;
/** The path of a place in a record, from its keys inside the record. */
type At = (...keys: Key[]) => Key[];
/** Records that parseRecord left items out of, with which: their issues keep the input's numbering. */
const removedFrom = new WeakMap<object, RemovedItems>();

/** Reads a samenspel dataset from a JSON string or a parsed value. Never throws. */
export function parseDataset(input: unknown, options: ParseOptions = {}): ParseResult {
  const issues: Issue[] = [];
  const dataset = emptyDataset();
  try {
    return readDataset(input, options, dataset, issues);
  } catch (e) {
    // A last line for what no check foresaw (a Proxy that throws, a getter that throws …): report, keep what was read.
    issues.push(issue('$', 'error', 'unreadable', 'unreadable', e instanceof Error ? e.message : String(e)));
    return { dataset, issues };
  }
}

function readDataset(input: unknown, options: ParseOptions, dataset: Dataset, issues: Issue[]): ParseResult {
  const fail = (i: Issue): ParseResult => ({ dataset, issues: [...issues, i] });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const tooLarge = (bytes: number) => tooLargeIssue(bytes, maxBytes);

  let raw: unknown = input;
  if (typeof input === 'string') {
    // Editors on Windows write a byte-order mark before the JSON.
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const bytes = byteLength(text, maxBytes);
    if (bytes > maxBytes) return fail(tooLarge(bytes));
    // Members past MAX_KEYS of an object are left out before parsing (sanitize would cut them after).
    let wide = cutWideObjects(text, MAX_KEYS);
    let read = parseJson(wide?.text ?? text);
    if ('error' in read && wide) {
      // Said of the text as it came (and read whole, should it be well-formed after all).
      read = parseJson(text);
      wide = undefined;
    }
    if ('error' in read) return fail(issue('$', 'error', 'not-json', 'notJson', read.error));
    raw = read.value;
    for (const keys of wide?.cut ?? [])
      issues.push(issue(jsonPath(keys), 'warning', 'too-many-keys', 'tooManyKeys', MAX_KEYS));
  }
  if (!isPlainObject(raw)) return fail(issue('$', 'error', 'not-object', 'notObject'));

  // A plain copy first: depth, keys per object, cycles and non-JSON values are bounded here, so every
  // later step walks a small, finite JSON tree.
  const walk: Walk = { keys: [], ancestors: [], issues, bound: 0 };
  const doc = migrate(sanitize(raw, walk) as Record<string, unknown>);
  // Written out and measured only when it could be too large (a migration adds a few bytes).
  if (typeof input !== 'string' && walk.bound + 64 > maxBytes) {
    const bytes = byteLength(JSON.stringify(doc), maxBytes);
    if (bytes > maxBytes) return fail(tooLarge(bytes));
  }

  if (doc.format === undefined) issues.push(issue('$.format', 'warning', 'missing-format', 'missingFormat'));
  else if (doc.format !== FORMAT) return fail(issue('$.format', 'error', 'wrong-format', 'wrongFormat', doc.format));
  // A newer writer: read what this version knows (its new fields are reported as unknown); the error tells
  // a host not to save over the file.
  if (typeof doc.version === 'number' && doc.version > VERSION)
    issues.push(issue('$.version', 'error', 'newer-version', 'newerVersion', doc.version));
  else if (doc.version === undefined) issues.push(issue('$.version', 'warning', 'missing-field', 'missing', 'version'));
  else if (doc.version !== VERSION)
    issues.push(issue('$.version', 'warning', 'unknown-version', 'badVersion', doc.version));
  if (doc.title !== undefined) {
    const title = typeof doc.title === 'string' ? doc.title.trim() : '';
    if (title && title.length <= 500) dataset.title = title;
    else issues.push(issue('$.title', 'warning', 'invalid-value', 'fieldRemoved'));
  }

  const known = new Set<string>(['format', 'version', 'title', ...COLLECTION_NAMES]);
  for (const key of Object.keys(doc)) {
    if (!known.has(key)) issues.push(issue(jsonPath([key]), 'warning', 'unknown-field', 'unknownKey', key));
  }

  const ctx = new ReferenceContext();
  ctx.goals = new Map();
  const unread: UnreadPart[] = [];
  // Parties first: every other collection refers to them.
  for (const name of COLLECTION_NAMES) {
    const list = doc[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push(issue(jsonPath([name]), 'error', 'not-a-list', 'notList', name));
      continue;
    }
    const seen = new Set<string>();
    const ids = new IdMaker(list);
    list.forEach((item, index) => {
      const path: Key[] = [name, index];
      const found: Issue[] = [];
      const filled = withDefaults(name, item, path, ids, found);
      const parsed = parseRecord(name, filled, path, found);
      let kept: CollectionRecord[typeof name] | undefined;
      if (parsed && seen.has(parsed.id)) {
        found.push(issue(jsonPath([...path, 'id']), 'error', 'duplicate-id', 'duplicateId', parsed.id));
        found.push(issue(jsonPath(path), 'error', 'record-dropped', 'recordDropped', name));
      } else if (parsed) kept = repairReferences(name, parsed, ctx, path, found);
      for (const i of found) aboutRecord(i, recordOf(name, index, item));
      issues.push(...found);
      keepUnread(unread, list, path, item, filled, kept, found);
      if (!kept) return;
      seen.add(kept.id);
      if (name === 'parties') ctx.parties.add(kept.id);
      if (name === 'goalTrees') ctx.goals!.set(kept.id, new Set((kept as GoalTree).goals.map((g) => g.id)));
      (dataset[name] as CollectionRecord[typeof name][]).push(kept);
    });
  }
  return unread.length ? { dataset, issues, unread } : { dataset, issues };
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Notes what of one record was left out: the record itself, or the items dropped from it. */
function keepUnread(
  unread: UnreadPart[],
  list: readonly unknown[],
  path: Key[],
  item: unknown,
  filled: unknown,
  kept: unknown,
  found: readonly Issue[],
): void {
  const before = (list: unknown, index: number) =>
    Array.isArray(list) && index > 0 ? anchorOf(list[index - 1]) : undefined;
  if (!kept) {
    const index = path[1] as number;
    unread.push({ keys: path, anchors: [], value: item, ...optional('after', before(list, index)) });
    return;
  }
  for (const i of found) {
    if (i.code !== 'item-dropped') continue;
    const keys = pathKeys(i.path);
    if (!keys || keys[0] !== path[0] || keys[1] !== path[1]) continue;
    const inside = keys.slice(2);
    // Items on the way are found again by id (from `filled`, which has the ids given to items without one).
    const anchors = keys
      .slice(0, -1)
      .map((k, at) =>
        typeof k === 'number' ? anchorOf(valueAt(filled, inside.slice(0, Math.max(0, at - 1)))) : undefined,
      );
    const index = keys[keys.length - 1] as number;
    unread.push({
      keys,
      anchors,
      value: valueAt(item, inside),
      ...optional('after', before(valueAt(filled, inside.slice(0, -1)), index)),
    });
  }
}

const optional = <K extends string, T>(key: K, value: T | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, T>);

/** The keys of a path written by `jsonPath`, for the plain names and indexes item paths have; undefined for others. */
function pathKeys(path: string): Key[] | undefined {
  const keys: Key[] = [];
  const step = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]/y;
  step.lastIndex = 1;
  while (step.lastIndex < path.length) {
    const m = step.exec(path);
    if (!m) return undefined;
    keys.push(m[1] ?? Number(m[2]));
  }
  return path.startsWith('$') ? keys : undefined;
}

/** The record an issue is about, as a reader would name it. */
function recordOf(collection: CollectionName, index: number, item: unknown): IssueRecord {
  const record: IssueRecord = { collection, index };
  if (isPlainObject(item)) {
    const text = (value: unknown) =>
      typeof value === 'string' && value.trim() ? value.trim().slice(0, 80) : undefined;
    const id = text(item.id);
    const name = text(item.name) ?? text(item.title);
    if (id) record.id = id;
    if (name) record.name = name;
  }
  return record;
}

/** Gives records without an id one that no other record in the same list has or will have. */
class IdMaker {
  readonly #taken = new Set<string>();
  constructor(list: readonly unknown[]) {
    for (const item of list) if (isPlainObject(item) && typeof item.id === 'string') this.#taken.add(item.id.trim());
  }
  make(base: string): string {
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base}-${n}`;
    this.#taken.add(id);
    return id;
  }
}

/**
 * What a person writing the JSON by hand cannot be expected to know: relations, steps, responses and
 * actions without an `id` get one (reported as info).
 */
function withDefaults(collection: CollectionName, item: unknown, path: Key[], ids: IdMaker, issues: Issue[]): unknown {
  if (!isPlainObject(item)) return item;
  const fill = (record: Record<string, unknown>, at: Key[], maker: IdMaker, base: string) => {
    if (record.id !== undefined) return record;
    const id = maker.make(base);
    issues.push(issue(jsonPath([...at, 'id']), 'info', 'generated-id', 'generatedId', id));
    return { ...record, id };
  };
  const withoutId = (x: unknown): x is Record<string, unknown> => isPlainObject(x) && x.id === undefined;
  // Most lists have every id: they are left as they are, without a copy.
  const needsIds = (items: unknown): items is unknown[] => Array.isArray(items) && items.some(withoutId);
  const fillList = (record: Record<string, unknown>, key: string, at: Key[], base: (index: number) => string) => {
    const items = record[key];
    if (!needsIds(items)) return record;
    const maker = new IdMaker(items);
    const filled = items.map((x, i) => (withoutId(x) ? fill(x, [...at, key, i], maker, base(i)) : x));
    return { ...record, [key]: filled };
  };
  const index = path[path.length - 1] as number;
  switch (collection) {
    case 'relations':
      return fill(item, path, ids, `relatie-${index + 1}`);
    case 'careNetworks':
      return fillList(item, 'relations', path, (i) => `relatie-${i + 1}`);
    case 'goalTrees': {
      const goals = item.goals;
      if (!Array.isArray(goals)) return item;
      let changed = false;
      const filled = goals.map((g, i) => {
        if (!isPlainObject(g) || !needsIds(g.steps)) return g;
        changed = true;
        const goalId = typeof g.id === 'string' ? g.id.trim() : `doel-${i + 1}`;
        return fillList(g, 'steps', [...path, 'goals', i], (j) => `${goalId}-stap-${j + 1}`);
      });
      return changed ? { ...item, goals: filled } : item;
    }
    case 'checks':
      return fillList(
        fillList(item, 'responses', path, (i) => `respons-${i + 1}`),
        'actions',
        path,
        (i) => `actie-${i + 1}`,
      );
    default:
      return item;
  }
}

/** The lists inside records whose items are records of their own: dropping one is reported on its own. */
const ITEM_LISTS = new Set([
  'goals',
  'members',
  'relations',
  'steps',
  'responses',
  'actions',
  'rounds',
  'aspects',
  'statements',
  'readings',
]);

/**
 * Validates one record against its schema. Every problem found in one pass is repaired at once: an
 * invalid optional value is left out, an unknown field is skipped, an item of a list that cannot stand
 * goes (with its own issue), and an optional object that lacks a required part goes as a whole. Only a
 * record without what it cannot do without is dropped. Each pass repairs a level, so the passes are
 * bounded by the depth of the schema, never by the number of problems.
 */
export function parseRecord<C extends CollectionName>(
  collection: C,
  input: unknown,
  path: Key[],
  issues: Issue[],
): CollectionRecord[C] | undefined {
  const schema = COLLECTIONS[collection];
  // Most records are valid: read them without valibot's bookkeeping, which is only needed to say what is wrong.
  const quick = quickParse(schema, input) as CollectionRecord[C] | undefined;
  if (quick) return quick;
  let candidate = input;
  const found: Issue[] = [];
  const removed = new RemovedItems();
  for (;;) {
    const result = v.safeParse(schema, candidate);
    if (result.success) {
      issues.push(...found);
      // `{ ...record, note: undefined }` is how views clear a field; JSON has no undefined, so neither does a record.
      const record = withoutUndefined(result.output) as CollectionRecord[C];
      if (removed.any) removedFrom.set(record, removed);
      return record;
    }
    const cuts: Key[][] = [];
    let fatal: Issue | undefined;
    for (const vi of result.issues) {
      const keys = (vi.path ?? []).map((p) => p.key as Key);
      const described = describe(vi, [...path, ...removed.original(keys)]);
      // A value that is missing cannot be left out: the object that needs it goes instead, up to the record itself.
      const unknownKey = vi.type === 'strict_object' && vi.expected === 'never';
      const cut = vi.input === undefined && !unknownKey ? keys.slice(0, -1) : keys;
      // Without its instrument a check would silently get the built-in one: that is not a repair.
      if (
        !isPlainObject(candidate) ||
        cut.length === 0 ||
        (collection === 'checks' && cut.length === 1 && cut[0] === 'instrument')
      ) {
        fatal ??= { ...described, severity: 'error' };
        continue;
      }
      found.push(described);
      cuts.push(cut);
    }
    if (fatal) {
      issues.push(...found, fatal, issue(jsonPath(path), 'error', 'record-dropped', 'recordDropped', collection));
      return undefined;
    }
    const items = new Set<string>();
    for (const cut of cuts) {
      const last = cut[cut.length - 1];
      const list = cut[cut.length - 2];
      if (typeof last !== 'number' || typeof list !== 'string' || !ITEM_LISTS.has(list)) continue;
      const original = removed.original(cut);
      const at = jsonPath([...path, ...original]);
      if (items.has(at)) continue;
      items.add(at);
      found.push(issue(at, 'error', 'item-dropped', 'itemDropped', list, itemName(valueAt(candidate, cut))));
    }
    removed.note(cuts);
    candidate = removeAll(candidate, cuts);
  }
}

/** The value at `keys` inside `value`. */
function valueAt(value: unknown, keys: readonly Key[]): unknown {
  let at = value;
  for (const key of keys) at = at !== null && typeof at === 'object' ? (at as Record<Key, unknown>)[key] : undefined;
  return at;
}

/** How a reader knows an item: its title, name, id or party, if it has one. */
function itemName(item: unknown): string {
  if (!isPlainObject(item)) return '';
  for (const key of ['title', 'name', 'what', 'id', 'party', 'date']) {
    const value = item[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 80);
    if (isPlainObject(value) && typeof value.nl === 'string') return value.nl.trim().slice(0, 80);
  }
  return '';
}

/** Remembers which array items were left out, so later issues name the index the input had. */
class RemovedItems {
  #byArray = new Map<string, number[]>();

  get any(): boolean {
    return this.#byArray.size > 0;
  }

  /** Translates keys into the current candidate to keys into the original input. */
  original(keys: readonly Key[]): Key[] {
    if (!this.#byArray.size) return keys.slice();
    const out: Key[] = [];
    for (const key of keys) {
      if (typeof key === 'number') {
        let index = key;
        for (const gone of this.#byArray.get(JSON.stringify(out)) ?? []) if (gone <= index) index++;
        out.push(index);
      } else out.push(key);
    }
    return out;
  }

  /** Records that the leaves at `cuts` (all in current coordinates) are about to be removed. */
  note(cuts: readonly Key[][]): void {
    const added = new Map<string, number[]>();
    for (const keys of cuts) {
      if (typeof keys[keys.length - 1] !== 'number') continue;
      const original = this.original(keys);
      const at = JSON.stringify(original.slice(0, -1));
      let list = added.get(at);
      if (!list) added.set(at, (list = []));
      list.push(original[original.length - 1] as number);
    }
    for (const [at, list] of added)
      this.#byArray.set(
        at,
        [...(this.#byArray.get(at) ?? []), ...list].sort((a, b) => a - b),
      );
  }
}

/** Translates a valibot issue into ours. */
function describe(vi: v.BaseIssue<unknown>, keys: Key[]): Issue {
  const path = jsonPath(keys);
  const last = String(keys[keys.length - 1] ?? '');
  if (vi.type === 'strict_object' && vi.expected === 'never')
    return issue(path, 'warning', 'unknown-field', 'unknownKey', last);
  if (vi.input === undefined) return issue(path, 'error', 'missing-field', 'missing', last);
  switch (vi.type) {
    case 'picklist':
    case 'literal':
      return issue(
        path,
        'warning',
        'unknown-value',
        'unknownValue',
        vi.received,
        (vi.expected ?? '').replace(/[()"]/g, '').replace(/ \| /g, ', '),
      );
    case 'iso_date':
      return issue(path, 'warning', 'invalid-date', 'badDate', String(vi.input));
    case 'max_length':
      return issue(path, 'warning', 'too-long', 'tooLong');
    case 'min_length':
      return issue(path, 'warning', 'empty', 'empty');
    case 'check':
      if (vi.message === 'unsafe_url')
        return issue(path, 'warning', 'unsafe-url', 'unsafeUrl', String(vi.input).slice(0, 200));
      if (vi.message === 'invalid_date') return issue(path, 'warning', 'invalid-date', 'badDate', String(vi.input));
      return issue(path, 'warning', 'invalid-value', 'badValue', vi.received);
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
    case 'strict_object':
    case 'record':
    case 'nullable':
      return issue(path, 'warning', 'wrong-type', 'wrongType', vi.expected ?? '?', vi.received);
    case 'custom':
      return issue(path, 'warning', 'wrong-type', 'wrongType', 'Object', vi.received);
    default:
      return issue(path, 'warning', 'invalid-value', 'badValue', vi.received);
  }
}

/** A copy of `value` without the leaves at `cuts` (array items are left out); one walk for all of them. */
function removeAll(value: unknown, cuts: readonly Key[][]): unknown {
  const here = new Set<Key>();
  const deeper = new Map<Key, Key[][]>();
  for (const cut of cuts) {
    if (cut.length === 1) here.add(cut[0]);
    else {
      let list = deeper.get(cut[0]);
      if (!list) deeper.set(cut[0], (list = []));
      list.push(cut.slice(1));
    }
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    value.forEach((item, i) => {
      if (here.has(i)) return;
      const below = deeper.get(i);
      copy.push(below ? removeAll(item, below) : item);
    });
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const copy = emptyLike(value);
    for (const [key, item] of Object.entries(value)) {
      if (here.has(key)) continue;
      const below = deeper.get(key);
      define(copy, key, below ? removeAll(item, below) : item);
    }
    return copy;
  }
  return value;
}

/** Objects whose keys are ids (statement → answer, aspect → comment): every key is data there. */
const isIdMap = (keys: readonly Key[]) =>
  keys.length === 5 &&
  keys[0] === 'checks' &&
  keys[2] === 'responses' &&
  (keys[4] === 'answers' || keys[4] === 'comments');

/** Where sanitize is: the path to the value, the objects around it, what it found and how large the copy can be. */
interface Walk {
  keys: Key[];
  ancestors: object[];
  issues: Issue[];
  /** Never less than the UTF-8 length of the copy's JSON text (a text needs no more than 6 bytes a unit, a number 25). */
  bound: number;
}

/**
 * A deep plain JSON copy, with what no dataset holds cut off and reported: keys that could reach a
 * prototype (except in objects keyed by ids, which are copied without a prototype), nesting deeper than
 * any dataset, more keys in one object than any record has, a value that contains itself, and values
 * JSON has no words for. What is left is kept. The path in `walk` grows and shrinks on the way down
 * and up (a new array per value made large files slow to read).
 */
function sanitize(value: unknown, walk: Walk): unknown {
  const { keys, issues, ancestors } = walk;
  if (typeof value === 'string') {
    walk.bound += value.length * 6 + 2;
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
    for (let i = 0; i < value.length; i++) {
      keys.push(i);
      const item = sanitize(value[i], walk);
      keys.pop();
      items.push(item === undefined ? null : item);
    }
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
      walk.bound += key.length * 6 + 4;
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The ids that records may refer to, and the relation ids a party id must differ from. */
export class ReferenceContext {
  readonly parties = new Set<string>();
  readonly relations = new Set<string>();
  /**
   * Goal ids per tree, for the goal links of routes; filled only while a dataset is read, so that a store
   * edit of a route is never refused because a goal it points to was removed meanwhile.
   */
  goals?: Map<string, Set<string>>;
  static of(dataset: Dataset): ReferenceContext {
    const ctx = new ReferenceContext();
    for (const p of dataset.parties) ctx.parties.add(p.id);
    for (const r of dataset.relations) ctx.relations.add(r.id);
    return ctx;
  }
}

/**
 * Checks what a record refers to and mends it where that keeps the rest: a dangling partner is left out,
 * a goal in a loop is put under the main goal, a second regiehouder is cleared. Returns undefined when the
 * record cannot stand (a relation to a party that does not exist).
 */
export function repairReferences<C extends CollectionName>(
  collection: C,
  record: CollectionRecord[C],
  ctx: ReferenceContext,
  path: Key[],
  issues: Issue[],
): CollectionRecord[C] | undefined {
  // Paths name the index an item had in the input, also after parseRecord left items out before it.
  const removed = removedFrom.get(record);
  const at: At = (...keys) => [...path, ...(removed ? removed.original(keys) : keys)];
  // <who-is-who> draws parties and relations in one graph, so a relation needs an id no party has.
  const clash = collection === 'parties' ? ctx.relations : collection === 'relations' ? ctx.parties : undefined;
  if (clash?.has(record.id))
    issues.push(
      issue(
        jsonPath(at('id')),
        'warning',
        'id-collision',
        collection === 'parties' ? 'idCollisionParty' : 'idCollision',
        record.id,
      ),
    );
  switch (collection) {
    case 'parties':
      return record;
    case 'relations':
      return relationEndsExist(record as Relation, ctx.parties, at, issues) ? record : undefined;
    case 'careNetworks':
      return repairNetwork(record as CareNetwork, ctx, at, issues) as CollectionRecord[C] | undefined;
    case 'goalTrees':
      return repairGoalTree(record as GoalTree, ctx, at, issues) as CollectionRecord[C];
    case 'checks':
      return repairCheck(record as CooperationCheck, ctx, at, issues) as CollectionRecord[C];
    case 'routes':
      return repairRoute(record as Route, ctx.parties, path, issues, ctx.goals) as CollectionRecord[C];
  }
  return record;
}

function relationEndsExist(r: Relation, ids: ReadonlySet<string>, at: At, issues: Issue[]): boolean {
  let ok = true;
  for (const end of ['source', 'target'] as const) {
    if (!ids.has(r[end])) {
      issues.push(issue(jsonPath(at(end)), 'error', 'missing-party', 'missingParty', r[end]));
      ok = false;
    }
  }
  // A relation of the dataset is a record; one inside a care network is an item of it.
  if (ok) return true;
  if (at().length > 2) issues.push(issue(jsonPath(at()), 'error', 'item-dropped', 'itemDropped', 'relations', r.id));
  else issues.push(issue(jsonPath(at()), 'error', 'record-dropped', 'recordDropped', 'relations'));
  return ok;
}

function repairNetwork(n: CareNetwork, ctx: ReferenceContext, at: At, issues: Issue[]): CareNetwork | undefined {
  let ok = true;
  for (const end of ['carer', 'caredFor'] as const) {
    if (!ctx.parties.has(n[end])) {
      issues.push(issue(jsonPath(at(end)), 'error', 'missing-party', 'missingParty', n[end]));
      ok = false;
    }
  }
  if (!ok) {
    issues.push(issue(jsonPath(at()), 'error', 'record-dropped', 'recordDropped', 'careNetworks'));
    return undefined;
  }
  const inNetwork = new Set([n.carer, n.caredFor]);
  let regiehouder: string | undefined;
  const members = n.members.flatMap((m, i) => {
    const here = (...keys: Key[]) => at('members', i, ...keys);
    if (!ctx.parties.has(m.party)) {
      issues.push(issue(jsonPath(here('party')), 'error', 'missing-party', 'missingParty', m.party));
      issues.push(issue(jsonPath(here()), 'error', 'item-dropped', 'itemDropped', 'members', m.party));
      return [];
    }
    if (inNetwork.has(m.party)) {
      issues.push(issue(jsonPath(here('party')), 'error', 'duplicate-id', 'duplicateId', m.party));
      issues.push(issue(jsonPath(here()), 'error', 'item-dropped', 'itemDropped', 'members', m.party));
      return [];
    }
    inNetwork.add(m.party);
    if (m.regiehouder) {
      if (regiehouder) {
        issues.push(
          issue(jsonPath(here('regiehouder')), 'error', 'many-regiehouders', 'manyRegiehouders', regiehouder),
        );
        const { regiehouder: _dropped, ...rest } = m;
        return [rest];
      }
      regiehouder = m.party;
    }
    return [m];
  });
  let regisseurs = n.regisseurs;
  for (const field of NETWORK_FIELDS) {
    const party = regisseurs?.[field];
    if (party === undefined || inNetwork.has(party)) continue;
    issues.push(
      issue(jsonPath(at('regisseurs', field)), 'warning', 'missing-party', 'regisseurNotInNetwork', party, field),
    );
    const { [field]: _gone, ...rest } = regisseurs!;
    regisseurs = rest;
  }
  const relationIds = new Set<string>();
  const relations = n.relations.filter((r, i) => {
    const here = (...keys: Key[]) => at('relations', i, ...keys);
    if (relationIds.has(r.id)) {
      issues.push(issue(jsonPath(here('id')), 'error', 'duplicate-id', 'duplicateId', r.id));
      issues.push(issue(jsonPath(here()), 'error', 'item-dropped', 'itemDropped', 'relations', r.id));
      return false;
    }
    relationIds.add(r.id);
    return relationEndsExist(r, inNetwork, here, issues);
  });
  return { ...n, members, relations, ...(regisseurs ? { regisseurs } : {}) };
}

function repairGoalTree(tree: GoalTree, ctx: ReferenceContext, path: At, issues: Issue[]): GoalTree {
  // Goals by their place in `goals` (ids once): a tree of 50,000 goals is read with typed arrays, not an
  // object per goal.
  const goals: Goal[] = [];
  const inputIndex: number[] = [];
  const placeOf = new Map<string, number>();
  tree.goals.forEach((g, i) => {
    if (placeOf.has(g.id)) {
      issues.push(issue(jsonPath(path('goals', i, 'id')), 'error', 'duplicate-id', 'duplicateId', g.id));
      issues.push(issue(jsonPath(path('goals', i)), 'error', 'item-dropped', 'itemDropped', 'goals', g.title));
      return;
    }
    placeOf.set(g.id, goals.length);
    goals.push(g);
    inputIndex.push(i);
  });
  const count = goals.length;
  const at = (k: number, ...keys: Key[]) => path('goals', inputIndex[k], ...keys);
  // The main goal: the first without a parent, else the first goal (told why it now is the main goal).
  const root = Math.max(
    0,
    goals.findIndex((g) => g.parent === undefined),
  );
  /** The place of each goal's parent, -1 for the main goal. */
  const up = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const parent = goals[k].parent;
    if (k === root) up[k] = -1;
    else if (parent === undefined) {
      issues.push(issue(jsonPath(at(k)), 'warning', 'extra-root', 'extraRoot', goals[k].id));
      up[k] = root;
    } else {
      const place = placeOf.get(parent);
      if (place === undefined)
        issues.push(issue(jsonPath(at(k, 'parent')), 'error', 'missing-ref', 'missingGoal', parent));
      up[k] = place ?? root;
    }
  }
  const rootParent = goals[root]?.parent;
  if (rootParent !== undefined) {
    if (placeOf.has(rootParent))
      issues.push(issue(jsonPath(at(root, 'parent')), 'error', 'goal-cycle', 'cycleRoot', goals[root].id));
    else
      issues.push(
        issue(jsonPath(at(root, 'parent')), 'error', 'missing-ref', 'orphanRoot', goals[root].id, rootParent),
      );
  }
  // A loop is broken at its goal that comes first in the input: it goes under the main goal.
  breakParentLoops(up, (first) => {
    up[first] = root;
    issues.push(issue(jsonPath(at(first, 'parent')), 'error', 'goal-cycle', 'goalCycle', goals[first].id));
  });
  let changed = count !== tree.goals.length;
  const known = (id: string) => ctx.parties.has(id);
  const repaired = goals.map((g, k) => {
    const parent = up[k] < 0 ? undefined : goals[up[k]].id;
    let goal = g;
    if (parent !== g.parent) {
      const { parent: _p, ...rest } = g;
      goal = parent === undefined ? rest : { ...rest, parent };
    }
    // Most goals refer to known parties only: then nothing is copied.
    let partnersOk = true;
    for (const p of goal.partners) partnersOk &&= known(p);
    let stepsOk = true;
    for (const s of goal.steps) stepsOk &&= s.owner === undefined || known(s.owner);
    if (!partnersOk || !stepsOk) {
      const partners = goal.partners.filter((p, j) => {
        if (known(p)) return true;
        issues.push(issue(jsonPath(at(k, 'partners', j)), 'warning', 'missing-party', 'missingParty', p));
        return false;
      });
      const steps = goal.steps.map((s, j) => {
        if (s.owner === undefined || known(s.owner)) return s;
        issues.push(issue(jsonPath(at(k, 'steps', j, 'owner')), 'warning', 'missing-party', 'missingParty', s.owner));
        const { owner: _o, ...rest } = s;
        return rest;
      });
      goal = { ...goal, partners, steps };
    }
    if (goal !== g) changed = true;
    return goal;
  });
  return changed ? { ...tree, goals: repaired } : tree;
}

function repairCheck(check: CooperationCheck, ctx: ReferenceContext, path: At, issues: Issue[]): CooperationCheck {
  const rounds = new Set(check.rounds.map((r) => r.id));
  const aspects = new Set(check.instrument.aspects.map((a) => a.id));
  const responseIds = new Set<string>();
  const responses = check.responses.flatMap((r, i) => {
    const at = (...keys: Key[]) => path('responses', i, ...keys);
    if (responseIds.has(r.id)) {
      issues.push(issue(jsonPath(at('id')), 'error', 'duplicate-id', 'duplicateId', r.id));
      issues.push(issue(jsonPath(at()), 'error', 'item-dropped', 'itemDropped', 'responses', r.id));
      return [];
    }
    responseIds.add(r.id);
    if (!rounds.has(r.round)) {
      issues.push(issue(jsonPath(at('round')), 'error', 'missing-ref', 'missingRound', r.round));
      issues.push(issue(jsonPath(at()), 'error', 'item-dropped', 'itemDropped', 'responses', r.id));
      return [];
    }
    if (r.party !== undefined && !ctx.parties.has(r.party)) {
      issues.push(issue(jsonPath(at('party')), 'warning', 'missing-party', 'missingParty', r.party));
      const { party: _p, ...rest } = r;
      return [rest];
    }
    return [r];
  });
  const actions = check.actions.filter((a, i) => {
    if (aspects.has(a.aspect)) return true;
    issues.push(issue(jsonPath(path('actions', i, 'aspect')), 'error', 'missing-ref', 'missingAspect', a.aspect));
    issues.push(issue(jsonPath(path('actions', i)), 'error', 'item-dropped', 'itemDropped', 'actions', a.what));
    return false;
  });
  return responses.length === check.responses.length &&
    responses.every((r, i) => r === check.responses[i]) &&
    actions.length === check.actions.length
    ? check
    : { ...check, responses, actions };
}
