/**
 * What an autosave makes of a kept copy: the dataset read from it, or the error that keeps it from
 * being saved over; and how a value both sides changed is told.
 */
import type { Issue } from '../issues.js';
import { parseDataset, type ParseResult } from '../parse.js';
// What is kept elsewhere may ask for the built-in instrument: reading it stays synchronous.
import '../instrument.js';
import type { MergeConflict } from '../patch.js';
import { unreadableIssues } from '../readable.js';
import { AdapterError, adapterIssue } from './adapter.js';

/** The kept copy read, or an `unreadable` error when it cannot be read as a whole (saving over it would lose it). */
export function readKeptCopy(raw: unknown): ParseResult | AdapterError {
  const read = parseDataset(raw);
  const fatal = unreadableIssues(read.issues);
  if (!fatal.length) return read;
  return new AdapterError('unreadable', [adapterIssue('error', 'kept-unreadable', 'keptUnreadable'), ...fatal]);
}

/** A value changed both here and there: ours was kept, and the user is told what theirs was. */
export function conflictIssue(c: MergeConflict): Issue {
  const what = [c.id, ...c.path].join(' › ');
  const theirs = c.theirs === undefined ? '—' : JSON.stringify(c.theirs).slice(0, 200);
  return { ...adapterIssue('warning', 'merge-conflict', 'mergeConflict', what, theirs), path: `$.${c.collection}` };
}
