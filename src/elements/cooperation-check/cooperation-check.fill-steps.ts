/** The questionnaire's steps (about you, one aspect, the review) as plain render functions over the form's state. */
import { html, nothing, type TemplateResult } from 'lit';
import { RESPONDENT_ROLES, type Answer, type InstrumentAspect, type RespondentRole } from '../../sdk/model.js';
import type { CooperationCheckFillMessages } from '../../translations/cooperation-check-fill.js';
import { heading } from '../../internal/heading.js';
import type { CheckPort } from './cooperation-check.port.js';

/** A respondent's answers while filling in. */
export interface Draft {
  role?: RespondentRole;
  party?: string;
  answers: Record<string, Answer>;
  comments: Record<string, string>;
}

/** What the steps read and call. */
export interface Steps {
  port: CheckPort;
  f: CooperationCheckFillMessages;
  draft: Draft;
  roleError: boolean;
  update(change: (d: Draft) => void): void;
  go(step: number): void;
}

const UNKNOWN = 'x';
/** Whether fewer than half of an aspect's statements are rated: then the aspect does not count (as in the aggregation). */
export const tooFew = (aspect: InstrumentAspect, answers: Draft['answers']) =>
  aspect.statements.filter((s) => typeof answers[s.id] === 'number').length * 2 < aspect.statements.length;

export function renderAbout(s: Steps): TemplateResult {
  const m = s.port.t();
  const f = s.f;
  const orgs = s.port.snapshot.parties.filter((p) => p.kind !== 'persoon');
  return html`
    <p>${f.aboutYouIntro}</p>
    <fieldset part="statement" aria-describedby=${s.roleError ? 'role-error' : nothing}>
      <legend>${f.role}</legend>
      ${s.roleError ? html`<p id="role-error" class="error" role="alert">${f.roleMissing}</p>` : nothing}
      <div class="choices">
        ${RESPONDENT_ROLES.map(
          (role) => html`<label class="choice"><input type="radio" name="role" value=${role}
          .checked=${s.draft.role === role} @change=${() => s.update((d) => (d.role = role))} /> ${m.roles[role]}</label>`,
        )}
      </div>
    </fieldset>
    ${
      orgs.length
        ? html`<label class="field">${f.organisation}
          <select @change=${(e: Event) => s.update((d) => (d.party = (e.target as HTMLSelectElement).value || undefined))}>
            <option value="">${f.noOrganisation}</option>
            ${orgs.map((p) => html`<option value=${p.id} ?selected=${s.draft.party === p.id}>${p.name}</option>`)}
          </select></label>`
        : nothing
    }
  `;
}

export function renderAspect(s: Steps, aspect: InstrumentAspect): TemplateResult {
  const m = s.port.t();
  const f = s.f;
  const lang = s.port.lang();
  const title = aspect.title[lang] ?? aspect.title.nl;
  const options: [string, string][] = [
    ...m.scale.map((label, i): [string, string] => [String(i + 1), label]),
    [UNKNOWN, m.unknown],
  ];
  return html`
    ${aspect.question ? html`<p class="question">${aspect.question[lang] ?? aspect.question.nl}</p>` : nothing}
    ${aspect.statements.map((st) => {
      const current = s.draft.answers[st.id];
      const value = current === null ? UNKNOWN : current === undefined ? '' : String(current);
      return html`<fieldset part="statement">
        <legend>${st.text[lang] ?? st.text.nl}</legend>
        <div class="choices scale">
          ${options.map(
            ([
              v,
              label,
            ]) => html`<label class="choice"><input type="radio" name=${st.id} value=${v} .checked=${value === v}
            @change=${() => s.update((d) => (d.answers[st.id] = v === UNKNOWN ? null : (Number(v) as Answer)))} /> ${label}</label>`,
          )}
        </div>
      </fieldset>`;
    })}
    <label class="field">${f.comment(title)}
      <textarea rows="3" .value=${s.draft.comments[aspect.id] ?? ''}
        @input=${(e: Event) => s.update((d) => (d.comments[aspect.id] = (e.target as HTMLTextAreaElement).value))}></textarea>
    </label>
  `;
}

export function renderReview(s: Steps, aspects: readonly InstrumentAspect[]): TemplateResult {
  const m = s.port.t();
  const f = s.f;
  const lang = s.port.lang();
  const { answers, comments } = s.draft;
  return html`
    <p>${f.reviewIntro}</p>
    <p><strong>${f.aboutYou}:</strong> ${s.draft.role ? m.roles[s.draft.role] : f.notAnswered}</p>
    ${aspects.map((aspect, i) => {
      const title = aspect.title[lang] ?? aspect.title.nl;
      const count = aspect.statements.filter((st) => answers[st.id] !== undefined).length;
      return html`<section class="review">
        ${heading(s.port.options.headingLevel + 1, title)}
        <p>${f.answered(count, aspect.statements.length)}${tooFew(aspect, answers) ? html` <strong>${f.tooFew}</strong>` : nothing}</p>
        <ul>
          ${aspect.statements.map((st) => {
            const a = answers[st.id];
            return html`<li>${st.text[lang] ?? st.text.nl} <strong>${a === undefined ? f.notAnswered : a === null ? m.unknown : m.scale[a - 1]}</strong></li>`;
          })}
        </ul>
        ${comments[aspect.id]?.trim() ? html`<p>${f.yourComment}: ${comments[aspect.id]}</p>` : nothing}
        <button type="button" @click=${() => s.go(i + 1)}>${f.change(title)}</button>
      </section>`;
    })}
  `;
}
