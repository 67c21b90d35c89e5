/**
 * Binds a store to a Yjs document, so that several people edit one dataset at once.
 *
 * In the document each collection is a `Y.Map` of records keyed by id, each record a `Y.Map` of fields,
 * and a `Y.Array` of ids keeps the collection's order. The store's changes become Yjs transactions; what
 * the document holds after any transaction is read back, checked record by record as `parseDataset`
 * checks a file, and handed to the store. Only what a transaction's events touched is read and checked
 * again: the other records, the other items of a record's lists (records.ts) and untouched collections
 * stay as they were. The view is thus a function of the document alone, so every
 * copy that has seen the same edits shows the same dataset, and a record that breaks the rules never
 * reaches a view: it is reported once and the rest stays live.
 */
import * as Y from 'yjs';
import { COLLECTION_NAMES, type CollectionName, type CollectionRecord, type Dataset } from '../model.js';
import { ReferenceContext, repairReferences } from '../parse.js';
// A room may hold a check that asks for the built-in instrument: reading it stays synchronous.
import '../instrument.js';
import { issue, jsonPath, type Issue } from '../issues.js';
import type { Change, ChangeOrigin, Store, StoreEvent, StoreHistory } from '../store.js';
import { forgetReads, fromY, keepUnchanged, putRecord, removeRecord, writeCollection, type Json } from './y-json.js';
import { RecordChecker, diff } from './records.js';

type AnyRecord = CollectionRecord[CollectionName];

export interface LiveBindingOptions {
  /** Called with problems in the shared document, each once, when it first appears. */
  onIssues?: (issues: readonly Issue[]) => void;
  /**
   * Gathers what arrives from others within this many milliseconds (say one frame, 16) into one store
   * change, so a view renders once for a burst of remote edits. The store is never behind meanwhile:
   * reading it, or starting an edit, an undo or a redo, first takes in what has arrived. 0 (the
   * default) hands each remote transaction over at once.
   */
  gather?: number;
}

interface Entry {
  /** The record as checked on its own; undefined when it cannot stand. */
  parsed: AnyRecord | undefined;
  parseIssues: Issue[];
  /** The record after its references were checked, for the party ids of {@link LiveBinding} `#partiesVersion`. */
  output?: AnyRecord;
  outputVersion?: number;
  repairIssues: Issue[];
}

/** A collection as last derived. */
interface Derived {
  /** Its records as last read and checked, by id; and the ids that events touched since. */
  cache: Map<string, Entry>;
  dirty: Set<string>;
  /** Its ids in the document's order; undefined once records came, went or moved. */
  ids?: string[];
  list?: readonly AnyRecord[];
  issues: Issue[];
  /** The party version its references were checked against. */
  version: number;
}

/** The name of the `Y.Array` that holds a collection's order. */
export const orderName = (collection: CollectionName): string => `${collection}:order`;
const META = 'meta';

/**
 * A store bound to a Yjs document; create it with {@link bindStore}. While bound, the store's undo and redo
 * take back only this person's own edits (a `Y.UndoManager` that tracks only local changes).
 */
export class LiveBinding implements StoreHistory {
  readonly store: Store;
  readonly doc: Y.Doc;
  /** Origin of the user's own edits: the only ones undo takes back. */
  readonly #local = { samenspel: 'local' };
  /** Origin of other writes from this copy (layout positions, a loaded file): shared, not undoable. */
  readonly #shared = { samenspel: 'shared' };
  readonly #undo: Y.UndoManager;
  readonly #maps = new Map<CollectionName, Y.Map<Y.Map<unknown>>>();
  readonly #orders = new Map<CollectionName, Y.Array<string>>();
  readonly #meta: Y.Map<unknown>;
  #allDirty = true;
  #metaDirty = false;
  /** What each Yjs type read as, until an event touches it. */
  #reads = new WeakMap<object, Json>();
  readonly #checker = new RecordChecker();
  readonly #derived = new Map<CollectionName, Derived>();
  readonly #ctx = new ReferenceContext();
  #partyIds = '';
  #partiesVersion = 0;
  #issues: Issue[] = [];
  #receiving = false;
  #lastChanges: readonly Change[] | undefined;
  readonly #onIssues: LiveBindingOptions['onIssues'];
  readonly #gather: number;
  /** The timer that hands over what arrived from others, while some of it waits. */
  #gathered?: ReturnType<typeof setTimeout>;
  readonly #cleanup: (() => void)[] = [];

