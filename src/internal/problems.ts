/**
 * How an element reports problems: a load that failed, the problems found in the data, an edit that
 * was refused. Loaded with the first problem, so a page whose data is fine never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Issue } from '../sdk/issues.js';
import type { Lang } from '../translations/localize.js';
import { problemMessages, type ProblemMessages } from '../translations/problems.js';

/** Longer lists are cut off here: the host has them all in `samenspel-error`. */
const SHOWN = 50;

/** The issue of a load that got no data: the server's status, or none when there was no answer. */
export function loadFailedIssue(status: number | undefined): Issue {
  const say = (m: ProblemMessages) => m.loadFailed(status === undefined ? m.network : m.httpStatus(status));
  return { path: '$', severity: 'error', code: 'load-failed', message: { nl: say(problemMessages.nl), en: say(problemMessages.en) } };
}

/** The load error, or the problems in the data that was loaded, and a refused edit. */
export function renderProblems(loadFailed: boolean, loadIssues: readonly Issue[], editIssues: readonly Issue[], lang: Lang): TemplateResult {
  const t = problemMessages[lang];
  const list = (issues: readonly Issue[]) => html`<ul>
    ${issues.slice(0, SHOWN).map((i) => html`<li>${i.row ? html`<strong>${t.row(i.row, i.column)}</strong> ` : nothing}${i.message[lang]}</li>`)}
    ${issues.length > SHOWN ? html`<li>… (${issues.length - SHOWN})</li>` : nothing}
  </ul>`;
  const errors = loadIssues.some((i) => i.severity === 'error');
  return html`${loadFailed
    ? html`<div class="status error" role="alert" part="status error">${list(loadIssues)}</div>`
    : loadIssues.length
      ? html`<details class="status ${errors ? 'error' : 'warning'}" part="status problems">
          <summary>${t.problems(loadIssues.length)}</summary>
          <p>${t.problemsHint}</p>
          ${list(loadIssues)}
        </details>`
      : nothing}
    ${editIssues.length ? html`<div class="status error" role="alert" part="status">${t.editRefused} ${list(editIssues)}</div>` : nothing}`;
}
