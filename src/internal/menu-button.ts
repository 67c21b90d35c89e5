/**
 * A button that opens a menu of actions: the WAI-ARIA menu button pattern (`aria-haspopup="menu"`,
 * `aria-expanded`, a `role="menu"` list). Enter, Space or ArrowDown open it on the first item, ArrowUp
 * on the last; ArrowDown/ArrowUp, Home/End and a first letter move through it; Enter or Space runs an
 * item; Escape closes it and puts the focus back on the button; Tab closes it and moves on.
 *
 * A toolbar that does not fit a narrow screen keeps its main buttons and puts the rest in such a menu,
 * so every action stays a click or a few keys away. A render method for the host's template:
 *
 * ```ts
 * #more = new MenuButton(this, 'more-edit', (part) => this.loadPart(part, () => undefined));
 * render() { return this.#more.render('Meer', [{ label: 'Omhoog', run: () => … }]); }
 * ```
 * The menu itself (menu-list.ts: items, keys, open or closed, focus, styles) loads when a menu is first
 * opened; the menu then opens with its items in place. `load` lets the host's `updateComplete` wait for it.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type { MenuItem } from './menu-list.js';
import type { Menu, MenuItem } from './menu-list.js';

let listPart: Promise<typeof import('./menu-list.js')> | undefined;

export class MenuButton {
  /** The menu, once it was first opened. */
  #menu?: Menu;

  /** `id` names the button (`<id>`) and its menu (`<id>-menu`); unique in the host's shadow root. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly id: string,
    private readonly load: (part: Promise<unknown>) => void = () => undefined,
  ) {}

  /** True while the menu is open. */
  get open(): boolean {
    return !!this.#menu?.open;
  }

  /** The button with its visible label, and the menu of `items` once it has loaded. */
  render(label: string, items: readonly MenuItem[], className = ''): TemplateResult {
    const menu = this.#menu;
    return html`<div class="menu-button ${className}" @focusout=${(e: FocusEvent) => menu?.focusOut(e)} @keydown=${(e: KeyboardEvent) => this.#onKey(e, items)}>
      <button type="button" id=${this.id} aria-haspopup="menu" aria-expanded=${menu?.open ? 'true' : 'false'}
        aria-controls=${ifDefined(menu && `${this.id}-menu`)} @click=${() => (menu?.open ? menu.close(true) : this.#show(0))}>${label}<span aria-hidden="true"> ▾</span></button>
      ${menu ? menu.render(items) : nothing}
    </div>`;
  }

  #show(focus: number): void {
    if (this.#menu) return this.#menu.show(focus);
    this.load(
      (listPart ??= import('./menu-list.js')).then((m) => (this.#menu ??= new m.Menu(this.host, this.id)).show(focus)),
    );
  }

  #onKey(e: KeyboardEvent, items: readonly MenuItem[]): void {
    const target = e.target as HTMLElement;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (target.localName !== 'button') return this.#menu?.key(e, target, items);
    // Here, not in the menu's part: the page must not scroll while that loads.
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.#show(e.key === 'ArrowDown' ? 0 : -1);
    }
  }
}