  constructor(store: Store, doc: Y.Doc, options: LiveBindingOptions = {}) {
    this.store = store;
    this.doc = doc;
    this.#onIssues = options.onIssues;
    this.#gather = Math.max(0, options.gather ?? 0);
    this.#meta = doc.getMap(META);
    for (const name of COLLECTION_NAMES) {
      const map = doc.getMap<Y.Map<unknown>>(name);
      const order = doc.getArray<string>(orderName(name));
      this.#maps.set(name, map);
      this.#orders.set(name, order);
      const derived: Derived = { cache: new Map(), dirty: new Set(), issues: [], version: -1 };
      this.#derived.set(name, derived);
      const { dirty } = derived;
      const observe = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        for (const event of events) {
          if (event.target === map) {
            for (const key of (event as Y.YMapEvent<unknown>).keysChanged) dirty.add(key);
            derived.ids = undefined;
            continue;
          }
          if (typeof event.path[0] === 'string') dirty.add(event.path[0]);
          forgetReads(this.#reads, map, event);
        }
      };
      const observeOrder = () => {
        dirty.add('');
        derived.ids = undefined;
      };
      map.observeDeep(observe);
      order.observe(observeOrder);
      this.#cleanup.push(
        () => map.unobserveDeep(observe),
        () => order.unobserve(observeOrder),
      );
    }
    const observeMeta = () => (this.#metaDirty = true);
    this.#meta.observe(observeMeta);
    this.#cleanup.push(() => this.#meta.unobserve(observeMeta));
    this.#undo = new Y.UndoManager([...this.#maps.values(), ...this.#orders.values()], {
      trackedOrigins: new Set([this.#local]),
      // Every store step is one undo step, however quickly the next follows.
      captureTimeout: 0,
    });

    const afterTransaction = (tr: Y.Transaction) => {
      if (tr.origin === this.#undo) this.#read(this.#undo.redoing ? 'redo' : 'undo');
      else if (!tr.local && this.#gather > 0) this.#gatherRemote();
      else this.#read('remote');
    };
    // What arrived from others goes in before this copy's own next change, never after or with it.
    const beforeTransaction = (tr: Y.Transaction) => {
      if (tr.local) this.#takeGathered();
    };
    doc.on('afterTransaction', afterTransaction);
    doc.on('beforeTransaction', beforeTransaction);
    this.#cleanup.push(
      () => doc.off('afterTransaction', afterTransaction),
      () => doc.off('beforeTransaction', beforeTransaction),
    );

    if (this.#isEmpty()) {
      // A new room starts with what this copy had.
      this.#write(() => this.#writeDataset(store.snapshot), this.#shared);
    } else {
      const { dataset } = this.#derive();
      this.#receiving = true;
      try {
        store.replace(dataset);
      } finally {
        this.#receiving = false;
      }
    }
    this.#cleanup.push(store.subscribe((event) => this.#send(event)));
    store.useHistory(this);
    this.#cleanup.push(() => store.useHistory(undefined));
  }

  /** Problems in the shared document now: records kept out of the views, values left out. */
  get issues(): readonly Issue[] {
    this.#takeGathered();
    return this.#issues;
  }

  get canUndo(): boolean {
    return this.#undo.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.#undo.redoStack.length > 0;
  }

  /** Takes back this person's last edit (never a colleague's); returns the changes it made in the view. */
  undo(): readonly Change[] | undefined {
    this.#lastChanges = undefined;
    this.#undo.undo();
    return this.#lastChanges;
  }

  /** Makes this person's last undone edit again. */
  redo(): readonly Change[] | undefined {
    this.#lastChanges = undefined;
    this.#undo.redo();
    return this.#lastChanges;
  }

  /** Stops following the document; the store keeps what it shows and its own undo history from here. */
  destroy(): void {
    this.#takeGathered();
    for (const stop of this.#cleanup.splice(0)) stop();
    this.#undo.destroy();
  }

  #isEmpty(): boolean {
    return this.#meta.size === 0 && [...this.#maps.values()].every((m) => m.size === 0);
  }

  #write(fn: () => void, origin: object): void {
    this.doc.transact(fn, origin);
  }

