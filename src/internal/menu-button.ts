/**
 * A button that opens a menu of actions: the WAI-ARIA menu button pattern (`aria-haspopup="menu"`,
 * `aria-expanded`, a `role="menu"` list). Enter, Space or ArrowDown open it on the first item, ArrowUp
 * on the last; ArrowDown/ArrowUp, Home/End and a first letter move through it; Enter or Space runs an
 * item; Escape closes it and puts the focus back on the button; Tab closes it and moves on.
 *
 * A toolbar that does not fit a narrow screen keeps its main buttons and puts the rest in such a menu,
 * so every action stays a click or a few keys away. A ReactiveController with a render method:
 *
 * ```ts
 * #more = new MenuButton(this, 'more-edit');
 * render() { return this.#more.render('Meer', [{ label: 'Omhoog', run: () => … }]); }
 * ```
 * Its styles (`menuButtonStyles`) go into the element's styles.
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One action in the menu. */
export interface MenuItem {
  label: string;
  run: () => void;
  /** Shown, but does nothing (and says so to screen readers). */
  disabled?: boolean;
  /** An on/off item (`menuitemcheckbox`), checked or not. */
  checked?: boolean;
  /** The keys that do the same outside the menu, for `aria-keyshortcuts`. */
  keys?: string;
}

export class MenuButton implements ReactiveController {
  #open = false;
  /** The item to focus after the next render (-1: the last), or undefined. */
  #focus?: number;
  #toButton = false;

  /** `id` names the button (`<id>`) and its menu (`<id>-menu`); unique in the host's shadow root. */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    readonly id: string,
  ) {
    host.addController(this);
  }

  /** True while the menu is open. */
  get open(): boolean {
    return this.#open;
  }

  hostDisconnected(): void {
    this.#open = false;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot ?? this.host;
    if (this.#focus !== undefined) {
      const items = [...root.querySelectorAll<HTMLElement>(`#${this.id}-menu > li`)];
      items.at(this.#focus)?.focus();
    } else if (this.#toButton) root.querySelector<HTMLElement>(`#${this.id}`)?.focus();
    this.#focus = undefined;
    this.#toButton = false;
  }

  /** The button with its visible label, and the menu of `items`. */
  render(label: string, items: readonly MenuItem[], className = ''): TemplateResult {
    return html`<div class="menu-button ${className}" @focusout=${this.#onFocusOut} @keydown=${(e: KeyboardEvent) => this.#onKey(e, items)}>
      <button type="button" id=${this.id} aria-haspopup="menu" aria-expanded=${this.#open ? 'true' : 'false'} aria-controls="${this.id}-menu"
        @click=${() => (this.#open ? this.#close(true) : this.#show(0))}>${label}<span aria-hidden="true"> ▾</span></button>
      <ul role="menu" id="${this.id}-menu" aria-labelledby=${this.id} ?hidden=${!this.#open}>
        ${items.map(
          (item, i) => html`<li role=${item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'} tabindex="-1"
          aria-checked=${ifDefined(item.checked === undefined ? undefined : item.checked ? 'true' : 'false')}
          aria-disabled=${ifDefined(item.disabled ? 'true' : undefined)} aria-keyshortcuts=${ifDefined(item.keys)}
          @click=${() => this.#run(items, i)}>${item.checked === undefined ? '' : html`<span aria-hidden="true">${item.checked ? '☑' : '☐'} </span>`}${item.label}</li>`,
        )}
      </ul>
    </div>`;
  }

  #show(focus: number): void {
    this.#open = true;
    this.#focus = focus;
    this.host.requestUpdate();
  }

  #close(toButton: boolean): void {
    this.#open = false;
    this.#toButton = toButton;
    this.host.requestUpdate();
  }

  /** Closes the menu, puts the focus on its button, then runs the item (which may move the focus on). */
  #run(items: readonly MenuItem[], i: number): void {
    const item = items[i];
    if (!item || item.disabled) return;
    this.#open = false;
    (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>(`#${this.id}`)?.focus();
    this.host.requestUpdate();
    item.run();
  }

  #onFocusOut = (e: FocusEvent): void => {
    const into = e.relatedTarget as Node | null;
    if (this.#open && !(into && (e.currentTarget as Element).contains(into))) this.#close(false);
  };

  #onKey(e: KeyboardEvent, items: readonly MenuItem[]): void {
    const target = e.target as HTMLElement;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (target.localName === 'button') {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        this.#show(e.key === 'ArrowDown' ? 0 : -1);
      }
      return;
    }
    const all = [...(target.parentElement?.children ?? [])] as HTMLElement[];
    const at = all.indexOf(target);
    const move = (to: number) => {
      e.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(at + 1);
      case 'ArrowUp':
        return move(at - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(all.length - 1);
      case 'Enter':
      case ' ':
        e.preventDefault();
        return this.#run(items, at);
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        return this.#close(true);
      case 'Tab':
        return this.#close(false);
    }
    if (e.key.length === 1) {
      const key = e.key.toLocaleLowerCase();
      for (let i = 1; i <= all.length; i++) {
        const next = all[(at + i) % all.length];
        if (next.textContent?.replace(/[☐☑]/g, '').trim().toLocaleLowerCase().startsWith(key))
          return move(all.indexOf(next));
      }
    }
  }
}

export const menuButtonStyles = css`
  .menu-button { position: relative; }
  .menu-button [role='menu'] {
    position: absolute; z-index: 2; inset-inline-end: 0; inset-block-start: 100%; margin: 0.25rem 0 0; padding: 0.25rem 0;
    list-style: none; min-inline-size: 14rem; max-inline-size: calc(100vw - 1rem);
    background: var(--_background, Canvas); color: inherit; border: 1px solid var(--_border, CanvasText); border-radius: var(--_radius, 4px);
    box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
  }
  .menu-button [role='menu'][hidden] { display: none; }
  .menu-button [role^='menuitem'] { padding: 0.5rem 0.75rem; cursor: pointer; }
  .menu-button [role^='menuitem']:focus { outline: 3px solid var(--_focus, Highlight); outline-offset: -3px; background: var(--_surface, #f3f3f3); }
  .menu-button [role^='menuitem'][aria-disabled='true'] { color: var(--_muted, GrayText); cursor: default; }
`;
