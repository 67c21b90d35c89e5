/**
 * Editing `<carer-route>` (with `editable`), by keyboard as well as by mouse: starting a route, adding,
 * changing, moving and removing lanes and steps, and remarks on a step. Loaded on first use. Every
 * edit is one undoable change in the store; the focus stays where the user works.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { newId } from '../../sdk/store.js';
import { improvementToGoal } from '../../sdk/route-links.js';
import {
  ANNOTATION_KINDS,
  CONTACT_KINDS,
  type Annotation,
  type AnnotationKind,
  type ContactKind,
  type GoalLink,
  type Route,
  type RouteLane,
  type RouteStep,
  type RouteVersion,
} from '../../sdk/route-model.js';
import {
  copyCurrentToDesired,
  moveLane,
  moveStep,
  putAnnotation,
  putLane,
  putStep,
  removeAnnotation,
  removeLane,
  removeStep,
} from '../../sdk/route-edit.js';
import { linkedGoal, routeOrder, stepsOf } from '../../sdk/route.js';
import { carerRouteEditMessages, type CarerRouteEditMessages } from '../../translations/carer-route-edit.js';
import { laneName, type RouteEditor } from './carer-route.text.js';
import type { CarerRouteHost } from './carer-route.host.js';

/** The editing messages in the element's language. */
export function messages(host: CarerRouteHost): CarerRouteEditMessages {
  return carerRouteEditMessages[host.language];
}

const esc = (s: string) => CSS.escape(s);
const stepButton = (version: RouteVersion, id: string) => `[data-edit-step="${esc(`${version}:${id}`)}"]`;
const laneButton = (id: string) => `[data-edit-lane="${esc(id)}"]`;
const addWhat = (version: RouteVersion) => `form.add-step[data-version="${version}"] [name=what]`;

/** The values of a form, trimmed. */
function read(form: HTMLFormElement): (name: string) => string {
  const data = new FormData(form);
  return (name) => String(data.get(name) ?? '').trim();
}

/** Shows the form's error and puts the focus on the field that needs a value; false when `value` is empty. */
function required(form: HTMLFormElement, name: string, value: string): boolean {
  const field = form.querySelector<HTMLInputElement>(`[name=${name}]`);
  const error = form.querySelector('.error');
  field?.setAttribute('aria-invalid', value ? 'false' : 'true');
  error?.toggleAttribute('hidden', !!value);
  if (!value) field?.focus();
  return !!value;
}

const button = (label: string, context: string, run: () => void, attrs: { data?: string } = {}) =>
  html`<button type="button" data-move=${attrs.data ?? ''} @click=${run}>${label}<span class="visually-hidden"> – ${context}</span></button>`;

function partyOptions(host: CarerRouteHost, selected: string | undefined, none: string): TemplateResult {
  const parties = [...host.snapshot.parties].sort((a, b) => a.name.localeCompare(b.name, host.language));
  return html`<option value="" ?selected=${!selected}>${none}</option>${parties.map((p) => html`<option value=${p.id} ?selected=${p.id === selected}>${p.name}</option>`)}`;
}

/** The invitation's form: the situation the route is for. */
export function renderStart(host: CarerRouteHost): TemplateResult {
  const e = messages(host);
  const start = (ev: SubmitEvent) => {
    ev.preventDefault();
    const form = ev.target as HTMLFormElement;
    const title = read(form)('title');
    if (!required(form, 'title', title)) return;
    const id = host.routeId ?? newId('route');
    host.commitRoute(
      { id, title, lanes: [], current: [], desired: [] },
      { say: e.started(title), focus: 'form.lane-form [name=role]' },
    );
  };
  return html`<form class="start" novalidate @submit=${start}>
    <label class="wide">${e.startLabel}<input name="title" maxlength="500" autocomplete="off" aria-describedby="start-error" /></label>
    <button type="submit" class="primary">${e.start}</button>
    <p id="start-error" class="error" role="alert" hidden>${e.titleMissing}</p>
  </form>`;
}

/** Undo and redo, with the keys that do the same. */
export function renderEditBar(host: CarerRouteHost): TemplateResult {
  const e = messages(host);
  const run = (undo: boolean) => {
    const store = host.activeStore;
    if (undo ? !store.canUndo : !store.canRedo) host.announce(e.nothingToUndo);
    else if (undo) host.undo();
    else host.redo();
  };
  return html`<div class="bar" role="group" part="toolbar" aria-label=${e.editBar}>
    <button type="button" @click=${() => run(true)}>${e.undo}</button>
    <button type="button" @click=${() => run(false)}>${e.redo}</button>
    <span class="facts">${e.editHint}</span>
  </div>`;
}

