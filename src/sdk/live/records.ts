/**
 * Checking what the shared document holds again only where it changed. A record's lists of items (the
 * goals of a tree, the responses of a check, the members of a network …) are checked item by item, and
 * an item read before as the same object (y-json's `fromY` keeps the object of every part no event
 * touched) is not checked again. The checks are parseDataset's own: each item passes the same quick
 * parser that checks a whole record item by item, and a record with anything not plainly valid goes to
 * `parseRecord` whole, which keeps out and reports exactly what parseDataset would.
 */
import { COLLECTIONS, type CollectionName, type CollectionRecord } from '../model.js';
import { parseRecord } from '../parse.js';
import { quickParse } from '../quick-parse.js';
import type { Issue } from '../issues.js';
import type { Change } from '../store.js';

type Key = string | number;
type AnyRecord = CollectionRecord[CollectionName];
type Schema = Parameters<typeof quickParse>[0];
/** The parts of a valibot schema read here (as quick-parse reads them). */
interface Part {
  type: string;
  pipe?: unknown;
  entries?: Record<string, Part>;
  wrapped?: Part;
  item?: Part;
}

/** How many records and items were checked; tests read it to see that an update checks only what changed. */
export const checkCount = { records: 0, items: 0 };

/** Per collection, the fields that are plain lists of items (`array(item)`, optional or not, without further rules), with the item's schema. */
const LISTS = new Map<CollectionName, [string, Schema][]>();
function listsOf(collection: CollectionName): [string, Schema][] {
  let lists = LISTS.get(collection);
  if (!lists) {
    lists = [];
    const schema = COLLECTIONS[collection] as unknown as Part;
    for (const [key, entry] of Object.entries(schema.pipe ? {} : (schema.entries ?? {}))) {
      const list = entry.type === 'optional' && !entry.pipe ? entry.wrapped! : entry;
      if (list.type === 'array' && !list.pipe) lists.push([key, list.item as unknown as Schema]);
    }
    LISTS.set(collection, lists);
  }
  return lists;
}

export class RecordChecker {
  /** Each item read before (by its object from `fromY`): what checking it gave, or an equal object the store shows. */
  readonly #items = new WeakMap<object, unknown>();
  /** The other way round: the item read that a checked item stands for. */
  readonly #readAs = new WeakMap<object, object>();

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
    checkCount.records++;
    return this.#quick(collection, raw) ?? parseRecord(collection, raw, path, issues);
  }

  /**
   * `kept` is what the store shows for `checked` (equal to it, with unchanged parts kept from before): its
   * items stand for the same reads from now on, so the next check hands the store its own objects back.
   */
  remember(collection: CollectionName, checked: AnyRecord, kept: AnyRecord): void {
    if (checked === kept) return;
    for (const [key] of listsOf(collection)) {
      const from = (checked as unknown as Record<string, unknown>)[key];
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

  /**
   * quickParse(schema, raw) put together item by item: the record without its lists' items, then each item
   * (from before when met before). Undefined when any part is not plainly valid.
   */
  #quick<C extends CollectionName>(collection: C, raw: unknown): CollectionRecord[C] | undefined {
    const schema = COLLECTIONS[collection] as Schema;
    const lists = listsOf(collection).filter(([key]) => isObject(raw) && Array.isArray(raw[key]));
    if (!lists.length || !isObject(raw)) return quickParse(schema, raw) as CollectionRecord[C] | undefined;
    const rest: Record<string, unknown> = { ...raw };
    for (const [key] of lists) rest[key] = [];
    const out = quickParse(schema, rest) as Record<string, unknown> | undefined;
    if (!out) return undefined;
    for (const [key, item] of lists) {
      const checked: unknown[] = [];
      for (const read of raw[key] as unknown[]) {
        let value = isObject(read) ? this.#items.get(read) : undefined;
        if (value === undefined) {
          checkCount.items++;
          value = quickParse(item, read);
          if (value === undefined) return undefined;
          if (isObject(read) && isObject(value)) {
            this.#items.set(read, value);
            this.#readAs.set(value, read);
          }
        }
        checked.push(value);
      }
      out[key] = checked;
    }
    return out as unknown as CollectionRecord[C];
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
