/**
 * Browser storage, opt-in only: keeps the dataset in `localStorage` under a key, so it survives a
 * reload, and shares every edit with other tabs on the same key (BroadcastChannel), which apply it
 * as a remote change. Nothing here touches the DOM until the adapter is used.
 */
import type { Change } from '../store.js';
import { AdapterError, adapterIssue, type Adapter, type RemoteListener } from './adapter.js';

/** The parts of `Storage` the adapter uses; pass `sessionStorage` or a test double. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LocalStorageOptions {
  /** The key the dataset is kept under; default `samenspel`. Tabs on the same key share their edits. */
  key?: string;
  /** Where to keep it; default `localStorage`. */
  storage?: KeyValueStorage;
  /** Share edits with other tabs on the same key; default true. */
  shareWithTabs?: boolean;
}

interface TabMessage {
  samenspel: 1;
  changes: readonly Change[];
}

export const DEFAULT_STORAGE_KEY = 'samenspel';

/** An adapter over `localStorage` (or another Storage) with edits shared between tabs. */
export function localStorageAdapter(options: LocalStorageOptions = {}): Adapter {
  const key = options.key || DEFAULT_STORAGE_KEY;
  let channel: BroadcastChannel | undefined;
  const listeners = new Set<RemoteListener>();

  const storage = (): KeyValueStorage => {
    // Reading `localStorage` itself throws when the user blocked storage for this site.
    try {
      const found = options.storage ?? (typeof localStorage === 'undefined' ? undefined : localStorage);
      if (found) return found;
    } catch {
      /* reported below */
    }
    throw unavailable();
  };

  const openChannel = () => {
    if (channel || options.shareWithTabs === false || typeof BroadcastChannel === 'undefined') return channel;
    channel = new BroadcastChannel(`samenspel:${key}`);
    channel.onmessage = (event: MessageEvent<TabMessage>) => {
      if (event.data?.samenspel !== 1 || !Array.isArray(event.data.changes)) return;
      for (const listener of [...listeners]) listener(event.data.changes);
    };
    return channel;
  };

  return {
    load() {
      try {
        return Promise.resolve(storage().getItem(key) ?? undefined);
      } catch (e) {
        return Promise.reject(e instanceof AdapterError ? e : unavailable());
      }
    },
    save(dataset, changes) {
      // Other tabs hear of the edit even when this browser's storage is full.
      if (changes.length) {
        try {
          openChannel()?.postMessage({ samenspel: 1, changes } satisfies TabMessage);
        } catch {
          /* a closed channel: the stored copy still carries the edit */
        }
      }
      try {
        storage().setItem(key, JSON.stringify(dataset));
        return Promise.resolve();
      } catch (e) {
        if (e instanceof AdapterError) return Promise.reject(e);
        return Promise.reject(isQuotaError(e) ? new AdapterError('quota', [adapterIssue('error', 'quota-exceeded', 'quotaExceeded')]) : unavailable());
      }
    },
    subscribe(onRemote) {
      listeners.add(onRemote);
      openChannel();
      return () => listeners.delete(onRemote);
    },
    dispose() {
      listeners.clear();
      channel?.close();
      channel = undefined;
    },
  };
}

function unavailable(): AdapterError {
  return new AdapterError('unavailable', [adapterIssue('error', 'storage-unavailable', 'storageUnavailable')]);
}

function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { name, code } = e as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
