/**
 * The menu of a `MenuButton` (menu-button.ts): its items, their keys, whether it is open and where the
 * focus goes, and its styles. It loads when a menu is first opened, so a page whose menus stay closed
 * downloads only the buttons.
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adoptStyles } from './port.js';

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

/** The `role="menu"` list of `items`, hidden while closed; `run(i)` runs the i-th item. */
function renderMenu(id: string, items: readonly MenuItem[], open: boolean, run: (i: number) => void): TemplateResult {
  return html`<ul role="menu" id="${id}-menu" aria-labelledby=${id} ?hidden=${!open}>
    ${items.map(
      (item, i) => html`<li role=${item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'} tabindex="-1"
      aria-checked=${ifDefined(item.checked === undefined ? undefined : item.checked ? 'true' : 'false')}
      aria-disabled=${ifDefined(item.disabled ? 'true' : undefined)} aria-keyshortcuts=${ifDefined(item.keys)}
      @click=${() => run(i)}>${item.checked === undefined ? '' : html`<span aria-hidden="true">${item.checked ? '☑' : '☐'} </span>`}${item.label}</li>`,
    )}
  </ul>`;
}

/**
 * A key on an item: ArrowDown/ArrowUp, Home/End and a first letter move through the menu; Enter or Space
 * runs the item; Escape closes the menu (the focus back on its button); Tab closes it and moves on.
 */
function menuKey(
  e: KeyboardEvent,
  item: HTMLElement,
  to: { run: (i: number) => void; close: (toButton: boolean) => void },
): void {
  const all = [...(item.parentElement?.children ?? [])] as HTMLElement[];
  const at = all.indexOf(item);
  const move = (i: number) => {
    e.preventDefault();
    all[(i + all.length) % all.length]?.focus();
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
      return to.run(at);
    case 'Escape':
      e.preventDefault();
      e.stopPropagation();
      return to.close(true);
    case 'Tab':
      return to.close(false);
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

/** The menu of one menu button (`id`) once it has loaded: open or closed, and where the focus goes. */
export class Menu implements ReactiveController {
  #open = false;
  /** The item to focus after the next render (-1: the last), or undefined. */
  #focus?: number;
  #toButton = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly id: string,
  ) {
    adoptStyles(host, menuStyles);
    host.addController(this);
  }

  /** True while the menu is open. */
  get open(): boolean {
    return this.#open;
  }

  /** Opens the menu with the focus on item `focus` (-1: the last). */
  show(focus: number): void {
    this.#open = true;
    this.#focus = focus;
    this.host.requestUpdate();
  }

  /** Closes the menu; `toButton` puts the focus back on its button. */
  close(toButton: boolean): void {
    this.#open = false;
    this.#toButton = toButton;
    this.host.requestUpdate();
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

  /** The list of `items`, shown while open. */
  render(items: readonly MenuItem[]): TemplateResult {
    return renderMenu(this.id, items, this.#open, (i) => this.#run(items, i));
  }

  /** A key on an item (see `menuKey`). */
  key(e: KeyboardEvent, item: HTMLElement, items: readonly MenuItem[]): void {
    menuKey(e, item, { run: (i) => this.#run(items, i), close: (toButton) => this.close(toButton) });
  }

  /** The focus leaving the menu button (`e.currentTarget`: the button and its menu) closes the menu. */
  focusOut(e: FocusEvent): void {
    const into = e.relatedTarget as Node | null;
    if (this.#open && !(into && (e.currentTarget as Element).contains(into))) this.close(false);
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
}

/** The menu's styles, and its button's: the menu opens under it. */
const menuStyles = css`
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
