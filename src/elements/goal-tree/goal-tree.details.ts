/** The details of one goal: name, explanation, partners, steps and indicator — read, or edited with `editable`. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { goalPath, indicatorOnTarget, latestReading, levelName } from '../../sdk/goal-tree.js';
import { setGoalIndicator, setGoalPartners, setGoalSteps, updateGoal } from '../../sdk/goal-tree-edit.js';
import { indicatorShare, rollUpProgress } from '../../sdk/analysis/goal-tree.js';
import { newId } from '../../sdk/store.js';
import { STEP_STATUSES, type Goal, type Indicator, type Party, type Step } from '../../sdk/model.js';
import { formatDate, formatNumber } from '../../translations/localize.js';
import { goalTreeMessages } from '../../translations/goal-tree.js';
import { inLanguage } from '../../internal/localize.js';
import { goalTreePanelMessages, type GoalTreePanelMessages } from '../../translations/goal-tree-panels.js';
import type { PartyCombobox, PartyChoice, PartyComboboxOptions } from '../../internal/party-combobox.js';
import { heading } from '../../internal/heading.js';
import type { GoalTreePort } from './goal-tree.port.js';

const value = (e: Event) => (e.target as HTMLInputElement).value;
/** A number as people type it, with a decimal comma or point; undefined when empty or not a number. */
const toNumber = (text: string) => {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(n) ? undefined : n;
};

/** A bar that shows a share; the numbers are always in the text beside it. */
function bar(share: number): TemplateResult {
  return html`<meter min="0" max="1" .value=${share} aria-hidden="true"></meter>`;
}

function change(port: GoalTreePort, goal: Goal, patch: (g: Goal) => Parameters<typeof updateGoal>[2]): void {
  const tree = port.goalTree;
  if (tree) port.commitTree(updateGoal(tree, goal.id, patch(goal)), {});
}

function setSteps(port: GoalTreePort, goal: Goal, steps: Step[], say?: string): boolean {
  const tree = port.goalTree;
  return !!tree && port.commitTree(setGoalSteps(tree, goal.id, steps), { say });
}

function setIndicator(port: GoalTreePort, goal: Goal, indicator: Indicator | undefined, say?: string): boolean {
  const tree = port.goalTree;
  return !!tree && port.commitTree(setGoalIndicator(tree, goal.id, indicator), { say });
}

/** Links the chosen party to the goal; a new party goes into the data in the same undo step. */
function addPartner(port: GoalTreePort, goal: Goal, choice: PartyChoice, t: GoalTreePanelMessages): boolean {
  const tree = port.goalTree;
  if (!tree) return false;
  const party: Party =
    'party' in choice ? choice.party : { id: newId('partij'), name: choice.name, kind: 'organisatie', field: 'overig' };
  const isNew = !('party' in choice);
  return port.commitTree(setGoalPartners(tree, goal.id, [...goal.partners, party.id]), {
    extra: isNew ? [{ op: 'put', collection: 'parties', record: party }] : [],
    say: isNew ? t.newParty(party.name) : t.partnerAdded(party.name),
  });
}

function renderPartners(
  port: GoalTreePort,
  goal: Goal,
  t: GoalTreePanelMessages,
  names: Map<string, string>,
  field: PartyCombobox | undefined,
): TemplateResult {
  const name = (id: string) => names.get(id) ?? id;
  const options: PartyComboboxOptions = {
    parties: port.snapshot.parties.filter((p) => !goal.partners.includes(p.id)),
    label: t.partnerInput,
    lang: port.lang(),
    choose: (choice) => addPartner(port, goal, choice, t),
  };
  return html`${heading(port.options.headingLevel + 1, t.partners, { class: 'h-section' })}
    ${
      goal.partners.length
        ? html`<ul class="chips">${goal.partners.map(
            (id) => html`<li>${name(id)}
          ${
            port.options.editable
              ? html`<button type="button" aria-label=${t.removePartner(name(id))}
            @click=${() => (change(port, goal, (g) => ({ partners: g.partners.filter((p) => p !== id) })), port.focusAfterUpdate('#gt-partner'))}>×</button>`
              : nothing
          }</li>`,
          )}</ul>`
        : html`<p>${t.partnersNone}</p>`
    }
    ${
      field && port.options.editable
        ? html`<form class="row partner" @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            field.submit(options);
          }}>
          ${field.render(options)}
          <button>${t.addPartner}</button>
        </form>`
        : nothing
    }`;
}

