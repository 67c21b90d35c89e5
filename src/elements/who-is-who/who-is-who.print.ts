/** Printing <who-is-who>: every party that passes the filters, in a plain list (the screen list only holds the rows in view). */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Listeners } from '../../internal/listeners.js';
import type { WhoIsWhoPort } from './who-is-who.port.js';

/** The list is rendered for the print only, and at once: the print is laid out as soon as `beforeprint` returns. */
export class PrintList {
  readonly #port: WhoIsWhoPort;
  readonly #renderNow: () => void;
  #printing = false;

  /** `renderNow` renders the element synchronously. */
  constructor(host: ReactiveControllerHost, port: WhoIsWhoPort, renderNow: () => void) {
    this.#port = port;
    this.#renderNow = renderNow;
    new Listeners(host, [
      [window, 'beforeprint', () => this.prepare()],
      [window, 'afterprint', () => this.#done()],
    ]);
  }

  /** Renders the full list for printing, synchronously (before `window.print()`, or in `beforeprint`). */
  prepare(): void {
    this.#printing = true;
    void this.#port.update();
    this.#renderNow();
  }

  #done(): void {
    this.#printing = false;
    void this.#port.update();
  }

  render(): TemplateResult | typeof nothing {
    if (!this.#printing) return nothing;
    const t = this.#port.t();
    return html`<ol class="print-list" part="print-list">
      ${this.#port.shown.filtered.map(
        (p) => html`<li>
          <strong>${p.name}</strong> — ${t.kindNames[p.kind]}, ${t.fieldNames[p.field]}
          ${p.description ? html`<br />${p.description}` : nothing}
          ${p.areas?.length ? html`<br />${t.areas}: ${p.areas.join(', ')}` : nothing}
          ${p.contact?.phone ? html`<br />${t.phone}: ${p.contact.phone}` : nothing}
          ${p.contact?.email ? html`<br />${t.email}: ${p.contact.email}` : nothing}
          ${p.contact?.website ? html`<br />${t.website}: ${p.contact.website}` : nothing}
          ${p.contact?.address ? html`<br />${t.address}: ${p.contact.address}` : nothing}
        </li>`,
      )}
    </ol>`;
  }
}
