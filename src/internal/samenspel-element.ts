import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { storeContext } from './context.js';
import { DEV_MODE, warnUnknownValues } from './dev.js';
import { LocalizeController } from './localize.js';
import { createStore, type Change, type Store } from '../sdk/store.js';
import { parseDataset, parseDatasetInSlices, type ParseResult } from '../sdk/parse.js';
import { nextTask } from '../sdk/next-task.js';
import { loadQuickParse, loadQuickParseFor } from '../sdk/parse-record.js';
import { defaultInstrumentMissing } from '../sdk/model.js';
import { loadDefaultInstrument } from '../sdk/load-instrument.js';
import { unreadableIssues } from '../sdk/readable.js';
import { withMessages, type Issue } from '../sdk/issues.js';
import { SamenspelChangeEvent, SamenspelErrorEvent, type ErrorDetail } from '../events/events.js';
import { commonMessages } from '../translations/common.js';
import type { Catalog, LazyCatalog } from '../translations/localize.js';
import { portOf, type Port } from './port.js';
import { RoomElement } from './room-element.js';
import { fetchSource, isEmptyDataset } from './fetch-source.js';

let problemsPart: Promise<typeof import('./problems.js')> | undefined;
const loadProblems = () => (problemsPart ??= import('./problems.js'));

/** Records from which a dataset is read a slice per task, so that the page answers meanwhile. */
const READ_IN_SLICES = 1000;

/**
 * Whether `input` is large enough to be read a slice per task: more than 1,000 records (its collections'
 * items, and the goals, responses and steps in them), counted without reading them; as text, every 50
 * characters count as about one record.
 */
export function readsInSlices(input: unknown): boolean {
  if (typeof input === 'string') return input.length > READ_IN_SLICES * 50;
  let count = 0;
  try {
    if (input && typeof input === 'object')
      for (const list of Object.values(input))
        if (Array.isArray(list))
          for (const record of list) {
            count++;
            for (const inner of [record?.goals, record?.responses, record?.steps])
              if (Array.isArray(inner)) count += inner.length;
          }
  } catch {
    // An input that throws when looked at is for parseDataset to report.
  }
  return count > READ_IN_SLICES;
}

/** Where an element is with its data. */
export type LoadState = 'empty' | 'loading' | 'error' | 'ready';

/**
 * What the four tools share: where their data comes from (a `store`, a surrounding
 * `<samenspel-data>`, a `data` property or a `src` URL), loading and error states, editing through
 * the store with undo and events, and the language.
 *
 * @event {SamenspelStatusEvent} samenspel-status - In a live room: where the connection stands (`detail.state`, `unsaved`, `people`, `reason`). See docs/live.md.
 *
 * @csspart status - Loading and problem notices.
 * @csspart error - The notice that the data could not be loaded (also has `status`).
 * @csspart problems - The list of problems found in the data (also has `status`).
 * @csspart live-status - In a live room: the line that says where the connection stands.
 * @csspart presence - In a live room: the list of who is here (initials and name).
 * @csspart presence-mark - In a live room: the name tag on what someone else has selected.
 * @csspart follow - The switch that follows the selection of the person named in `follow`.
 * @csspart removed-notice - In a live room: the notice that someone else removed what you were working on, with a button that puts it back.
 * @csspart present-toggle - The button that turns present mode on and off.
 *
 * @cssproperty [--samenspel-color-scheme=light dark] - The colour scheme of the defaults (`light`, `dark` or `light dark`: the reader's preference). Falls back to `--basis-color-default-bg-document`, then `--utrecht-document-background-color`: a theme that sets the document background keeps the page's scheme.
 * @cssproperty [--samenspel-font-family=system-ui, sans-serif] - Font of all text. Falls back to `--basis-text-font-family-default`, then `--utrecht-document-font-family`.
 * @cssproperty [--samenspel-color=light-dark(#1a1a1a, #f0f0f0)] - Text colour. Falls back to `--basis-color-default-color-document`, then `--utrecht-document-color`.
 * @cssproperty [--samenspel-background-color=light-dark(#ffffff, #121212)] - Background colour. Falls back to `--basis-color-default-bg-document`, then `--utrecht-document-background-color`.
 * @cssproperty [--samenspel-muted-color=light-dark(#595959, #b8b8b8)] - Colour of secondary text. Falls back to `--basis-color-default-color-subtle`.
 * @cssproperty [--samenspel-border-color=light-dark(#8c8c8c, #8c8c8c)] - Colour of borders and lines. Falls back to `--basis-color-default-border-default`.
 * @cssproperty [--samenspel-surface-background-color=light-dark(#f3f3f3, #262626)] - Background of panels and notices. Falls back to `--basis-color-default-bg-subtle`.
 * @cssproperty [--samenspel-accent-color=light-dark(#00529c, #8cc2ff)] - Colour of links, main buttons and the selection. Falls back to `--basis-color-action-1-color-default`, then `--utrecht-link-color`.
 * @cssproperty [--samenspel-accent-contrast-color=light-dark(#ffffff, #121212)] - Text on the accent colour. Falls back to `--basis-color-action-1-inverse-color-default`.
 * @cssproperty [--samenspel-error-color=light-dark(#b00020, #ff8a80)] - Colour of errors. Falls back to `--basis-color-negative-color-default`.
 * @cssproperty [--samenspel-warning-background-color=light-dark(#fff4ce, #3d3100)] - Background of warnings. Falls back to `--basis-color-warning-bg-subtle`.
 * @cssproperty [--samenspel-focus-outline-color=light-dark(#000000, #f0f0f0)] - Colour of the focus ring. Falls back to `--basis-focus-outline-color`, then `--utrecht-focus-outline-color`.
 * @cssproperty [--samenspel-border-radius=4px] - Rounding of buttons and notices. Falls back to `--basis-border-radius-sm`.
 * @cssproperty [--samenspel-space=0.5rem] - The basic spacing. Falls back to `--basis-space-inline-md`.
 * @cssproperty [--samenspel-field-zorg-color=light-dark(#b3261e, #ff8a80)] - Colour of the field zorg, always paired with a shape or a word.
 * @cssproperty [--samenspel-field-welzijn-color=light-dark(#1b6e3a, #6fcf8f)] - Colour of the field welzijn.
 * @cssproperty [--samenspel-field-medisch-color=light-dark(#0b57a4, #8cc2ff)] - Colour of the field medisch.
 * @cssproperty [--samenspel-field-informeel-color=light-dark(#7a4b00, #e6b463)] - Colour of the field informeel.
 * @cssproperty [--samenspel-field-overig-color=light-dark(#5c5c5c, #b8b8b8)] - Colour of the field overig.
 */
