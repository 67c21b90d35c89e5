import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MenuButton } from '../../internal/menu-button.js';
import { commonMessages } from '../../translations/common.js';
import type { GoalTreePort } from './goal-tree.port.js';

/** A button of a toolbar. */
export interface BarAction {
  label: string;
  run: () => void;
  disabled?: boolean;
  /** A toggle (`aria-pressed`): on or off. */
  pressed?: boolean;
  keys?: string;
  /** The label in the menu, when the button's own leans on the row (“niveau 1” after “Tonen tot”). */
  menuLabel?: string;
  /** The button's part, when a host styles or finds it. */
  part?: string;
  /** Shown on a narrow element too; the others go into the bar's menu “Meer” there. */
  primary?: boolean;
}

/**
 * A row of buttons. On a narrow element (see goal-tree.styles.ts) only the primary ones and `keep`
 * show, and the others are in a menu button “Meer” at the end of the row, so the row stays one row.
 */
export function renderBar(
  menu: MenuButton,
  o: {
    label: string;
    edit?: boolean;
    more: string;
    actions: readonly BarAction[];
    lead?: unknown;
    /** Shown on a narrow element too, after the actions and before `after`. */
    keep?: unknown;
    after?: readonly BarAction[];
  },
): TemplateResult {
  const all = [...o.actions, ...(o.after ?? [])];
  const secondary = all.filter((a) => !a.primary);
  const button = (a: BarAction) => html`<button type="button" class=${a.primary ? 'primary-action' : 'secondary-action'}
    aria-pressed=${ifDefined(a.pressed === undefined ? undefined : a.pressed ? 'true' : 'false')} aria-keyshortcuts=${ifDefined(a.keys)}
    part=${ifDefined(a.part)} ?disabled=${!!a.disabled} @click=${a.run}>${a.label}</button>`;
  return html`<div class="bar" role="group" aria-label=${o.label} part=${o.edit ? 'toolbar edit-toolbar' : 'toolbar view-toolbar'}>
    ${o.lead ?? nothing}
    ${o.actions.map(button)}
    ${o.keep ?? nothing}
    ${(o.after ?? []).map(button)}
    ${
      secondary.length
        ? menu.render(
            o.more,
            secondary.map((a) => ({
              label: a.menuLabel ?? a.label,
              run: a.run,
              disabled: a.disabled,
              checked: a.pressed,
              keys: a.keys,
            })),
            'more',
          )
        : nothing
    }
  </div>`;
}

/**
 * Fold per level, the diagram's direction and zoom, the panels, the export menu (which shows on a narrow
 * element too) and present mode. Present mode keeps what a facilitator needs: the levels, the direction,
 * the zoom.
 */
export function renderViewBar(
  port: GoalTreePort,
  menu: MenuButton,
  o: {
    zoom: (factor: number) => void;
    turn: () => void;
    panel?: 'details' | 'insights';
    togglePanel: (which: 'details' | 'insights') => void;
    togglePresent: () => void;
    exportMenu: TemplateResult;
  },
): TemplateResult {
  const t = port.t();
  const { view, orientation, present } = port.options;
  let depth = 1;
  for (const n of port.derived.byId.values()) depth = Math.max(depth, n.level);
  const panel = (which: 'details' | 'insights', primary = false): BarAction => ({
    label: t[which],
    primary,
    pressed: o.panel === which,
    run: () => o.togglePanel(which),
  });
  const actions: BarAction[] = [
    ...Array.from({ length: Math.min(depth, 6) - 1 }, (_, i) => ({
      label: t.upTo(i + 1),
      menuLabel: `${t.show} ${t.upTo(i + 1)}`,
      run: () => port.showLevels(i + 1),
    })),
    { label: t.all, menuLabel: `${t.show} ${t.all}`, run: () => port.showLevels(Infinity) },
    ...(view === 'outline'
      ? []
      : [
          { label: t.horizontal, run: o.turn, pressed: orientation === 'horizontal' },
          { label: t.zoomOut, run: () => o.zoom(0.8) },
          { label: t.zoomIn, run: () => o.zoom(1.25) },
          { label: t.fit, run: () => o.zoom(0) },
        ]),
    ...(present ? [] : [panel('details', true), panel('insights')]),
  ];
  const presentToggle: BarAction = {
    label: commonMessages[port.lang()].present,
    part: 'present-toggle',
    pressed: present,
    run: o.togglePresent,
  };
  return renderBar(menu, {
    label: t.view,
    more: t.more,
    actions,
    lead: html`<span class="lead">${t.show}</span>`,
    keep: present ? undefined : o.exportMenu,
    after: [presentToggle],
  });
}
