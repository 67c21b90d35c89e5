import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { SamenspelElement } from './samenspel-element.js';
import { storeContext } from './context.js';
import { baseStyles } from './styles.js';
import { downloadFile, fileName } from './download.js';
import { parseDataset } from '../sdk/parse.js';
import { issue } from '../sdk/issues.js';
import { toAdapterError, type Adapter } from '../sdk/adapters/adapter.js';
import { Autosave, type SaveStatus } from '../sdk/adapters/autosave.js';
import { DEFAULT_STORAGE_KEY, localStorageAdapter } from '../sdk/adapters/local-storage.js';
import { httpAdapter } from '../sdk/adapters/http.js';
import { DATASET_MEDIA_TYPE } from '../sdk/adapters/file.js';
import { samenspelDataMessages } from '../translations/samenspel-data.js';

/**
 * @tagname samenspel-data
 * @summary Shares one dataset with every samenspel tool inside it, so an edit in one shows in the others,
 * and keeps it where the host asks: nowhere (the default), in this browser, or on a server.
 *
 * Without `storage` or `endpoint` it makes no request (other than `src`) and stores nothing.
 * With them it loads the kept copy first, saves after every edit (debounced), shows where saving
 * stands in a polite status line, and keeps working in memory when saving fails.
 *
 * @slot - the tools that share the data
 * @event {SamenspelErrorEvent} samenspel-error - the data could not be loaded, read or saved; `detail.during` says when, `detail.issues` why
 * @csspart save-status - the line that says whether everything is saved
 * @csspart download - the button that saves the data as a file when it cannot be kept otherwise
 * @cssproperty --samenspel-data-save-status-color - text colour of the save status line
 */
export class SamenspelData extends SamenspelElement {
  static override samenspelTag = 'samenspel-data';

  static override styles = [
    baseStyles,
    css`
      :host { background: transparent; }
      .save { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); margin-block: var(--_space); }
      .save p { margin: 0; color: var(--samenspel-data-save-status-color, var(--_muted)); }
      .save.failed { padding: var(--_space); border-inline-start: 4px solid var(--_error); background: var(--_surface); }
      .save.failed p { color: var(--_color); }
    `,
  ];

  /** Keep the data in this browser (`local`), so it survives a reload and is shared with other tabs. Off by default. */
  @property({ reflect: true }) storage?: 'local';

  /** The key the data is kept under in the browser; pages or tools that should not share data use different keys. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey = DEFAULT_STORAGE_KEY;

  /** URL of the dataset on a server: loaded with GET and saved with PUT (see docs/http-adapter.md). Wins over `storage`. */
  @property({ reflect: true }) endpoint?: string;

  /** Milliseconds to wait after an edit before saving. */
  @property({ type: Number, attribute: 'save-delay' }) saveDelay = 500;

  /** An adapter of the host's own (e.g. `memoryAdapter()`); wins over `endpoint` and `storage`. */
  @property({ attribute: false }) adapter?: Adapter;

  /** Where saving stands. */
  @state() protected saveStatus: SaveStatus = { state: 'idle' };

  #provider = new ContextProvider(this, { context: storeContext, initialValue: this.activeStore });
  #autosave?: Autosave;
  #configKey?: string;
  #loadedKey?: string;
  #generation = 0;
  #srcAllowed = false;
  #flushNow = () => void this.#autosave?.flush();
  #flushOnHide = () => {
    if (document.visibilityState === 'hidden') this.#flushNow();
  };

  /** Saves what waits to be saved now; resolves when done (a failure shows in the status and in `samenspel-error`). */
  async save(): Promise<void> {
    await this.#autosave?.flush();
  }

  /** Offers the current data as a JSON file, e.g. when it cannot be kept in the browser or on the server. */
  downloadDataset(): void {
    const snapshot = this.activeStore.snapshot;
    downloadFile(`${JSON.stringify(snapshot, null, 2)}\n`, fileName(snapshot.title ?? 'samenspel', 'json'), DATASET_MEDIA_TYPE);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A phone may end a hidden page without notice: save what waits as soon as the page is out of sight.
    document.addEventListener('visibilitychange', this.#flushOnHide);
    window.addEventListener('pagehide', this.#flushNow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#flushOnHide);
    window.removeEventListener('pagehide', this.#flushNow);
    this.#stopSaving();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = `${this.endpoint ?? ''}|${this.storage ?? ''}|${this.storageKey}|${this.saveDelay}`;
    const wanted = Boolean(this.adapter || this.endpoint || this.storage === 'local');
    if (key !== this.#configKey || changed.has('adapter')) this.#startSaving(key);
    // Back in the page, or given another store: save again, and load only what was not loaded yet.
    else if (wanted && (!this.#autosave || this.#autosave.store !== this.activeStore)) this.#startSaving(key, this.#loadedKey !== key);
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
    if (!this.#autosave) return nothing;
    const t = this.localize.messages(samenspelDataMessages);
    const lang = this.localize.lang;
    const s = this.saveStatus;
    const saved = this.endpoint && !this.adapter ? t.savedServer : t.savedLocal;
    const text =
      s.state === 'failed' ? t.notSaved(s.error.issues.map((i) => i.message[lang]).join(' ')) : s.state === 'pending' || s.state === 'saving' ? t.saving : saved;
    return html`<div class="save ${s.state}" part="save-status">
      <p role="status">${this.loadState === 'loading' ? '' : text}</p>
      ${s.state === 'failed' ? html`<button type="button" part="download" @click=${this.downloadDataset}>${t.download}</button>` : nothing}
    </div>`;
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
      if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return httpAdapter({ url: url.href });
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
      onStatus: (status) => {
        if (generation !== this.#generation) return;
        this.saveStatus = status;
        if (status.state === 'failed') this.reportError('save', status.error.issues);
      },
      onRemoteRefused: (issues) => {
        this.loadIssues = [...this.loadIssues, ...issues];
        this.reportError('load', issues);
      },
    });
    if (load) this.#autosave.holdUntil(this.#load(adapter, generation, key));
  }

  #stopSaving(): void {
    this.#generation++;
    const autosave = this.#autosave;
    this.#autosave = undefined;
    void autosave?.dispose();
  }

  async #load(adapter: Adapter, generation: number, key: string): Promise<void> {
    this.loadState = 'loading';
    let raw: unknown;
    try {
      raw = await adapter.load();
    } catch (e) {
      if (generation !== this.#generation) return;
      this.#loadedKey = key;
      const error = toAdapterError(e);
      this.saveStatus = { state: 'failed', error };
      this.reportError('load', error.issues);
      // Storage that is switched off is no reason to stop: the tools work in memory.
      if (error.kind === 'unavailable') {
        this.loadState = 'ready';
        this.#seedFromSrc();
      } else {
        this.loadState = 'error';
        this.loadIssues = error.issues;
      }
      return;
    }
    if (generation !== this.#generation) return;
    this.#loadedKey = key;
    this.loadState = 'ready';
    if (raw === undefined) {
      this.#seedFromSrc();
      return;
    }
    const { dataset, issues } = parseDataset(raw);
    this.loadIssues = issues;
    if (issues.length) this.reportError('parse', issues);
    if (issues.some((i) => i.severity === 'error' && ['$', '$.format', '$.version'].includes(i.path))) {
      this.loadState = 'error';
      return;
    }
    this.#autosave?.quietly(() => this.activeStore.replace(dataset));
  }

  #seedFromSrc(): void {
    this.#srcAllowed = true;
    if (this.src) this.requestUpdate('src', undefined);
  }
}
