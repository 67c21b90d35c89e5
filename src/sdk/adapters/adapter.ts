/**
 * Adapters keep a dataset somewhere: in memory (the default), in the browser (opt-in), on a server
 * (a documented REST contract) or in a file. The store never knows which; an autosave connects them.
 */
import type { Dataset } from '../model.js';
import type { Change } from '../store.js';
import { issueFrom, type Issue, type Severity } from '../issues.js';
import { adapterMessages, type AdapterMessages } from '../../translations/adapters.js';

/** Why a load or save failed, in a word a host can switch on. */
export type AdapterErrorKind = 'quota' | 'unavailable' | 'conflict' | 'network' | 'http';

/** A failed load or save: what kind, and issues with a message in Dutch and English to show. */
export class AdapterError extends Error {
  constructor(readonly kind: AdapterErrorKind, readonly issues: Issue[]) {
    super(issues.map((i) => i.message.en).join(' '));
    this.name = 'AdapterError';
  }
}

/** An issue whose message comes from the adapters' catalogue. */
export function adapterIssue<K extends keyof AdapterMessages & string>(
  severity: Severity, code: string, key: K, ...args: AdapterMessages[K] extends (...a: infer A) => string ? A : []
): Issue {
  return issueFrom(adapterMessages, '$', severity, code, key, ...args);
}

/** Changes that another tab, window or server made, to apply with origin `remote`. */
export type RemoteListener = (changes: readonly Change[]) => void;

export interface Adapter {
  /** What is kept, unparsed (read it with `parseDataset`), or undefined when nothing is kept yet. Rejects with an {@link AdapterError}. */
  load(): Promise<unknown>;
  /** Keeps the dataset; `changes` are the user's edits since the last save (for sharing with other tabs). Rejects with an {@link AdapterError}. */
  save(dataset: Dataset, changes: readonly Change[]): Promise<void>;
  /** Calls `onRemote` with changes made elsewhere; returns a function that stops it. */
  subscribe?(onRemote: RemoteListener): () => void;
  /** Lets go of what the adapter holds open (channels, listeners). */
  dispose?(): void;
}

/** Turns anything thrown into an {@link AdapterError}. */
export function toAdapterError(e: unknown, fallback: AdapterErrorKind = 'network'): AdapterError {
  if (e instanceof AdapterError) return e;
  const reason = e instanceof Error ? e.message : String(e);
  return fallback === 'unavailable'
    ? new AdapterError('unavailable', [adapterIssue('error', 'storage-unavailable', 'storageUnavailable')])
    : new AdapterError('network', [adapterIssue('error', 'network', 'networkFailed', reason)]);
}
