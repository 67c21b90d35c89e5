/**
 * The text view of `<carer-route>`, the complete and accessible primary: the lanes, and per version an
 * ordered list that a screen reader reads as the route — every step with who acts, what happens, the kind
 * of contact, waiting, what the carer tells again, its annotations and what changed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { repeat } from 'lit/directives/repeat.js';
import type { RouteComparison } from '../../sdk/analysis/route.js';
import type { Annotation, GoalLink, Route, RouteLane, RouteStep, RouteVersion } from '../../sdk/route-model.js';
import { laneOf, linkedGoal } from '../../sdk/route.js';
import { formatDate } from '../../translations/localize.js';
import type { CarerRouteHost } from './carer-route.host.js';

/** The controls the editing part adds to the text view; loaded only with `editable`. */
export interface RouteEditor {
  lane(host: CarerRouteHost, lane: RouteLane, index: number): TemplateResult;
  laneForm(host: CarerRouteHost): TemplateResult;
  step(host: CarerRouteHost, version: RouteVersion, step: RouteStep, n: number): TemplateResult;
  stepForm(host: CarerRouteHost, version: RouteVersion): TemplateResult;
  /** The controls of one annotation, shown while its step is being edited. */
  annotation(
    host: CarerRouteHost,
    version: RouteVersion,
    step: RouteStep,
    annotation: Annotation,
  ): TemplateResult | typeof nothing;
}

/** A lane in words: its role, and the party that plays it. */
export function laneName(host: CarerRouteHost, lane: RouteLane | undefined): string {
  if (!lane) return host.t.nobody;
  const party = lane.party === undefined ? undefined : host.snapshot.parties.find((p) => p.id === lane.party);
  return party ? `${lane.role} (${party.name})` : lane.role;
}

export function renderLanes(host: CarerRouteHost, route: Route, editor?: RouteEditor): TemplateResult {
  const t = host.t;
  return html`<section class="lanes" part="lanes" aria-labelledby="lanes-h">
    ${heading(host.headingLevel + 1, t.lanes, { id: 'lanes-h' })}
    ${
      route.lanes.length
        ? html`<ol class="lane-list">${repeat(
            route.lanes,
            (lane) => lane.id,
            (lane, i) => html`<li>${editor ? editor.lane(host, lane, i) : laneName(host, lane)}</li>`,
          )}</ol>`
        : html`<p>${t.lanesNone}</p>`
    }
    ${editor?.laneForm(host) ?? nothing}
  </section>`;
}

/** One version: its figures in a sentence, then the steps as an ordered list. */
export function renderVersion(
  host: CarerRouteHost,
  route: Route,
  version: RouteVersion,
  steps: readonly RouteStep[],
  comparison: RouteComparison,
  editor?: RouteEditor,
): TemplateResult {
  const t = host.t;
  const f = comparison[version];
  const id = `v-${version}`;
  return html`${
    steps.length
      ? html`<p class="summary">${t.summary(f.steps, f.handoffs, f.coldReferrals, f.retellings, f.waitDays)}</p>
          <ol class="steps" part="steps" aria-labelledby=${id}>${repeat(
            steps,
            (step) => step.id,
            (step, i) => renderStep(host, route, version, step, i + 1, comparison, editor),
          )}</ol>`
      : html`<p>${t.noSteps}</p>`
  }
    ${editor?.stepForm(host, version) ?? nothing}`;
}

function renderStep(
  host: CarerRouteHost,
  route: Route,
  version: RouteVersion,
  step: RouteStep,
  n: number,
  comparison: RouteComparison,
  editor?: RouteEditor,
): TemplateResult {
  const t = host.t;
  const lang = host.language;
  const names = (id: string) => host.snapshot.parties.find((p) => p.id === id)?.name ?? id;
  const goalTitle = (link: GoalLink | undefined) => linkedGoal(host.snapshot, link)?.title;
  const stepGoal = goalTitle(step.goal);
  const facts = [
    `${t.contactLabel}: ${step.contact ? t.contact[step.contact] : t.contactUnknown}.`,
    step.waitDays ? `${t.wait}: ${t.days(step.waitDays)}.` : '',
    step.retell?.trim() ? `${t.retell}: ${step.retell}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const changes = version === 'desired' && route.current.length ? changesOf(host, route, step, comparison) : [];
  const dropped = version === 'current' && route.desired.length > 0 && comparison.removed.includes(step);
  return html`<li class="step ${step.contact ?? ''}" part="step" data-id=${step.id}>
    <p class="step-head"><span class="n">${t.stepLabel(n)}.</span> <span class="who">${laneName(host, laneOf(route, step))}</span>: <span class="what">${step.what}</span></p>
    <p class="facts">${facts}</p>
    ${stepGoal ? html`<p class="goal-link">${t.goal}: ${stepGoal}</p>` : nothing}
    ${
      step.annotations?.length
        ? html`<ul class="annotations" aria-label=${t.annotations}>${step.annotations.map((a) => {
            const goal = goalTitle(a.goal);
            const extra = [
              a.owner && `${t.owner}: ${names(a.owner)}`,
              a.due && `${t.due}: ${formatDate(lang, a.due)}`,
              goal && `${t.goal}: ${goal}`,
            ]
              .filter(Boolean)
              .join(', ');
            return html`<li class="annotation ${a.kind}"><strong>${t.annotation[a.kind]}:</strong> ${a.text}${extra ? ` (${extra})` : ''}${editor?.annotation(host, version, step, a) ?? nothing}</li>`;
          })}</ul>`
        : nothing
    }
    ${changes.length ? html`<p class="changed"><strong>${t.changed}:</strong> ${changes.join('; ')}.</p>` : nothing}
    ${dropped ? html`<p class="changed">${t.dropped}</p>` : nothing}
    ${editor?.step(host, version, step, n) ?? nothing}
  </li>`;
}

function changesOf(host: CarerRouteHost, route: Route, step: RouteStep, c: RouteComparison): string[] {
  const t = host.t;
  const out: string[] = [];
  if (c.added.includes(step)) return [t.isNew];
  if (c.madeWarm.includes(step)) out.push(t.madeWarm);
  const quicker = c.quicker.find((q) => q.step === step);
  if (quicker) out.push(t.quicker(quicker.from, quicker.to));
  const moved = c.otherLane.find((o) => o.step === step);
  if (moved) {
    const lane = (id?: string) => laneName(host, id === undefined ? undefined : route.lanes.find((l) => l.id === id));
    out.push(t.otherLane(lane(moved.from), lane(moved.to)));
  }
  return out;
}
