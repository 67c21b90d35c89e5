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
import type { GoalTreeHost } from './goal-tree.host.js';

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

function change(host: GoalTreeHost, goal: Goal, patch: (g: Goal) => Parameters<typeof updateGoal>[2]): void {
  const tree = host.goalTree;
  if (tree) host.commitTree(updateGoal(tree, goal.id, patch(goal)), {});
}

function setSteps(host: GoalTreeHost, goal: Goal, steps: Step[]): void {
  const tree = host.goalTree;
  if (tree) host.commitTree(setGoalSteps(tree, goal.id, steps));
}

function setIndicator(host: GoalTreeHost, goal: Goal, indicator: Indicator | undefined): void {
  const tree = host.goalTree;
  if (tree) host.commitTree(setGoalIndicator(tree, goal.id, indicator));
}

function addPartner(host: GoalTreeHost, goal: Goal, input: HTMLInputElement, t: GoalTreePanelMessages): void {
  const tree = host.goalTree;
  const name = input.value.trim();
  if (!tree || !name) return;
  const known = host.snapshot.parties.find((p) => p.name.toLowerCase() === name.toLowerCase());
  const party: Party = known ?? { id: newId('partij'), name, kind: 'organisatie', field: 'overig' };
  const ok = host.commitTree(setGoalPartners(tree, goal.id, [...goal.partners, party.id]), {
    extra: known ? [] : [{ op: 'put', collection: 'parties', record: party }],
    say: known ? undefined : t.newParty(name),
  });
  if (ok) input.value = '';
}

function renderPartners(host: GoalTreeHost, goal: Goal, t: GoalTreePanelMessages, names: Map<string, string>): TemplateResult {
  const name = (id: string) => names.get(id) ?? id;
  return html`<h3>${t.partners}</h3>
    ${goal.partners.length
      ? html`<ul class="chips">${goal.partners.map((id) => html`<li>${name(id)}
          ${host.editable ? html`<button type="button" aria-label=${t.removePartner(name(id))}
            @click=${() => change(host, goal, (g) => ({ partners: g.partners.filter((p) => p !== id) }))}>×</button>` : nothing}</li>`)}</ul>`
      : html`<p>${t.partnersNone}</p>`}
    ${host.editable
      ? html`<form class="row" @submit=${(e: SubmitEvent) => { e.preventDefault(); addPartner(host, goal, (e.currentTarget as HTMLFormElement).elements[0] as HTMLInputElement, t); }}>
          <input aria-label=${t.partnerInput} list="gt-parties" autocomplete="off" maxlength="500" />
          <datalist id="gt-parties">${host.snapshot.parties.filter((p) => !goal.partners.includes(p.id)).map((p) => html`<option value=${p.name}></option>`)}</datalist>
          <button>${t.addPartner}</button>
        </form>`
      : nothing}`;
}

function renderSteps(host: GoalTreeHost, goal: Goal, t: GoalTreePanelMessages, names: Map<string, string>): TemplateResult {
  const lang = host.language;
  const done = goal.steps.filter((s) => s.status === 'klaar').length;
  const put = (i: number, patch: Partial<Step>) => setSteps(host, goal, goal.steps.map((s, j) => {
    if (j !== i) return s;
    const next = { ...s, ...patch } as Step;
    if (!next.owner) delete next.owner;
    if (!next.due) delete next.due;
    return next;
  }));
  return html`<h3>${t.steps}</h3>
    ${goal.steps.length ? html`<p>${bar(done / goal.steps.length)} ${t.stepsProgress(done, goal.steps.length)}</p>` : html`<p>${t.stepsNone}</p>`}
    <ul class="steps">${goal.steps.map((s, i) => host.editable
      ? html`<li class="row">
          <input aria-label=${`${t.stepTitle} ${i + 1}`} .value=${s.title} maxlength="500" @change=${(e: Event) => value(e).trim() && put(i, { title: value(e).trim() })} />
          <select aria-label=${`${t.owner}: ${s.title}`} @change=${(e: Event) => put(i, { owner: value(e) || undefined })}>
            <option value="" ?selected=${!s.owner}>${t.nobody}</option>
            ${host.snapshot.parties.map((p) => html`<option value=${p.id} ?selected=${p.id === s.owner}>${p.name}</option>`)}
          </select>
          <input type="date" aria-label=${`${t.due}: ${s.title}`} .value=${s.due ?? ''} @change=${(e: Event) => put(i, { due: value(e) || undefined })} />
          <select aria-label=${`${t.status}: ${s.title}`} @change=${(e: Event) => put(i, { status: value(e) as Step['status'] })}>
            ${STEP_STATUSES.map((st) => html`<option value=${st} ?selected=${st === s.status}>${t.statuses[st]}</option>`)}
          </select>
          <button type="button" aria-label=${t.removeStep(s.title)} @click=${() => setSteps(host, goal, goal.steps.filter((_, j) => j !== i))}>×</button>
        </li>`
      : html`<li><strong>${s.title}</strong> — ${t.statuses[s.status]}${s.owner ? html`, ${t.owner.toLowerCase()}: ${names.get(s.owner) ?? s.owner}` : nothing}${s.due ? html`, ${t.due.toLowerCase()} ${formatDate(lang, s.due)}` : nothing}</li>`)}
    </ul>
    ${host.editable
      ? html`<form class="row" @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          const input = (e.currentTarget as HTMLFormElement).elements[0] as HTMLInputElement;
          if (input.value.trim()) setSteps(host, goal, [...goal.steps, { id: newId('stap'), title: input.value.trim(), status: 'open' }]);
          input.value = '';
        }}><input aria-label=${t.newStep} maxlength="500" autocomplete="off" /><button>${t.addStep}</button></form>`
      : nothing}`;
}

