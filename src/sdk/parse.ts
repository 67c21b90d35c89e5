/**
 * Reading a dataset from anything: never throws, keeps what is valid, reports the rest. The steps: a
 * plain copy of the input (sanitize.ts), each record against its schema (parse-record.ts), and what the
 * records refer to (references.ts).
 */
import {
  COLLECTION_NAMES,
  FORMAT,
  VERSION,
  emptyDataset,
  type CollectionName,
  type CollectionRecord,
  type Dataset,
  type GoalTree,
} from './model.js';
import { aboutRecord, issue, jsonPath, type Issue, type IssueRecord } from './issues.js';
import { migrate } from './migrate.js';
import { anchorOf, type UnreadPart } from './unread-part.js';
import { byteLength, cutWideObjects } from './json-limits.js';
import { tooLargeIssue } from './readable.js';
import { MAX_KEYS, isPlainObject, sanitize, sanitizeLists, type Key, type Walk } from './sanitize.js';
import { loadQuickParseFor, parseRecord, valueAt } from './parse-record.js';
import { ReferenceContext, repairReferences } from './references.js';
import { nextTask } from './next-task.js';

// Reading one record and checking what it refers to are the SDK's too: the store checks every edit with them.
export { MAX_KEYS } from './sanitize.js';
export { parseRecord } from './parse-record.js';
export { ReferenceContext, repairReferences } from './references.js';

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

/** Reads a samenspel dataset from a JSON string or a parsed value. Never throws. */
export function parseDataset(input: unknown, options: ParseOptions = {}): ParseResult {
  const steps = readGuarded(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long a slice of {@link parseDatasetInSlices} runs before it lets the page go on, in milliseconds. */
export const PARSE_SLICE_MS = 30;

/**
 * Reads a dataset as {@link parseDataset} does, with the same result, but a slice of records per task, so
 * that reading thousands of records never holds the page for long (the elements read large data this way).
 */
export async function parseDatasetInSlices(input: unknown, options: ParseOptions = {}): Promise<ParseResult> {
  await loadQuickParseFor(input);
  const steps = readGuarded(input, options);
  let end = performance.now() + PARSE_SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < end) continue;
    await nextTask();
    end = performance.now() + PARSE_SLICE_MS;
  }
}

/** Records read between two looks at the clock. */
const RECORDS_PER_STEP = 50;

/** Reading as steps (a step: some records), whoever drives them. */
function* readGuarded(input: unknown, options: ParseOptions): Generator<void, ParseResult> {
  const issues: Issue[] = [];
  const dataset = emptyDataset();
  try {
    return yield* readDataset(input, options, dataset, issues);
  } catch (e) {
    // A last line for what no check foresaw (a Proxy that throws, a getter that throws …): report, keep what was read.
    issues.push(issue('$', 'error', 'unreadable', 'unreadable', e instanceof Error ? e.message : String(e)));
    return { dataset, issues };
  }
}

function* readDataset(
  input: unknown,
  options: ParseOptions,
  dataset: Dataset,
  issues: Issue[],
): Generator<void, ParseResult> {
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
  const walk: Walk = { keys: [], ancestors: [], issues, bound: 0, lists: [] };
  const copy = sanitize(raw, walk) as Record<string, unknown>;
  // The collections, a slice at a time.
  yield* sanitizeLists(raw, walk, RECORDS_PER_STEP);
  const doc = migrate(copy);
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
  let read = 0;
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
    for (const [index, item] of list.entries()) {
      if (++read % RECORDS_PER_STEP === 0) yield;
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
      if (!kept || found.length) keepUnread(unread, list, path, item, filled, kept, found);
      if (!kept) continue;
      seen.add(kept.id);
      if (name === 'parties') ctx.parties.add(kept.id);
      if (name === 'goalTrees') ctx.goals!.set(kept.id, new Set((kept as GoalTree).goals.map((g) => g.id)));
      (dataset[name] as CollectionRecord[typeof name][]).push(kept);
    }
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
  readonly #list: readonly unknown[];
  /** The ids of the list, collected when the first id is made: most lists never need one. */
  #taken?: Set<string>;
  constructor(list: readonly unknown[]) {
    this.#list = list;
  }
  make(base: string): string {
    if (!this.#taken) {
      this.#taken = new Set<string>();
      for (const item of this.#list)
        if (isPlainObject(item) && typeof item.id === 'string') this.#taken.add(item.id.trim());
    }
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
  // Thousands of parties and relations with their ids: nothing to fill in, nothing to make for them.
  if (collection === 'parties' || (collection === 'relations' && item.id !== undefined)) return item;
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
