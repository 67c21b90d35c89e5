/**
 * Editing `<carer-route>` (with `editable`), by keyboard as well as by mouse: starting a route, adding,
 * changing, moving and removing lanes and steps, and remarks on a step. Loaded on first use. Every
 * edit is one undoable change in the store; the focus stays where the user works.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { newId, type Change } from '../../sdk/store.js';
import { improvementToGoal } from '../../sdk/route-links.js';
import {
  ANNOTATION_KINDS,
  type Annotation,
  type AnnotationKind,
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
import { carerRouteEditStyles } from './carer-route.edit-styles.js';
import { carerRouteEditMessages, type CarerRouteEditMessages } from '../../translations/carer-route-edit.js';
import { laneName, type RouteEditor } from './carer-route.text.js';
import type { EditTarget, RoutePort } from './carer-route.port.js';
import { laneFields, laneFrom, partyOptions, read, required, stepFields, stepFrom } from './carer-route.forms.js';

const esc = (s: string) => CSS.escape(s);
const stepButton = (version: RouteVersion, id: string) => `[data-edit-step="${esc(`${version}:${id}`)}"]`;
const laneButton = (id: string) => `[data-edit-lane="${esc(id)}"]`;
const addWhat = (version: RouteVersion) => `form.add-step[data-version="${version}"] [name=what]`;

const button = (label: string, context: string, run: () => void, attrs: { data?: string } = {}) =>
  html`<button type="button" data-move=${attrs.data ?? ''} @click=${run}>${label}<span class="visually-hidden"> – ${context}</span></button>`;

/** The invitation's form: the situation the route is for. */
function renderStart(ed: RouteEditing): TemplateResult {
  const e = ed.messages;
  const start = (ev: SubmitEvent) => {
    ev.preventDefault();
    const form = ev.target as HTMLFormElement;
    const title = read(form)('title');
    if (!required(form, 'title', title)) return;
    const id = ed.port.options.routeId ?? newId('route');
    ed.commitRoute(
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
function renderEditBar(ed: RouteEditing): TemplateResult {
  const e = ed.messages;
  const run = (undo: boolean) => {
    const { canUndo, canRedo } = ed.port.options;
    if (undo ? !canUndo : !canRedo) ed.port.announce(e.nothingToUndo);
    else if (undo) ed.history.undo();
    else ed.history.redo();
  };
  return html`<div class="bar" role="group" part="toolbar" aria-label=${e.editBar}>
    <button type="button" @click=${() => run(true)}>${e.undo}</button>
    <button type="button" @click=${() => run(false)}>${e.redo}</button>
    <span class="facts">${e.editHint}</span>
  </div>`;
}

function close(ed: RouteEditing, focus: string): void {
  ed.editing = undefined;
  ed.focusAfterUpdate(focus);
}

function onEscape(ed: RouteEditing, focus: string) {
  return (ev: KeyboardEvent) => {
    if (ev.key !== 'Escape') return;
    ev.preventDefault();
    close(ed, focus);
  };
}

/** The editing controls in the text view, over the editing part. */
const controls = {
  lane(ed: RouteEditing, lane: RouteLane, index: number) {
    const e = ed.messages;
    const route = ed.port.options.route!;
    const context = e.laneContext(lane.role);
    const open = ed.editing?.kind === 'lane' && ed.editing.id === lane.id;
    const move = (by: number) => {
      ed.commitRoute(moveLane(route, lane.id, by), {
        say: e.laneMoved(lane.role, Math.max(1, Math.min(route.lanes.length, index + 1 + by))),
        focus: `${laneButton(lane.id)} ~ [data-move="${by < 0 ? 'up' : 'down'}"]`,
      });
    };
    if (open) {
      const save = (ev: SubmitEvent) => {
        ev.preventDefault();
        const changed = laneFrom(ev.target as HTMLFormElement, lane.id);
        if (changed && ed.commitRoute(putLane(route, changed), { say: e.saved })) close(ed, laneButton(lane.id));
      };
      return html`<form class="lane-edit" novalidate @submit=${save} @keydown=${onEscape(ed, laneButton(lane.id))}>
        ${laneFields(ed.port, e, lane)}
        <button type="submit">${e.save}</button>
        <button type="button" @click=${() => close(ed, laneButton(lane.id))}>${e.cancel}</button>
        <p class="error" role="alert" hidden>${e.roleMissing}</p>
      </form>`;
    }
    return html`${laneName(ed.port, lane)}
      <span class="controls">
        <button type="button" data-edit-lane=${lane.id} @click=${() => {
          ed.editing = { kind: 'lane', id: lane.id };
          ed.focusAfterUpdate('form.lane-edit [name=role]');
        }}>${e.change}<span class="visually-hidden"> – ${context}</span></button>
        ${button(e.higher, context, () => move(-1), { data: 'up' })}
        ${button(e.lower, context, () => move(1), { data: 'down' })}
        ${button(e.remove, context, () => {
          const next = route.lanes[index + 1] ?? route.lanes[index - 1];
          ed.commitRoute(removeLane(route, lane.id), {
            say: e.laneRemoved(lane.role),
            focus: next ? laneButton(next.id) : 'form.lane-form [name=role]',
          });
        })}
      </span>`;
  },

  laneForm(ed: RouteEditing) {
    const e = ed.messages;
    const add = (ev: SubmitEvent) => {
      ev.preventDefault();
      const form = ev.target as HTMLFormElement;
      const route = ed.port.options.route!;
      const lane = laneFrom(form, newId('lane'));
      if (
        lane &&
        ed.commitRoute(putLane(route, lane), { say: e.laneAdded(lane.role), focus: 'form.lane-form [name=role]' })
      )
        form.reset();
    };
    return html`<form class="lane-form" novalidate aria-label=${e.addLane} @submit=${add}>
      ${laneFields(ed.port, e)}
      <button type="submit">${e.addLane}</button>
      <p class="error" role="alert" hidden>${e.roleMissing}</p>
    </form>`;
  },

  step(ed: RouteEditing, version: RouteVersion, step: RouteStep, n: number) {
    const e = ed.messages;
    const route = ed.port.options.route!;
    const key = `${version}:${step.id}`;
    const open = ed.editing?.kind === 'step' && ed.editing.version === version && ed.editing.id === step.id;
    const toggle = html`<div class="controls"><button type="button" data-edit-step=${key} aria-expanded=${open ? 'true' : 'false'}
      @click=${() => (open ? close(ed, stepButton(version, step.id)) : ((ed.editing = { kind: 'step', version, id: step.id }), ed.focusAfterUpdate('form.step-edit [name=what]')))}>${e.change}<span class="visually-hidden"> – ${e.stepContext(n)}</span></button></div>`;
    if (!open) return toggle;
    const context = e.stepContext(n);
    const save = (ev: SubmitEvent) => {
      ev.preventDefault();
      const changed = stepFrom(ev.target as HTMLFormElement, step);
      if (changed && ed.commitRoute(putStep(route, version, changed), { say: e.saved }))
        close(ed, stepButton(version, step.id));
    };
    const move = (by: number) => {
      const moved = moveStep(route, version, step.id, by);
      const at = routeOrder(stepsOf(moved, version)).findIndex((s) => s.id === step.id) + 1;
      ed.commitRoute(moved, { say: e.stepMoved(at), focus: `.editor [data-move="${by < 0 ? 'up' : 'down'}"]` });
    };
    const remove = () => {
      const steps = routeOrder(stepsOf(route, version));
      const after = steps[steps.findIndex((s) => s.id === step.id) + 1];
      ed.editing = undefined;
      ed.commitRoute(removeStep(route, version, step.id), {
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
        ed.commitRoute(putAnnotation(route, version, step.id, note), {
          say: e.annotationAdded(ed.port.t().annotation[kind]),
          focus: 'form.annotation-form [name=text]',
        })
      ) {
        (form.querySelector('[name=text]') as HTMLInputElement).value = '';
      }
    };
    return html`${toggle}<div class="editor" role="group" aria-label=${e.change} @keydown=${onEscape(ed, stepButton(version, step.id))}>
      <form class="step-edit" novalidate @submit=${save}>
        ${stepFields(ed.port, e, route, step)}
        <button type="submit">${e.save}</button>
        <button type="button" @click=${() => close(ed, stepButton(version, step.id))}>${e.cancel}</button>
        <p class="error" role="alert" hidden>${e.whatMissing}</p>
      </form>
      <div class="controls">
        ${button(e.earlier, context, () => move(-1), { data: 'up' })}
        ${button(e.later, context, () => move(1), { data: 'down' })}
        ${button(e.remove, context, remove)}
      </div>
      <form class="annotation-form" novalidate aria-label=${e.addAnnotation} @submit=${addNote}>
        <label>${e.annotationKind}<select name="kind">${ANNOTATION_KINDS.map((k) => html`<option value=${k}>${ed.port.t().annotation[k]}</option>`)}</select></label>
        <label class="wide">${e.annotationText}<input name="text" maxlength="500" autocomplete="off" /></label>
        <label>${e.annotationOwner}<select name="owner">${partyOptions(ed.port, undefined, e.nobody)}</select></label>
        <label>${e.annotationDue}<input name="due" type="date" /></label>
        <button type="submit">${e.addAnnotation}</button>
        <p class="error" role="alert" hidden>${e.annotationMissing}</p>
      </form>
    </div>`;
  },

  annotation(ed: RouteEditing, version: RouteVersion, step: RouteStep, annotation: Annotation) {
    const open = ed.editing?.kind === 'step' && ed.editing.version === version && ed.editing.id === step.id;
    if (!open) return nothing;
    const e = ed.messages;
    const route = ed.port.options.route!;
    const context = `${ed.port.t().annotation[annotation.kind]}: ${annotation.text}`;
    const toGoal = () => {
      const made = improvementToGoal(
        ed.port.snapshot,
        route,
        version,
        step.id,
        annotation.id,
        { tree: e.improvementsTree, subgoal: e.improvementsSubgoal(route.title) },
        newId,
      );
      if (made)
        ed.commit(made.changes, { say: e.goalMade(annotation.text), focus: 'form.annotation-form [name=kind]' });
    };
    return html` ${annotation.kind === 'verbetering' && !linkedGoal(ed.port.snapshot, annotation.goal) ? button(e.makeGoal, context, toGoal, { data: 'goal' }) : nothing}
      ${button(e.remove, context, () =>
        ed.commitRoute(removeAnnotation(route, version, step.id, annotation.id), {
          say: e.annotationRemoved,
          focus: 'form.annotation-form [name=kind]',
        }),
      )}`;
  },

  stepForm(ed: RouteEditing, version: RouteVersion) {
    const e = ed.messages;
    const route = ed.port.options.route!;
    const name = ed.port.t().version[version];
    const add = (ev: SubmitEvent) => {
      ev.preventDefault();
      const form = ev.target as HTMLFormElement;
      const current = ed.port.options.route!;
      const step = stepFrom(form, { id: newId('step'), what: '' });
      if (!step) return;
      const n = stepsOf(current, version).length + 1;
      if (ed.commitRoute(putStep(current, version, step), { say: e.stepAdded(n), focus: addWhat(version) })) {
        for (const field of ['what', 'wait', 'retell', 'contact'])
          (form.querySelector(`[name=${field}]`) as HTMLInputElement).value = '';
      }
    };
    const copy = () => ed.commitRoute(copyCurrentToDesired(route), { say: e.copied, focus: addWhat('desired') });
    return html`${version === 'desired' && !route.desired.length && route.current.length ? html`<p><button type="button" @click=${copy}>${e.copyCurrent}</button></p>` : nothing}
      <form class="add-step" data-version=${version} novalidate aria-label=${e.addStep(name)} @submit=${add}>
        ${stepFields(ed.port, e, route)}
        <button type="submit">${e.addStep(name)}</button>
        <p class="error" role="alert" hidden>${e.whatMissing}</p>
      </form>`;
  },
};

/**
 * Editing as a part of its own: what is open, and where the focus goes after the next render. It edits,
 * announces and reads through the port; undo and redo are the element's.
 */
export class RouteEditing implements ReactiveController, RouteEditor {
  #editing?: EditTarget;
  #focus?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly port: RoutePort,
    readonly history: { undo(): void; redo(): void },
  ) {
    host.addController(this);
    port.adopt(carerRouteEditStyles);
  }

  /** The lane or step whose editor is open. */
  get editing(): EditTarget | undefined {
    return this.#editing;
  }
  set editing(target: EditTarget | undefined) {
    this.#editing = target;
    this.host.requestUpdate();
  }

  /** The editing messages in the element's language. */
  get messages(): CarerRouteEditMessages {
    return carerRouteEditMessages[this.port.lang()];
  }

  hostUpdated(): void {
    if (this.#focus === undefined) return;
    const target = this.port.query(this.#focus);
    this.#focus = undefined;
    target?.focus();
  }

  /** Puts a changed (or new) route into the store as one undoable edit; on success says `say` and focuses `focus`. */
  commitRoute(route: Route, options: { say?: string; focus?: string } = {}): boolean {
    return this.commit([{ op: 'put', collection: 'routes', record: route }], options);
  }

  /** Applies changes to any collections as one undoable edit; on success says `say` and focuses `focus`. */
  commit(changes: Change[], { say, focus }: { say?: string; focus?: string } = {}): boolean {
    const ok = this.port.edit(changes);
    if (ok && say) this.port.announce(say);
    if (ok && focus) this.focusAfterUpdate(focus);
    return ok;
  }

  /** Moves the focus to the element matching `selector` (in the shadow root) after the next render. */
  focusAfterUpdate(selector: string): void {
    this.#focus = selector;
    this.host.requestUpdate();
  }

  renderStart = () => renderStart(this);
  renderEditBar = () => renderEditBar(this);
  lane = (lane: RouteLane, index: number) => controls.lane(this, lane, index);
  laneForm = () => controls.laneForm(this);
  step = (version: RouteVersion, step: RouteStep, n: number) => controls.step(this, version, step, n);
  stepForm = (version: RouteVersion) => controls.stepForm(this, version);
  annotation = (version: RouteVersion, step: RouteStep, annotation: Annotation) =>
    controls.annotation(this, version, step, annotation);
}
