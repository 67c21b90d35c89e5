/**
 * Reading a dataset from anything: never throws, keeps what is valid, reports the rest.
 */
import * as v from 'valibot';
import {
  COLLECTION_NAMES, COLLECTIONS, FORMAT, VERSION, emptyDataset,
  type CareNetwork, type CollectionName, type CollectionRecord, type CooperationCheck, type Dataset, type GoalTree, type Relation,
} from './model.js';
import { issue, jsonPath, type Issue } from './issues.js';
import { migrate } from './migrate.js';
import { repairRoute } from './route.js';
import type { Route } from './route-model.js';

export interface ParseOptions {
  /** Largest input accepted, in bytes of JSON text; default 20 MB. */
  maxBytes?: number;
}

export interface ParseResult {
  dataset: Dataset;
  issues: Issue[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;
type Key = string | number;

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
  const tooLarge = (bytes: number) =>
    issue('$', 'error', 'too-large', 'tooLarge', Math.round((bytes / 1048576) * 10) / 10, Math.round((maxBytes / 1048576) * 10) / 10);

  let raw: unknown = input;
  if (typeof input === 'string') {
    const bytes = byteLength(input, maxBytes);
    if (bytes > maxBytes) return fail(tooLarge(bytes));
    try {
      raw = JSON.parse(input);
    } catch (e) {
      return fail(issue('$', 'error', 'not-json', 'notJson', e instanceof Error ? e.message : String(e)));
    }
  } else if (isPlainObject(input)) {
    let text: string;
    try {
      text = JSON.stringify(input);
    } catch (e) {
      if (e instanceof RangeError) return fail(issue('$', 'error', 'too-deep', 'tooDeep'));
      if (e instanceof TypeError && /circular|cyclic/i.test(e.message)) return fail(issue('$', 'error', 'circular', 'circular'));
      return fail(issue('$', 'error', 'not-json', 'notJson', e instanceof Error ? e.message : String(e)));
    }
    const bytes = byteLength(text, maxBytes);
    if (bytes > maxBytes) return fail(tooLarge(bytes));
  }
  if (!isPlainObject(raw)) return fail(issue('$', 'error', 'not-object', 'notObject'));

  const doc = migrate(sanitize(raw, [], issues) as Record<string, unknown>);

  if (doc.format === undefined) issues.push(issue('$.format', 'warning', 'missing-format', 'missingFormat'));
  else if (doc.format !== FORMAT) return fail(issue('$.format', 'error', 'wrong-format', 'wrongFormat', doc.format));
  if (typeof doc.version === 'number' && doc.version > VERSION) return fail(issue('$.version', 'error', 'newer-version', 'newerVersion', doc.version));
  if (doc.version === undefined) issues.push(issue('$.version', 'warning', 'missing-field', 'missing', 'version'));
  else if (doc.version !== VERSION) issues.push(issue('$.version', 'warning', 'unknown-version', 'badVersion', doc.version));
  if (doc.title !== undefined) {
    const title = typeof doc.title === 'string' ? doc.title.trim() : '';
    if (title && title.length <= 500) dataset.title = title;
    else issues.push(issue('$.title', 'warning', 'invalid-value', 'fieldRemoved'));
  }

  for (const key of Object.keys(doc)) {
    if (!['format', 'version', 'title', ...COLLECTION_NAMES].includes(key)) issues.push(issue(jsonPath([key]), 'warning', 'unknown-field', 'unknownKey', key));
  }

  const ctx = new ReferenceContext();
  // Parties first: every other collection refers to them.
  for (const name of COLLECTION_NAMES) {
    const list = doc[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push(issue(jsonPath([name]), 'error', 'not-a-list', 'notList', name));
      continue;
    }
    const seen = new Set<string>();
    list.forEach((item, index) => {
      const path: Key[] = [name, index];
      const parsed = parseRecord(name, item, path, issues);
      if (!parsed) return;
      if (seen.has(parsed.id)) {
        issues.push(issue(jsonPath([...path, 'id']), 'error', 'duplicate-id', 'duplicateId', parsed.id));
        return;
      }
      const repaired = repairReferences(name, parsed, ctx, path, issues);
      if (!repaired) return;
      seen.add(parsed.id);
      if (name === 'parties') ctx.parties.add(parsed.id);
      (dataset[name] as CollectionRecord[typeof name][]).push(repaired);
    });
  }
  return { dataset, issues };
}


/**
 * Validates one record against its schema. An invalid optional value is left out (and an optional
 * object that lacks a required part goes as a whole); a record that cannot stand is dropped.
 */
export function parseRecord<C extends CollectionName>(collection: C, input: unknown, path: Key[], issues: Issue[]): CollectionRecord[C] | undefined {
  const schema = COLLECTIONS[collection];
  let candidate = input;
  const found: Issue[] = [];
  const removed = new RemovedItems();
  const dropped = (...last: Issue[]) => {
    issues.push(...found, ...last, issue(jsonPath(path), 'error', 'record-dropped', 'recordDropped', collection));
    return undefined;
  };
  for (let attempt = 0; attempt < 200; attempt++) {
    const result = v.safeParse(schema, candidate);
    if (result.success) {
      issues.push(...found);
      // `{ ...record, note: undefined }` is how views clear a field; JSON has no undefined, so neither does a record.
      return withoutUndefined(result.output) as CollectionRecord[C];
    }
    const first = result.issues[0];
    const keys = (first.path ?? []).map((p) => p.key as Key);
    const described = describe(first, [...path, ...removed.original(keys)]);
    if (!isPlainObject(candidate) || keys.length === 0) return dropped({ ...described, severity: 'error' });
    // A value that is missing cannot be left out: the object that needs it goes instead, up to the record itself.
    const unknownKey = first.type === 'strict_object' && first.expected === 'never';
    const cut = first.input === undefined && !unknownKey ? keys.slice(0, -1) : keys;
    if (cut.length === 0) return dropped({ ...described, severity: 'error' });
    found.push(described);
    removed.note(cut);
    candidate = removeAt(candidate, cut);
  }
  return dropped();
}

/** Remembers which array items were spliced out, so later issues name the index the input had. */
class RemovedItems {
  #byArray = new Map<string, number[]>();

