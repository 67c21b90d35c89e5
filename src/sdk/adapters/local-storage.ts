/**
 * Browser storage, opt-in only: keeps the dataset in `localStorage` under a key, so it survives a
 * reload. The stored copy is the one truth all tabs on the key share: a tab hears of another's save
 * through the `storage` event, and never writes over a copy it has not seen (that is a conflict, which
 * the autosave merges). Nothing here touches the DOM until the adapter is used.
 */
import { AdapterError, adapterIssue, type Adapter, type RemoteListener } from './adapter.js';

/** The parts of `Storage` the adapter uses; pass `sessionStorage` or a test double. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LocalStorageOptions {
  /** The key the dataset is kept under; default `samenspel`. Tabs on the same key share their edits. */
  key?: string;
  /** Where to keep it; default `localStorage`. */
  storage?: KeyValueStorage;
  /** Hear of saves by other tabs on the same key; default true. */
  shareWithTabs?: boolean;
}

export const DEFAULT_STORAGE_KEY = 'samenspel';

/** An adapter over `localStorage` (or another Storage) whose copy all tabs on the key share. */
export function localStorageAdapter(options: LocalStorageOptions = {}): Adapter {
  const key = options.key || DEFAULT_STORAGE_KEY;
  const listeners = new Set<RemoteListener>();
  /** The stored text as this tab last read or wrote it; undefined before it looked. */
  let seen: string | null | undefined;

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

  const onStorage = (event: StorageEvent) => {
    // `key` is null when another tab cleared the whole storage.
    if (event.key !== null && event.key !== key) return;
    let now: string | null;
    try {
      if (event.storageArea && event.storageArea !== storage()) return;
      now = storage().getItem(key);
    } catch {
      return;
    }
    if (now === seen) return;
    seen = now;
    for (const listener of [...listeners]) listener(now ?? undefined);
  };

  return {
    load() {
      try {
        seen = storage().getItem(key);
        return Promise.resolve(seen ?? undefined);
      } catch (e) {
        return Promise.reject(e instanceof AdapterError ? e : unavailable());
      }
    },
    save(dataset) {
      try {
        const store = storage();
        // Another tab saved since this one looked: merge first, never write over it unseen.
        if (store.getItem(key) !== (seen ?? null))
          return Promise.reject(new AdapterError('conflict', [adapterIssue('error', 'conflict', 'saveConflict')]));
        const text = JSON.stringify(dataset);
        store.setItem(key, text);
        seen = text;
        return Promise.resolve();
      } catch (e) {
        if (e instanceof AdapterError) return Promise.reject(e);
        return Promise.reject(
          isQuotaError(e)
            ? new AdapterError('quota', [adapterIssue('error', 'quota-exceeded', 'quotaExceeded')])
            : unavailable(),
        );
      }
    },
    subscribe(onRemote) {
      listeners.add(onRemote);
      if (listeners.size === 1 && options.shareWithTabs !== false && typeof window !== 'undefined')
        window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(onRemote);
        if (!listeners.size && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
    dispose() {
      listeners.clear();
      if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
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
