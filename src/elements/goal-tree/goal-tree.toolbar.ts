import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GoalTreeMessages } from '../../translations/goal-tree.js';
import type { GoalTreeHost } from './goal-tree.host.js';

/** Fold per level, the diagram's direction and zoom, and whatever the element adds (panels, export). */
export function renderViewBar(
  host: GoalTreeHost & { view: string; orientation: string },
  t: GoalTreeMessages,
  zoom: (factor: number) => void,
  extra: TemplateResult,
): TemplateResult {
  let depth = 1;
  for (const n of host.derived.byId.values()) depth = Math.max(depth, n.level);
  const showLevels = (level: number) => {
    host.collapsed.clear();
    for (const n of host.derived.byId.values()) if (n.level >= level && n.children.length) host.collapsed.add(n.goal.id);
    host.requestUpdate();
  };
  const button = (label: string, run: () => void, pressed?: boolean) =>
    html`<button type="button" aria-pressed=${ifDefined(pressed === undefined ? undefined : pressed ? 'true' : 'false')} @click=${run}>${label}</button>`;
  return html`<div class="bar" role="group" aria-label=${t.view} part="toolbar view-toolbar">
    <span>${t.show}</span>
    ${Array.from({ length: Math.min(depth, 6) - 1 }, (_, i) => button(t.upTo(i + 1), () => showLevels(i + 1)))}
    ${button(t.all, () => showLevels(Infinity))}
    ${host.view === 'outline'
      ? nothing
      : html`${button(t.horizontal, () => (host.orientation = host.orientation === 'horizontal' ? 'vertical' : 'horizontal'), host.orientation === 'horizontal')}
          ${button(t.zoomOut, () => zoom(0.8))} ${button(t.zoomIn, () => zoom(1.25))} ${button(t.fit, () => zoom(0))}`}
    ${extra}
  </div>`;
}
