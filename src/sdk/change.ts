/**
 * What an edit is: plain JSON, so it can be applied, undone, stored and sent elsewhere. Apart from
 * the store, so that the modules the store uses (patches, routes) can speak of changes too.
 */
import type { CollectionName, CollectionRecord } from './model.js';

/** Puts a record (adds it, or replaces the one with its id), or removes one. */
export type Change = {
  [C in CollectionName]:
    | {
        op: 'put';
        collection: C;
        record: CollectionRecord[C];
        /** where a new record goes; default: at the end */ index?: number;
      }
    | { op: 'remove'; collection: C; id: string };
}[CollectionName];

/**
 * Where a change came from: a user's edit, undo/redo, another tab or server, a whole new dataset, or this page's own
 * work that is not the user's edit and so not undoable (positions a layout computed).
 */
export type ChangeOrigin = 'local' | 'undo' | 'redo' | 'remote' | 'load' | 'layout';
