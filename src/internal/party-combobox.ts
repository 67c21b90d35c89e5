/**
 * A field to pick a party from the dataset, or to add a new one on purpose: the WAI-ARIA 1.2
 * combobox with a list of matches (`aria-autocomplete="list"`). Typing part of a name never makes a
 * new party by itself — only the explicit option “nieuwe partij ‘…’ toevoegen” does — so the shared
 * sociale kaart does not fill up with doubles.
 *
 * A ReactiveController with a render method, for any Lit element that lets people name a party:
 *
 * ```ts
 * #partner = new PartyCombobox(this, 'gt-partner');
 * render() { return this.#partner.render({ parties, label, lang, choose: (c) => … }); }
 * ```
 * Its styles (`partyComboboxStyles`) go into the element's styles.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Party } from '../sdk/model.js';
import type { Lang } from '../translations/localize.js';
import { partyComboboxMessages } from '../translations/party-combobox.js';

/** What the user chose: a party of the dataset, or a new party with this name. */
export type PartyChoice = { party: Party } | { name: string };

export interface PartyComboboxOptions {
  /** The parties that can be chosen (leave out those already chosen). */
  parties: readonly Party[];
  /** The visible label of the field. */
  label: string;
  lang: Lang;
  /** Called with the choice; return false to keep what was typed (the edit was refused). */
  choose: (choice: PartyChoice) => boolean | void;
  /** Id of a message about the field (a problem with what was typed), and whether it says the value is wrong. */
  describedBy?: string;
  invalid?: boolean;
}

/** Matches shown at most; typing more narrows them. */
const SHOWN = 8;

/** Lower case without accents, so ‘Zorgcentrum Sint-Jozef’ is found by ‘sint jozef’ and ‘ç’ by ‘c’. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-‐]+/g, ' ')
    .trim();

/** The parties whose name contains `query`, names starting with it first. */
export function matchParties(parties: readonly Party[], query: string, limit = SHOWN): Party[] {
  const q = fold(query);
  if (!q) return parties.slice(0, limit);
  const starts: Party[] = [];
  const contains: Party[] = [];
  for (const p of parties) {
    const name = fold(p.name);
    const at = name.indexOf(q);
    if (at === 0 || (at > 0 && name[at - 1] === ' ')) starts.push(p);
    else if (at > 0) contains.push(p);
  }
  return [...starts, ...contains].slice(0, limit);
}

type Option = { party: Party } | { name: string };

export class PartyCombobox implements ReactiveController {
  #query = '';
  #open = false;
  /** Index of the active option, -1 when none is. */
  #active = -1;
  #options: Option[] = [];
  #said = '';