export abstract class SamenspelElement extends RoomElement {
  /** The tag this class is published under; registering another copy of samenspel is then a no-op. */
  static samenspelTag = '';
  /** The catalogues the element renders with whose English loads on an English page only. */
  static lazyCatalogs: readonly LazyCatalog<unknown>[] = [];

  /** A store to read and edit. Wins over a surrounding `<samenspel-data>` and over `data` and `src`. */
  @property({ attribute: false }) store?: Store;

  /** A dataset to show (samenspel JSON as an object or a string). The element keeps it in a store of its own. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a dataset to load. The element makes no request unless this is set. */
  @property({ reflect: true }) src?: string;

  /** Present mode for a projector: large type, high contrast, the selection kept in view, only the buttons a facilitator needs. */
  @property({ type: Boolean, reflect: true }) present = false;

  /** The store of a surrounding `<samenspel-data>`, if any. */
  @state() protected contextStore?: Store;

  /** Where the element is with its data. */
  @state() protected loadState: LoadState = 'empty';
  /** The problems found in the data that was loaded: shown to the user and sent in `samenspel-error`. */
  @state() protected loadIssues: readonly Issue[] = [];
  /** Why the last edit was refused, shown until the next edit. */
  @state() protected editIssues: readonly Issue[] = [];

  protected readonly localize = new LocalizeController(this);
  #consumer = new ContextConsumer(this, {
    context: storeContext,
    subscribe: true,
    callback: (store) => (this.contextStore = store),
  });
  #ownStore = createStore();
  #subscribed?: Store;
  #unsubscribe?: () => void;
  #loading?: AbortController;
  /** The `data` being read over several tasks, if any. */
  #readingData?: unknown;
  #pending = new Pending(() => this.requestUpdate());
  /** How problems are shown, once there was one. */
  #problems?: typeof import('./problems.js');

  /** The store the element shows: `store`, else the surrounding provider's, else its own. */
  get activeStore(): Store {
    return this.store ?? this.contextStore ?? this.#ownStore;
  }

  /** The button that turns present mode on and off, for the tool's toolbar. */
  protected renderPresentToggle(): TemplateResult {
    return html`<button type="button" part="present-toggle" aria-pressed=${this.present ? 'true' : 'false'}
      @click=${() => (this.present = !this.present)}>${this.localize.messages(commonMessages).present}</button>`;
  }

  /** Undoes the last edit made in this store. */
  undo(): void {
    const changes = this.activeStore.undo();
    if (changes) this.dispatchEvent(new SamenspelChangeEvent({ changes, origin: 'undo' }));
  }

  /** Redoes the last undone edit. */
  redo(): void {
    const changes = this.activeStore.redo();
    if (changes) this.dispatchEvent(new SamenspelChangeEvent({ changes, origin: 'redo' }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    [this.#unsubscribe, this.#subscribed] = [undefined, undefined];
    this.#loading?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-subscribe when put back into the page.
    if (this.hasUpdated) this.requestUpdate();
    // A <samenspel-data> around this element whose script loads later cannot answer yet: ask again once it is defined.
    void whenProviderDefined(this).then(() => {
      if (!this.isConnected || this.contextStore) return;
      this.#consumer.hostDisconnected();
      this.#consumer.hostConnected();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (DEV_MODE) warnUnknownValues((this.constructor as typeof SamenspelElement).samenspelTag, this, changed);
    if (changed.has('data') && this.data !== undefined) {
      const data = this.data;
      const result = this.parseData(data);
      if (this.#readingData !== undefined) [this.#readingData, this.loadState] = [undefined, 'ready'];
      // Read over several tasks: loading until then; data set meanwhile wins.
      if (result instanceof Promise) {
        [this.#readingData, this.loadState] = [data, 'loading'];
        this.loadPart(result, (read) => {
          if (this.#readingData === data) [this.#readingData, this.loadState] = [undefined, 'ready'];
          if (this.data === data) this.#showResult(read);
        });
      } else if (!defaultInstrumentMissing()) this.#showResult(result);
      // A check asked for the built-in instrument, a part of its own: read again once it is there.
      else
        this.loadPart(loadDefaultInstrument(), () => {
          if (this.data === data) this.#showResult(parseDataset(data));
        });
    }
    if (changed.has('src') && this.src) void this.#loadSource(this.src);
    const store = this.activeStore;
    if (store !== this.#subscribed) {
      this.#unsubscribe?.();
      this.#subscribed = store;
      this.#unsubscribe = store.subscribe(() => this.requestUpdate());
    }
    if (this.loadState !== 'loading' && this.loadState !== 'error') this.loadState = isEmpty(store) ? 'empty' : 'ready';
    this.updateRoom();
  }

  /** Reads the `data` property; a large dataset over several tasks, starting in a task after the one that set it. */
  protected parseData(data: unknown): ParseResult | Promise<ParseResult> {
    return readsInSlices(data) ? nextTask().then(() => parseDatasetInSlices(data)) : parseDataset(data);
  }

  /**
   * Reads fetched text into a dataset (large text over several tasks, as `data`). Elements that read other formats override this.
   * @param text the body
   * @param contentType the response's content type, without parameters
   * @param url the URL it came from
   */
  protected parseSource(text: string, _contentType: string, _url: string): ParseResult | Promise<ParseResult> {
    return this.parseData(text);
  }

  /** Applies changes as one undoable step and tells the host; a refused edit is shown and sent as an error. */
  protected edit(changes: Change | readonly Change[]): boolean {
    const list = Array.isArray(changes) ? changes : [changes as Change];
    void loadQuickParse(); // the user edits: checking each edit of a large record pays for the quick reader
    const result = this.activeStore.apply(list);
    this.editIssues = result.issues;
    if (result.ok) this.dispatchEvent(new SamenspelChangeEvent({ changes: list, origin: 'local' }));
    else this.reportError('edit', result.issues);
    return result.ok;
  }

  /** Sends `samenspel-error` to the host, and shows the issues, once they have their messages. */
  protected reportError(during: ErrorDetail['during'], issues: readonly Issue[]): void {
    const reported = Promise.all([withMessages(issues), loadProblems()])
      .then(
        ([, problems]) => (this.#problems = problems),
        () => undefined,
      ) // a part that could not load never keeps the host uninformed
      .then(() => {
        this.dispatchEvent(new SamenspelErrorEvent({ during, issues }));
        this.requestUpdate();
      });
    this.#pending.report(reported);
  }

  /** On an English page, renders once the English messages are there (in Dutch should they fail to load). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const english = this.localize.ready((this.constructor as typeof SamenspelElement).lazyCatalogs);
    const update = () => super.scheduleUpdate();
    return english ? english.then(update, update) : update();
  }

  /**
   * Uses a part that loads on first use: `use` receives it and the element renders again; until then
   * `updateComplete` waits for it, so hosts and tests see the part. Asking again while it loads does nothing.
   */
  protected loadPart<T>(load: Promise<T>, use: (part: T) => void): void {
    this.#pending.part(load, use);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (await this.#pending.settled()) done = await super.getUpdateComplete();
    return done;
  }

  /**
   * The port a part of this element gets instead of the element (see port.ts): `options` reads the
   * element's settings, `select` and `announce` are the element's own, if it has them.
   */
  protected createPort<M, O>(
    catalog: Catalog<M> | LazyCatalog<M>,
    options: () => O,
    own: { select?: (id: string | null) => void; announce?: (text: string) => void } = {},
  ): Port<M, O> {
    const element = {
      host: this,
      store: () => this.activeStore,
      edit: (changes: Change | readonly Change[]) => this.edit(changes),
      load: (part: Promise<unknown>) => this.loadPart(part, () => undefined),
      localize: this.localize,
    };
    return portOf(element, catalog, options, own);
  }

  /** Keyboard undo/redo (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y), not in a form field (its own Ctrl+Z) unless `inField`. */
  protected handleUndoKeys(event: KeyboardEvent, { inField = false } = {}): boolean {
    const action = undoKey(event);
    if (!action || (!inField && isField(event.composedPath()[0]))) return false;
    this[action]();
    event.preventDefault();
    return true;
  }

  /** The loading, error and problem notices; every element puts this at the top of its template. */
  protected renderStatus(): TemplateResult {
    return html`${this.renderRoom()}${this.loadState === 'loading' ? html`<div class="status" role="status" part="status">${this.localize.messages(commonMessages).loading}</div>` : nothing}
      ${this.#problems?.renderProblems(this.loadState === 'error', this.loadIssues, this.editIssues, this.localize.lang) ?? nothing}`;
  }

  async #loadSource(url: string): Promise<void> {
    this.#loading?.abort();
    const controller = (this.#loading = new AbortController());
    this.loadState = 'loading';
    const body = await fetchSource(url, controller.signal);
    if (body.ok) {
      await loadQuickParseFor(body.text); // whichever format the element reads it as
      let result = await this.parseSource(body.text, body.contentType, body.url);
      // A check asked for the built-in instrument, a part of its own: read again once it is there.
      if (defaultInstrumentMissing())
        result = await loadDefaultInstrument().then(() => this.parseSource(body.text, body.contentType, body.url));
      if (controller.signal.aborted) return;
      this.loadState = 'ready';
      this.#showResult(result);
      return;
    }
    if (controller.signal.aborted) return;
    const { loadFailedIssue } = await loadProblems();
    if (controller.signal.aborted) return;
    // What was shown before stays: a failed reload loses nothing.
    this.loadState = 'error';
    this.loadIssues = [loadFailedIssue(body.status)];
    this.reportError('load', this.loadIssues);
  }

  #showResult({ dataset, issues }: ParseResult): void {
    this.loadIssues = issues;
    if (this.loadState === 'error') this.loadState = 'ready';
    if (issues.length) this.reportError('parse', issues);
    // A dataset that could not be read at all does not replace what is shown.
    if (unreadableIssues(issues).length && isEmptyDataset(dataset)) {
      this.loadState = 'error';
      return;
    }
    const target = this.store ?? this.contextStore ?? this.#ownStore;
    target.replace(dataset);
  }
}

/** Resolves once the nearest custom element around `el` (across shadow roots) that is not defined yet is; never without one. */
function whenProviderDefined(el: Element): Promise<unknown> {
  for (let at: Node | null = el.parentNode; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at instanceof Element && at.localName.includes('-') && !customElements.get(at.localName))
      return customElements.whenDefined(at.localName).catch(() => new Promise(() => undefined));
  }
  return new Promise(() => undefined);
}

/** A form field, or text that can be edited: it has its own Ctrl+Z. */
const isField = (target: EventTarget | undefined) =>
  target instanceof HTMLElement && (target.matches('input, textarea, select') || target.isContentEditable);

/** Which of undo and redo a key asks for: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z or Ctrl+Y. */
function undoKey(event: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  return key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' ? 'redo' : undefined;
}

/** Parts loading on first use, and issues waiting for their messages: `updateComplete` waits for both. */
class Pending {
  /** Each part by the import that loads it. */
  readonly #parts = new Map<Promise<unknown>, Promise<void>>();
  #reporting?: Promise<unknown>;
  constructor(private readonly update: () => void) {}

  part<T>(load: Promise<T>, use: (part: T) => void): void {
    if (this.#parts.has(load)) return;
    const loaded = load.then((part) => {
      use(part);
      this.update();
    });
    this.#parts.set(load, loaded);
    const settle = () => this.#parts.delete(load);
    loaded.then(settle, settle);
  }

  report(reported: Promise<unknown>): void {
    this.#reporting = Promise.all([this.#reporting, reported]);
  }

  /** Waits for what is pending now; false when nothing was. */
  async settled(): Promise<boolean> {
    const reporting = this.#reporting;
    if (!reporting && !this.#parts.size) return false;
    await Promise.allSettled([reporting, ...this.#parts.values()]);
    if (this.#reporting === reporting) this.#reporting = undefined;
    return true;
  }
}

function isEmpty(store: Store): boolean {
  return isEmptyDataset(store.snapshot);
}
