/** The parts of `<goal-tree>` that load on first use: goal details, insights and export. */
import type { TemplateResult } from 'lit';
import { renderDetails } from './goal-tree.details.js';
import { renderInsights } from './goal-tree.insights.js';
import type { GoalTreeHost } from './goal-tree.host.js';

export { renderExportMenu, exportTree, treeDataset } from './goal-tree.export.js';
export { panelStyles } from './goal-tree.panel-styles.js';

/** The details or insights panel. */
export function renderPanel(host: GoalTreeHost, panel: 'details' | 'insights'): TemplateResult {
  return panel === 'details' ? renderDetails(host) : renderInsights(host);
}
