import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { storeContext } from '../../internal/context.js';
import { baseStyles } from '../../internal/styles.js';
import { downloadFile, fileName } from '../../internal/download.js';
import { issue, type Issue } from '../../sdk/issues.js';
import type { Adapter } from '../../sdk/adapters/adapter.js';
import { Autosave, type LoadResult, type SaveStatus } from '../../sdk/adapters/autosave.js';
import { DEFAULT_STORAGE_KEY, localStorageAdapter } from '../../sdk/adapters/local-storage.js';
import { httpAdapter } from '../../sdk/adapters/http.js';
import { DATASET_MEDIA_TYPE } from '../../sdk/adapters/file.js';
import { renderSaveStatus } from './samenspel-data.save-status.js';
import { samenspelDataStyles } from './samenspel-data.styles.js';
import { Listeners } from '../../internal/listeners.js';

/**
 * @tagname samenspel-data
 * @summary Shares one dataset with every samenspel tool inside it, so an edit in one shows in the others,
 * and keeps it where the host asks: nowhere (the default), in this browser, or on a server.
 *
 * Without `storage` or `endpoint` it makes no request (other than `src`) and stores nothing.
 * With them it loads the kept copy first, saves after every edit (debounced), shows where saving
 * stands in a polite status line, and keeps working in memory when saving fails, trying again.
 * A kept copy that cannot be loaded or read is never written over: saving stops (read-only) until it
 * loads, or until the user confirms replacing it; meanwhile the work can be saved as a file.
 *
 * @slot - the tools that share the data
 * @event {SamenspelErrorEvent} samenspel-error - the data could not be loaded, read or saved; `detail.during` says when, `detail.issues` why
 * @csspart save-status - the line that says whether everything is saved
 * @csspart download - the button that saves the data as a file when it cannot be kept otherwise
 * @csspart download-kept - the button that saves a kept copy that could not be read as a file
 * @csspart replace - the button that replaces a kept copy that could not be loaded or read (after confirming)
 * @csspart notices - what the user should know about saving: a merge, a conflict, a restored copy
 * @cssproperty --samenspel-data-save-status-color - text colour of the save status line
 */
export class SamenspelData extends SamenspelElement {
  static override samenspelTag = 'samenspel-data';

  static override styles = [baseStyles, samenspelDataStyles];

  /** Keep the data in this browser (`local`), so it survives a reload and is shared with other tabs. Off by default. */
  @property({ reflect: true }) storage?: 'local';

  /** The key the data is kept under in the browser; pages or tools that should not share data use different keys. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey = DEFAULT_STORAGE_KEY;

  /** URL of the dataset on a server: loaded with GET and saved with PUT (see docs/http-adapter.md). Wins over `storage`. */
  @property({ reflect: true }) endpoint?: string;

  /** Milliseconds to wait after an edit before saving. */
  @property({ type: Number, attribute: 'save-delay' }) saveDelay = 500;

  /** Milliseconds a request to `endpoint` may take before it is given up (and tried again). */
  @property({ type: Number, attribute: 'request-timeout' }) requestTimeout = 15_000;

  /** Milliseconds before a failed save or load is tried again; doubled each time, up to a minute. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1000;

  /** An adapter of the host's own (e.g. `memoryAdapter()`); wins over `endpoint` and `storage`. */
  @property({ attribute: false }) adapter?: Adapter;

  /** Where saving stands. */
  @state() protected saveStatus: SaveStatus = { state: 'idle' };
  /** What the user should know about saving that did not stop it. */
  @state() protected saveNotices: readonly Issue[] = [];
  /** Whether the user is asked to confirm replacing a kept copy that could not be loaded or read. */
  @state() protected confirmingReplace = false;

  #provider = new ContextProvider(this, { context: storeContext, initialValue: this.activeStore });
  #autosave?: Autosave;
  #configKey?: string;
  #loadedKey?: string;
  #generation = 0;
  #srcAllowed = false;

  constructor() {
    super();
    // A save under way that hangs must not keep the last edits from leaving with the page; a phone may
    // end a hidden page without notice: save what waits as soon as the page is out of sight.
    const flushNow = () => void this.#autosave?.flush({ closing: true });
    new Listeners(this, [
      [document, 'visibilitychange', () => document.visibilityState === 'hidden' && flushNow()],
      [window, 'pagehide', flushNow],
    ]);
  }

  /** Saves what waits to be saved now; resolves when done (a failure shows in the status and in `samenspel-error`). */
  async save(): Promise<void> {
    await this.#autosave?.flush();
  }

  /** Offers the current data as a JSON file, e.g. when it cannot be kept in the browser or on the server. */
  downloadDataset(): void {
    const snapshot = this.activeStore.snapshot;
    downloadFile(
      `${JSON.stringify(snapshot, null, 2)}\n`,
      fileName(snapshot.title ?? 'samenspel', 'json'),
      DATASET_MEDIA_TYPE,
    );
  }

  /** Offers the kept copy that could not be read as a file, as it came, so that replacing it loses nothing. */
  downloadKeptCopy(): void {
    const kept = this.#autosave?.unreadableCopy;
    if (typeof kept === 'string') downloadFile(kept, fileName('samenspel-opgeslagen-kopie', 'txt'), 'text/plain');
  }

