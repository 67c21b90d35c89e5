/**
 * What `parseDataset` had to leave out of a kept copy (a record, or an item inside one, that could not
 * be read), kept as it came so that saving writes it back untouched: what was valid is kept and
 * edited, and nothing of the kept copy is lost by saving over it.
 */
import type { Dataset } from './model.js';

/** How an item is found again in the list it sits in, after edits moved it: by its id, or a member by its party. */
export type Anchor = readonly ['id' | 'party', string];

/** A record or item left out when a copy was read. */
export interface UnreadPart {
  /** Where it was in the copy read: the collection, then indexes and field names, ending on its index in its list. */
  readonly keys: readonly (string | number)[];
  /** For every index in `keys` but the last: how the item there is found again. */
  readonly anchors: readonly (Anchor | undefined)[];
  /** How the item just before it in its list is found again (edits may have put others in front): it goes right after that one. */
  readonly after?: Anchor;
  /** The record or item as it came (a plain JSON copy). */
  readonly value: unknown;
}

/** How the item `value` is found again, if it can be. */
export function anchorOf(value: unknown): Anchor | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { id, party } = value as { id?: unknown; party?: unknown };
  // Ids are read trimmed: the raw item and the one read compare alike.
  if (typeof id === 'string') return ['id', id.trim()];
  if (typeof party === 'string') return ['party', party.trim()];
  return undefined;
}

/**
 * The dataset with the parts that could not be read put back where they were: a record at its index in
 * its collection, an item at its index in its list inside the record and items it sat in (found by id).
 * A part whose record or item was removed since goes with it. The dataset itself is not changed.
 */
export function withUnread(dataset: Dataset, parts: readonly UnreadPart[]): Dataset {
  if (!parts.length) return dataset;
  // Lower indexes first, so that several parts of one list each land where they were.
  const sorted = [...parts].sort(
    (a, b) => (a.keys[a.keys.length - 1] as number) - (b.keys[b.keys.length - 1] as number),
  );
  let out: unknown = dataset;
  for (const part of sorted) out = put(out, part, 0) ?? out;
  return out as Dataset;
}

function indexOf(list: readonly unknown[], [key, value]: Anchor): number {
  return list.findIndex((item) => {
    const anchor = anchorOf(item);
    return anchor?.[0] === key && anchor[1] === value;
  });
}

/** A copy of `container` with `part` put in at `part.keys[at…]`; undefined when its place is gone. */
function put(container: unknown, part: UnreadPart, at: number): unknown {
  const key = part.keys[at];
  if (at === part.keys.length - 1) {
    if (!Array.isArray(container) || typeof key !== 'number') return undefined;
    const copy = container.slice();
    const after = part.after ? indexOf(copy, part.after) : -1;
    copy.splice(after >= 0 ? after + 1 : key === 0 ? 0 : Math.min(key, copy.length), 0, part.value);
    return copy;
  }
  if (typeof key === 'number') {
    const anchor = part.anchors[at];
    if (!Array.isArray(container) || !anchor) return undefined;
    const index = indexOf(container, anchor);
    if (index < 0) return undefined;
    const child = put(container[index], part, at + 1);
    if (child === undefined) return undefined;
    const copy = container.slice();
    copy[index] = child;
    return copy;
  }
  if (container === null || typeof container !== 'object' || Array.isArray(container)) return undefined;
  const record = container as Record<string, unknown>;
  // A list the record left out (it is read as empty) is there again with the part in it.
  const below = record[key] === undefined && at + 1 === part.keys.length - 1 ? [] : record[key];
  const child = put(below, part, at + 1);
  return child === undefined ? undefined : { ...record, [key]: child };
}
