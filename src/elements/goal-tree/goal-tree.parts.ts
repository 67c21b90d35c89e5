/** The parts of `<goal-tree>` that load on first use: goal details, insights and export. */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { PartyCombobox } from '../../internal/party-combobox.js';
import { renderDetails } from './goal-tree.details.js';
import { renderInsights } from './goal-tree.insights.js';
import type { GoalTreePort } from './goal-tree.port.js';

export { renderExportMenu, exportTree, treeDataset } from './goal-tree.export.js';
export { partsStyles } from './goal-tree.parts-styles.js';

/** The field where a partner is chosen, a controller of the element (made once the parts are there). */
export const partnerField = (host: ReactiveControllerHost & Element) => new PartyCombobox(host, 'gt-partner');

/** The details or insights panel. */
export function renderPanel(
  port: GoalTreePort,
  panel: 'details' | 'insights',
  partner?: PartyCombobox,
): TemplateResult {
  return panel === 'details' ? renderDetails(port, partner) : renderInsights(port);
}
