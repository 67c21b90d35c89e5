/**
 * Connects a store to an adapter: loads the kept copy, saves after edits (debounced, one save at a
 * time), merges what other tabs or people saved field by field, and reports where saving stands.
 *
 * Three promises it keeps: a kept copy that could not be loaded or read is never written over (the
 * store turns read-only for saving until the user explicitly replaces it); every save ends (a failed
 * one is tried again with growing pauses, and closing the page saves at once, whatever hangs); and an
 * edit is never dropped for someone else's: a conflict is merged, and what cannot be merged is said.
 */
import type { Store, Change } from '../store.js';
import type { Dataset } from '../model.js';
import type { Issue } from '../issues.js';
import { withUnread, type UnreadPart } from '../unread.js';
import { equal } from '../patch.js';
import { mergeDatasets } from '../dataset-merge.js';
import { AdapterError, adapterIssue, isPassing, toAdapterError, type Adapter } from './adapter.js';
import { unreadableIssues } from '../readable.js';
import { conflictIssue, readKeptCopy } from './kept-copy.js';
import { Retry } from './retry.js';
import type { LoadResult, SaveStatus } from './save-status.js';

export type { LoadResult, SaveStatus } from './save-status.js';

export interface AutosaveOptions {
  /** Milliseconds to wait after an edit before saving; default 500. */
  delay?: number;
  /** Pause before the first retry of a failed save or load, doubled each time up to `retryMax`; default 1000. */
  retryDelay?: number;
  /** The longest pause between retries; default 60000. */
  retryMax?: number;
  /** Called whenever the status changes. */
  onStatus?: (status: SaveStatus) => void;
  /** Called after every load: the first, a retried one, and one after a conflict. */
  onLoad?: (result: LoadResult) => void;
  /** Called when the user should know something that did not stop saving: a merge, a conflict kept, a copy restored. */
  onNotice?: (issues: Issue[]) => void;
  /** Called when changes from elsewhere could not be applied. */
  onRemoteRefused?: (issues: Issue[]) => void;
}

/** The issues that mean a kept copy cannot be read as a whole, so saving over it would lose it. */
export { unreadableIssues };

export class Autosave {
  #status: SaveStatus = { state: 'idle' };
  #pending: Change[] = [];
  #dirty = false;
  #quiet = false;
  #unsaved = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** A load or save that failed is tried again later, with growing pauses. */
  readonly #retry: Retry;
  #running: Promise<void> | undefined;
  #abort: AbortController | undefined;
  #gate: Promise<void> = Promise.resolve();
  #stops: (() => void)[] = [];
  #disposed = false;
  /** The kept copy as last loaded or saved; undefined while nothing is kept. */
  #base: Dataset | undefined;
  /** The store as it was when loading began: what the user did since goes on top of what is read. */
  #from: Dataset;
  /** Why nothing may be saved: the kept copy could not be loaded or read. */
  #held: AdapterError | undefined;
  /** The kept copy that could not be read, as it came (for the user to keep). */
  #unreadable: unknown;
  #replacing = false;
  #conflicts = 0;
  #loading = false;
  /** What of the kept copy could not be read: written back untouched with every save, so the copy never shrinks by it. */
  #unread: readonly UnreadPart[] = [];

