/**
 * Adapters keep a dataset somewhere: in memory (the default), in the browser (opt-in), on a server
 * (a documented REST contract) or in a file. The store never knows which; an autosave connects them.
 */
import type { Dataset } from '../model.js';
import type { Change } from '../store.js';
import { issueFrom, type Issue, type Severity } from '../issues.js';
import { adapterMessages, type AdapterMessages } from '../messages/adapters.js';

/**
 * Why a load or save failed, in a word a host can switch on: storage full or off, someone else saved
 * first, no connection, no answer in time, an HTTP status, or a kept copy that could not be read.
 */
export type AdapterErrorKind = 'quota' | 'unavailable' | 'conflict' | 'network' | 'timeout' | 'http' | 'unreadable';

/** A failed load or save: what kind, and issues with a message in Dutch and English to show. */
export class AdapterError extends Error {
  /** @param status the HTTP status, for kind `http` */
  constructor(
    readonly kind: AdapterErrorKind,
    readonly issues: Issue[],
    readonly status?: number,
  ) {
    super(issues.map((i) => i.message.en).join(' '));
    this.name = 'AdapterError';
  }
}

/** An issue whose message comes from the adapters' catalogue. */
export function adapterIssue<K extends keyof AdapterMessages & string>(
  severity: Severity,
  code: string,
  key: K,
  ...args: AdapterMessages[K] extends (...a: infer A) => string ? A : []
): Issue {
  return issueFrom(adapterMessages, '$', severity, code, key, ...args);
}

/** Called with the kept copy (unparsed, or undefined when it was removed) after another tab or window changed it. */
export type RemoteListener = (kept: unknown) => void;

/** How a save is to be sent. */
export interface SaveOptions {
  /** Aborts the save (a request that hangs, or one overtaken by a save on closing the page). */
  signal?: AbortSignal;
  /** The page is closing: send it so that it may outlive the page (a `keepalive` request). */
  closing?: boolean;
}

export interface Adapter {
  /** What is kept, unparsed (read it with `parseDataset`), or undefined when nothing is kept yet. Rejects with an {@link AdapterError}. */
  load(): Promise<unknown>;
  /**
   * Keeps the dataset; `changes` are the user's edits since the last save. Rejects with an
   * {@link AdapterError}; with kind `conflict` when the kept copy changed since it was last loaded or
   * saved here, so that it is never written over unseen.
   */
  save(dataset: Dataset, changes: readonly Change[], options?: SaveOptions): Promise<void>;
  /** Calls `onRemote` whenever the kept copy changed elsewhere; returns a function that stops it. */
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

/** Whether trying the same again later may work: after no answer, a server error or a full storage; not after storage switched off, a conflict or a copy that cannot be read. */
export function isPassing(error: AdapterError): boolean {
  return (
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    error.kind === 'quota' ||
    (error.kind === 'http' &&
      (error.status === undefined || error.status >= 500 || error.status === 408 || error.status === 429))
  );
}
