/**
 * An observable store over one dataset. Every edit is a plain-JSON change that can be applied,
 * undone, redone, stored and sent elsewhere; snapshots are immutable, so a view re-renders only
 * what changed identity.
 */
import { COLLECTIONS, type CollectionName, type CollectionRecord, type Dataset, emptyDataset } from './model.js';
import { checkRecord, parseRecord, partsOf } from './parse-record.js';
import { ReferenceContext, repairReferences } from './references.js';
import { issue, type Issue } from './issues.js';
import { routeUsagesOfParty } from './route-repair.js';
import { invertPatches, rebasePatches, type RecordPatch } from './patch.js';
import type { Change, ChangeOrigin } from './change.js';

export type { Change, ChangeOrigin } from './change.js';

export interface StoreEvent {
  changes: readonly Change[];
  origin: ChangeOrigin;
  snapshot: Dataset;
}
export type StoreListener = (event: StoreEvent) => void;

export interface ApplyResult {
  ok: boolean;
  /** Why a change was refused; empty when it was applied. */
  issues: Issue[];
}

/**
 * Undo and redo kept outside the store, e.g. by a live room, where each person takes back only their own
 * edits. While one is in use, the store's own steps are not used.
 */
export interface StoreHistory {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  undo(): readonly Change[] | undefined;
  redo(): readonly Change[] | undefined;
}

/** One undo step: what each record it touched was before and after, so it can be taken back field by field. */
interface HistoryEntry {
  patches: RecordPatch[];
}

const HISTORY_LIMIT = 200;

/**
 * The dataset a store starts from, replaces or receives is taken as checked (as parseDataset gives it):
 * an edit of a record is checked only where it differs from the record the store holds.
 */
export class Store {
  #snapshot: Dataset;
  #index = new Map<CollectionName, Map<string, number>>();
  /** The ids records may refer to in the snapshot, once a run needed them; runs copy it before they change it. */
  #refs: ReferenceContext | undefined;
  #undo: HistoryEntry[] = [];
  #redo: HistoryEntry[] = [];
  #listeners = new Set<StoreListener>();
  #history: StoreHistory | undefined;
  #catchUp: (() => void) | undefined;

  constructor(dataset: Dataset = emptyDataset()) {
    this.#snapshot = freezeDataset(dataset);
  }

  /** The current dataset; never mutated, replaced on every change. */
  get snapshot(): Dataset {
    this.#caughtUp();
    return this.#snapshot;
  }

  /**
   * For a source that gathers incoming changes before handing them over (a live room takes in the edits
   * of others once per frame): `catchUp` hands them over, and runs before the store is next read,
   * edited, undone or redone — so nothing ever reads, or starts an edit from, a dataset that is behind
   * what has arrived. The source calls it itself when its time comes; `undefined` withdraws it.
   */
  catchUpWith(catchUp: (() => void) | undefined): void {
    this.#catchUp = catchUp;
  }

