import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLang, type Catalog, type Lang, type LazyCatalog } from '../translations/localize.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
/** The English of lazy catalogues, once loaded. */
const english = new WeakMap<LazyCatalog<unknown>, unknown>();

/** Loads the English of a catalogue (once). */
export async function loadEnglish<T>(catalog: LazyCatalog<T>): Promise<T> {
  const messages = (english.get(catalog) as T | undefined) ?? (await catalog.en());
  english.set(catalog, messages);
  return messages;
}

/** A catalogue's messages in a language; Dutch while the English of a lazy catalogue is not loaded yet. */
export function inLanguage<T>(catalog: Catalog<T> | LazyCatalog<T>, lang: Lang): T {
  if (lang === 'nl') return catalog.nl;
  return typeof catalog.en === 'function'
    ? ((english.get(catalog as LazyCatalog<unknown>) as T | undefined) ?? catalog.nl)
    : catalog.en;
}

/**
 * Follows the language of the element (its own `lang`, the nearest ancestor's, or the page's) and
 * re-renders the host when it changes.
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The language found at the start of the render under way: a render asks for it hundreds of times. */
  #rendering?: Lang;

  /** `nl` or `en`. */
  get lang(): Lang {
    if (this.#rendering) return this.#rendering;
    const tagged =
      this.host.closest('[lang]') ?? (this.host.getRootNode() as ShadowRoot).host?.closest('[lang]') ?? null;
    return toLang(tagged?.getAttribute('lang') ?? document.documentElement.lang);
  }

  hostUpdate(): void {
    this.#rendering = undefined;
    this.#rendering = this.lang;
  }

  hostUpdated(): void {
    this.#rendering = undefined;
  }

  /** The catalogue's messages in the current language. */
  messages<T>(catalog: Catalog<T> | LazyCatalog<T>): T {
    return inLanguage(catalog, this.lang);
  }

  /**
   * Resolves once the English of these catalogues is loaded, on an English page; undefined when
   * nothing is missing. Elements wait for it before they render, so no Dutch shows in its place.
   */
  ready(catalogs: readonly LazyCatalog<unknown>[]): Promise<unknown> | undefined {
    if (this.lang !== 'en') return undefined;
    const missing = catalogs.filter((c) => !english.has(c));
    return missing.length ? Promise.all(missing.map(loadEnglish)) : undefined;
  }

  hostConnected(): void {
    hosts.add(this);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((c) => c.host.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
