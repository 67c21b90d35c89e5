/**
 * The one way an element is split into parts (issue 13): a part is a Lit ReactiveController or a
 * plain render function that owns its own state and gets a narrow, typed port — never the element.
 * The element builds the port (`SamenspelElement.createPort`); parts read, edit and ask through it.
 */
import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../sdk/model.js';
import type { Change } from '../sdk/change.js';
import type { Store } from '../sdk/store.js';
import type { Catalog, Lang, LazyCatalog } from '../translations/localize.js';
import type { LocalizeController } from './localize.js';

/** What a part of an element may see and do. `M` is its messages, `O` the element's options it reads. */
export interface Port<M, O> {
  /** The dataset shown now. */
  readonly snapshot: Dataset;
  /** The element's settings (its public properties), as they are now. */
  readonly options: Readonly<O>;
  /** The messages in the element's language (all, or the one named by `key`). */
  t(): M;
  t<K extends keyof M>(key: K): M[K];
  /** The element's language. */
  lang(): Lang;
  /** Applies changes as one undoable step; a refused edit is shown and sent as `samenspel-error`. */
  edit(changes: Change | readonly Change[]): boolean;
  /** Selects a record by id (null: nothing); an element without a selection ignores it. */
  select(id: string | null): void;
  /** Says something to screen reader users in the element's live region. */
  announce(text: string): void;
  /** Fires an event from the element. */
  emit(event: Event): boolean;
  /** Renders the element again; resolves once it has. */
  update(): Promise<unknown>;
  /** The first element in the element's shadow root that matches. */
  query<E extends Element = HTMLElement>(selector: string): E | null;
  /** Every element in the element's shadow root that matches. */
  queryAll<E extends Element = HTMLElement>(selector: string): E[];
  /** A part that loads on first use: the element renders again when it is there, and `updateComplete` waits for it. */
  load<T>(part: Promise<T>): Promise<T>;
  /** Adds a lazily loaded part's styles to the element's shadow root. */
  adopt(styles: CSSResult): void;
}

/** Adds a style sheet to an element's shadow root (constructable sheets: fine under a strict CSP). */
export function adoptStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** What the port needs of its element; the element hands over these, and nothing else. */
export interface PortSource {
  host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  store(): Store;
  edit(changes: Change | readonly Change[]): boolean;
  load(part: Promise<unknown>): void;
  localize: LocalizeController;
}

/** Builds a port over an element (see `SamenspelElement.createPort`). */
export function portOf<M, O>(
  element: PortSource,
  catalog: Catalog<M> | LazyCatalog<M>,
  options: () => O,
  own: { select?: (id: string | null) => void; announce?: (text: string) => void } = {},
): Port<M, O> {
  const { host, localize } = element;
  const t = ((key?: keyof M) => {
    const messages = localize.messages(catalog);
    return key === undefined ? messages : messages[key];
  }) as Port<M, O>['t'];
  return {
    get snapshot() {
      return element.store().snapshot;
    },
    get options() {
      return options();
    },
    t,
    lang: () => localize.lang,
    edit: (changes) => element.edit(changes),
    select: own.select ?? (() => undefined),
    announce: own.announce ?? (() => undefined),
    emit: (event) => host.dispatchEvent(event),
    update: () => (host.requestUpdate(), host.updateComplete),
    query: <E extends Element>(selector: string) => host.renderRoot.querySelector<E>(selector),
    queryAll: <E extends Element>(selector: string) => [...host.renderRoot.querySelectorAll<E>(selector)],
    load: <T>(part: Promise<T>) => (element.load(part), part),
    adopt: (styles) => adoptStyles(host, styles),
  };
}

/**
 * A tool's own port: the common port and what only that tool's parts need. Members are copied as
 * property descriptors, so getters stay live (`Object.assign` would copy their value of the moment).
 */
export function extendPort<P extends Port<unknown, unknown>, X extends object>(port: P, extra: X): P & X {
  return Object.defineProperties(port, Object.getOwnPropertyDescriptors(extra)) as P & X;
}