  /** Translates keys into the current candidate to keys into the original input. */
  original(keys: readonly Key[]): Key[] {
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

  /** Records that the leaf at `keys` (in current coordinates) is about to be removed. */
  note(keys: readonly Key[]): void {
    const last = keys[keys.length - 1];
    if (typeof last !== 'number') return;
    const original = this.original(keys);
    const at = JSON.stringify(original.slice(0, -1));
    const list = this.#byArray.get(at) ?? [];
    list.push(original[original.length - 1] as number);
    list.sort((a, b) => a - b);
    this.#byArray.set(at, list);
  }
}

/** Translates a valibot issue into ours. */
function describe(vi: v.BaseIssue<unknown>, keys: Key[]): Issue {
  const path = jsonPath(keys);
  const last = String(keys[keys.length - 1] ?? '');
  if (vi.type === 'strict_object' && vi.expected === 'never') return issue(path, 'warning', 'unknown-field', 'unknownKey', last);
  if (vi.input === undefined) return issue(path, 'error', 'missing-field', 'missing', last);
  switch (vi.type) {
    case 'picklist':
    case 'literal':
      return issue(path, 'warning', 'unknown-value', 'unknownValue', vi.received, (vi.expected ?? '').replace(/[()"]/g, '').replace(/ \| /g, ', '));
    case 'iso_date':
      return issue(path, 'warning', 'invalid-date', 'badDate', String(vi.input));
    case 'max_length':
      return issue(path, 'warning', 'too-long', 'tooLong');
    case 'min_length':
      return issue(path, 'warning', 'empty', 'empty');
    case 'check':
      if (vi.message === 'unsafe_url') return issue(path, 'warning', 'unsafe-url', 'unsafeUrl', String(vi.input).slice(0, 200));
      if (vi.message === 'invalid_date') return issue(path, 'warning', 'invalid-date', 'badDate', String(vi.input));
      return issue(path, 'warning', 'invalid-value', 'badValue', vi.received);
    case 'string': case 'number': case 'boolean': case 'array': case 'object': case 'strict_object': case 'record': case 'nullable':
      return issue(path, 'warning', 'wrong-type', 'wrongType', vi.expected ?? '?', vi.received);
    default:
      return issue(path, 'warning', 'invalid-value', 'badValue', vi.received);
  }
}

/** Drops keys whose value is undefined, at every depth (valibot keeps an optional key that was present). */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value !== null && typeof value === 'object') {
    // fromEntries defines keys, so even a `__proto__` key could not reach a prototype.
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, withoutUndefined(item)]));
  }
  return value;
}

/** A copy of `value` without the leaf at `keys` (array items are spliced out). */
function removeAt(value: unknown, keys: Key[]): unknown {
  if (keys.length === 0) return undefined;
  const [head, ...rest] = keys;
  if (Array.isArray(value)) {
    const copy = value.slice();
    if (rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = removeAt(copy[Number(head)], rest);
    return copy;
  }
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = { ...value };
    if (rest.length === 0) delete copy[head as string];
    else copy[head as string] = removeAt(copy[head as string], rest);
    return copy;
  }
  return value;
}

