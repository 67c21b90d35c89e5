import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SamenspelElement } from '../../internal/samenspel-element.js';
import { baseStyles } from '../../internal/styles.js';
import type { CooperationCheck } from '../../sdk/model.js';
import { cooperationCheckFillMessages, cooperationCheckMessages } from '../../translations/cooperation-check.js';
import { checkStyles } from './cooperation-check.styles.js';
import type { CheckOptions, CheckPort, CheckView } from './cooperation-check.port.js';
import { ExportReport } from '../../internal/export-report.js';

/** What the element shows: the questionnaire or the results. */
export type CooperationCheckMode = 'fill' | 'results';

/**
 * @tagname cooperation-check
 * @summary The samenwerkingscheck: partners rate their cooperation on five aspects (ambitie,
 * belangen, relatie, organisatie, proces), and the group discusses the results over rounds.
 *
 * With `mode="fill"` a respondent answers, one aspect per step; with `mode="results"` the group sees
 * a table per aspect (mean, spread, number, band in words), the answers per statement, where
 * partners disagree, a breakdown by role (groups below 3 are never shown), the change since the
 * previous round, a chart with a text alternative, and the actions they agree.
 *
 * In a live room (`room`, `server`, `token`), the results follow the room as answers arrive and, with
 * `join-url` and `fill-token`, show the participants' link and QR code. A phone with `mode="fill"` in a
 * room never joins it: its answer goes to the samenspel server, which adds it (docs/workshop.md).
 *
 * @event {SamenspelSubmitEvent} samenspel-submit - A respondent submitted; `detail.response` is the response, `detail.check` the check id.
 * @event {SamenspelChangeEvent} samenspel-change - The check changed in the store (a response added, an action edited); `detail.changes`.
 * @event {SamenspelErrorEvent} samenspel-error - Data could not be loaded, an edit was refused or a download failed; `detail.issues`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart form - The questionnaire form.
 * @csspart progress - The step indicator of the questionnaire.
 * @csspart statement - One statement with its answer options (a fieldset).
 * @csspart nav - The previous/next/submit buttons.
 * @csspart table - The results table per aspect.
 * @csspart chart - The figure with the chart and its text alternative.
 * @csspart band - The band of an aspect in words.
 * @csspart actions - The agreed actions.
 * @csspart export - The download and print buttons.
 * @csspart join - In a room with `join-url`: the participants' link, its QR code and the button that shows it large.
 * @csspart qr - The QR code (an SVG) of the participants' link.
 * @csspart refused - On a phone in a room: why the server did not take the answers.
 *
 * @cssproperty --samenspel-cooperation-check-band-sterk-color - Colour of the band "sterk" (default light-dark(#1b6e3a, #6fcf8f)).
 * @cssproperty --samenspel-cooperation-check-band-aandacht-color - Colour of the band "aandacht" (default light-dark(#8a6100, #e0b040)).
 * @cssproperty --samenspel-cooperation-check-band-zorg-color - Colour of the band "zorg" (default light-dark(#b3261e, #ff8a80)).
 * @cssproperty --samenspel-cooperation-check-bar-color - Colour of the chart bars (default the accent colour).
 * @cssproperty --samenspel-cooperation-check-max-inline-size - Widest the element grows (default 60rem).
 */
export class CooperationCheckElement extends SamenspelElement {
  static override samenspelTag = 'cooperation-check';
  static override styles = [baseStyles, checkStyles];
  static override lazyCatalogs = [cooperationCheckMessages, cooperationCheckFillMessages];

  /** `fill`: the questionnaire; `results`: the results for the group. */
  @property({ reflect: true }) mode: CooperationCheckMode = 'fill';

  /** Id of the check in the dataset; default the first check. */
  @property({ attribute: 'check' }) checkId?: string;

  /** Id of the round to fill in or to show; default the latest round. */
  @property({ attribute: 'round' }) roundId?: string;

  /** Level of the element's own heading (1–6); its sections follow one level below. Use 3 under a page's h2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Workshop mode: after submitting, the form is empty again for the next person on the same device. */
  @property({ type: Boolean, reflect: true }) workshop = false;

  /** Lets the group add, complete and remove agreed actions in the results, and offers the individual responses as CSV. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Adds the lens "samenwerken met de mantelzorger" to the built-in instrument (used when the dataset has no check). */
  @property({ type: Boolean, attribute: 'carer-lens' }) carerLens = false;

  /** Keeps unfinished answers in `localStorage` or `sessionStorage`; by default they stay in memory only. */
  @property() storage?: 'local' | 'session';

  /** A mean from here up is "sterk". */
  @property({ type: Number, attribute: 'strong-from' }) strongFrom = 4;

  /** A mean from here up (below `strong-from`) is "aandacht"; lower is "zorg". */
  @property({ type: Number, attribute: 'attention-from' }) attentionFrom = 3;

  /** The fill token for the join link and QR code in `results` (from `samenspel-server token --role fill`, or your backend). */
  @property({ attribute: 'fill-token' }) fillToken?: string;

  /**
   * The participants' link, shown with a QR code in `results` in a room: a URL in which `{room}`, `{server}`,
   * `{token}` (the fill token), `{check}` and `{round}` are filled in, e.g. `https://example.nl/check?room={room}&token={token}&round={round}`.
   */
  @property({ attribute: 'join-url' }) joinUrl?: string;

  /** In `fill`, a room is not joined: the answer goes to the server, which adds it (a respondent reads nothing of the room). */
  protected override joinsRoom(): boolean {
    return this.mode === 'results';
  }

  #views = new Map<CooperationCheckMode, CheckView>();
  /** The results' downloads: a failure is shown there and sent as `samenspel-error`. */
  #exports = new ExportReport(this);
  #loading = new Set<CooperationCheckMode>();
  #port: CheckPort = this.createPort(cooperationCheckMessages, (): CheckOptions => ({
    checkId: this.checkId,
    roundId: this.roundId,
    headingLevel: this.headingLevel,
    workshop: this.workshop,
    editable: this.editable,
    carerLens: this.carerLens,
    storage: this.storage,
    strongFrom: this.strongFrom,
    attentionFrom: this.attentionFrom,
    fillToken: this.fillToken,
    joinUrl: this.joinUrl,
    check: this.check,
    room: this.room,
    server: this.server,
    token: this.token,
    roomInUse: this.roomInUse,
  }));

  /** The check shown: the one with id `check`, else the first in the dataset. */
  get check(): CooperationCheck | undefined {
    const checks = this.activeStore.snapshot.checks;
    return this.checkId ? checks.find((c) => c.id === this.checkId) : checks[0];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mode = this.mode === 'results' ? 'results' : 'fill';
    if (!this.#views.has(mode) && !this.#loading.has(mode)) {
      this.#loading.add(mode);
      // The two views load on first use, so a page pays only for the one it shows.
      const view =
        mode === 'results'
          ? import('./cooperation-check.results.js').then((m) => new m.ResultsView(this.#port, this.#exports))
          : import('./cooperation-check.fill.js').then((m) => new m.FillView(this.#port));
      void this.#port.load(view.then((v) => this.#views.set(mode, v)));
    }
  }

  override render() {
    // No view while the first data loads: the form would ask the built-in questions before the check's own.
    const view =
      this.loadState === 'loading' && !this.check
        ? undefined
        : this.#views.get(this.mode === 'results' ? 'results' : 'fill');
    // The results are what a facilitator shows on the screen; the form stays as it is.
    return html`${this.renderStatus()}${this.mode === 'results' && view ? this.renderPresentToggle() : nothing}<div part="base" class="base">${view ? view.render() : nothing}</div>`;
  }
}
