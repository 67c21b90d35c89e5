/**
 * Whole datasets compared and merged, record by record through patch.ts: what saving needs when the kept
 * copy changed elsewhere (another tab, the server). Apart from patch.ts, which every store's undo uses.
 */
import { COLLECTION_NAMES, type Dataset } from './model.js';
import type { Change } from './change.js';
import { equal, rebasePatches, type MergeConflict, type RecordPatch } from './patch.js';

type AnyRecord = NonNullable<RecordPatch['after']>;

/** The records that differ between two datasets, collection by collection. */
export function diffDatasets(from: Dataset, to: Dataset): RecordPatch[] {
  const patches: RecordPatch[] = [];
  for (const collection of COLLECTION_NAMES) {
    const a = from[collection] as readonly AnyRecord[];
    const b = to[collection] as readonly AnyRecord[];
    if (a === b) continue;
    const before = new Map(a.map((r, i) => [r.id, [r, i] as const]));
    b.forEach((record, index) => {
      const old = before.get(record.id);
      if (!old) patches.push({ collection, id: record.id, after: record, index });
      else if (old[0] !== record && !equal(old[0], record))
        patches.push({ collection, id: record.id, before: old[0], after: record, index });
    });
    const after = new Set(b.map((r) => r.id));
    for (const [id, [record, index]] of before)
      if (!after.has(id)) patches.push({ collection, id, before: record, index });
  }
  return patches;
}

/** Merges what `theirs` changed since `base` into `ours`: the changes that take `ours` there, and the conflicts. */
export function mergeDatasets(
  base: Dataset,
  ours: Dataset,
  theirs: Dataset,
): { changes: Change[]; conflicts: MergeConflict[] } {
  return rebasePatches(ours, diffDatasets(base, theirs));
}
