/**
 * What an element says to screen reader users after an edit, and where the keyboard focus goes once
 * the next render has put its target in place: one live region per element, and one way to commit an
 * edit that says and focuses only when the store took it.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class LiveRegion implements ReactiveController {
  #text = '';
  #focus?: string;

  /** `history` gives the words for undo and redo: the region then says them after each, by key or button. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    history?: () => { undone: string; redone: string },
  ) {
    host.addController(this);
    if (!history) return;
    host.addEventListener('samenspel-change', (e) => {
      const { origin } = e.detail;
      if (e.target === host && (origin === 'undo' || origin === 'redo'))
        this.announce(history()[origin === 'undo' ? 'undone' : 'redone']);
    });
  }

  /** Says `text` to screen readers; the same text twice in a row is said again. */
  announce(text: string): void {
    this.#text = this.#text === text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** After the next render, moves the focus to what `selector` finds (where an edit removed the focused control). */
  focusAfterUpdate(selector: string): void {
    this.#focus = selector;
    this.host.requestUpdate();
  }

  /**
   * Applies an edit (`apply` returns whether the store took it); only then says `say` and, after the
   * next render, focuses what `focus` finds.
   */
  commit(apply: () => boolean, options: { say?: string; focus?: string } = {}): boolean {
    const ok = apply();
    if (ok && options.say) this.announce(options.say);
    if (ok && options.focus) this.focusAfterUpdate(options.focus);
    return ok;
  }

  hostUpdated(): void {
    if (this.#focus === undefined) return;
    const target = (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>(this.#focus);
    this.#focus = undefined;
    target?.focus();
  }

  /** The live region itself, for the end of the element's template. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.#text}</div>`;
  }
}
