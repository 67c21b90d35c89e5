/**
 * Putting back what `parseDataset` left out of a kept copy (see unread-part.ts), so that saving over the
 * copy read writes it back untouched.
 */
import type { Dataset } from './model.js';
import { anchorOf, type Anchor, type UnreadPart } from './unread-part.js';

export { anchorOf, type Anchor, type UnreadPart } from './unread-part.js';

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