  /**
   * Replaces a kept copy that could not be loaded or read with what is on screen. The element asks
   * the user first; a host calling this has asked already.
   */
  async replaceKeptCopy(): Promise<void> {
    this.confirmingReplace = false;
    await this.#autosave?.replaceKeptCopy();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopSaving();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = `${this.endpoint ?? ''}|${this.storage ?? ''}|${this.storageKey}|${this.saveDelay}|${this.requestTimeout}|${this.retryDelay}`;
    const wanted = Boolean(this.adapter || this.endpoint || this.storage === 'local');
    if (key !== this.#configKey || changed.has('adapter')) this.#startSaving(key);
    // Back in the page, or given another store: save again, and load only what was not loaded yet.
    else if (wanted && (!this.#autosave || this.#autosave.store !== this.activeStore))
      this.#startSaving(key, this.#loadedKey !== key);
    // With a kept copy, `src` only seeds it: it is loaded when nothing was kept yet.
    if (this.#autosave && !this.#srcAllowed) changed.delete('src');
    super.willUpdate(changed);
  }

  protected override updated(): void {
    if (this.#provider.value !== this.activeStore) this.#provider.setValue(this.activeStore);
  }

  override render() {
    return html`${this.renderStatus()}${this.#renderSaveStatus()}<slot></slot>`;
  }

  #renderSaveStatus() {
    const autosave = this.#autosave;
    if (!autosave) return nothing;
    return renderSaveStatus({
      status: this.saveStatus,
      loading: this.loadState === 'loading',
      where: this.endpoint && !this.adapter ? 'server' : 'local',
      notices: this.saveNotices,
      confirming: this.confirmingReplace,
      unreadableCopy: autosave.unreadableCopy,
      dataset: this.activeStore.snapshot,
      lang: this.localize.lang,
      download: () => this.downloadDataset(),
      downloadKept: () => this.downloadKeptCopy(),
      askReplace: (ask) => (this.confirmingReplace = ask),
      replace: () => void this.replaceKeptCopy(),
    });
  }

  #makeAdapter(): Adapter | undefined {
    if (this.adapter) return this.adapter;
    if (this.endpoint) {
      let url: URL | undefined;
      try {
        url = new URL(this.endpoint, document.baseURI);
      } catch {
        url = undefined;
      }
      if (url && (url.protocol === 'https:' || url.protocol === 'http:'))
        return httpAdapter({ url: url.href, timeout: this.requestTimeout });
      this.loadState = 'error';
      this.loadIssues = [issue('$', 'error', 'unsafe-url', 'unsafeUrl', this.endpoint.slice(0, 200))];
      this.reportError('load', this.loadIssues);
      return undefined;
    }
    return this.storage === 'local' ? localStorageAdapter({ key: this.storageKey }) : undefined;
  }

  #startSaving(key: string, load = true): void {
    this.#stopSaving();
    const generation = ++this.#generation;
    if (load) {
      this.#configKey = key;
      this.#srcAllowed = false;
    }
    const adapter = this.#makeAdapter();
    if (!adapter) {
      this.#srcAllowed = true;
      this.#loadedKey = key;
      return;
    }
    this.#autosave = new Autosave(this.activeStore, adapter, {
      delay: this.saveDelay,
      retryDelay: this.retryDelay,
      onStatus: (status) => {
        if (generation !== this.#generation) return;
        const was = this.saveStatus.state;
        this.saveStatus = status;
        if (status.state === 'failed') this.reportError('save', status.error.issues);
        if (status.state === 'read-only' && was !== 'read-only') this.reportError('load', status.error.issues);
        if (status.state !== 'read-only') this.confirmingReplace = false;
      },
      onLoad: (result) => {
        if (generation === this.#generation) this.#loaded(result, key);
      },
      onNotice: (issues) => {
        if (generation !== this.#generation) return;
        this.saveNotices = issues;
        this.reportError('save', issues);
      },
      onRemoteRefused: (issues) => {
        this.loadIssues = [...this.loadIssues, ...issues];
        this.reportError('load', issues);
      },
    });
    if (load) {
      this.loadState = 'loading';
      void this.#autosave.load();
    }
  }

  #stopSaving(): void {
    this.#generation++;
    const autosave = this.#autosave;
    this.#autosave = undefined;
    void autosave?.dispose();
  }

  #loaded(result: LoadResult, key: string): void {
    const first = this.#loadedKey !== key;
    this.#loadedKey = key;
    // Read-only, the tools stay usable in memory; the save status says why nothing is saved and what the user can do.
    this.loadState = 'ready';
    if (result.state === 'read-only') return;
    if (result.state === 'unavailable') this.reportError('load', result.error.issues);
    if (result.state === 'loaded') {
      this.loadIssues = result.issues;
      if (result.issues.length) this.reportError('parse', result.issues);
    } else if (first) this.#seedFromSrc();
  }

  #seedFromSrc(): void {
    this.#srcAllowed = true;
    if (this.src) this.requestUpdate('src', undefined);
  }
}