  /** `id` names the field (`<id>`), its list (`<id>-list`) and options; unique in the host's shadow root. */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    readonly id: string,
  ) {
    host.addController(this);
  }

  /** A field that leaves the page comes back closed. */
  hostDisconnected(): void {
    this.#open = false;
    this.#active = -1;
  }

  /** The field, its visible label, the list of matches and a status that says how many there are. */
  render(o: PartyComboboxOptions): TemplateResult {
    const t = partyComboboxMessages[o.lang];
    const query = this.#query.trim();
    const matches = matchParties(o.parties, query);
    const exact = query ? o.parties.find((p) => fold(p.name) === fold(query)) : undefined;
    this.#options = [...matches.map((party) => ({ party })), ...(query && !exact ? [{ name: query }] : [])];
    if (this.#active >= this.#options.length) this.#active = this.#options.length - 1;
    const open = this.#open && this.#options.length > 0;
    const optionId = (i: number) => `${this.id}-option-${i}`;
    return html`<div class="party-combobox" @focusout=${this.#onFocusOut}>
      <label for=${this.id}>${o.label}</label>
      <div class="party-combobox-field">
        <input id=${this.id} role="combobox" aria-autocomplete="list" aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${this.id}-list" aria-activedescendant=${ifDefined(open && this.#active >= 0 ? optionId(this.#active) : undefined)}
          aria-describedby=${ifDefined(o.describedBy)} aria-invalid=${ifDefined(o.invalid === undefined ? undefined : o.invalid ? 'true' : 'false')}
          autocomplete="off" maxlength="500" .value=${this.#query}
          @input=${this.#onInput} @keydown=${(e: KeyboardEvent) => this.#onKey(e, o)} @click=${this.#toggle} />
        <ul id="${this.id}-list" role="listbox" aria-label=${o.label} ?hidden=${!open}>
          ${
            open
              ? this.#options.map(
                  (
                    option,
                    i,
                  ) => html`<li id=${optionId(i)} role="option" aria-selected=${i === this.#active ? 'true' : 'false'}
                class=${'name' in option ? 'new' : ''} @mousedown=${(e: MouseEvent) => e.preventDefault()}
                @click=${() => this.#choose(i, o)}>${'name' in option ? t.addNew(option.name) : option.party.name}</li>`,
                )
              : nothing
          }
        </ul>
      </div>
      <span class="visually-hidden" role="status">${this.#said}</span>
    </div>`;
  }

  /** What is typed in the field. */
  get query(): string {
    return this.#query;
  }

  /**
   * Chooses the active option, the party whose name was typed in full, or else opens the list to
   * choose from — with the focus in the field, also when a submit button was pressed, so the arrow keys work.
   */
  submit(o: PartyComboboxOptions): void {
    if (this.#open && this.#active >= 0) return this.#choose(this.#active, o);
    const query = fold(this.#query);
    const exact = query ? this.#options.findIndex((x) => 'party' in x && fold(x.party.name) === query) : -1;
    if (exact >= 0) return this.#choose(exact, o);
    if (!this.#query.trim()) return;
    this.#show(0, o);
    void this.host.updateComplete.then(() =>
      (this.host.shadowRoot ?? this.host).querySelector<HTMLInputElement>(`#${this.id}`)?.focus(),
    );
  }

  #show(active: number, o: PartyComboboxOptions): void {
    this.#open = true;
    this.#active = active;
    this.host.requestUpdate();
    // The list is built in render; say how many there are once it is.
    void this.host.updateComplete.then(() =>
      this.#say(partyComboboxMessages[o.lang].found(this.#options.filter((x) => 'party' in x).length)),
    );
  }

  #say(text: string): void {
    this.#said = this.#said === text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  #choose(i: number, o: PartyComboboxOptions): void {
    const option = this.#options[i];
    if (!option) return;
    if (o.choose(option) === false) return;
    this.#query = '';
    this.#open = false;
    this.#active = -1;
    this.#said = '';
    this.host.requestUpdate();
  }

  #onInput = (e: Event): void => {
    this.#query = (e.target as HTMLInputElement).value;
    this.#open = this.#query.trim() !== '';
    this.#active = -1;
    this.host.requestUpdate();
  };

  #toggle = (): void => {
    this.#open = !this.#open;
    this.host.requestUpdate();
  };

  #onFocusOut = (): void => {
    if (!this.#open) return;
    this.#open = false;
    this.#active = -1;
    this.host.requestUpdate();
  };

  #onKey(e: KeyboardEvent, o: PartyComboboxOptions): void {
    const n = this.#options.length;
    const move = (to: number) => {
      e.preventDefault();
      if (!this.#open) return this.#show(e.altKey ? -1 : to, o);
      this.#active = n ? (to + n) % n : -1;
      this.host.requestUpdate();
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(this.#open ? this.#active + 1 : 0);
      case 'ArrowUp':
        return move(this.#open ? (this.#active < 0 ? n - 1 : this.#active - 1) : n - 1);
      case 'Enter':
        e.preventDefault();
        return this.submit(o);
      case 'Escape':
        if (!this.#open && !this.#query) return;
        e.preventDefault();
        e.stopPropagation();
        if (this.#open) this.#open = false;
        else this.#query = '';
        this.#active = -1;
        this.host.requestUpdate();
    }
  }
}

export const partyComboboxStyles = css`
  .party-combobox { display: grid; gap: 0.125rem; }
  .party-combobox-field { position: relative; }
  .party-combobox input { inline-size: 100%; box-sizing: border-box; }
  .party-combobox [role='listbox'] {
    position: absolute; z-index: 1; inset-inline: 0; inset-block-start: 100%; margin: 0; padding: 0.25rem 0;
    list-style: none; max-block-size: 16rem; overflow: auto;
    background: var(--_background, Canvas); color: inherit; border: 1px solid var(--_border, CanvasText); border-radius: var(--_radius, 4px);
  }
  .party-combobox [role='option'] { padding: 0.25rem 0.5rem; cursor: pointer; }
  .party-combobox [role='option'].new { font-style: italic; border-block-start: 1px solid var(--_border, CanvasText); }
  .party-combobox [role='option'][aria-selected='true'] { background: var(--_selected-bg, var(--_surface)); outline: 2px solid var(--_focus, Highlight); outline-offset: -2px; }
  @media (forced-colors: active) {
    .party-combobox [role='option'][aria-selected='true'] { background: Highlight; color: HighlightText; }
  }
`;
