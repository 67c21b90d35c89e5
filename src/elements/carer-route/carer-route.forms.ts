/** The fields of `<carer-route>`'s editing forms (lanes, steps, remarks) and reading them back. */
import { html, nothing, type TemplateResult } from 'lit';
import {
  CONTACT_KINDS,
  type ContactKind,
  type GoalLink,
  type Route,
  type RouteLane,
  type RouteStep,
} from '../../sdk/route-model.js';
import type { CarerRouteEditMessages } from '../../translations/carer-route-edit.js';
import { laneName } from './carer-route.text.js';
import type { RoutePort } from './carer-route.port.js';

/** The values of a form, trimmed. */
export function read(form: HTMLFormElement): (name: string) => string {
  const data = new FormData(form);
  return (name) => String(data.get(name) ?? '').trim();
}

/** Shows the form's error and puts the focus on the field that needs a value; false when `value` is empty. */
export function required(form: HTMLFormElement, name: string, value: string): boolean {
  const field = form.querySelector<HTMLInputElement>(`[name=${name}]`);
  const error = form.querySelector('.error');
  field?.setAttribute('aria-invalid', value ? 'false' : 'true');
  error?.toggleAttribute('hidden', !!value);
  if (!value) field?.focus();
  return !!value;
}

export function partyOptions(port: RoutePort, selected: string | undefined, none: string): TemplateResult {
  const parties = [...port.snapshot.parties].sort((a, b) => a.name.localeCompare(b.name, port.lang()));
  return html`<option value="" ?selected=${!selected}>${none}</option>${parties.map((p) => html`<option value=${p.id} ?selected=${p.id === selected}>${p.name}</option>`)}`;
}

export function laneFields(port: RoutePort, e: CarerRouteEditMessages, lane?: RouteLane): TemplateResult {
  return html`<label class="wide">${e.role}<input name="role" maxlength="500" autocomplete="off" .value=${lane?.role ?? ''} /></label>
    <label>${e.party}<select name="party">${partyOptions(port, lane?.party, e.noParty)}</select></label>`;
}

export function laneFrom(form: HTMLFormElement, id: string): RouteLane | undefined {
  const get = read(form);
  if (!required(form, 'role', get('role'))) return undefined;
  return { id, role: get('role'), ...(get('party') ? { party: get('party') } : {}) };
}

export function stepFields(port: RoutePort, e: CarerRouteEditMessages, route: Route, step?: RouteStep): TemplateResult {
  return html`<label>${e.who}<select name="lane"><option value="" ?selected=${!step?.lane}>${e.nobody}</option>
      ${route.lanes.map((l) => html`<option value=${l.id} ?selected=${l.id === step?.lane}>${laneName(port, l)}</option>`)}</select></label>
    <label class="wide">${e.what}<input name="what" maxlength="500" autocomplete="off" .value=${step?.what ?? ''} /></label>
    <label>${e.contact}<select name="contact"><option value="" ?selected=${!step?.contact}>${e.contactNone}</option>
      ${CONTACT_KINDS.map((k) => html`<option value=${k} ?selected=${k === step?.contact}>${port.t().contact[k]}</option>`)}</select></label>
    <label>${e.waitDays}<input name="wait" type="number" min="0" max="3650" step="1" inputmode="numeric" .value=${step?.waitDays === undefined ? '' : String(step.waitDays)} /></label>
    <label class="wide">${e.retell}<input name="retell" maxlength="500" autocomplete="off" .value=${step?.retell ?? ''} /></label>
    ${
      port.snapshot.goalTrees.some((t) => t.goals.length)
        ? html`<label class="wide">${e.stepGoal}<select name="goal">
      <option value="" ?selected=${!step?.goal}>${e.noGoal}</option>
      ${port.snapshot.goalTrees.flatMap((tree) =>
        tree.goals.map((g) => {
          const value = JSON.stringify({ tree: tree.id, goal: g.id });
          return html`<option value=${value} ?selected=${step?.goal?.tree === tree.id && step.goal.goal === g.id}>${g.title}</option>`;
        }),
      )}</select></label>`
        : nothing
    }`;
}

/** The goal link a form's goal select holds; `keep` when the form has no such select. */
export function goalFrom(form: HTMLFormElement, keep: GoalLink | undefined): GoalLink | undefined {
  const select = form.querySelector<HTMLSelectElement>('[name=goal]');
  if (!select) return keep;
  if (!select.value) return undefined;
  const { tree, goal } = JSON.parse(select.value) as GoalLink;
  return { tree, goal };
}

/** A step from a form's fields, keeping what the form does not edit (id, annotations). */
export function stepFrom(form: HTMLFormElement, base: RouteStep): RouteStep | undefined {
  const get = read(form);
  if (!required(form, 'what', get('what'))) return undefined;
  const wait = Number.parseInt(get('wait'), 10);
  const step: RouteStep = {
    id: base.id,
    what: get('what'),
    ...(base.annotations ? { annotations: base.annotations } : {}),
  };
  if (get('lane')) step.lane = get('lane');
  if (get('contact')) step.contact = get('contact') as ContactKind;
  if (Number.isFinite(wait) && wait >= 0) step.waitDays = Math.min(wait, 3650);
  if (get('retell')) step.retell = get('retell');
  const goal = goalFrom(form, base.goal);
  if (goal) step.goal = goal;
  return step;
}
