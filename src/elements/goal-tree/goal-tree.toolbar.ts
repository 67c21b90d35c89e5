import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MenuButton } from '../../internal/menu-button.js';
import type { GoalTreeMessages } from '../../translations/goal-tree.js';
import type { GoalTreeHost } from './goal-tree.host.js';

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

const menus = new WeakMap<GoalTreeHost, Map<string, MenuButton>>();

/**
 * A row of buttons. On a narrow element (see goal-tree.styles.ts) only the primary ones and `keep`
 * show, and the others are in a menu button “Meer” at the end of the row, so the row stays one row.
 */
export function renderBar(
  host: GoalTreeHost,
  o: {
    id: string;
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
  let byId = menus.get(host);
  if (!byId) menus.set(host, (byId = new Map()));
  let menu = byId.get(o.id);
  if (!menu) byId.set(o.id, (menu = new MenuButton(host, o.id)));
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
 * Fold per level, the diagram's direction and zoom, and what the element adds: `extra` buttons (panels),
 * `keep` (the export menu, which shows on a narrow element too) and `after` (present mode).
 */
export function renderViewBar(
  host: GoalTreeHost & { view: string; orientation: string },
  t: GoalTreeMessages,
  zoom: (factor: number) => void,
  extra: readonly BarAction[],
  keep?: TemplateResult,
  after?: readonly BarAction[],
): TemplateResult {
  let depth = 1;
  for (const n of host.derived.byId.values()) depth = Math.max(depth, n.level);
  const showLevels = (level: number) => {
    host.collapsed.clear();
    for (const n of host.derived.byId.values())
      if (n.level >= level && n.children.length) host.collapsed.add(n.goal.id);
    host.requestUpdate();
  };
  const actions: BarAction[] = [
    ...Array.from({ length: Math.min(depth, 6) - 1 }, (_, i) => ({
      label: t.upTo(i + 1),
      menuLabel: `${t.show} ${t.upTo(i + 1)}`,
      run: () => showLevels(i + 1),
    })),
    { label: t.all, menuLabel: `${t.show} ${t.all}`, run: () => showLevels(Infinity) },
    ...(host.view === 'outline'
      ? []
      : [
          {
            label: t.horizontal,
            run: () => (host.orientation = host.orientation === 'horizontal' ? 'vertical' : 'horizontal'),
            pressed: host.orientation === 'horizontal',
          },
          { label: t.zoomOut, run: () => zoom(0.8) },
          { label: t.zoomIn, run: () => zoom(1.25) },
          { label: t.fit, run: () => zoom(0) },
        ]),
    ...extra,
  ];
  return renderBar(host, {
    id: 'more-view',
    label: t.view,
    more: t.more,
    actions,
    lead: html`<span class="lead">${t.show}</span>`,
    keep,
    after,
  });
}