function renderSteps(
  port: GoalTreePort,
  goal: Goal,
  t: GoalTreePanelMessages,
  names: Map<string, string>,
): TemplateResult {
  const lang = port.lang();
  const done = goal.steps.filter((s) => s.status === 'klaar').length;
  const put = (i: number, patch: Partial<Step>) =>
    setSteps(
      port,
      goal,
      goal.steps.map((s, j) => {
        if (j !== i) return s;
        const next = { ...s, ...patch } as Step;
        if (!next.owner) delete next.owner;
        if (!next.due) delete next.due;
        return next;
      }),
    );
  return html`${heading(port.options.headingLevel + 1, t.steps, { class: 'h-section' })}
    ${goal.steps.length ? html`<p>${bar(done / goal.steps.length)} ${t.stepsProgress(done, goal.steps.length)}</p>` : html`<p>${t.stepsNone}</p>`}
    <ul class="steps">${goal.steps.map((s, i) =>
      port.options.editable
        ? html`<li class="row step">
          <label>${t.stepTitle} ${i + 1} <input .value=${s.title} maxlength="500" @change=${(e: Event) => value(e).trim() && put(i, { title: value(e).trim() })} /></label>
          <label>${t.owner} <select aria-label=${`${t.owner}: ${s.title}`} @change=${(e: Event) => put(i, { owner: value(e) || undefined })}>
            <option value="" ?selected=${!s.owner}>${t.nobody}</option>
            ${port.snapshot.parties.map((p) => html`<option value=${p.id} ?selected=${p.id === s.owner}>${p.name}</option>`)}
          </select></label>
          <label>${t.due} <input type="date" aria-label=${`${t.due}: ${s.title}`} .value=${s.due ?? ''} @change=${(e: Event) => put(i, { due: value(e) || undefined })} /></label>
          <label>${t.status} <select aria-label=${`${t.status}: ${s.title}`} @change=${(e: Event) => put(i, { status: value(e) as Step['status'] })}>
            ${STEP_STATUSES.map((st) => html`<option value=${st} ?selected=${st === s.status}>${t.statuses[st]}</option>`)}
          </select></label>
          <button type="button" aria-label=${t.removeStep(s.title)} @click=${() => {
            setSteps(
              port,
              goal,
              goal.steps.filter((_, j) => j !== i),
            );
            port.focusAfterUpdate('#gt-new-step');
          }}>×</button>
        </li>`
        : html`<li><strong>${s.title}</strong> — ${t.statuses[s.status]}${s.owner ? html`, ${t.owner.toLowerCase()}: ${names.get(s.owner) ?? s.owner}` : nothing}${s.due ? html`, ${t.due.toLowerCase()} ${formatDate(lang, s.due)}` : nothing}</li>`,
    )}
    </ul>
    ${
      port.options.editable
        ? html`<form class="row" @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            const input = (e.currentTarget as HTMLFormElement).elements[0] as HTMLInputElement;
            const title = input.value.trim();
            if (
              title &&
              setSteps(port, goal, [...goal.steps, { id: newId('stap'), title, status: 'open' }], t.stepAdded(title))
            )
              input.value = '';
          }}><label for="gt-new-step">${t.newStep}</label> <input id="gt-new-step" maxlength="500" autocomplete="off" /><button>${t.addStep}</button></form>`
        : nothing
    }`;
}

