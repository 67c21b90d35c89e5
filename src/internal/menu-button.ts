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
 * #more = new MenuButton(this, 'more-edit', (part) => this.loadPart(part, () => undefined));
 * render() { return this.#more.render('Meer', [{ label: 'Omhoog', run: () => … }]); }
 * ```
 * The menu itself (menu-list.ts: items, keys, styles) loads when a menu is first opened; the menu then
 * opens with its items in place. `load` lets the host's `updateComplete` wait for it.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adoptStyles } from './port.js';

export type { MenuItem } from './menu-list.js';
import type { MenuItem } from './menu-list.js';

type MenuList = typeof import('./menu-list.js');
let listPart: Promise<MenuList> | undefined;
let list: MenuList | undefined;

export class MenuButton implements ReactiveController {
  #open = false;
  /** The item to focus after the next render (-1: the last), or undefined. */
  #focus?: number;
  #toButton = false;

  /** `id` names the button (`<id>`) and its menu (`<id>-menu`); unique in the host's shadow root. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly id: string,
    private readonly load: (part: Promise<unknown>) => void = () => undefined,
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

  /** The button with its visible label, and the menu of `items` once menus have loaded. */
  render(label: string, items: readonly MenuItem[], className = ''): TemplateResult {
    return html`<div class="menu-button ${className}" @focusout=${this.#onFocusOut} @keydown=${(e: KeyboardEvent) => this.#onKey(e, items)}>
      <button type="button" id=${this.id} aria-haspopup="menu" aria-expanded=${this.#open ? 'true' : 'false'}
        aria-controls=${ifDefined(list && `${this.id}-menu`)} @click=${() => (this.#open ? this.#close(true) : this.#show(0))}>${label}<span aria-hidden="true"> ▾</span></button>
      ${list ? list.renderMenu(this.id, items, this.#open, (i) => this.#run(items, i)) : nothing}
    </div>`;
  }

  #show(focus: number): void {
    if (!list) {
      this.load((listPart ??= import('./menu-list.js').then((m) => (list = m))).then(() => this.#show(focus)));
      return;
    }
    adoptStyles(this.host, list.menuStyles);
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
      // Here, not in the menu's part: the page must not scroll while that loads.
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        this.#show(e.key === 'ArrowDown' ? 0 : -1);
      }
      return;
    }
    list?.menuKey(e, target, { run: (i) => this.#run(items, i), close: (toButton) => this.#close(toButton) });
  }
}

/** The button's own style, for the element's styles: the menu opens under it. */
export const menuButtonStyles = css`
  .menu-button { position: relative; }
`;
