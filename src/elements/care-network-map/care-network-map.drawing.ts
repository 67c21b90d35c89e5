/** Drawing a relation on the map (when editable): tap one member, then another; Escape stops. */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { MapPort } from './care-network-map.port.js';

export class RelationDrawing implements ReactiveController {
  /** Whether the next taps draw a relation. */
  on = false;
  /** The member tapped first, from whom the relation goes. */
  source?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly port: MapPort,
    private readonly draw: (source: string, target: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.#escape);
  }

  /** Starts or stops drawing. */
  toggle(): void {
    this.on = !this.on;
    this.source = undefined;
    // Clicking the canvas moves focus out of the element, so Escape is heard on the window while drawing.
    if (this.on) window.addEventListener('keydown', this.#escape);
    else window.removeEventListener('keydown', this.#escape);
    this.host.requestUpdate();
  }

  stop(): void {
    if (this.on) this.toggle();
  }

  /** A tap on a party: the first picks where the relation starts, a second draws it. False when not drawing. */
  tap(id: string): boolean {
    if (!this.on) return false;
    if (!this.source) {
      this.source = id;
      this.host.requestUpdate();
    } else if (id !== this.source) {
      this.draw(this.source, id);
      this.toggle();
    }
    return true;
  }

  /** What to do next, under the picture while drawing. */
  renderHint(): TemplateResult | typeof nothing {
    if (!this.on) return nothing;
    const t = this.port.t();
    const source = this.source;
    return html`<p class="hint">${source ? t.drawFirst(this.port.options.parties.get(source)?.name ?? '') : t.drawHint}</p>`;
  }

  #escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') this.stop();
  };
}