  constructor(
    readonly store: Store,
    readonly adapter: Adapter,
    private readonly options: AutosaveOptions = {},
  ) {
    this.#from = store.snapshot;
    this.#retry = new Retry(options);
    this.#stops.push(
      store.subscribe((event) => {
        if (this.#quiet) return;
        const edit = event.origin === 'local' || event.origin === 'undo' || event.origin === 'redo';
        if (edit) {
          this.#pending.push(...event.changes);
          this.#unsaved++;
        } else if (event.origin === 'load' && (this.#held || this.#loading)) this.#from = event.snapshot;
        this.#dirty = true;
        if (this.#held) this.#setStatus({ state: 'read-only', error: this.#held, unsaved: this.#unsaved });
        else {
          this.#setStatus({ state: 'pending', unsaved: this.#unsaved });
          this.#schedule();
        }
      }),
    );
    const stop = adapter.subscribe?.((kept) => this.#receive(kept));
    if (stop) this.#stops.push(stop);
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /** True while edits wait to be saved, or failed to be. */
  get unsaved(): boolean {
    return this.#dirty;
  }

  /** How many edits are not saved yet. */
  get unsavedEdits(): number {
    return this.#unsaved;
  }

  /** The kept copy as it came, when it could not be read; undefined otherwise. Offer it to the user before replacing it. */
  get unreadableCopy(): unknown {
    return this.#held ? this.#unreadable : undefined;
  }

  /**
   * Loads the kept copy into the store. Saving waits for it; when it cannot be loaded or read, nothing
   * is saved (status `read-only`) and loading is tried again, until it works or {@link replaceKeptCopy}.
   */
  load(): Promise<LoadResult> {
    // Edits count from here; a retry keeps counting from where the first try began.
    if (!this.#held) this.#from = this.store.snapshot;
    this.#loading = true;
    const done = this.#load().finally(() => (this.#loading = false));
    this.#gate = done.then(() => undefined);
    return done;
  }

  /** Saves what is on screen over a kept copy that could not be loaded or read: only on the user's explicit word. */
  async replaceKeptCopy(): Promise<void> {
    if (!this.#held) return this.flush();
    this.#retry.cancel();
    this.#held = undefined;
    this.#replacing = true;
    this.#dirty = true;
    await this.flush();
  }

  /** Applies a kept copy that changed elsewhere (another tab saved): merged field by field into the store. */
  #receive(kept: unknown): void {
    if (this.#disposed) return;
    if (kept === undefined) {
      // Cleared elsewhere: this tab still has everything, so it is kept again.
      if (this.#base === undefined) return;
      this.#base = undefined;
      this.options.onNotice?.([adapterIssue('warning', 'kept-removed', 'keptRemoved')]);
      this.#dirty = true;
      this.#schedule(0);
      return;
    }
    this.#read(kept, 'remote');
  }

  async #load(): Promise<LoadResult> {
    this.#retry.cancel();
    let raw: unknown;
    try {
      raw = await this.adapter.load();
    } catch (e) {
      const error = toAdapterError(e);
      if (error.kind === 'unavailable') {
        // Storage that is switched off is no copy to lose: the store works in memory, and says so.
        this.#held = undefined;
        this.#setStatus({ state: 'failed', error, unsaved: this.#unsaved, retrying: false });
        return this.#report({ state: 'unavailable', error });
      }
      if (error.kind === 'unreadable') this.#unreadable = undefined;
      return this.#report(this.#hold(error));
    }
    return this.#report(this.#read(raw, 'load'));
  }

  /** Reads a kept copy and merges it into the store; on `remote` only what changed since `#base` comes in. */
  #read(raw: unknown, how: 'load' | 'remote'): LoadResult {
    if (raw === undefined) {
      this.#held = undefined;
      this.#base = undefined;
      this.#afterRead();
      return { state: 'empty' };
    }
    const read = readKeptCopy(raw);
    if (read instanceof AdapterError) {
      this.#unreadable = raw;
      return this.#hold(read);
    }
    const { dataset, issues, unread = [] } = read;
    if (unread.length && (how === 'load' || unread.length !== this.#unread.length))
      this.options.onNotice?.([adapterIssue('warning', 'kept-unread', 'keptUnread', unread.length)]);
    this.#unread = unread;
    const wasHeld = Boolean(this.#held);
    this.#held = undefined;
    this.#unreadable = undefined;
    const base = this.#base ?? this.#from;
    if (how === 'load' && !wasHeld && !this.#base && this.store.snapshot === this.#from) {
      // The usual first load: nothing was done yet, so the store simply takes the kept copy.
      this.#quietly(() => this.store.replace(dataset));
    } else this.#merge(base, dataset);
    this.#base = dataset;
    this.#afterRead();
    return { state: 'loaded', issues };
  }

  /** Brings what `theirs` changed since `base` into the store; where both changed a value, ours stays and the user is told. */
  #merge(base: Dataset, theirs: Dataset): void {
    const { changes, conflicts } = mergeDatasets(base, this.store.snapshot, theirs);
    if (changes.length) {
      this.#quietly(() => {
        if (this.store.apply(changes, 'remote').ok) return;
        // One by one, so that one change that does not fit here (say, to a party removed here) keeps out only itself.
        const refused = changes.filter((c) => !this.store.apply(c, 'remote').ok);
        if (refused.length)
          this.options.onRemoteRefused?.([adapterIssue('warning', 'remote-refused', 'remoteRefused')]);
      });
    }
    if (conflicts.length) this.options.onNotice?.(conflicts.slice(0, 20).map(conflictIssue));
  }

  #afterRead(): void {
    this.#retry.reset();
    // What is on screen and not yet kept (edits made meanwhile, or ours merged over theirs) is saved.
    if (this.#base && equal(this.store.snapshot, this.#base)) {
      this.#dirty = false;
      this.#unsaved = 0;
      this.#pending = [];
    } else if (this.#base) this.#dirty = true;
    if (this.#dirty) {
      this.#setStatus({ state: 'pending', unsaved: this.#unsaved });
      this.#schedule();
    } else this.#setStatus(this.#base ? { state: 'saved' } : { state: 'idle' });
  }

  /** Stops saving because the kept copy could not be loaded or read; tries loading again later. */
  #hold(error: AdapterError): LoadResult {
    this.#held = error;
    clearTimeout(this.#timer);
    this.#setStatus({ state: 'read-only', error, unsaved: this.#unsaved });
    this.#retry.cancel();
    this.#retry.later(() => {
      if (!this.#disposed && this.#held) void this.load();
    });
    return { state: 'read-only', error };
  }

  #report(result: LoadResult): LoadResult {
    this.options.onLoad?.(result);
    return result;
  }

  /** Saves nothing before `loading` settles, so a copy that was not read yet is never written over. */
  holdUntil(loading: Promise<unknown>): void {
    this.#gate = loading.then(
      () => undefined,
      () => undefined,
    );
  }

  /**
   * Runs `fn` (e.g. replacing the store with what the adapter loaded) without saving what it does:
   * afterwards the store holds what is kept, so nothing waits to be saved.
   */
  quietly(fn: () => void): void {
    this.#quietly(fn);
    clearTimeout(this.#timer);
    this.#pending = [];
    this.#unsaved = 0;
    this.#dirty = false;
    this.#base = this.store.snapshot;
    this.#setStatus({ state: 'idle' });
  }

  #quietly(fn: () => void): void {
    this.#quiet = true;
    try {
      fn();
    } finally {
      this.#quiet = false;
    }
  }

  /**
   * Saves now what waits to be saved; resolves when done (failures are in the status, not thrown).
   * With `closing` (the page is going) it does not wait for a save under way, which may hang: it is
   * overtaken by one sent at once.
   */
  async flush(options: { closing?: boolean } = {}): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (options.closing) {
      if (this.#held || !this.#dirty) return;
      this.#abort?.abort();
      const closing = this.#save(true);
      this.#running = closing;
      await closing;
      if (this.#running === closing) this.#running = undefined;
      return;
    }
    await this.#gate;
    while (this.#running) await this.#running;
    if (!this.#dirty || this.#held) return;
    const running = this.#save(false);
    this.#running = running;
    try {
      await running;
    } finally {
      if (this.#running === running) this.#running = undefined;
    }
  }

  /** Stops listening; what waits is saved first. */
  async dispose(): Promise<void> {
    for (const stop of this.#stops) stop();
    this.#stops = [];
    this.#retry.cancel();
    await this.flush();
    this.#disposed = true;
    this.#retry.cancel();
    this.adapter.dispose?.();
  }

  async #save(closing: boolean): Promise<void> {
    const changes = this.#pending;
    const counted = this.#unsaved;
    const snapshot = this.store.snapshot;
    const abort = new AbortController();
    this.#abort = abort;
    this.#pending = [];
    this.#dirty = false;
    this.#retry.cancel();
    this.#setStatus({ state: 'saving', unsaved: this.#unsaved });
    try {
      await this.adapter.save(withUnread(snapshot, this.#unread), changes, { signal: abort.signal, closing });
      if (abort.signal.aborted && !closing) return;
      this.#base = snapshot;
      this.#unsaved = Math.max(0, this.#unsaved - counted);
      this.#retry.reset();
      this.#conflicts = 0;
      this.#replacing = false;
      if (this.#dirty) {
        this.#setStatus({ state: 'pending', unsaved: this.#unsaved });
        this.#schedule();
      } else this.#setStatus({ state: 'saved' });
    } catch (e) {
      // Overtaken by a save on closing the page: that one reports.
      if (abort.signal.aborted && this.#abort !== abort) return;
      // Everything stays in the store.
      this.#pending = [...changes, ...this.#pending];
      this.#dirty = true;
      const error = toAdapterError(e);
      if (error.kind === 'conflict' && !this.#replacing && this.#conflicts++ < 3) {
        if (await this.#catchUp()) await this.#save(closing);
        // Caught up with nothing of ours left to save: that round ended well. The limit is for saves that lose
        // the race three times running, not for every time another tab or person saved first.
        else if (!this.#dirty) this.#conflicts = 0;
        return;
      }
      const retrying = isPassing(error);
      this.#setStatus({ state: 'failed', error, unsaved: this.#unsaved, retrying });
      if (retrying && !this.#disposed) this.#retry.later(() => void this.flush());
    }
  }

  /** Someone else saved first: load their copy and merge ours on top; true when that is ready to save. */
  async #catchUp(): Promise<boolean> {
    let raw: unknown;
    try {
      raw = await this.adapter.load();
    } catch (e) {
      const error = toAdapterError(e);
      this.#setStatus({ state: 'failed', error, unsaved: this.#unsaved, retrying: isPassing(error) });
      if (isPassing(error)) this.#retry.later(() => void this.flush());
      return false;
    }
    if (raw === undefined) {
      // Removed there: ours is all there is, so it is kept again.
      this.#base = undefined;
      this.#dirty = true;
      this.options.onNotice?.([adapterIssue('warning', 'kept-removed', 'keptRemoved')]);
    } else {
      const before = this.store.snapshot;
      const result = this.#report(this.#read(raw, 'remote'));
      if (result.state === 'read-only') return false;
      if (this.store.snapshot !== before) this.options.onNotice?.([adapterIssue('warning', 'merged', 'merged')]);
    }
    clearTimeout(this.#timer);
    return this.#dirty;
  }

  #schedule(delay = this.options.delay ?? 500): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), delay);
  }

  #setStatus(status: SaveStatus): void {
    this.#status = status;
    this.options.onStatus?.(status);
  }
}
