/** What an autosave tells: where saving stands, and what loading the kept copy gave. */
import type { Issue } from '../issues.js';
import type { AdapterError } from './adapter.js';

/**
 * Where saving stands: nothing to save yet, waiting or saving, saved, failed (and whether it is tried
 * again), or read-only because the kept copy could not be loaded or read. `unsaved` counts the edits
 * not yet saved.
 */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending'; unsaved: number }
  | { state: 'saving'; unsaved: number }
  | { state: 'saved' }
  | { state: 'failed'; error: AdapterError; unsaved: number; retrying: boolean }
  | { state: 'read-only'; error: AdapterError; unsaved: number };

/** What loading the kept copy gave. */
export type LoadResult =
  /** Nothing is kept yet: the first save creates it. */
  | { state: 'empty' }
  /** Read into the store (with the problems found); edits made meanwhile were merged on top. */
  | { state: 'loaded'; issues: Issue[] }
  /** Storage is switched off: the store works in memory. */
  | { state: 'unavailable'; error: AdapterError }
  /** Could not be loaded or read: nothing is saved until it loads, or the user replaces it. */
  | { state: 'read-only'; error: AdapterError };
