/** The questionnaire: role, one aspect per step, review, submit. Native fieldsets and radio groups. */
import { html, nothing, type TemplateResult } from 'lit';
import {
  RESPONDENT_ROLES,
  idMap,
  type CooperationCheck,
  type Answer,
  type Instrument,
  type Response,
  type RespondentRole,
  type Round,
} from '../../sdk/model.js';
import { newId } from '../../sdk/store.js';
import { SamenspelSubmitEvent } from '../../events/events.js';
import type { CooperationCheckFillMessages } from '../../translations/cooperation-check-fill.js';
import { cooperationCheckFillMessages } from '../../translations/cooperation-check.js';
import { inLanguage } from '../../internal/localize.js';
import { fillStyles } from './cooperation-check.fill-styles.js';
import { heading } from '../../internal/heading.js';
import type { FillOutbox, OutboxState } from './cooperation-check.fill-outbox.js';
import type { FillRefusal } from '../../sdk/live/fill-request.js';
import type { CheckView, CheckPort } from './cooperation-check.port.js';
import { renderAbout, renderAspect, renderReview, type Draft, type Steps } from './cooperation-check.fill-steps.js';

// Keyed by statement and aspect ids, which are data: `idMap` has no prototype, so an id like `__proto__` keeps its answer.
const emptyDraft = (): Draft => ({ answers: idMap(), comments: idMap() });

export class FillView implements CheckView {
  #step = 0;
  #draft: Draft;
  #roleError = false;
  #done: 'no' | 'thanks' | 'workshop' = 'no';
  #builtIn?: Instrument;
  #loadingBuiltIn = false;
  /** In a room: the answer goes to the server through this (loaded only then). */
  #outbox?: FillOutbox;
  #sending: OutboxState = { state: 'idle' };
  /** The id of the response being sent: the same on every try, so the server adds it once. */
  #sendingId?: string;

  constructor(private readonly port: CheckPort) {
    this.#draft = this.#restore();
    port.adopt(fillStyles);
    // An answer kept by the host's storage while the connection was gone is sent as soon as the page opens.
    if (port.options.room) void this.#openOutbox();
  }

