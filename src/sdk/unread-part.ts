/**
 * What `parseDataset` had to leave out of a kept copy (a record, or an item inside one, that could not
 * be read), kept as it came so that saving writes it back untouched: what was valid is kept and
 * edited, and nothing of the kept copy is lost by saving over it. Putting it back is in unread.ts, apart
 * from this, because only saving needs it: reading a dataset only notes the parts.
 */

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
