/** Insights into the tree: incomplete goals, progress, and the partners × goals table. */
import { html, type TemplateResult } from 'lit';
import { incompleteGoals, partnerGoalMatrix, rollUpProgress } from '../../sdk/analysis/goal-tree.js';
import type { Goal } from '../../sdk/model.js';
import { goalTreePanelMessages } from '../../translations/goal-tree-panels.js';
import { heading } from '../../internal/heading.js';
import type { GoalTreePort } from './goal-tree.port.js';

/** The insights panel. */
export function renderInsights(port: GoalTreePort): TemplateResult {
  const t = goalTreePanelMessages[port.lang()];
  const tree = port.goalTree;
  if (!tree) return html``;
  const missing = incompleteGoals(tree);
  const matrix = partnerGoalMatrix(tree, port.snapshot.parties);
  const root = port.derived.roots[0];
  const p = root && rollUpProgress(tree).get(root.goal.id);
  const list = (
    title: string,
    goals: Goal[],
  ) => html`${heading(port.options.headingLevel + 1, title, { class: 'h-section' })}
    ${
      goals.length
        ? html`<ul>${goals.map((g) => html`<li><button type="button" class="link" @click=${() => port.selectGoal(g.id)}>${g.title}</button></li>`)}</ul>`
        : html`<p>${t.none}</p>`
    }`;
  return html`<div role="region" aria-labelledby="gt-insights-h">
    ${heading(port.options.headingLevel, t.insightsHeading, { id: 'gt-insights-h', class: 'h-title' })}
    ${p ? html`<p>${t.rolledUp(p.stepsDone, p.stepsTotal, p.indicatorsOnTarget, p.indicatorsMeasured)}</p>` : ''}
    ${list(t.noPartners, missing.noPartners)} ${list(t.noSteps, missing.noSteps)} ${list(t.noIndicator, missing.noIndicator)}
    ${heading(port.options.headingLevel + 1, t.matrix, { class: 'h-section' })}
    ${
      matrix.partners.length
        ? html`<div class="scroll" tabindex="0" role="group" aria-label=${t.matrix}><table>
          <thead><tr><th scope="col">${t.partner}</th>${matrix.goals.map((g) => html`<th scope="col">${g.title}</th>`)}</tr></thead>
          <tbody>${matrix.partners.map(
            (party, r) =>
              html`<tr><th scope="row">${party.name}</th>${matrix.cells[r].map(
                (on) => html`<td>
            <span aria-hidden="true">${on ? '✓' : '–'}</span><span class="visually-hidden">${on ? t.joins : t.joinsNot}</span></td>`,
              )}</tr>`,
          )}</tbody>
        </table></div>`
        : html`<p>${t.matrixEmpty}</p>`
    }
  </div>`;
}
