/** The results for the group: table first, then chart, disagreement, roles, rounds, statements, actions. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CooperationCheck, InstrumentAspect, LocalText, Round } from '../../sdk/model.js';
import {
  aggregateCheck,
  round1,
  type AspectResult,
  type CheckResult,
  type RoundResult,
} from '../../sdk/analysis/cooperation-check.js';
import { formatDate } from '../../translations/localize.js';
import { renderChart } from './cooperation-check.chart.js';
import { renderActions } from './cooperation-check.actions.js';
import { renderExport } from './cooperation-check.export.js';
import { resultsStyles } from './cooperation-check.results-styles.js';
import { heading } from '../../internal/heading.js';
import type { CheckView, CheckPort } from './cooperation-check.port.js';
import type { ExportReport } from '../../internal/export-report.js';

type EditorModule = typeof import('./cooperation-check.actions-editor.js');

export class ResultsView implements CheckView {
  #selected?: string;
  #memo?: { check: CooperationCheck; strong: number; attention: number; result: CheckResult };

  #editor?: EditorModule;
  #join?: import('./cooperation-check.join.js').JoinPanel;

  constructor(
    private readonly port: CheckPort,
    private readonly exports: ExportReport,
  ) {
    port.adopt(resultsStyles);
  }

  /** Aggregation runs again only when the check or the thresholds change. */
  #aggregate(check: CooperationCheck): CheckResult {
    const { strongFrom: strong, attentionFrom: attention } = this.port.options;
    const memo = this.#memo;
    if (memo?.check === check && memo.strong === strong && memo.attention === attention) return memo.result;
    const result = aggregateCheck(check, { strongFrom: strong, attentionFrom: attention });
    this.#memo = { check, strong, attention, result };
    return result;
  }

  #text = (text: LocalText | undefined): string => (text ? (text[this.port.lang()] ?? text.nl) : '');
  /** One decimal, always shown (4,0 not 4), with the language's decimal sign. */
  #num = (value: number | null): string => {
    if (value === null) return this.port.t().none;
    const text = Math.abs(round1(value)).toFixed(1);
    return `${value < -0.05 ? '−' : ''}${this.port.lang() === 'nl' ? text.replace('.', ',') : text}`;
  };

  render(): TemplateResult {
    const { options: el, t } = this.port;
    const m = t();
    const check = el.check;
    if (!check) return html`<p class="status" role="status">${m.noCheck}</p>${this.#joinPanel(undefined, undefined)}`;
    const result = this.#aggregate(check);
    const rounds = result.rounds;
    const current = rounds.find((r) => r.round.id === (this.#selected ?? el.roundId)) ?? rounds.at(-1);
    const previous = current
      ? rounds
          .slice(0, rounds.indexOf(current))
          .filter((r) => r.shown)
          .at(-1)
      : undefined;
    const lang = this.port.lang();
    return html`
      ${heading(this.port.options.headingLevel, check.title)}
      ${this.#joinPanel(check, rounds.at(-1)?.round)}
      ${
        rounds.length > 1
          ? html`<label class="field">${m.roundLabel}
            <select @change=${(e: Event) => this.#select((e.target as HTMLSelectElement).value)}>
              ${rounds.map((r) => html`<option value=${r.round.id} ?selected=${r === current}>${r.round.title} (${formatDate(lang, r.round.date)})</option>`)}
            </select></label>`
          : nothing
      }
      ${
        current
          ? html`<p>${current.round.title}, ${formatDate(lang, current.round.date)}: ${m.respondents(current.respondents)}</p>
            ${
              current.respondents === 0
                ? html`<p class="status" role="status">${m.noResponses}</p>`
                : !current.shown
                  ? html`<p class="status" role="status">${m.notEnough(current.respondents, 3)}</p>`
                  : this.#shown(check, current, previous, rounds)
            }`
          : html`<p class="status" role="status">${m.noResponses}</p>`
      }
      ${renderActions(this.port, check, this.#editorFor(check))}
      ${renderExport(this.port, this.exports, check, current?.shown ? result : undefined)}
    `;
  }

  /** In a room with `join-url`: the participants' link and QR code (loaded, with the QR encoder, only then). */
  #joinPanel(check: CooperationCheck | undefined, round: Round | undefined) {
    const el = this.port.options;
    if (!el.roomInUse || !el.joinUrl) return nothing;
    if (this.#join) return this.#join.render(check, round);
    void this.port.load(import('./cooperation-check.join.js').then((m) => (this.#join = new m.JoinPanel(this.port))));
    return nothing;
  }

  /** The editing controls for actions, loaded on first use when the element is `editable`. */
  #editorFor(check: CooperationCheck) {
    if (!this.port.options.editable) return undefined;
    if (this.#editor) return this.#editor.actionsEditor(this.port, check);
    void this.port.load(import('./cooperation-check.actions-editor.js').then((m) => (this.#editor = m)));
    return undefined;
  }

  #select(id: string): void {
    this.#selected = id;
    void this.port.update();
  }

  #shown(
    check: CooperationCheck,
    current: RoundResult,
    previous: RoundResult | undefined,
    rounds: RoundResult[],
  ): TemplateResult {
    const m = this.port.t();
    const aspects = check.instrument.aspects;
    const title = (a: AspectResult) => this.#text(aspects.find((x) => x.id === a.id)?.title);
    const signed = (v: number | null) =>
      v === null ? m.none : `${round1(v) > 0 ? '+' : round1(v) < 0 ? '' : '±'}${this.#num(v)}`;
    return html`
      <div class="scroll" tabindex="0" role="region" aria-label=${m.tableCaption(current.round.title)}><table part="table">
        <caption>${m.tableCaption(current.round.title)}</caption>
        <thead><tr>
          <th scope="col">${m.aspect}</th><th scope="col" class="num">${m.mean}</th><th scope="col">${m.band}</th>
          <th scope="col">${m.spread}</th><th scope="col" class="num">${m.n}</th>${previous ? html`<th scope="col" class="num">${m.changeHead}</th>` : nothing}
        </tr></thead>
        <tbody>
          ${current.aspects.map(
            (a) => html`<tr>
            <th scope="row">${title(a)}</th>
            <td class="num">${this.#num(a.mean)}</td>
            <td>${a.band ? html`<span class="band ${a.band}" part="band">${m.bands[a.band]}</span>` : m.none}</td>
            <td>${a.sd === null ? m.none : m.spreadValue(this.#num(a.sd), this.#num(a.min), this.#num(a.max))}</td>
            <td class="num">${a.n}</td>
            ${previous ? html`<td class="num">${signed(a.change)}</td>` : nothing}
          </tr>`,
          )}
        </tbody>
      </table></div>
      ${renderChart(this.port, current, previous, title, this.#num)}
      ${this.#flags(check, current, title)}
      ${this.#roles(current, title)}
      ${this.#overTime(rounds, title)}
      ${this.#statements(check, current)}
    `;
  }

  #flags(check: CooperationCheck, current: RoundResult, title: (a: AspectResult) => string): TemplateResult {
    const m = this.port.t();
    const items: string[] = [];
    for (const a of current.aspects) {
      if (a.disagreement && a.sd !== null) items.push(m.flagSpread(title(a), this.#num(a.sd)));
      const gap = a.roleGap;
      if (gap)
        items.push(
          m.flagRoles(
            title(a),
            m.roles[gap.high.role],
            this.#num(gap.high.mean),
            m.roles[gap.low.role],
            this.#num(gap.low.mean),
          ),
        );
      const statements = check.instrument.aspects.find((x) => x.id === a.id)?.statements ?? [];
      for (const s of a.statements) {
        if (s.disagreement && s.sd !== null)
          items.push(m.flagStatement(this.#text(statements.find((x) => x.id === s.id)?.text), this.#num(s.sd)));
      }
    }
    return html`<section>${heading(this.port.options.headingLevel + 1, m.flags)}
      ${items.length ? html`<ul class="flags">${items.map((i) => html`<li>${i}</li>`)}</ul>` : html`<p>${m.noFlags}</p>`}</section>`;
  }

  #roles(current: RoundResult, title: (a: AspectResult) => string): TemplateResult {
    const m = this.port.t();
    const shown = [...new Set(current.aspects.flatMap((a) => a.roles.filter((r) => !r.suppressed).map((r) => r.role)))];
    const hidden = current.aspects.some((a) => a.roles.some((r) => r.suppressed));
    return html`<section>${heading(this.port.options.headingLevel + 1, m.byRole)}
      ${
        shown.length
          ? html`<div class="scroll" tabindex="0" role="region" aria-label=${m.byRole}><table><caption class="visually-hidden">${m.byRole}</caption>
            <thead><tr><th scope="col">${m.aspect}</th>${shown.map((r) => html`<th scope="col" class="num">${m.roles[r]}</th>`)}</tr></thead>
            <tbody>${current.aspects.map(
              (a) =>
                html`<tr><th scope="row">${title(a)}</th>${shown.map((role) => {
                  const r = a.roles.find((x) => x.role === role);
                  return html`<td class="num">${r && !r.suppressed ? `${this.#num(r.mean)} (${r.n})` : m.none}</td>`;
                })}</tr>`,
            )}</tbody></table></div>`
          : html`<p>${m.noRoles}</p>`
      }
      ${hidden ? html`<p class="note">${m.suppressedNote(3)}</p>` : nothing}</section>`;
  }

  #overTime(rounds: RoundResult[], title: (a: AspectResult) => string): TemplateResult | typeof nothing {
    const m = this.port.t();
    const shown = rounds.filter((r) => r.shown);
    if (shown.length < 2) return nothing;
    return html`<section>${heading(this.port.options.headingLevel + 1, m.overTime)}
      <div class="scroll" tabindex="0" role="region" aria-label=${m.overTimeCaption}><table><caption>${m.overTimeCaption}</caption>
        <thead><tr><th scope="col">${m.aspect}</th>${shown.map((r) => html`<th scope="col" class="num">${r.round.title}</th>`)}</tr></thead>
        <tbody>${shown[0].aspects.map((a, i) => html`<tr><th scope="row">${title(a)}</th>${shown.map((r) => html`<td class="num">${this.#num(r.aspects[i]?.mean ?? null)}</td>`)}</tr>`)}</tbody>
      </table></div></section>`;
  }

  #statements(check: CooperationCheck, current: RoundResult): TemplateResult {
    const m = this.port.t();
    const responses = check.responses.filter((r) => r.round === current.round.id);
    return html`<section>${heading(this.port.options.headingLevel + 1, m.perStatement)}
      ${check.instrument.aspects.map((aspect: InstrumentAspect, i) => {
        const comments = responses.map((r) => r.comments?.[aspect.id]).filter((c): c is string => !!c);
        return html`<details><summary>${this.#text(aspect.title)}</summary>
          <div class="scroll" tabindex="0" role="region" aria-label=${`${m.perStatement}: ${this.#text(aspect.title)}`}><table><caption class="visually-hidden">${m.perStatement}: ${this.#text(aspect.title)}</caption>
            <thead><tr><th scope="col">${m.statement}</th>${m.scale.map((s) => html`<th scope="col" class="num">${s}</th>`)}
              <th scope="col" class="num">${m.unknown}</th><th scope="col" class="num">${m.mean}</th></tr></thead>
            <tbody>${current.aspects[i].statements.map(
              (s, j) => html`<tr><th scope="row">${this.#text(aspect.statements[j]?.text)}</th>
              ${s.counts.map((c) => html`<td class="num">${c}</td>`)}<td class="num">${s.unknown}</td><td class="num">${this.#num(s.mean)}</td></tr>`,
            )}</tbody>
          </table></div>
          ${comments.length ? html`${heading(this.port.options.headingLevel + 2, m.comments)}<ul>${comments.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
        </details>`;
      })}</section>`;
  }
}
