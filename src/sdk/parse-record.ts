/**
 * Reading one record against its schema: a valid record as it is, a broken one repaired where that keeps
 * the rest, each problem reported at the place the input had it.
 */
import * as v from 'valibot';
import { COLLECTIONS, type CollectionName, type CollectionRecord } from './model.js';
import { issue, jsonPath, type Issue } from './issues.js';
import { define, emptyLike, withoutUndefined } from './plain.js';
import type { KnownPart } from './quick-parse.js';
import { isPlainObject, type Key } from './sanitize.js';

/**
 * The quick reader (quick-parse.ts), once it is there. It is a part of its own so that a page reading a small
 * dataset never downloads it: without it every record is read by valibot alone, with the same result, only
 * more slowly. The SDK entry has it from the start; the elements load it where reading is large
 * ({@link loadQuickParse}) and with the user's first edit, and a live room's checker when it is made.
 */
let quick: typeof import('./quick-parse.js') | undefined;
let loadingQuick: Promise<void> | undefined;

/** Text of at least this many characters pays for loading the quick reader before it is read. */
const QUICK_READ_FROM = 256 * 1024;

/** Reads with the quick reader from now on (the SDK entry hands it over at once). */
export function useQuickParse(reader: typeof import('./quick-parse.js')): void {
  quick = reader;
}

/** Loads the quick reader; never rejects (without it, reading only takes longer). */
export function loadQuickParse(): Promise<void> {
  return (loadingQuick ??= import('./quick-parse.js').then(useQuickParse, () => {
    loadingQuick = undefined;
  }));
}

/**
 * Loads the quick reader before `input` is read, when that pays: text of at least 256 K characters, or
 * parsed data (which is handed over parsed only when it is large). Never rejects.
 */
export function loadQuickParseFor(input: unknown): Promise<void> {
  return typeof input !== 'string' || input.length >= QUICK_READ_FROM ? loadQuickParse() : Promise.resolve();
}

/** The path of a place in a record, from its keys inside the record. */
export type At = (...keys: Key[]) => Key[];

/** Records that parseRecord left items out of, with which: their issues keep the input's numbering. */
const removedFrom = new WeakMap<object, RemovedItems>();

/** Where a place in `record` was in the input at `path`, also after parseRecord left items out before it. */
export function inputPath(record: object, path: readonly Key[]): At {
  const removed = removedFrom.get(record);
  return (...keys) => [...path, ...(removed ? removed.original(keys) : keys)];
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
  const read = quick?.quickParse(schema, input) as CollectionRecord[C] | undefined;
  if (read) return read;
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
      // valibot lets an array pass for an object and names its items unknown keys ('0'): the array goes as a
      // whole (an item cut by a string key would stay, and the pass would never end).
      const arrayForObject = unknownKey && Array.isArray(valueAt(candidate, keys.slice(0, -1)));
      const cut = (vi.input === undefined && !unknownKey) || arrayForObject ? keys.slice(0, -1) : keys;
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

/** How many records, and items of their lists, {@link checkRecord} checked: tests read it to see that an edit checks only what changed. */
export const checkCount = { records: 0, items: 0 };

/**
 * `input` checked as parseRecord checks it (the same record, or undefined with the same issues), where the
 * parts `known` gives were checked before and are not checked again: the fields and list items an edit kept
 * from the record it changes ({@link partsOf}), or items a live room read before. Anything not plainly
 * valid goes to parseRecord whole, which reports it as for any other input.
 */
export function checkRecord<C extends CollectionName>(
  collection: C,
  input: unknown,
  path: Key[],
  issues: Issue[],
  known: KnownPart,
  checked?: (value: unknown, output: unknown) => void,
): CollectionRecord[C] | undefined {
  checkCount.records++;
  const read = quick?.quickParseKnown(COLLECTIONS[collection], input, known, (value, output) => {
    checkCount.items++;
    checked?.(value, output);
  }) as CollectionRecord[C] | undefined;
  return read ?? parseRecord(collection, input, path, issues);
}

/**
 * The parts of a record put back that it kept from `before`, a record checked before: a field that is
 * the same value, an item that is one of the items the same list held. Such a part needs no check again.
 */
export function partsOf(before: object): KnownPart {
  const fields = before as Record<string, unknown>;
  const lists = new Map<string, Set<unknown>>();
  return (value, key, index) => {
    if (!Object.hasOwn(fields, key)) return undefined;
    const was = fields[key];
    if (index < 0) return was === value ? value : undefined;
    if (!Array.isArray(was)) return undefined;
    // Most edits keep items where they were; one that inserts or moves looks them up.
    if (was[index] === value) return value;
    let items = lists.get(key);
    if (!items) lists.set(key, (items = new Set(was)));
    return items.has(value) ? value : undefined;
  };
}

/** The value at `keys` inside `value`. */
export function valueAt(value: unknown, keys: readonly Key[]): unknown {
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