  /** The store changed: the same change goes into the document. */
  #send(event: StoreEvent): void {
    if (this.#receiving) return;
    if (event.origin === 'load') {
      this.#write(() => this.#writeDataset(event.snapshot), this.#shared);
      return;
    }
    const origin =
      event.origin === 'local' || event.origin === 'undo' || event.origin === 'redo' ? this.#local : this.#shared;
    this.#write(() => {
      for (const change of event.changes) {
        const map = this.#maps.get(change.collection)!;
        const order = this.#orders.get(change.collection)!;
        if (change.op === 'put') putRecord(map, order, change.record, event.snapshot[change.collection]);
        else removeRecord(map, order, change.id);
      }
    }, origin);
  }

  #writeDataset(dataset: Dataset): void {
    if (dataset.title === undefined) this.#meta.delete('title');
    else if (this.#meta.get('title') !== dataset.title) this.#meta.set('title', dataset.title);
    for (const name of COLLECTION_NAMES) writeCollection(this.#maps.get(name)!, this.#orders.get(name)!, dataset[name]);
  }

  /** Something arrived from others: it is handed over when the gathering time is up, or sooner when needed. */
  #gatherRemote(): void {
    if (this.#gathered !== undefined) return;
    this.#gathered = setTimeout(this.#takeGathered, this.#gather);
    this.store.catchUpWith(this.#takeGathered);
  }

  /** Hands over what was gathered, if anything. */
  readonly #takeGathered = (): void => {
    if (this.#gathered === undefined) return;
    clearTimeout(this.#gathered);
    this.#gathered = undefined;
    this.store.catchUpWith(undefined);
    this.#read('remote');
  };

  /** After every transaction (local, remote, undo): the store shows what the document now holds. */
  #read(origin: ChangeOrigin): void {
    if (!this.#allDirty && !this.#metaDirty && [...this.#derived.values()].every((d) => d.dirty.size === 0)) return;
    const { dataset, changes } = this.#derive();
    if (!changes) return;
    this.#lastChanges = changes;
    this.#receiving = true;
    try {
      this.store.receive(dataset, changes, origin);
    } finally {
      this.#receiving = false;
    }
  }

  /** The dataset the document holds, checked; and the changes from the store's snapshot to it (undefined: none). */
  #derive(): { dataset: Dataset; changes: Change[] | undefined } {
    const snapshot = this.store.snapshot;
    const issues: Issue[] = [];
    const dataset = { ...snapshot } as Dataset;
    const title = this.#meta.get('title');
    if (title === undefined) delete dataset.title;
    else if (typeof title === 'string' && title.trim() && title.trim().length <= 500) dataset.title = title.trim();
    else {
      delete dataset.title;
      issues.push(issue('$.title', 'warning', 'invalid-value', 'fieldRemoved'));
    }

    const changes: Change[] = [];
    if (this.#allDirty) this.#reads = new WeakMap();
    for (const name of COLLECTION_NAMES) {
      const derived = this.#derived.get(name)!;
      const shown = snapshot[name] as readonly AnyRecord[];
      // A collection no event touched, that the store still shows as derived, and whose references were checked
      // against the parties there are now, stays as it is.
      const same =
        !this.#allDirty &&
        derived.dirty.size === 0 &&
        derived.list === shown &&
        (name === 'parties' || derived.version === this.#partiesVersion);
      if (!same) this.#deriveCollection(name, derived);
      issues.push(...derived.issues);
      const list = derived.list!;
      if (list.length === shown.length && list.every((r, i) => r === shown[i])) {
        derived.list = shown;
        continue;
      }
      (dataset as unknown as Record<string, readonly AnyRecord[]>)[name] = list;
      changes.push(...diff(name, shown, list));
    }
    this.#allDirty = this.#metaDirty = false;
    this.#report(issues);
    const changed = changes.length > 0 || dataset.title !== snapshot.title;
    return { dataset, changes: changed ? changes : undefined };
  }

  /** Reads and checks again the records of a collection that events touched. */
  #deriveCollection(name: CollectionName, derived: Derived): void {
    const { dirty, cache } = derived;
    const map = this.#maps.get(name)!;
    if (this.#allDirty) cache.clear();
    for (const id of dirty) cache.delete(id);
    dirty.clear();
    const issues: Issue[] = [];
    const list: AnyRecord[] = [];
    derived.ids ??= this.#orderedIds(name);
    for (const id of derived.ids) {
      const path = [name, id];
      let entry = cache.get(id);
      const fresh = !entry;
      if (!entry) {
        const parseIssues: Issue[] = [];
        const raw = fromY(map.get(id), path, parseIssues, this.#reads);
        let parsed = this.#checker.check(name, raw, path, parseIssues);
        if (parsed && parsed.id !== id) {
          parseIssues.push(issue(jsonPath([...path, 'id']), 'error', 'record-dropped', 'recordDropped', name));
          parsed = undefined;
        }
        entry = { parsed, parseIssues, repairIssues: [] };
        cache.set(id, entry);
      }
      issues.push(...entry.parseIssues);
      if (!entry.parsed) continue;
      if (fresh || (name !== 'parties' && entry.outputVersion !== this.#partiesVersion)) {
        entry.repairIssues = [];
        const output =
          name === 'parties'
            ? entry.parsed
            : repairReferences(name, entry.parsed as never, this.#ctx, path, entry.repairIssues);
        entry.output = output;
        entry.outputVersion = this.#partiesVersion;
        // What reads the same as in view keeps its identity (the record, or the goals of a tree that did not
        // change), so views skip it; and the checker hands those objects back next time.
        const shown = this.store.get(name, id);
        if (output && shown) {
          entry.output = keepUnchanged(shown, output);
          this.#checker.remember(output, entry.output);
        }
      }
      issues.push(...entry.repairIssues);
      if (entry.output) list.push(entry.output);
    }
    for (const id of cache.keys()) if (!map.has(id)) cache.delete(id);
    if (name === 'parties') {
      this.#ctx.parties.clear();
      for (const p of list) this.#ctx.parties.add(p.id);
      const ids = [...this.#ctx.parties].sort().join('\n');
      if (ids !== this.#partyIds) {
        this.#partyIds = ids;
        this.#partiesVersion++;
      }
    }
    derived.list = list;
    derived.issues = issues;
    derived.version = this.#partiesVersion;
  }

  /** The ids of a collection in the document's order; each once, and records missing from the order last. */
  #orderedIds(name: CollectionName): string[] {
    const map = this.#maps.get(name)!;
    const seen = new Set<string>();
    for (const id of this.#orders.get(name)!) if (typeof id === 'string' && map.has(id)) seen.add(id);
    const rest = [...map.keys()].filter((id) => !seen.has(id)).sort();
    return [...seen, ...rest];
  }

  #report(issues: Issue[]): void {
    const key = (i: Issue) => `${i.path}\n${i.code}`;
    const before = new Set(this.#issues.map(key));
    this.#issues = issues;
    const fresh = issues.filter((i) => !before.has(key(i)));
    if (fresh.length) this.#onIssues?.(fresh);
  }
}

/**
 * Binds `store` to `doc`. A document that already holds a dataset wins (the store shows it); an empty one
 * takes the store's dataset. Bind after the document has synced with the room, or a new room's first
 * copy and an old room's content would both count.
 */
export function bindStore(store: Store, doc: Y.Doc, options?: LiveBindingOptions): LiveBinding {
  return new LiveBinding(store, doc, options);
}
