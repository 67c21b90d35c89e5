import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An event to listen to: where, which, and the listener. */
export type Listening = readonly [target: EventTarget, type: string, listener: EventListener];

/**
 * Listens to events on the window, the document or the element itself while the element is on the
 * page: added when it connects, removed when it leaves, so a removed element leaves no listener behind.
 */
export class Listeners implements ReactiveController {
  readonly #listening: readonly Listening[];

  constructor(host: ReactiveControllerHost, listening: readonly Listening[]) {
    this.#listening = listening;
    host.addController(this);
  }

  hostConnected(): void {
    for (const [target, type, listener] of this.#listening) target.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [target, type, listener] of this.#listening) target.removeEventListener(type, listener);
  }
}