function renderIndicator(port: GoalTreePort, goal: Goal, t: GoalTreePanelMessages): TemplateResult {
  const lang = port.lang();
  const i = goal.indicator;
  if (!i) {
    return html`${heading(port.options.headingLevel + 1, t.indicator, { class: 'h-section' })}<p>${t.indicatorNone}</p>
      ${
        port.options.editable
          ? html`<button type="button" id="gt-add-indicator" @click=${() => {
              // The button gives way to the indicator's fields: the focus goes to the first of them.
              if (setIndicator(port, goal, { description: goal.title, readings: [] }))
                port.focusAfterUpdate('#gt-indicator-description');
            }}>${t.addIndicator}</button>`
          : nothing
      }`;
  }
  const n = (v: number | undefined) =>
    v === undefined ? '' : `${formatNumber(lang, v, 2)}${i.unit ? ` ${i.unit}` : ''}`;
  const latest = latestReading(i);
  const share = indicatorShare(i);
  const on = indicatorOnTarget(i);
  const put = (patch: Partial<Indicator>, say?: string) => {
    const next = { ...i, ...patch } as Indicator;
    for (const k of Object.keys(next) as (keyof Indicator)[])
      if (next[k] === undefined || next[k] === '') delete next[k];
    return setIndicator(
      port,
      goal,
      { ...next, description: next.description ?? '', readings: next.readings ?? [] },
      say,
    );
  };
  const field = (
    label: string,
    v: string | number | undefined,
    set: (e: Event) => void,
    type: 'text' | 'date' = 'text',
    mode?: 'decimal',
    id?: string,
    hint?: string,
  ) =>
    html`<label>${label}${hint ? html` <span class="hint">(${hint})</span>` : nothing} <input id=${ifDefined(id)} type=${type} inputmode=${ifDefined(mode)}
      .value=${v === undefined ? '' : String(v)} @change=${set} /></label>`;
  return html`${heading(port.options.headingLevel + 1, t.indicator, { class: 'h-section' })}
    ${
      latest && i.target !== undefined
        ? html`<p>${share === undefined ? nothing : bar(share)} ${t.progress(n(latest.value), n(i.target), i.baseline === undefined ? undefined : n(i.baseline))} ${on ? t.reached : t.notReached}</p>`
        : nothing
    }
    ${
      port.options.editable
        ? html`<div class="fields">
          ${field(t.indicatorDescription, i.description, (e) => put({ description: value(e) }), 'text', undefined, 'gt-indicator-description')}
          ${field(t.unit, i.unit, (e) => put({ unit: value(e) || undefined }))}
          ${field(t.baseline, i.baseline, (e) => put({ baseline: toNumber(value(e)) }), 'text', 'decimal')}
          ${field(t.target, i.target, (e) => put({ target: toNumber(value(e)) }), 'text', 'decimal', undefined, t.targetHint)}
          ${field(t.targetDate, i.targetDate, (e) => put({ targetDate: value(e) || undefined }), 'date')}
        </div>
        <button type="button" @click=${() => setIndicator(port, goal, undefined) && port.focusAfterUpdate('#gt-add-indicator')}>${t.removeIndicator}</button>`
        : html`<p>${i.description}${i.targetDate ? html` (${t.targetDate.toLowerCase()}: ${formatDate(lang, i.targetDate)})` : nothing}</p>`
    }
    ${heading(port.options.headingLevel + 2, t.readings, { class: 'h-sub' })}
    ${
      i.readings.length
        ? html`<ul>${i.readings.map(
            (r, j) => html`<li>${formatDate(lang, r.date)}: ${n(r.value)}
          ${
            port.options.editable
              ? html`<button type="button" aria-label=${t.removeReading(formatDate(lang, r.date))} @click=${() => {
                  put({ readings: i.readings.filter((_, k) => k !== j) });
                  port.focusAfterUpdate('#gt-reading-date');
                }}>×</button>`
              : nothing
          }</li>`,
          )}</ul>`
        : html`<p>${t.noReading}</p>`
    }
    ${
      port.options.editable
        ? html`<form class="row" @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            const form = e.currentTarget as HTMLFormElement;
            const [date, v] = [...form.querySelectorAll('input')].map((x) => x.value);
            const n = toNumber(v);
            if (
              date &&
              n !== undefined &&
              put({ readings: [...i.readings, { date, value: n }] }, t.readingAdded(formatDate(lang, date)))
            )
              form.reset();
          }}><fieldset class="row"><legend>${t.newReading}</legend>
          <label>${t.readingDate} <input id="gt-reading-date" type="date" required /></label>
          <label>${t.readingValue} <input inputmode="decimal" required /></label>
          <button>${t.addReading}</button></fieldset></form>`
        : nothing
    }`;
}

/** The details panel of the selected goal; `partner` is the field where a partner is chosen (when editable). */
export function renderDetails(port: GoalTreePort, partner?: PartyCombobox): TemplateResult {
  const t = goalTreePanelMessages[port.lang()];
  const core = inLanguage(goalTreeMessages, port.lang());
  const node = port.selected === undefined ? undefined : port.derived.byId.get(port.selected);
  if (!node || !port.goalTree) return html``;
  const goal = node.goal;
  const names = new Map(port.snapshot.parties.map((p) => [p.id, p.name]));
  const p = rollUpProgress(port.goalTree).get(goal.id);
  return html`<div class="details" aria-labelledby="gt-details-h" role="region" @keydown=${(e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      port.closeDetails();
    }
  }}>
    <div class="row">${heading(port.options.headingLevel, t.heading(goal.title), { id: 'gt-details-h', class: 'h-title' })}<button type="button" @click=${() => port.closeDetails()}>${t.close}</button></div>
    <p class="path">${core.level[levelName(node.level)]} · ${goalPath(node).join(' › ')}</p>
    ${
      port.options.editable
        ? html`<div class="fields">
          <label>${t.title} <input .value=${goal.title} maxlength="500" @change=${(e: Event) => value(e).trim() && change(port, goal, () => ({ title: value(e).trim() }))} /></label>
          <label>${t.description} <textarea .value=${goal.description ?? ''} @change=${(e: Event) => change(port, goal, () => ({ description: value(e) || undefined }))}></textarea></label>
        </div>`
        : goal.description
          ? html`<p>${goal.description}</p>`
          : nothing
    }
    ${renderPartners(port, goal, t, names, partner)}
    ${renderSteps(port, goal, t, names)}
    ${renderIndicator(port, goal, t)}
    ${p && node.children.length ? html`<p>${t.rolledUp(p.stepsDone, p.stepsTotal, p.indicatorsOnTarget, p.indicatorsMeasured)}</p>` : nothing}
  </div>`;
}
