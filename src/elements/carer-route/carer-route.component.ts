import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { heading } from '../../internal/heading.js';
import { property } from 'lit/decorators.js';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { LiveRegion } from '../../internal/live-region.js';
import { commonMessages } from '../../translations/common.js';
import { baseStyles } from '../../internal/styles.js';
import { ExportReport } from '../../internal/export-report.js';
import { compareRoute, type RouteComparison } from '../../sdk/analysis/route.js';
import { ROUTE_VERSIONS, type Route, type RouteVersion } from '../../sdk/route-model.js';
import { routeOrder, stepsOf } from '../../sdk/route.js';
import { carerRouteMessages } from '../../translations/carer-route.js';
import { carerRouteStyles } from './carer-route.styles.js';
import { renderLanes, renderVersion } from './carer-route.text.js';
import type { RouteOptions, RoutePort } from './carer-route.port.js';

/** Steps from which the parts out of view are laid out only when they come near. */
const LONG_ROUTE = 30;

// Editing and export load on first use, and the picture and insights right after the text view (the
// complete primary) is on screen, so a page that only shows a route stays small up front.
type EditPart = typeof import('./carer-route.editing.js');
type RouteEditing = import('./carer-route.editing.js').RouteEditing;
type ExportPart = typeof import('./carer-route.export.js');
type Parts = typeof import('./carer-route.parts.js');
let editPart: Promise<EditPart> | undefined;
let exportPart: Promise<ExportPart> | undefined;
let partsLoading: Promise<Parts> | undefined;
/** The parts once they are there: later elements draw them in their first render, not in a second one. */
let partsLoaded: Parts | undefined;
const loadParts = () => (partsLoading ??= import('./carer-route.parts.js').then((m) => (partsLoaded = m)));

/**
 * @tagname carer-route
 * @summary The route of a carer through the professionals for one situation, as it goes now and as the
 * partners want it: who acts, what happens, the kind of contact, waiting, what the carer tells again, and
 * the workshop's remarks (aanname, vanzelfsprekendheid, dubbeling, gemiste kans, verbetering).
 *
 * The text view — an ordered list per version — is the complete, accessible primary; a swimlane picture
 * shows the same route (warm and cold referrals by line style and word, never by colour alone), and the
 * insights compare both versions: handoffs, cold referrals, retellings, waiting, steps with no owner.
 *
 * @event {SamenspelChangeEvent} samenspel-change - The user changed the route (or undid or redid a change); `detail.changes` holds the changes.
 * @event {SamenspelErrorEvent} samenspel-error - Data could not be loaded or read, an edit was refused, or an export failed; `detail.issues` says why.
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - Loading and problem notices.
 * @csspart invitation - What an element without a route shows.
 * @csspart toolbar - The undo and redo buttons (with `editable`).
 * @csspart lanes - The lanes (who takes part).
 * @csspart version - One version of the route (also its class `current` or `desired`).
 * @csspart steps - The ordered list of steps of a version.
 * @csspart step - One step.
 * @csspart picture - The swimlane picture of a version.
 * @csspart insights - The insights: figures of both versions and what changes.
 * @csspart export - The export and print buttons.
 *
 * @cssproperty --samenspel-carer-route-lane-background-color - Background of every other lane in the picture (default the surface colour).
 * @cssproperty --samenspel-carer-route-step-background-color - Background of a step (default the background colour).
 * @cssproperty --samenspel-carer-route-arrow-color - Colour of the arrows between steps (default light-dark(#595959, #a6a6a6)).
 */
export class CarerRouteElement extends SamenspelElement {
  static override samenspelTag = 'carer-route';
  static override styles = [baseStyles, carerRouteStyles];
  static override lazyCatalogs = [carerRouteMessages];

