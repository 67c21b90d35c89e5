/**
 * Binds a store to a Yjs document, so that several people edit one dataset at once.
 *
 * In the document each collection is a `Y.Map` of records keyed by id, each record a `Y.Map` of fields,
 * and a `Y.Array` of ids keeps the collection's order. The store's changes become Yjs transactions; what
 * the document holds after any transaction is read back, checked record by record as `parseDataset`
 * checks a file, and handed to the store. The view is thus a function of the document alone, so every
 * copy that has seen the same edits shows the same dataset, and a record that breaks the rules never
 * reaches a view: it is reported once and the rest stays live.
 */
import * as Y from 'yjs';
import { COLLECTION_NAMES, type CollectionName, type CollectionRecord, type Dataset } from '../model.js';
import { ReferenceContext, parseRecord, repairReferences } from '../parse.js';
// A room may hold a check that asks for the built-in instrument: reading it stays synchronous.
import '../instrument.js';
import { issue, jsonPath, type Issue } from '../issues.js';
import type { Change, ChangeOrigin, Store, StoreEvent, StoreHistory } from '../store.js';
import { fromY, keepUnchanged, toY, updateArray, updateMap } from './y-json.js';

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
  readonly #cache = new Map<CollectionName, Map<string, Entry>>();
  readonly #dirty = new Map<CollectionName, Set<string>>();
  #allDirty = true;
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
      this.#cache.set(name, new Map());
      this.#dirty.set(name, new Set());
      const dirty = this.#dirty.get(name)!;
      const observe = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        for (const event of events) {
          if (event.target === map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) dirty.add(key);
          else if (typeof event.path[0] === 'string') dirty.add(event.path[0]);
        }
      };
      const observeOrder = () => dirty.add('');
      map.observeDeep(observe);
      order.observe(observeOrder);
      this.#cleanup.push(
        () => map.unobserveDeep(observe),
        () => order.unobserve(observeOrder),
      );
    }
    const observeMeta = () => (this.#allDirty = true);
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
        if (change.op === 'put') this.#put(change.collection, change.record, event.snapshot);
        else this.#remove(change.collection, change.id);
      }
    }, origin);
  }

  #put(collection: CollectionName, record: AnyRecord, snapshot: Dataset): void {
    const map = this.#maps.get(collection)!;
    const current = map.get(record.id);
    if (current instanceof Y.Map) {
      updateMap(current, record as unknown as Record<string, unknown>);
      return;
    }
    map.set(record.id, toY(record) as Y.Map<unknown>);
    // In the order, the new record goes right after the one it follows in this copy.
    const order = this.#orders.get(collection)!;
    removeAll(order, record.id);
    const list = snapshot[collection] as readonly AnyRecord[];
    const at = list.findIndex((r) => r.id === record.id);
    let index = order.length;
    if (at === 0) index = 0;
    else if (at > 0) {
      const follows = order.toArray().indexOf(list[at - 1].id);
      if (follows >= 0) index = follows + 1;
    }
    order.insert(index, [record.id]);
  }

  #remove(collection: CollectionName, id: string): void {
    this.#maps.get(collection)!.delete(id);
    removeAll(this.#orders.get(collection)!, id);
  }

  #writeDataset(dataset: Dataset): void {
    if (dataset.title === undefined) this.#meta.delete('title');
    else if (this.#meta.get('title') !== dataset.title) this.#meta.set('title', dataset.title);
    for (const name of COLLECTION_NAMES) {
      const map = this.#maps.get(name)!;
      const list = dataset[name] as readonly AnyRecord[];
      const ids = new Set(list.map((r) => r.id));
      for (const id of [...map.keys()]) if (!ids.has(id)) map.delete(id);
      for (const record of list) {
        const current = map.get(record.id);
        if (current instanceof Y.Map) updateMap(current, record as unknown as Record<string, unknown>);
        else map.set(record.id, toY(record) as Y.Map<unknown>);
      }
      updateArray(this.#orders.get(name)! as Y.Array<unknown>, [...ids]);
    }
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
    if (!this.#allDirty && [...this.#dirty.values()].every((d) => d.size === 0)) return;
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

    const ctx = new ReferenceContext();
    const changes: Change[] = [];
    for (const name of COLLECTION_NAMES) {
      const dirty = this.#dirty.get(name)!;
      const cache = this.#cache.get(name)!;
      const map = this.#maps.get(name)!;
      if (this.#allDirty) cache.clear();
      for (const id of dirty) cache.delete(id);
      dirty.clear();
      const list: AnyRecord[] = [];
      for (const id of this.#orderedIds(name)) {
        const path = [name, id];
        let entry = cache.get(id);
        const fresh = !entry;
        if (!entry) {
          const parseIssues: Issue[] = [];
          const raw = fromY(map.get(id), path, parseIssues);
          let parsed = parseRecord(name, raw, path, parseIssues);
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
          entry.output =
            name === 'parties'
              ? entry.parsed
              : repairReferences(name, entry.parsed as never, ctx, path, entry.repairIssues);
          entry.outputVersion = this.#partiesVersion;
          // What reads the same as in view keeps its identity (the record, or the goals of a tree that did not
          // change), so views skip it.
          const shown = this.store.get(name, id);
          if (entry.output && shown) entry.output = keepUnchanged(shown, entry.output);
        }
        issues.push(...entry.repairIssues);
        if (!entry.output) continue;
        list.push(entry.output);
      }
      for (const id of cache.keys()) if (!map.has(id)) cache.delete(id);
      if (name === 'parties') {
        for (const p of list) ctx.parties.add(p.id);
        const ids = [...ctx.parties].sort().join('\n');
        if (ids !== this.#partyIds) {
          this.#partyIds = ids;
          this.#partiesVersion++;
        }
      }
      const shown = snapshot[name] as readonly AnyRecord[];
      if (list.length === shown.length && list.every((r, i) => r === shown[i])) continue;
      (dataset as unknown as Record<string, readonly AnyRecord[]>)[name] = list;
      changes.push(...diff(name, shown, list));
    }
    this.#allDirty = false;
    this.#report(issues);
    const changed = changes.length > 0 || dataset.title !== snapshot.title;
    return { dataset, changes: changed ? changes : undefined };
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

/** The changes that turn one list of records into another: new, changed and moved records, and removed ones. */
function diff(collection: CollectionName, from: readonly AnyRecord[], to: readonly AnyRecord[]): Change[] {
  const before = new Map(from.map((r) => [r.id, r]));
  const after = new Set(to.map((r) => r.id));
  // A record kept by both moved when it stands at another place among the kept records.
  const keptBefore = from.filter((r) => after.has(r.id)).map((r) => r.id);
  const changes: Change[] = [];
  for (const r of from) if (!after.has(r.id)) changes.push({ op: 'remove', collection, id: r.id } as Change);
  let k = 0;
  to.forEach((record, index) => {
    const old = before.get(record.id);
    const moved = old !== undefined && keptBefore[k++] !== record.id;
    if (old !== record || moved) changes.push({ op: 'put', collection, record, index } as Change);
  });
  return changes;
}

function removeAll(order: Y.Array<string>, id: string): void {
  const ids = order.toArray();
  for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === id) order.delete(i, 1);
}

/**
 * Binds `store` to `doc`. A document that already holds a dataset wins (the store shows it); an empty one
 * takes the store's dataset. Bind after the document has synced with the room, or a new room's first
 * copy and an old room's content would both count.
 */
export function bindStore(store: Store, doc: Y.Doc, options?: LiveBindingOptions): LiveBinding {
  return new LiveBinding(store, doc, options);
}
