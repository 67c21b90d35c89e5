/**
 * Connects a store to an adapter: saves after edits (debounced, one save at a time), applies what
 * other tabs or servers send as remote changes, and reports where saving stands. A failed save keeps
 * everything in the store and is tried again after the next edit.
 */
import type { Store, Change } from '../store.js';
import type { Issue } from '../issues.js';
import { AdapterError, adapterIssue, toAdapterError, type Adapter } from './adapter.js';

/** Where saving stands: nothing to save yet, waiting or saving, saved, or failed (and why). */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; error: AdapterError };

export interface AutosaveOptions {
  /** Milliseconds to wait after an edit before saving; default 500. */
  delay?: number;
  /** Called whenever the status changes. */
  onStatus?: (status: SaveStatus) => void;
  /** Called when changes from elsewhere could not be applied. */
  onRemoteRefused?: (issues: Issue[]) => void;
}

export class Autosave {
  #status: SaveStatus = { state: 'idle' };
  #pending: Change[] = [];
  #dirty = false;
  #quiet = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #gate: Promise<void> = Promise.resolve();
  #stops: (() => void)[] = [];

  constructor(readonly store: Store, readonly adapter: Adapter, private readonly options: AutosaveOptions = {}) {
    this.#stops.push(
      store.subscribe((event) => {
        if (this.#quiet) return;
        if (event.origin === 'local' || event.origin === 'undo' || event.origin === 'redo') this.#pending.push(...event.changes);
        this.#dirty = true;
        this.#setStatus({ state: 'pending' });
        this.#schedule();
      }),
    );
    const stop = adapter.subscribe?.((changes) => this.applyRemote(changes));
    if (stop) this.#stops.push(stop);
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /** True while edits wait to be saved, or failed to be. */
  get unsaved(): boolean {
    return this.#dirty;
  }

  /** Applies changes from elsewhere; they are saved here too (so the stored copy has both), but not sent back. */
  applyRemote(changes: readonly Change[]): void {
    const result = this.store.apply(changes, 'remote');
    if (!result.ok) this.options.onRemoteRefused?.([adapterIssue('warning', 'remote-refused', 'remoteRefused'), ...result.issues]);
  }

  /**
   * Runs `fn` (e.g. replacing the store with what the adapter loaded) without saving what it does:
   * afterwards the store holds what is kept, so nothing waits to be saved.
   */
  quietly(fn: () => void): void {
    this.#quiet = true;
    try {
      fn();
    } finally {
      this.#quiet = false;
    }
    clearTimeout(this.#timer);
    this.#pending = [];
    this.#dirty = false;
    this.#setStatus({ state: 'idle' });
  }

  /** Saves nothing before `loading` settles, so a copy that was not read yet is never written over. */
  holdUntil(loading: Promise<unknown>): void {
    this.#gate = loading.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Saves now what waits to be saved; resolves when done (failures are in the status, not thrown). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#gate;
    while (this.#running) await this.#running;
    if (!this.#dirty) return;
    this.#running = this.#save();
    try {
      await this.#running;
    } finally {
      this.#running = undefined;
    }
  }

  /** Stops listening; what waits is saved first. */
  async dispose(): Promise<void> {
    for (const stop of this.#stops) stop();
    this.#stops = [];
    await this.flush();
    this.adapter.dispose?.();
  }

  async #save(): Promise<void> {
    const changes = this.#pending;
    this.#pending = [];
    this.#dirty = false;
    this.#setStatus({ state: 'saving' });
    try {
      await this.adapter.save(this.store.snapshot, changes);
      this.#setStatus(this.#dirty ? { state: 'pending' } : { state: 'saved' });
    } catch (e) {
      // Everything stays in the store; the next edit tries again.
      this.#dirty = true;
      this.#setStatus({ state: 'failed', error: toAdapterError(e) });
    }
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.options.delay ?? 500);
  }

  #setStatus(status: SaveStatus): void {
    this.#status = status;
    this.options.onStatus?.(status);
  }
}
