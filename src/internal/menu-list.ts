/**
 * The menu of a `MenuButton` (menu-button.ts): its items, their keys and its styles. It loads when a
 * menu is first opened, so a page whose menus stay closed downloads only the buttons.
 */
import { css, html, type TemplateResult } from 'lit';
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

/** The `role="menu"` list of `items`, hidden while closed; `run(i)` runs the i-th item. */
export function renderMenu(
  id: string,
  items: readonly MenuItem[],
  open: boolean,
  run: (i: number) => void,
): TemplateResult {
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
export function menuKey(
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

export const menuStyles = css`
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
