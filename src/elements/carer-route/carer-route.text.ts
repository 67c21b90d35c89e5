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
import type { RoutePort } from './carer-route.port.js';

/** The controls the editing part adds to the text view; loaded only with `editable`. */
export interface RouteEditor {
  lane(lane: RouteLane, index: number): TemplateResult;
  laneForm(): TemplateResult;
  step(version: RouteVersion, step: RouteStep, n: number): TemplateResult;
  stepForm(version: RouteVersion): TemplateResult;
  /** The controls of one annotation, shown while its step is being edited. */
  annotation(version: RouteVersion, step: RouteStep, annotation: Annotation): TemplateResult | typeof nothing;
}

/** A lane in words: its role, and the party that plays it. */
export function laneName(port: RoutePort, lane: RouteLane | undefined): string {
  if (!lane) return port.t().nobody;
  const party = lane.party === undefined ? undefined : port.snapshot.parties.find((p) => p.id === lane.party);
  return party ? `${lane.role} (${party.name})` : lane.role;
}

export function renderLanes(port: RoutePort, route: Route, editor?: RouteEditor): TemplateResult {
  const t = port.t();
  return html`<section class="lanes" part="lanes" aria-labelledby="lanes-h">
    ${heading(port.options.headingLevel + 1, t.lanes, { id: 'lanes-h' })}
    ${
      route.lanes.length
        ? html`<ol class="lane-list">${repeat(
            route.lanes,
            (lane) => lane.id,
            (lane, i) => html`<li>${editor ? editor.lane(lane, i) : laneName(port, lane)}</li>`,
          )}</ol>`
        : html`<p>${t.lanesNone}</p>`
    }
    ${editor?.laneForm() ?? nothing}
  </section>`;
}

/** One version: its figures in a sentence, then the steps as an ordered list. */
export function renderVersion(
  port: RoutePort,
  route: Route,
  version: RouteVersion,
  steps: readonly RouteStep[],
  comparison: RouteComparison,
  editor?: RouteEditor,
): TemplateResult {
  const t = port.t();
  const f = comparison[version];
  const id = `v-${version}`;
  return html`${
    steps.length
      ? html`<p class="summary">${t.summary(f.steps, f.handoffs, f.coldReferrals, f.retellings, f.waitDays)}</p>
          <ol class="steps" part="steps" aria-labelledby=${id}>${repeat(
            steps,
            (step) => step.id,
            (step, i) => renderStep(port, route, version, step, i + 1, comparison, editor),
          )}</ol>`
      : html`<p>${t.noSteps}</p>`
  }
    ${editor?.stepForm(version) ?? nothing}`;
}

function renderStep(
  port: RoutePort,
  route: Route,
  version: RouteVersion,
  step: RouteStep,
  n: number,
  comparison: RouteComparison,
  editor?: RouteEditor,
): TemplateResult {
  const t = port.t();
  const lang = port.lang();
  const names = (id: string) => port.snapshot.parties.find((p) => p.id === id)?.name ?? id;
  const goalTitle = (link: GoalLink | undefined) => linkedGoal(port.snapshot, link)?.title;
  const stepGoal = goalTitle(step.goal);
  const facts = [
    `${t.contactLabel}: ${step.contact ? t.contact[step.contact] : t.contactUnknown}.`,
    step.waitDays ? `${t.wait}: ${t.days(step.waitDays)}.` : '',
    step.retell?.trim() ? `${t.retell}: ${step.retell}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const changes = version === 'desired' && route.current.length ? changesOf(port, route, step, comparison) : [];
  const dropped = version === 'current' && route.desired.length > 0 && comparison.removed.includes(step);
  return html`<li class="step ${step.contact ?? ''}" part="step" data-id=${step.id}>
    <p class="step-head"><span class="n">${t.stepLabel(n)}.</span> <span class="who">${laneName(port, laneOf(route, step))}</span>: <span class="what">${step.what}</span></p>
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
            return html`<li class="annotation ${a.kind}"><strong>${t.annotation[a.kind]}:</strong> ${a.text}${extra ? ` (${extra})` : ''}${editor?.annotation(version, step, a) ?? nothing}</li>`;
          })}</ul>`
        : nothing
    }
    ${changes.length ? html`<p class="changed"><strong>${t.changed}:</strong> ${changes.join('; ')}.</p>` : nothing}
    ${dropped ? html`<p class="changed">${t.dropped}</p>` : nothing}
    ${editor?.step(version, step, n) ?? nothing}
  </li>`;
}

function changesOf(port: RoutePort, route: Route, step: RouteStep, c: RouteComparison): string[] {
  const t = port.t();
  const out: string[] = [];
  if (c.added.includes(step)) return [t.isNew];
  if (c.madeWarm.includes(step)) out.push(t.madeWarm);
  const quicker = c.quicker.find((q) => q.step === step);
  if (quicker) out.push(t.quicker(quicker.from, quicker.to));
  const moved = c.otherLane.find((o) => o.step === step);
  if (moved) {
    const lane = (id?: string) => laneName(port, id === undefined ? undefined : route.lanes.find((l) => l.id === id));
    out.push(t.otherLane(lane(moved.from), lane(moved.to)));
  }
  return out;
}