function laneFields(host: CarerRouteHost, e: CarerRouteEditMessages, lane?: RouteLane): TemplateResult {
  return html`<label class="wide">${e.role}<input name="role" maxlength="500" autocomplete="off" .value=${lane?.role ?? ''} /></label>
    <label>${e.party}<select name="party">${partyOptions(host, lane?.party, e.noParty)}</select></label>`;
}

function laneFrom(form: HTMLFormElement, id: string): RouteLane | undefined {
  const get = read(form);
  if (!required(form, 'role', get('role'))) return undefined;
  return { id, role: get('role'), ...(get('party') ? { party: get('party') } : {}) };
}

function stepFields(host: CarerRouteHost, e: CarerRouteEditMessages, route: Route, step?: RouteStep): TemplateResult {
  return html`<label>${e.who}<select name="lane"><option value="" ?selected=${!step?.lane}>${e.nobody}</option>
      ${route.lanes.map((l) => html`<option value=${l.id} ?selected=${l.id === step?.lane}>${laneName(host, l)}</option>`)}</select></label>
    <label class="wide">${e.what}<input name="what" maxlength="500" autocomplete="off" .value=${step?.what ?? ''} /></label>
    <label>${e.contact}<select name="contact"><option value="" ?selected=${!step?.contact}>${e.contactNone}</option>
      ${CONTACT_KINDS.map((k) => html`<option value=${k} ?selected=${k === step?.contact}>${host.t.contact[k]}</option>`)}</select></label>
    <label>${e.waitDays}<input name="wait" type="number" min="0" max="3650" step="1" inputmode="numeric" .value=${step?.waitDays === undefined ? '' : String(step.waitDays)} /></label>
    <label class="wide">${e.retell}<input name="retell" maxlength="500" autocomplete="off" .value=${step?.retell ?? ''} /></label>
    ${
      host.snapshot.goalTrees.some((t) => t.goals.length)
        ? html`<label class="wide">${e.stepGoal}<select name="goal">
      <option value="" ?selected=${!step?.goal}>${e.noGoal}</option>
      ${host.snapshot.goalTrees.flatMap((tree) =>
        tree.goals.map((g) => {
          const value = JSON.stringify({ tree: tree.id, goal: g.id });
          return html`<option value=${value} ?selected=${step?.goal?.tree === tree.id && step.goal.goal === g.id}>${g.title}</option>`;
        }),
      )}</select></label>`
        : nothing
    }`;
}

/** The goal link a form's goal select holds; `keep` when the form has no such select. */
function goalFrom(form: HTMLFormElement, keep: GoalLink | undefined): GoalLink | undefined {
  const select = form.querySelector<HTMLSelectElement>('[name=goal]');
  if (!select) return keep;
  if (!select.value) return undefined;
  const { tree, goal } = JSON.parse(select.value) as GoalLink;
  return { tree, goal };
}