  /** Id of the route to show; the first route in the data when not set. */
  @property({ attribute: 'route' }) routeId?: string;
  /** Lets the user add, change, move and remove lanes, steps and remarks, with undo and redo. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** `both`: text view and swimlane picture; `text`: the text view only. */
  @property({ reflect: true }) view: 'both' | 'text' = 'both';
  /** The versions shown: `both` side by side, or only `current` or `desired`. */
  @property({ reflect: true }) version: 'both' | RouteVersion = 'both';
  /** Level of the route's heading (1–6); its sections follow one level below. Use 3 under a page's h2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  #live = new LiveRegion(this, () => this.localize.messages(commonMessages));
  #port: RoutePort = this.createPort(
    carerRouteMessages,
    (): RouteOptions => ({
      routeId: this.routeId,
      route: this.carerRoute,
      versions: this.#versions,
      headingLevel: this.headingLevel,
      canUndo: this.activeStore.canUndo,
      canRedo: this.activeStore.canRedo,
    }),
    { announce: (text) => this.#live.announce(text) },
  );
  #editing?: RouteEditing;
  #parts?: Parts;
  #keepFocus = false;
  #memo?: { route: Route; comparison: RouteComparison };
  #exports = new ExportReport(this);

  /** The route shown: the one with id `route`, else the first in the data. */
  get carerRoute(): Route | undefined {
    const routes = this.activeStore.snapshot.routes;
    return this.routeId ? routes.find((r) => r.id === this.routeId) : routes[0];
  }
  /** The versions shown, in order. */
  get #versions(): readonly RouteVersion[] {
    return (ROUTE_VERSIONS as readonly string[]).includes(this.version)
      ? [this.version as RouteVersion]
      : ROUTE_VERSIONS;
  }

  override undo(): void {
    this.#travel(true);
  }

  override redo(): void {
    this.#travel(false);
  }

  #travel(back: boolean): void {
    const could = back ? this.activeStore.canUndo : this.activeStore.canRedo;
    if (back) super.undo();
    else super.redo();
    if (!could || !this.#editing) return;
    // A control that went with the change takes the focus with it: keep it in the element.
    if (this.shadowRoot?.activeElement) this.#keepFocus = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.editable && !this.#editing)
      this.loadPart(
        (editPart ??= import('./carer-route.editing.js')),
        (m) =>
          (this.#editing ??= new m.RouteEditing(this, this.#port, {
            undo: () => this.undo(),
            redo: () => this.redo(),
          })),
      );
    // The picture and insights start loading at once, beside the data (a `src` still on its way), unless only text is asked for.
    this.#parts ??= partsLoaded;
    if (!this.#parts && (this.carerRoute || (this.view !== 'text' && this.loadState === 'loading')))
      this.loadPart(loadParts(), (m) => (this.#parts = m));
  }

  protected override updated(): void {
    // After undo or redo, unless the editing part put the focus somewhere already.
    if (this.#keepFocus && !this.shadowRoot?.activeElement)
      this.renderRoot.querySelector<HTMLElement>('.bar button')?.focus();
    this.#keepFocus = false;
  }

  override render() {
    const t = this.#port.t();
    const route = this.carerRoute;
    const edit = this.editable ? this.#editing : undefined;
    // Only a long route skips laying out what is out of view: a short one costs little, and is measured whole.
    const long = !!route && route.current.length + route.desired.length > LONG_ROUTE;
    return html`<div class=${long ? 'base long' : 'base'} part="base" @keydown=${this.#onKeydown}>
      ${this.renderStatus()}
      ${this.routeId && !route && this.loadState === 'ready' ? html`<p class="status" role="note">${t.missingRoute(this.routeId)}</p>` : nothing}
      ${
        route
          ? this.#renderRoute(route, edit)
          : this.loadState === 'loading' || this.loadState === 'error'
            ? nothing
            : html`<div class="invite" part="invitation"><p><strong>${t.noRoute}</strong></p>${edit ? edit.renderStart() : html`<p>${t.noRouteReadonly}</p>`}</div>`
      }
      ${this.#live.render()}
    </div>`;
  }

  #renderRoute(route: Route, edit: RouteEditing | undefined): TemplateResult {
    const port = this.#port;
    const t = port.t();
    const { parties } = port.snapshot;
    const lang = port.lang();
    if (this.#memo?.route !== route) this.#memo = { route, comparison: compareRoute(route) };
    const comparison = this.#memo.comparison;
    const part = this.#parts;
    const picture = this.view !== 'text' && part;
    return html`${heading(this.headingLevel, route.title)}
      ${route.description ? html`<p class="description">${route.description}</p>` : nothing}
      ${edit ? edit.renderEditBar() : nothing}
      ${renderLanes(port, route, edit)}
      <div class="versions">
        ${this.#versions.map((v) => {
          const steps = routeOrder(stepsOf(route, v));
          return html`<section class="version ${v}" part="version" aria-labelledby="v-${v}">
            ${heading(this.headingLevel + 1, t.version[v], { id: `v-${v}` })}
            ${renderVersion(port, route, v, steps, comparison, edit)}
            ${
              picture && steps.length
                ? html`${guard([route, v, parties, lang], () => part.renderSwimlane(port, route, v, steps))}
              <div class="picture-export">
                <button type="button" aria-label=${`${t.svg} – ${t.version[v]}`} @click=${() => this.#export('svg', v)}>${t.svg}</button>
                <button type="button" aria-label=${`${t.png} – ${t.version[v]}`} @click=${() => this.#export('png', v)}>${t.png}</button>
              </div>`
                : nothing
            }
          </section>`;
        })}
      </div>
      ${part ? guard([route, port.snapshot, lang, this.#versions.join()], () => part.renderInsights(port, route, comparison)) : nothing}
      <div class="export" part="export" role="group" aria-label=${t.export}>
        <button type="button" @click=${() => this.#export('csv')}>${t.csv}</button>
        <button type="button" @click=${() => this.#export('json')}>${t.json}</button>
        <button type="button" @click=${() => this.#export('print')}>${t.print}</button>
      </div>
      ${this.#exports.render()}`;
  }

  /** The buttons stand here, what they do is in carer-route.export.ts, loaded on the first click. */
  async #export(format: 'csv' | 'json' | 'svg' | 'png' | 'print', version?: RouteVersion): Promise<void> {
    // A part that does not load fails the export as an export that goes wrong does: shown and sent.
    await this.#exports.run(async () =>
      (await (exportPart ??= import('./carer-route.export.js'))).exportRoute(this.#port, format, version),
    );
  }

  #onKeydown = (e: KeyboardEvent) => {
    if (this.editable) this.handleUndoKeys(e);
  };
}