  #caughtUp(): void {
    const catchUp = this.#catchUp;
    if (!catchUp) return;
    this.#catchUp = undefined;
    catchUp();
  }

  get canUndo(): boolean {
    return this.#history ? this.#history.canUndo : this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#history ? this.#history.canRedo : this.#redo.length > 0;
  }

  /** The record with this id, if any. */
  get<C extends CollectionName>(collection: C, id: string): CollectionRecord[C] | undefined {
    this.#caughtUp();
    const at = this.#indexOf(this.#snapshot, collection).get(id);
    return at === undefined ? undefined : (this.#snapshot[collection][at] as CollectionRecord[C]);
  }

  /** Applies changes as one step (one undo). A change that is not valid refuses them all, leaving the store as it was. */
  apply(changes: Change | readonly Change[], origin: ChangeOrigin = 'local'): ApplyResult {
    const list = Array.isArray(changes) ? [...changes] : [changes as Change];
    if (list.length === 0) return { ok: true, issues: [] };
    this.#caughtUp();
    const result = this.#run(list);
    if (!result.ok) return { ok: false, issues: result.issues };
    // Only the user's own edits can be undone here; changes from elsewhere are not theirs to take back.
    if (origin === 'local') {
      this.#undo.push({ patches: result.patches });
      if (this.#undo.length > HISTORY_LIMIT) this.#undo.shift();
      this.#redo = [];
    }
    this.#commit(result.dataset, list, origin, result.indexes, result.refs);
    return { ok: true, issues: [] };
  }

  /** Several changes as one undo step. */
  transaction(changes: readonly Change[]): ApplyResult {
    return this.apply(changes);
  }

  /**
   * Takes back the last step of the user's own edits, field by field: only the fields that step
   * changed, and only where they still hold what it set — an edit made since by another tab or person
   * stays. Returns the changes that did it (empty when nothing of the step was left), or undefined.
   */
  undo(): readonly Change[] | undefined {
    this.#caughtUp();
    return this.#history ? this.#history.undo() : this.#travel(this.#undo, this.#redo, 'undo');
  }

  /** Makes the last undone step again; returns its changes, or undefined. */
  redo(): readonly Change[] | undefined {
    this.#caughtUp();
    return this.#history ? this.#history.redo() : this.#travel(this.#redo, this.#undo, 'redo');
  }

  /** Hands undo and redo to another history (or back to the store's own with `undefined`). */
  useHistory(history: StoreHistory | undefined): void {
    this.#history = history;
  }

  /**
   * Takes a dataset that was checked elsewhere (a live room checks every record as `parseDataset` does)
   * as the new state, with the changes that lead to it; unlike {@link replace}, the history stays.
   */
  receive(dataset: Dataset, changes: readonly Change[], origin: ChangeOrigin): void {
    this.#commit(freezeDataset(dataset), [...changes], origin);
  }

  /** Replaces the whole dataset (after loading); history starts afresh. */
  replace(dataset: Dataset): void {
    this.#caughtUp();
    this.#undo = [];
    this.#redo = [];
    this.#commit(freezeDataset(dataset), [], 'load');
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe(listener: StoreListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #travel(from: HistoryEntry[], to: HistoryEntry[], origin: 'undo' | 'redo'): Change[] | undefined {
    const entry = from.pop();
    if (!entry) return undefined;
    to.push(entry);
    const { changes } = rebasePatches(this.#snapshot, origin === 'undo' ? invertPatches(entry.patches) : entry.patches);
    // A change that no longer fits (say, removing a party another tab has since linked to) is left out; the rest is done.
    const result = this.#run(changes, true);
    if (!result.ok || (result.applied.length < changes.length && !result.applied.length)) return [];
    this.#commit(result.dataset, result.applied, origin, result.indexes, result.refs);
    return result.applied;
  }

  /** `indexes`: those a run kept up to date; the others of collections it did not touch stay too. */
  #commit(
    dataset: Dataset,
    changes: Change[],
    origin: ChangeOrigin,
    indexes?: Map<CollectionName, Map<string, number>>,
    refs?: ReferenceContext,
  ) {
    const before = this.#snapshot;
    this.#snapshot = dataset;
    this.#refs = refs;
    for (const collection of [...this.#index.keys()])
      if (!indexes || dataset[collection] !== before[collection]) this.#index.delete(collection);
    for (const [collection, map] of indexes ?? []) this.#index.set(collection, map);
    const event: StoreEvent = { changes, origin, snapshot: dataset };
    for (const listener of [...this.#listeners]) listener(event);
  }

  #indexOf(dataset: Dataset, collection: CollectionName): Map<string, number> {
    if (dataset !== this.#snapshot) return new Map(dataset[collection].map((r, i) => [r.id, i]));
    let map = this.#index.get(collection);
    if (!map) {
      map = new Map(dataset[collection].map((r, i) => [r.id, i]));
      this.#index.set(collection, map);
    }
    return map;
  }

  /** Applies changes to a copy of the snapshot; a refused change refuses them all, or with `leaveOutRefused` is left out. */
  #run(
    changes: readonly Change[],
    leaveOutRefused = false,
  ):
    | {
        ok: true;
        dataset: Dataset;
        patches: RecordPatch[];
        applied: Change[];
        /** Where each record stands, for collections the run looked up in (kept up to date change by change). */
        indexes: Map<CollectionName, Map<string, number>>;
        /** The ids records may refer to in the dataset made, when the run knows them exactly. */
        refs: ReferenceContext | undefined;
      }
    | { ok: false; issues: Issue[] } {
    // Lists, indexes and known party ids are copied once per run and kept up to date change by change,
    // so that one step of thousands of changes (e.g. storing a graph layout) stays linear.
    const base = this.#snapshot;
    const lists = new Map<CollectionName, CollectionRecord[CollectionName][]>();
    const indexes = new Map<CollectionName, Map<string, number>>();
    let ctx: ReferenceContext | undefined;
    // Parties or relations added or removed in this run: the snapshot's ids no longer hold.
    let idsMoved = false;
    let refsExact = true;
    /** The run's own ids, to change: the snapshot's are copied first. */
    const ownRefs = () => (ctx === this.#refs ? (ctx = ctx?.copy()) : ctx);
    const current = (): Dataset => ({ ...base, ...Object.fromEntries(lists) }) as Dataset;
    const indexOf = (collection: CollectionName) => {
      let map = indexes.get(collection);
      if (!map) {
        const list = lists.get(collection);
        map = list ? indexMap(list) : this.#indexOf(base, collection);
        indexes.set(collection, map);
      }
      return map;
    };
    // One patch per record: what it was before the first change and after the last.
    const patches = new Map<string, RecordPatch>();
    const note = (
      collection: CollectionName,
      id: string,
      before: CollectionRecord[CollectionName] | undefined,
      after: CollectionRecord[CollectionName] | undefined,
      index: number,
    ) => {
      const key = `${collection}\u0000${id}`;
      const known = patches.get(key);
      if (known) Object.assign(known, { after, index });
      else patches.set(key, { collection, id, before, after, index });
    };
    const applied: Change[] = [];
    for (const [n, change] of changes.entries()) {
      // Changes also arrive from other tabs and servers: check their shape before trusting it.
      if (!isChange(change)) {
        if (leaveOutRefused) continue;
        return { ok: false, issues: [issue(`$[${n}]`, 'error', 'invalid-change', 'badChange')] };
      }
      const issues: Issue[] = [];
      const path = [`change ${n}`];
      const list =
        lists.get(change.collection) ?? (base[change.collection] as readonly CollectionRecord[CollectionName][]);
      const at = indexOf(change.collection).get(
        change.op === 'put' ? (change.record as { id: string })?.id : change.id,
      );
      const previous = at === undefined ? undefined : list[at];
      let next = lists.get(change.collection);
      if (change.op === 'put') {
        // The record this one replaces was checked: what the edit kept of it is not checked again.
        const record = previous
          ? checkRecord(change.collection, change.record, path, issues, partsOf(previous))
          : parseRecord(change.collection, change.record, path, issues);
        ctx ??= idsMoved ? ReferenceContext.of(current()) : (this.#refs ??= ReferenceContext.of(base));
        const repaired = record && repairReferences(change.collection, record, ctx, path, issues);
        if (!repaired || issues.length) {
          if (leaveOutRefused) continue;
          return { ok: false, issues: issues.length ? issues : [issue('$', 'error', 'invalid-change', 'badChange')] };
        }
        deepFreeze(repaired);
        next ??= list.slice();
        if (at === undefined) {
          const index = clampIndex(change.index, list.length);
          next.splice(index, 0, repaired);
          indexes.delete(change.collection);
          if (change.collection === 'parties') ownRefs()!.parties.add(repaired.id);
          if (change.collection === 'parties' || change.collection === 'relations') idsMoved = true;
          // Within a run the relation ids stay as they were when first asked for (as they always did).
          if (change.collection === 'relations') refsExact = false;
          note(change.collection, repaired.id, undefined, repaired, index);
        } else {
          next[at] = repaired;
          note(change.collection, repaired.id, previous, repaired, at);
        }
      } else {
        if (at === undefined) {
          if (leaveOutRefused) continue;
          return { ok: false, issues: [issue('$', 'error', 'not-found', 'notFound', change.collection, change.id)] };
        }
        if (change.collection === 'parties') {
          const uses = usagesOfParty(current(), change.id);
          if (uses > 0) {
            if (leaveOutRefused) continue;
            return { ok: false, issues: [issue('$', 'error', 'still-used', 'stillUsed', change.id, uses)] };
          }
          ownRefs()?.parties.delete(change.id);
        }
        if (change.collection === 'parties' || change.collection === 'relations') {
          idsMoved = true;
          // What the run's ids make of a removal is not followed exactly: the next run asks again.
          refsExact = false;
        }
        next ??= list.slice();
        note(change.collection, change.id, previous, undefined, at);
        next.splice(at, 1);
        indexes.delete(change.collection);
      }
      lists.set(change.collection, next);
      applied.push(change);
    }
    for (const list of lists.values()) Object.freeze(list);
    // A record added and removed in one step leaves nothing to take back.
    return {
      ok: true,
      dataset: Object.freeze(current()),
      patches: [...patches.values()].filter((p) => p.before || p.after),
      applied,
      indexes,
      refs: !refsExact ? undefined : (ctx ?? (idsMoved ? undefined : this.#refs)),
    };
  }
}

/** Creates a store over a dataset (an empty one by default). */
export function createStore(dataset?: Dataset): Store {
  return new Store(dataset);
}

/** How many places refer to a party: relations, networks, goals, steps, responses, routes. */
export function usagesOfParty(dataset: Dataset, id: string): number {
  let n = 0;
  for (const r of dataset.relations) if (r.source === id || r.target === id) n++;
  for (const net of dataset.careNetworks) {
    if (net.carer === id || net.caredFor === id) n++;
    for (const m of net.members) if (m.party === id) n++;
  }
  for (const tree of dataset.goalTrees) {
    for (const g of tree.goals) {
      if (g.partners.includes(id)) n++;
      for (const s of g.steps) if (s.owner === id) n++;
    }
  }
  for (const c of dataset.checks) for (const r of c.responses) if (r.party === id) n++;
  return n + routeUsagesOfParty(dataset, id);
}

/** A short random id with a readable prefix (`party-k3x9q2`); works outside secure contexts too. */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

function isChange(value: unknown): value is Change {
  if (!value || typeof value !== 'object') return false;
  const c = value as { op?: unknown; collection?: unknown; id?: unknown; record?: unknown };
  if (typeof c.collection !== 'string' || !Object.hasOwn(COLLECTIONS, c.collection)) return false;
  return c.op === 'put'
    ? Boolean(c.record) && typeof c.record === 'object'
    : c.op === 'remove' && typeof c.id === 'string';
}

function indexMap(list: readonly { id: string }[]): Map<string, number> {
  return new Map(list.map((r, i) => [r.id, i]));
}

function clampIndex(index: number | undefined, length: number): number {
  return index === undefined || !Number.isInteger(index) ? length : Math.max(0, Math.min(length, index));
}

function freezeDataset(dataset: Dataset): Dataset {
  return deepFreeze(dataset);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
