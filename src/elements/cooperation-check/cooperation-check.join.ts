/**
 * The join panel of the results in a room: the participants' link and its QR code, with a button that
 * shows the code large for the projector. Loaded (with the QR encoder, uqr) only when the host sets
 * `join-url`; the code is an SVG path drawn from the encoder's modules — no markup from a string, so it
 * works under a strict CSP.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';
import type { CooperationCheck, Round } from '../../sdk/model.js';
import { newId } from '../../sdk/store.js';
import { isSafeUrl } from '../../sdk/model.js';
import { joinMessages } from '../../translations/cooperation-check-join.js';
import { heading } from '../../internal/heading.js';
import type { CheckPort } from './cooperation-check.port.js';
import { joinStyles } from './cooperation-check.join-styles.js';

/** The link with the room, server, fill token, check and round filled in; undefined when it is not an http(s) URL. */
export function joinLink(
  template: string,
  values: Record<'room' | 'server' | 'token' | 'check' | 'round', string>,
): string | undefined {
  const filled = template.replace(/\{(room|server|token|check|round)\}/g, (_, key: keyof typeof values) =>
    encodeURIComponent(values[key]),
  );
  try {
    const url = new URL(filled, document.baseURI).href;
    return isSafeUrl(url, ['http:', 'https:']) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The QR code of `text` as an SVG: one path of dark modules on a white square with a quiet zone. */
export function qrCode(text: string, label: string): TemplateResult {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (x + run < size && row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return html`<svg class="qr" part="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">${svg`<path d=${d}></path>`}</svg>`;
}

export class JoinPanel {
  #instrumentModule?: typeof import('../../sdk/instrument.js');

  constructor(private readonly port: CheckPort) {
    port.adopt(joinStyles);
  }

  render(check: CooperationCheck | undefined, round: Round | undefined): TemplateResult {
    const el = this.port.options;
    const j = joinMessages[this.port.lang()];
    const link =
      round && el.fillToken
        ? joinLink(el.joinUrl ?? '', {
            room: el.roomInUse?.room ?? '',
            server: el.roomInUse?.server ?? '',
            token: el.fillToken,
            check: check?.id ?? '',
            round: round.id,
          })
        : undefined;
    return html`<section class="join" part="join">
      ${heading(el.headingLevel + 1, j.heading)}
      ${
        !el.fillToken
          ? html`<p class="status error" role="alert">${j.noToken}</p>`
          : !round
            ? html`<p>${j.noRound}</p>`
            : !link
              ? html`<p class="status error" role="alert">${j.badUrl}</p>`
              : html`<p>${j.intro(round.title)}</p>
                ${qrCode(link, j.qr)}
                <p>${j.link}: <a href=${link}>${link}</a></p>
                <button type="button" @click=${(e: Event) => this.#showLarge(e)}>${j.showLarge}</button>
                <dialog aria-label=${j.qr} @close=${() => this.port.query<HTMLElement>('.join > button')?.focus()}>
                  ${qrCode(link, j.qr)}
                  <p>${round.title}</p>
                  <form method="dialog"><button type="submit" autofocus>${j.close}</button></form>
                </dialog>`
      }
      ${el.editable ? html`<button type="button" class="open-round" @click=${() => void this.#openRound(check)}>${j.openRound}</button>` : nothing}
    </section>`;
  }

  #showLarge(e: Event): void {
    (e.currentTarget as HTMLElement).parentElement?.querySelector('dialog')?.showModal();
  }

  /** A new round dated today (and the check, with the built-in instrument, when the room has none yet). */
  async #openRound(check: CooperationCheck | undefined): Promise<void> {
    const { options: el, t } = this.port;
    const j = joinMessages[this.port.lang()];
    this.#instrumentModule ??= await import('../../sdk/instrument.js');
    const current = el.check ?? check;
    const base: CooperationCheck = current ?? {
      id: newId('check'),
      title: t().defaultTitle,
      instrument: this.#instrumentModule.defaultInstrument({ carerLens: el.carerLens }),
      rounds: [],
      responses: [],
      actions: [],
    };
    const round: Round = {
      id: newId('round'),
      title: j.roundTitle(base.rounds.length + 1),
      date: new Date().toISOString().slice(0, 10),
    };
    this.port.edit({ op: 'put', collection: 'checks', record: { ...base, rounds: [...base.rounds, round] } });
  }
}
