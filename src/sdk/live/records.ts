/**
 * Checking what the shared document holds again only where it changed. A record's lists of items (the
 * goals of a tree, the responses of a check, the members of a network …) are checked item by item, and
 * an item read before as the same object (y-json's `fromY` keeps the object of every part no event
 * touched) is not checked again. The checks are the store's own (`checkRecord`, which an edit of the store
 * goes through too): only the items not met before are checked, and a record with anything not plainly
 * valid goes to `parseRecord` whole, which keeps out and reports exactly what parseDataset would.
 */
import type { CollectionName, CollectionRecord } from '../model.js';
import { checkRecord, loadQuickParse } from '../parse-record.js';
import type { Issue } from '../issues.js';
import type { Change } from '../store.js';

type Key = string | number;
type AnyRecord = CollectionRecord[CollectionName];

export class RecordChecker {
  /** Each item read before (by its object from `fromY`): what checking it gave, or an equal object the store shows. */
  readonly #items = new WeakMap<object, unknown>();
  /** The other way round: the item read that a checked item stands for. */
  readonly #readAs = new WeakMap<object, object>();

  constructor() {
    // Items met before are known only to the quick reader: a room checks record after record with it.
    void loadQuickParse();
  }

  /**
   * `raw` checked as parseRecord checks it: the record, or undefined when it cannot stand (with its issues).
   * Items of its lists met before as the same objects are not checked again.
   */
  check<C extends CollectionName>(
    collection: C,
    raw: unknown,
    path: Key[],
    issues: Issue[],
  ): CollectionRecord[C] | undefined {
    return checkRecord(
      collection,
      raw,
      path,
      issues,
      (read, _key, index) => (index >= 0 && isObject(read) ? this.#items.get(read) : undefined),
      (read, value) => {
        if (!isObject(read) || !isObject(value)) return;
        this.#items.set(read, value);
        this.#readAs.set(value, read);
      },
    );
  }

  /**
   * `kept` is what the store shows for `checked` (equal to it, with unchanged parts kept from before): its
   * items stand for the same reads from now on, so the next check hands the store its own objects back.
   */
  remember(checked: AnyRecord, kept: AnyRecord): void {
    if (checked === kept) return;
    for (const [key, from] of Object.entries(checked)) {
      const to = (kept as unknown as Record<string, unknown>)[key];
      if (!Array.isArray(from) || !Array.isArray(to) || from === to || from.length !== to.length) continue;
      for (let i = 0; i < from.length; i++) {
        const read = from[i] !== to[i] && isObject(from[i]) ? this.#readAs.get(from[i]) : undefined;
        if (!read || !isObject(to[i])) continue;
        this.#items.set(read, to[i]);
        this.#readAs.set(to[i], read);
      }
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The changes that turn one list of records into another: new, changed and moved records, and removed ones. */
export function diff(collection: CollectionName, from: readonly AnyRecord[], to: readonly AnyRecord[]): Change[] {
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