/** A step from a form's fields, keeping what the form does not edit (id, annotations). */
function stepFrom(form: HTMLFormElement, base: RouteStep): RouteStep | undefined {
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

function close(host: CarerRouteHost, focus: string): void {
  host.editing = undefined;
  host.focusAfterUpdate(focus);
}

function onEscape(host: CarerRouteHost, focus: string) {
  return (ev: KeyboardEvent) => {
    if (ev.key !== 'Escape') return;
    ev.preventDefault();
    close(host, focus);
  };
}

export const editor: RouteEditor = {
  lane(host, lane, index) {
    const e = messages(host);
    const route = host.carerRoute!;
    const context = e.laneContext(lane.role);
    const open = host.editing?.kind === 'lane' && host.editing.id === lane.id;
    const move = (by: number) => {
      host.commitRoute(moveLane(route, lane.id, by), {
        say: e.laneMoved(lane.role, Math.max(1, Math.min(route.lanes.length, index + 1 + by))),
        focus: `${laneButton(lane.id)} ~ [data-move="${by < 0 ? 'up' : 'down'}"]`,
      });
    };
    if (open) {
      const save = (ev: SubmitEvent) => {
        ev.preventDefault();
        const changed = laneFrom(ev.target as HTMLFormElement, lane.id);
        if (changed && host.commitRoute(putLane(route, changed), { say: e.saved })) close(host, laneButton(lane.id));
      };
      return html`<form class="lane-edit" novalidate @submit=${save} @keydown=${onEscape(host, laneButton(lane.id))}>
        ${laneFields(host, e, lane)}
        <button type="submit">${e.save}</button>
        <button type="button" @click=${() => close(host, laneButton(lane.id))}>${e.cancel}</button>
        <p class="error" role="alert" hidden>${e.roleMissing}</p>
      </form>`;
    }
    return html`${laneName(host, lane)}
      <span class="controls">
        <button type="button" data-edit-lane=${lane.id} @click=${() => {
          host.editing = { kind: 'lane', id: lane.id };
          host.focusAfterUpdate('form.lane-edit [name=role]');
        }}>${e.change}<span class="visually-hidden"> – ${context}</span></button>
        ${button(e.higher, context, () => move(-1), { data: 'up' })}
        ${button(e.lower, context, () => move(1), { data: 'down' })}
        ${button(e.remove, context, () => {
          const next = route.lanes[index + 1] ?? route.lanes[index - 1];
          host.commitRoute(removeLane(route, lane.id), {
            say: e.laneRemoved(lane.role),
            focus: next ? laneButton(next.id) : 'form.lane-form [name=role]',
          });
        })}
      </span>`;
  },

  laneForm(host) {
    const e = messages(host);
    const add = (ev: SubmitEvent) => {
      ev.preventDefault();
      const form = ev.target as HTMLFormElement;
      const route = host.carerRoute!;
      const lane = laneFrom(form, newId('lane'));
      if (
        lane &&
        host.commitRoute(putLane(route, lane), { say: e.laneAdded(lane.role), focus: 'form.lane-form [name=role]' })
      )
        form.reset();
    };
    return html`<form class="lane-form" novalidate aria-label=${e.addLane} @submit=${add}>
      ${laneFields(host, e)}
      <button type="submit">${e.addLane}</button>
      <p class="error" role="alert" hidden>${e.roleMissing}</p>
    </form>`;
  },

  step(host, version, step, n) {
    const e = messages(host);
    const route = host.carerRoute!;
    const key = `${version}:${step.id}`;
    const open = host.editing?.kind === 'step' && host.editing.version === version && host.editing.id === step.id;
    const toggle = html`<div class="controls"><button type="button" data-edit-step=${key} aria-expanded=${open ? 'true' : 'false'}
      @click=${() => (open ? close(host, stepButton(version, step.id)) : ((host.editing = { kind: 'step', version, id: step.id }), host.focusAfterUpdate('form.step-edit [name=what]')))}>${e.change}<span class="visually-hidden"> – ${e.stepContext(n)}</span></button></div>`;
    if (!open) return toggle;
    const context = e.stepContext(n);
    const save = (ev: SubmitEvent) => {
      ev.preventDefault();
      const changed = stepFrom(ev.target as HTMLFormElement, step);
      if (changed && host.commitRoute(putStep(route, version, changed), { say: e.saved }))
        close(host, stepButton(version, step.id));
    };
    const move = (by: number) => {
      const moved = moveStep(route, version, step.id, by);
      const at = routeOrder(stepsOf(moved, version)).findIndex((s) => s.id === step.id) + 1;
      host.commitRoute(moved, { say: e.stepMoved(at), focus: `.editor [data-move="${by < 0 ? 'up' : 'down'}"]` });
    };
    const remove = () => {
      const steps = routeOrder(stepsOf(route, version));
      const after = steps[steps.findIndex((s) => s.id === step.id) + 1];
      host.editing = undefined;
      host.commitRoute(removeStep(route, version, step.id), {
        say: e.stepRemoved(n),
        focus: after ? stepButton(version, after.id) : addWhat(version),
      });
    };
    const addNote = (ev: SubmitEvent) => {
      ev.preventDefault();
      const form = ev.target as HTMLFormElement;
      const get = read(form);
      if (!required(form, 'text', get('text'))) return;
      const kind = (ANNOTATION_KINDS as readonly string[]).includes(get('kind'))
        ? (get('kind') as AnnotationKind)
        : 'aanname';
      const note: Annotation = {
        id: newId('note'),
        kind,
        text: get('text'),
        ...(get('owner') ? { owner: get('owner') } : {}),
        ...(get('due') ? { due: get('due') } : {}),
      };
      if (
        host.commitRoute(putAnnotation(route, version, step.id, note), {
          say: e.annotationAdded(host.t.annotation[kind]),
          focus: 'form.annotation-form [name=text]',
        })
      ) {
        (form.querySelector('[name=text]') as HTMLInputElement).value = '';
      }
    };
    return html`${toggle}<div class="editor" role="group" aria-label=${e.change} @keydown=${onEscape(host, stepButton(version, step.id))}>
      <form class="step-edit" novalidate @submit=${save}>
        ${stepFields(host, e, route, step)}
        <button type="submit">${e.save}</button>
        <button type="button" @click=${() => close(host, stepButton(version, step.id))}>${e.cancel}</button>
        <p class="error" role="alert" hidden>${e.whatMissing}</p>
      </form>
      <div class="controls">
        ${button(e.earlier, context, () => move(-1), { data: 'up' })}
        ${button(e.later, context, () => move(1), { data: 'down' })}
        ${button(e.remove, context, remove)}
      </div>
      <form class="annotation-form" novalidate aria-label=${e.addAnnotation} @submit=${addNote}>
        <label>${e.annotationKind}<select name="kind">${ANNOTATION_KINDS.map((k) => html`<option value=${k}>${host.t.annotation[k]}</option>`)}</select></label>
        <label class="wide">${e.annotationText}<input name="text" maxlength="500" autocomplete="off" /></label>
        <label>${e.annotationOwner}<select name="owner">${partyOptions(host, undefined, e.nobody)}</select></label>
        <label>${e.annotationDue}<input name="due" type="date" /></label>
        <button type="submit">${e.addAnnotation}</button>
        <p class="error" role="alert" hidden>${e.annotationMissing}</p>
      </form>
    </div>`;
  },

  annotation(host, version, step, annotation) {
    const open = host.editing?.kind === 'step' && host.editing.version === version && host.editing.id === step.id;
    if (!open) return nothing;
    const e = messages(host);
    const route = host.carerRoute!;
    const context = `${host.t.annotation[annotation.kind]}: ${annotation.text}`;
    const toGoal = () => {
      const made = improvementToGoal(
        host.snapshot,
        route,
        version,
        step.id,
        annotation.id,
        { tree: e.improvementsTree, subgoal: e.improvementsSubgoal(route.title) },
        newId,
      );
      if (made)
        host.commit(made.changes, { say: e.goalMade(annotation.text), focus: 'form.annotation-form [name=kind]' });
    };
    return html` ${annotation.kind === 'verbetering' && !linkedGoal(host.snapshot, annotation.goal) ? button(e.makeGoal, context, toGoal, { data: 'goal' }) : nothing}
      ${button(e.remove, context, () =>
        host.commitRoute(removeAnnotation(route, version, step.id, annotation.id), {
          say: e.annotationRemoved,
          focus: 'form.annotation-form [name=kind]',
        }),
      )}`;
  },

  stepForm(host, version) {
    const e = messages(host);
    const route = host.carerRoute!;
    const name = host.t.version[version];
    const add = (ev: SubmitEvent) => {
      ev.preventDefault();
      const form = ev.target as HTMLFormElement;
      const current = host.carerRoute!;
      const step = stepFrom(form, { id: newId('step'), what: '' });
      if (!step) return;
      const n = stepsOf(current, version).length + 1;
      if (host.commitRoute(putStep(current, version, step), { say: e.stepAdded(n), focus: addWhat(version) })) {
        for (const field of ['what', 'wait', 'retell', 'contact'])
          (form.querySelector(`[name=${field}]`) as HTMLInputElement).value = '';
      }
    };
    const copy = () => host.commitRoute(copyCurrentToDesired(route), { say: e.copied, focus: addWhat('desired') });
    return html`${version === 'desired' && !route.desired.length && route.current.length ? html`<p><button type="button" @click=${copy}>${e.copyCurrent}</button></p>` : nothing}
      <form class="add-step" data-version=${version} novalidate aria-label=${e.addStep(name)} @submit=${add}>
        ${stepFields(host, e, route)}
        <button type="submit">${e.addStep(name)}</button>
        <p class="error" role="alert" hidden>${e.whatMissing}</p>
      </form>`;
  },
};
