import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLang, type Lang } from '../translations/localize.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/**
 * Follows the language of the element (its own `lang`, the nearest ancestor's, or the page's) and
 * re-renders the host when it changes.
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** `nl` or `en`. */
  get lang(): Lang {
    const tagged = this.host.closest('[lang]') ?? ((this.host.getRootNode() as ShadowRoot).host?.closest('[lang]') ?? null);
    return toLang(tagged?.getAttribute('lang') ?? document.documentElement.lang);
  }

  /** The catalogue's messages in the current language. */
  messages<T>(catalog: { nl: T; en: T }): T {
    return catalog[this.lang];
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
