/** Agreed actions per aspect (what, who, when): recognise → prioritise → agree → follow up. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Action, CooperationCheck } from '../../sdk/model.js';
import { formatDate } from '../../translations/localize.js';
import { heading } from '../../internal/heading.js';
import type { CheckPort } from './cooperation-check.port.js';

/** The controls that `editable` adds; they load only when asked for. */
export interface ActionsEditor {
  controls(action: Action): TemplateResult;
  remove(action: Action): TemplateResult;
  form(): TemplateResult;
}

export function renderActions(port: CheckPort, check: CooperationCheck, editor?: ActionsEditor): TemplateResult {
  const m = port.t();
  const lang = port.lang();
  const groups = check.instrument.aspects
    .map((a) => [a, check.actions.filter((x) => x.aspect === a.id)] as const)
    .filter(([, list]) => list.length);
  return html`<section part="actions">
    ${heading(port.options.headingLevel + 1, m.actions)}
    <p class="note">${m.actionsIntro}</p>
    ${groups.length ? nothing : html`<p>${m.noActions}</p>`}
    ${groups.map(
      ([aspect, list]) => html`${heading(port.options.headingLevel + 2, aspect.title[lang] ?? aspect.title.nl)}
      <ul>${list.map(
        (action) => html`<li>
        ${editor?.controls(action)}
        <strong>${action.what}</strong>${action.who ? ` · ${m.who}: ${action.who}` : nothing}${action.when ? ` · ${m.when}: ${formatDate(lang, action.when)}` : nothing}${action.status === 'klaar' ? ` · ${m.done}` : nothing}
        ${editor?.remove(action)}
      </li>`,
      )}</ul>`,
    )}
    ${editor?.form()}
  </section>`;
}