function renderIndicator(host: GoalTreeHost, goal: Goal, t: GoalTreePanelMessages): TemplateResult {
  const lang = host.language;
  const i = goal.indicator;
  if (!i) {
    return html`<h3>${t.indicator}</h3><p>${t.indicatorNone}</p>
      ${host.editable ? html`<button type="button" @click=${() => setIndicator(host, goal, { description: goal.title, readings: [] })}>${t.addIndicator}</button>` : nothing}`;
  }
  const n = (v: number | undefined) => (v === undefined ? '' : `${formatNumber(lang, v, 2)}${i.unit ? ` ${i.unit}` : ''}`);
  const latest = latestReading(i);
  const share = indicatorShare(i);
  const on = indicatorOnTarget(i);
  const put = (patch: Partial<Indicator>) => {
    const next = { ...i, ...patch } as Indicator;
    for (const k of Object.keys(next) as (keyof Indicator)[]) if (next[k] === undefined || next[k] === '') delete next[k];
    setIndicator(host, goal, { ...next, description: next.description ?? '', readings: next.readings ?? [] });
  };
  const field = (label: string, v: string | number | undefined, set: (e: Event) => void, type: 'text' | 'date' = 'text', mode?: 'decimal') =>
    html`<label>${label} <input type=${type} inputmode=${ifDefined(mode)} .value=${v === undefined ? '' : String(v)} @change=${set} /></label>`;
  return html`<h3>${t.indicator}</h3>
    ${latest && i.target !== undefined
      ? html`<p>${share === undefined ? nothing : bar(share)} ${t.progress(n(latest.value), n(i.target), i.baseline === undefined ? undefined : n(i.baseline))} ${on ? t.reached : t.notReached}</p>`
      : nothing}
    ${host.editable
      ? html`<div class="fields">
          ${field(t.indicatorDescription, i.description, (e) => put({ description: value(e) }))}
          ${field(t.unit, i.unit, (e) => put({ unit: value(e) || undefined }))}
          ${field(t.baseline, i.baseline, (e) => put({ baseline: toNumber(value(e)) }), 'text', 'decimal')}
          ${field(t.target, i.target, (e) => put({ target: toNumber(value(e)) }), 'text', 'decimal')}
          ${field(t.targetDate, i.targetDate, (e) => put({ targetDate: value(e) || undefined }), 'date')}
        </div>
        <button type="button" @click=${() => setIndicator(host, goal, undefined)}>${t.removeIndicator}</button>`
      : html`<p>${i.description}${i.targetDate ? html` (${t.targetDate.toLowerCase()}: ${formatDate(lang, i.targetDate)})` : nothing}</p>`}
    <h4>${t.readings}</h4>
    ${i.readings.length
      ? html`<ul>${i.readings.map((r, j) => html`<li>${formatDate(lang, r.date)}: ${n(r.value)}
          ${host.editable ? html`<button type="button" aria-label=${t.removeReading(formatDate(lang, r.date))} @click=${() => put({ readings: i.readings.filter((_, k) => k !== j) })}>×</button>` : nothing}</li>`)}</ul>`
      : html`<p>${t.noReading}</p>`}
    ${host.editable
      ? html`<form class="row" @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          const [date, v] = [...(e.currentTarget as HTMLFormElement).querySelectorAll('input')].map((x) => x.value);
          const n = toNumber(v);
          if (date && n !== undefined) put({ readings: [...i.readings, { date, value: n }] });
        }}>
          <input type="date" aria-label=${t.readingDate} required /><input inputmode="decimal" aria-label=${t.readingValue} required />
          <button>${t.addReading}</button></form>`
      : nothing}`;
}

/** The details panel of the selected goal. */
export function renderDetails(host: GoalTreeHost): TemplateResult {
  const t = goalTreePanelMessages[host.language];
  const core = inLanguage(goalTreeMessages, host.language);
  const node = host.selected === undefined ? undefined : host.derived.byId.get(host.selected);
  if (!node || !host.goalTree) return html``;
  const goal = node.goal;
  const names = new Map(host.snapshot.parties.map((p) => [p.id, p.name]));
  const p = rollUpProgress(host.goalTree).get(goal.id);
  return html`<div class="details" aria-labelledby="gt-details-h" role="region" @keydown=${(e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      host.closeDetails();
    }
  }}>
    <div class="row"><h2 id="gt-details-h">${t.heading(goal.title)}</h2><button type="button" @click=${() => host.closeDetails()}>${t.close}</button></div>
    <p class="path">${core.level[levelName(node.level)]} · ${goalPath(node).join(' › ')}</p>
    ${host.editable
      ? html`<div class="fields">
          <label>${t.title} <input .value=${goal.title} maxlength="500" @change=${(e: Event) => value(e).trim() && change(host, goal, () => ({ title: value(e).trim() }))} /></label>
          <label>${t.description} <textarea .value=${goal.description ?? ''} @change=${(e: Event) => change(host, goal, () => ({ description: value(e) || undefined }))}></textarea></label>
        </div>`
      : goal.description ? html`<p>${goal.description}</p>` : nothing}
    ${renderPartners(host, goal, t, names)}
    ${renderSteps(host, goal, t, names)}
    ${renderIndicator(host, goal, t)}
    ${p && node.children.length ? html`<p>${t.rolledUp(p.stepsDone, p.stepsTotal, p.indicatorsOnTarget, p.indicatorsMeasured)}</p>` : nothing}
  </div>`;
}