/**
 * A deep plain copy with the prototype-polluting keys left out (and reported),
 * and nesting cut off at a depth no real dataset reaches.
 */
function sanitize(value: unknown, keys: Key[], issues: Issue[]): unknown {
  if (keys.length > MAX_DEPTH) {
    issues.push(issue(jsonPath(keys), 'warning', 'too-deep', 'tooDeep'));
    return undefined;
  }
  if (Array.isArray(value)) return value.map((item, i) => sanitize(item, [...keys, i], issues));
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(issue(jsonPath([...keys, key]), 'warning', 'forbidden-key', 'forbiddenKey', key));
        continue;
      }
      copy[key] = sanitize(value[key], [...keys, key], issues);
    }
    return copy;
  }
  return value;
}

/** UTF-8 length of `text`, counted only when it could be over `limit`. */
function byteLength(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The ids that records may refer to. */
export class ReferenceContext {
  readonly parties = new Set<string>();
  static of(dataset: Dataset): ReferenceContext {
    const ctx = new ReferenceContext();
    for (const p of dataset.parties) ctx.parties.add(p.id);
    return ctx;
  }
}

/**
 * Checks what a record refers to and mends it where that keeps the rest: a dangling partner is left out,
 * a goal in a loop is put under the main goal, a second regiehouder is cleared. Returns undefined when the
 * record cannot stand (a relation to a party that does not exist).
 */
export function repairReferences<C extends CollectionName>(
  collection: C, record: CollectionRecord[C], ctx: ReferenceContext, path: Key[], issues: Issue[],
): CollectionRecord[C] | undefined {
  switch (collection) {
    case 'parties':
      return record;
    case 'relations':
      return relationEndsExist(record as Relation, ctx.parties, path, issues) ? record : undefined;
    case 'careNetworks':
      return repairNetwork(record as CareNetwork, ctx, path, issues) as CollectionRecord[C] | undefined;
    case 'goalTrees':
      return repairGoalTree(record as GoalTree, ctx, path, issues) as CollectionRecord[C];
    case 'checks':
      return repairCheck(record as CooperationCheck, ctx, path, issues) as CollectionRecord[C];
    case 'routes':
      return repairRoute(record as Route, ctx.parties, path, issues) as CollectionRecord[C];
  }
  return record;
}

function relationEndsExist(r: Relation, ids: ReadonlySet<string>, path: Key[], issues: Issue[]): boolean {
  let ok = true;
  for (const end of ['source', 'target'] as const) {
    if (!ids.has(r[end])) {
      issues.push(issue(jsonPath([...path, end]), 'error', 'missing-party', 'missingParty', r[end]));
      ok = false;
    }
  }
  if (!ok) issues.push(issue(jsonPath(path), 'error', 'record-dropped', 'recordDropped', 'relations'));
  return ok;
}

function repairNetwork(n: CareNetwork, ctx: ReferenceContext, path: Key[], issues: Issue[]): CareNetwork | undefined {
  let ok = true;
  for (const end of ['carer', 'caredFor'] as const) {
    if (!ctx.parties.has(n[end])) {
      issues.push(issue(jsonPath([...path, end]), 'error', 'missing-party', 'missingParty', n[end]));
      ok = false;
    }
  }
  if (!ok) {
    issues.push(issue(jsonPath(path), 'error', 'record-dropped', 'recordDropped', 'careNetworks'));
    return undefined;
  }
  const inNetwork = new Set([n.carer, n.caredFor]);
  let regiehouder: string | undefined;
  const members = n.members.flatMap((m, i) => {
    const at = [...path, 'members', i];
    if (!ctx.parties.has(m.party)) {
      issues.push(issue(jsonPath([...at, 'party']), 'error', 'missing-party', 'missingParty', m.party));
      return [];
    }
    if (inNetwork.has(m.party)) {
      issues.push(issue(jsonPath([...at, 'party']), 'error', 'duplicate-id', 'duplicateId', m.party));
      return [];
    }
    inNetwork.add(m.party);
    if (m.regiehouder) {
      if (regiehouder) {
        issues.push(issue(jsonPath([...at, 'regiehouder']), 'error', 'many-regiehouders', 'manyRegiehouders', regiehouder));
        const { regiehouder: _dropped, ...rest } = m;
        return [rest];
      }
      regiehouder = m.party;
    }
    return [m];
  });
  const relationIds = new Set<string>();
  const relations = n.relations.filter((r, i) => {
    const at = [...path, 'relations', i];
    if (relationIds.has(r.id)) {
      issues.push(issue(jsonPath([...at, 'id']), 'error', 'duplicate-id', 'duplicateId', r.id));
      return false;
    }
    relationIds.add(r.id);
    return relationEndsExist(r, inNetwork, at, issues);
  });
  return { ...n, members, relations };
}

function repairGoalTree(tree: GoalTree, ctx: ReferenceContext, path: Key[], issues: Issue[]): GoalTree {
  const ids = new Set<string>();
  let goals = tree.goals.filter((g, i) => {
    if (ids.has(g.id)) {
      issues.push(issue(jsonPath([...path, 'goals', i, 'id']), 'error', 'duplicate-id', 'duplicateId', g.id));
      return false;
    }
    ids.add(g.id);
    return true;
  });
  const root = goals.find((g) => g.parent === undefined) ?? goals[0];
  const parentOf = new Map(goals.map((g) => [g.id, g.parent]));
  const inLoop = (id: string) => {
    const visited = new Set<string>();
    for (let at: string | undefined = id; at !== undefined; at = parentOf.get(at)) {
      if (visited.has(at)) return true;
      visited.add(at);
    }
    return false;
  };
  goals = goals.map((g, i) => {
    const at = [...path, 'goals', i];
    let goal = g;
    if (g.id === root?.id) {
      if (g.parent !== undefined) {
        issues.push(issue(jsonPath([...at, 'parent']), 'error', 'goal-cycle', 'goalCycle', g.id));
        const { parent: _p, ...rest } = g;
        goal = rest;
      }
    } else if (g.parent === undefined) {
      issues.push(issue(jsonPath(at), 'warning', 'extra-root', 'extraRoot', g.id));
      goal = { ...g, parent: root.id };
    } else if (!ids.has(g.parent)) {
      issues.push(issue(jsonPath([...at, 'parent']), 'error', 'missing-ref', 'missingRef', 'doel', g.parent));
      goal = { ...g, parent: root.id };
    } else if (inLoop(g.id)) {
      issues.push(issue(jsonPath([...at, 'parent']), 'error', 'goal-cycle', 'goalCycle', g.id));
      goal = { ...g, parent: root.id };
    }
    parentOf.set(goal.id, goal.parent);
    const partners = goal.partners.filter((p, j) => {
      if (ctx.parties.has(p)) return true;
      issues.push(issue(jsonPath([...at, 'partners', j]), 'warning', 'missing-party', 'missingParty', p));
      return false;
    });
    const steps = goal.steps.map((s, j) => {
      if (s.owner === undefined || ctx.parties.has(s.owner)) return s;
      issues.push(issue(jsonPath([...at, 'steps', j, 'owner']), 'warning', 'missing-party', 'missingParty', s.owner));
      const { owner: _o, ...rest } = s;
      return rest;
    });
    return partners.length === goal.partners.length && steps.every((s, j) => s === goal.steps[j]) ? goal : { ...goal, partners, steps };
  });
  return goals.every((g, i) => g === tree.goals[i]) && goals.length === tree.goals.length ? tree : { ...tree, goals };
}

function repairCheck(check: CooperationCheck, ctx: ReferenceContext, path: Key[], issues: Issue[]): CooperationCheck {
  const rounds = new Set(check.rounds.map((r) => r.id));
  const aspects = new Set(check.instrument.aspects.map((a) => a.id));
  const responseIds = new Set<string>();
  const responses = check.responses.flatMap((r, i) => {
    const at = [...path, 'responses', i];
    if (responseIds.has(r.id)) {
      issues.push(issue(jsonPath([...at, 'id']), 'error', 'duplicate-id', 'duplicateId', r.id));
      return [];
    }
    responseIds.add(r.id);
    if (!rounds.has(r.round)) {
      issues.push(issue(jsonPath([...at, 'round']), 'error', 'missing-ref', 'missingRef', 'ronde', r.round));
      issues.push(issue(jsonPath(at), 'error', 'record-dropped', 'recordDropped', 'responses'));
      return [];
    }
    if (r.party !== undefined && !ctx.parties.has(r.party)) {
      issues.push(issue(jsonPath([...at, 'party']), 'warning', 'missing-party', 'missingParty', r.party));
      const { party: _p, ...rest } = r;
      return [rest];
    }
    return [r];
  });
  const actions = check.actions.filter((a, i) => {
    if (aspects.has(a.aspect)) return true;
    issues.push(issue(jsonPath([...path, 'actions', i, 'aspect']), 'error', 'missing-ref', 'missingRef', 'aspect', a.aspect));
    return false;
  });
  return responses.length === check.responses.length && responses.every((r, i) => r === check.responses[i]) && actions.length === check.actions.length
    ? check
    : { ...check, responses, actions };
}
