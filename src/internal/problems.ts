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
  return {
    path: '$',
    severity: 'error',
    code: 'load-failed',
    message: { nl: say(problemMessages.nl), en: say(problemMessages.en) },
  };
}

/** Where a problem is: a spreadsheet row, or the record of a dataset it is about. */
function placeOf(i: Issue, t: ProblemMessages): string | undefined {
  if (i.row) return t.row(i.row, i.column);
  if (i.record) return t.record(i.record.collection, i.record.index, i.record.name ?? i.record.id);
  return undefined;
}

/**
 * The problems as list items: the same message once, with every place it was found (a file with
 * seven relations without an id says so in one line that names the seven). Info (an id filled in,
 * nothing lost) is for the host's `samenspel-error` event, not for this list.
 */
function grouped(
  issues: readonly Issue[],
  lang: Lang,
  t: ProblemMessages,
): { message: string; places: string[]; count: number }[] {
  const groups = new Map<string, { message: string; places: string[]; count: number }>();
  for (const i of issues) {
    if (i.severity === 'info') continue;
    const key = `${i.severity}\u0000${i.message[lang]}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { message: i.message[lang], places: [], count: 0 }));
    group.count++;
    const place = placeOf(i, t);
    if (place && !group.places.includes(place) && group.places.length < PLACES) group.places.push(place);
  }
  return [...groups.values()];
}

/** Places named per message; the rest are counted. */
const PLACES = 8;

/** The problems a person should see: all but info. */
export function shownIssues(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.severity !== 'info');
}

/** The load error, or the problems in the data that was loaded, and a refused edit. */
export function renderProblems(
  loadFailed: boolean,
  loadIssues: readonly Issue[],
  editIssues: readonly Issue[],
  lang: Lang,
): TemplateResult {
  const t = problemMessages[lang];
  const list = (issues: readonly Issue[]) => {
    const groups = grouped(issues, lang, t);
    return html`<ul>
      ${groups
        .slice(0, SHOWN)
        .map(
          (g) =>
            html`<li>${
              g.places.length
                ? html`<strong>${g.places.join('; ')}${g.count > g.places.length ? ` ${t.andMore(g.count - g.places.length)}` : ''}:</strong> `
                : nothing
            }${g.message}${g.count > 1 && !g.places.length ? ` (${g.count}×)` : ''}</li>`,
        )}
      ${groups.length > SHOWN ? html`<li>… (${groups.length - SHOWN})</li>` : nothing}
    </ul>`;
  };
  const shown = shownIssues(loadIssues);
  const errors = shown.some((i) => i.severity === 'error');
  return html`${
    loadFailed
      ? html`<div class="status error" role="alert" part="status error">${list(loadIssues)}</div>`
      : shown.length
        ? html`<details class="status ${errors ? 'error' : 'warning'}" part="status problems">
          <summary>${t.problems(shown.length)}</summary>
          <p>${t.problemsHint}</p>
          ${list(shown)}
        </details>`
        : nothing
  }
    ${editIssues.length ? html`<div class="status error" role="alert" part="status">${t.editRefused} ${list(editIssues)}</div>` : nothing}`;
}