  #openOutbox(): Promise<FillOutbox> {
    const { room = '', server, token } = this.port.options;
    return (this.#opening ??= this.port.load(import('./cooperation-check.fill-outbox.js')).then(
      ({ FillOutbox }) =>
        (this.#outbox = new FillOutbox({
          room,
          server: server ?? '',
          token: token ?? '',
          storage: this.#storage,
          key: `${this.#key}:outbox:${room}`,
          onChange: (state) => this.#sent(state),
        })),
    ));
  }

  #opening?: Promise<FillOutbox>;

  /** Stops sending (the element left the page or changed room). */
  destroy(): void {
    this.#outbox?.destroy();
  }

  get #f(): CooperationCheckFillMessages {
    return inLanguage(cooperationCheckFillMessages, this.port.lang());
  }

  get #instrument(): Instrument | undefined {
    const check = this.port.options.check;
    if (check) return check.instrument;
    if (!this.#builtIn && !this.#loadingBuiltIn) {
      this.#loadingBuiltIn = true;
      const carer = this.port.options.carerLens;
      void this.port.load(
        import('../../sdk/instrument.js').then((m) => (this.#builtIn ??= m.defaultInstrument({ carerLens: carer }))),
      );
    }
    return this.#builtIn;
  }

  get #storage(): Storage | undefined {
    const kind = this.port.options.storage;
    try {
      return kind === 'local' ? localStorage : kind === 'session' ? sessionStorage : undefined;
    } catch {
      return undefined;
    }
  }

  get #key(): string {
    // Not the loaded check's id: with `src`, the form can start before the data is there.
    return `samenspel-cooperation-check:${this.port.options.checkId ?? 'default'}`;
  }

  #restore(): Draft {
    try {
      const saved = JSON.parse(this.#storage?.getItem(this.#key) ?? 'null') as Draft | null;
      if (saved && typeof saved.answers === 'object' && typeof saved.comments === 'object') {
        if (!RESPONDENT_ROLES.includes(saved.role as RespondentRole)) delete saved.role;
        return {
          ...saved,
          answers: idMap(Object.entries(saved.answers)),
          comments: idMap(Object.entries(saved.comments)),
        };
      }
    } catch {
      // A broken saved draft is dropped: the form starts empty.
    }
    return emptyDraft();
  }

  #update(change: (d: Draft) => void): void {
    change(this.#draft);
    this.#done = 'no';
    try {
      this.#storage?.setItem(this.#key, JSON.stringify(this.#draft));
    } catch {
      // Storage full or blocked: the answers stay in memory.
    }
    void this.port.update();
  }

  async #go(step: number): Promise<void> {
    this.#step = step;
    await this.port.update();
    this.port.query<HTMLElement>('#step-heading, #thanks')?.focus();
  }

  #next(e: Event, last: number): void {
    e.preventDefault();
    if (this.#step === 0 && !this.#draft.role) {
      this.#roleError = true;
      void this.port.update().then(() => this.port.query<HTMLElement>('input[name=role]')?.focus());
      return;
    }
    this.#roleError = false;
    if (this.#step < last) void this.#go(this.#step + 1);
    else this.#submit();
  }

  #submit(): void {
    const { options: el, t, edit } = this.port;
    const instrument = this.#instrument;
    const role = this.#draft.role;
    if (!instrument || !role) return;
    if (el.room) return void this.#send(instrument, role);
    const today = new Date().toISOString().slice(0, 10);
    const existing = el.check;
    const check: CooperationCheck = existing ?? {
      id: newId('check'),
      title: t().defaultTitle,
      instrument,
      rounds: [],
      responses: [],
      actions: [],
    };
    // The current round: the one asked for, else the latest by date.
    let round =
      check.rounds.find((r) => r.id === el.roundId) ??
      check.rounds.reduce<Round | undefined>((a, b) => (a && a.date > b.date ? a : b), undefined);
    const newRounds = round
      ? check.rounds
      : [...check.rounds, (round = { id: newId('round'), title: this.#f.defaultRound, date: today })];
    const { answers, comments } = this.#answersFor(instrument);
    // Only the day is kept: in a workshop, the time of day could show who answered what.
    const response: Response = {
      id: newId('response'),
      round: round.id,
      role,
      submitted: today,
      answers,
      ...(this.#draft.party ? { party: this.#draft.party } : {}),
      ...(Object.keys(comments).length ? { comments } : {}),
    };
    if (
      !edit({
        op: 'put',
        collection: 'checks',
        record: { ...check, rounds: newRounds, responses: [...check.responses, response] },
      })
    )
      return;
    this.port.emit(new SamenspelSubmitEvent({ response, check: check.id }));
    this.#draft = emptyDraft();
    this.#storage?.removeItem(this.#key);
    this.#done = el.workshop ? 'workshop' : 'thanks';
    void this.#go(0);
  }

  /** The draft's answers and comments, only those this instrument asks: a draft kept in storage may hold answers to another one. */
  #answersFor(instrument: Instrument): { answers: Record<string, Answer>; comments: Record<string, string> } {
    const statements = new Set(instrument.aspects.flatMap((x) => x.statements.map((st) => st.id)));
    const aspects = new Set(instrument.aspects.map((x) => x.id));
    const answers = Object.fromEntries(Object.entries(this.#draft.answers).filter(([k]) => statements.has(k)));
    const comments = Object.fromEntries(
      Object.entries(this.#draft.comments)
        .map(([k, v]) => [k, v.trim()])
        .filter(([k, v]) => v && aspects.has(k)),
    );
    return { answers, comments };
  }

  /** In a room: the response goes to the server, which adds it to the room; the draft stays until it is taken. */
  async #send(instrument: Instrument, role: RespondentRole): Promise<void> {
    if (this.#sending.state === 'sending' || this.#sending.state === 'waiting') return;
    this.#sendingId ??= newId('response');
    const outbox = await this.#openOutbox();
    const { answers, comments } = this.#answersFor(instrument);
    const { checkId, roundId } = this.port.options;
    outbox.send({
      ...(checkId ? { check: checkId } : {}),
      ...(roundId ? { round: roundId } : {}),
      response: {
        id: this.#sendingId,
        role,
        answers,
        ...(this.#draft.party ? { party: this.#draft.party } : {}),
        ...(Object.keys(comments).length ? { comments } : {}),
      },
    });
  }

  #sent(state: OutboxState): void {
    const el = this.port.options;
    this.#sending = state;
    if (state.state === 'sent') {
      this.port.emit(
        new SamenspelSubmitEvent({
          response: {
            id: this.#sendingId ?? '',
            round: el.roundId ?? '',
            role: this.#draft.role!,
            answers: { ...this.#draft.answers },
          },
          check: el.checkId ?? '',
        }),
      );
      this.#sendingId = undefined;
      this.#draft = emptyDraft();
      this.#storage?.removeItem(this.#key);
      this.#done = el.workshop ? 'workshop' : 'thanks';
      void this.#go(0);
      return;
    }
    const rendered = this.port.update();
    if (state.state === 'refused') void rendered.then(() => this.port.query<HTMLElement>('#refused')?.focus());
  }

  #refusal(reason: FillRefusal | 'bad-server'): string {
    const r = this.#f.refused;
    return reason === 'invalid'
      ? r.invalid
      : reason === 'too-large'
        ? r.tooLarge
        : reason === 'no-round'
          ? r.noRound
          : reason === 'room-full'
            ? r.roomFull
            : reason === 'expired'
              ? r.expired
              : r.access;
  }

  /** What the step templates read and call. */
  get #steps(): Steps {
    return {
      port: this.port,
      f: this.#f,
      draft: this.#draft,
      roleError: this.#roleError,
      update: (change) => this.#update(change),
      go: (step) => void this.#go(step),
    };
  }

  render(): TemplateResult {
    const f = this.#f;
    const instrument = this.#instrument;
    const sending = this.#sending;
    if (sending.state === 'sending' || sending.state === 'waiting') {
      return html`<div class="status" role="status" id="sending">
        ${
          sending.state === 'sending'
            ? f.sending
            : html`<p>${(sending.busy ? f.busy : f.waiting)(Boolean(this.#outbox?.kept))}</p>
          <button type="button" @click=${() => void this.#outbox?.flush()}>${f.sendAgain}</button>`
        }</div>`;
    }
    if (this.#done === 'thanks') return html`<p class="status" role="status" id="thanks" tabindex="-1">${f.thanks}</p>`;
    if (!instrument) return html``;
    const aspects = instrument.aspects;
    const last = aspects.length + 1;
    const step = Math.min(this.#step, last);
    const title =
      step === 0
        ? f.aboutYou
        : step === last
          ? f.review
          : (aspects[step - 1].title[this.port.lang()] ?? aspects[step - 1].title.nl);
    return html`
      ${this.#done === 'workshop' ? html`<p class="status" role="status">${f.thanksWorkshop}</p>` : nothing}
      ${
        sending.state === 'refused'
          ? html`<div class="status error" role="alert" id="refused" tabindex="-1" part="refused"><p><strong>${f.notSaved}</strong> ${this.#refusal(sending.reason)}</p></div>`
          : nothing
      }
      <form part="form" aria-label=${f.formLabel} novalidate @submit=${(e: Event) => this.#next(e, last)}>
        <p class="progress" part="progress">
          <span id="progress-text">${f.step(step + 1, last + 1)}</span>
          <progress max=${last + 1} .value=${step + 1} aria-labelledby="progress-text"></progress>
        </p>
        ${heading(this.port.options.headingLevel, title, { id: 'step-heading', focusable: true })}
        ${step === 0 ? renderAbout(this.#steps) : step === last ? renderReview(this.#steps, aspects) : renderAspect(this.#steps, aspects[step - 1])}
        <div class="nav" part="nav">
          ${step > 0 ? html`<button type="button" @click=${() => void this.#go(step - 1)}>${f.previous}</button>` : nothing}
          <button type="submit" class="primary">${step === last ? f.submit : step === last - 1 ? f.review : f.next}</button>
        </div>
      </form>
    `;
  }
}
