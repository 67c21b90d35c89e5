import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { cssProps } from '../../internal/css-props.js';
import type { Party } from '../../sdk/model.js';
import type { WhoIsWhoMessages } from '../../translations/who-is-who.js';
import { fieldMarker } from '../../internal/field-style.js';

/** Height of one row of the list, in CSS pixels; rows have a fixed height so the list can be virtual. */
export const ROW_HEIGHT = 76;
const OVERSCAN = 6;

export interface ListViewContext {
  parties: readonly Party[];
  selected: string | null;
  relationCount: (id: string) => number;
  t: WhoIsWhoMessages;
  select: (id: string) => void;
  /** In a live room: the name tag of the others who have this party selected. */
  mark?: (id: string) => TemplateResult | typeof nothing;
}

/**
 * A virtual listbox: only the rows in view (plus a few) are in the DOM, so thousands of parties stay
 * fast. Focus stays on the listbox and `aria-activedescendant` points at the active row, which is
 * always rendered; rows carry `aria-setsize`/`aria-posinset` so a screen reader knows the whole.
 */
export class VirtualListController implements ReactiveController {
  #scrollTop = 0;
  #viewport = 480;
  #active = 0;
  #frame = 0;
  #observer?: ResizeObserver;
  #element?: HTMLElement;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Index of the active row (the one the keyboard is on). */
  get active(): number {
    return this.#active;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#element = undefined;
    cancelAnimationFrame(this.#frame);
  }

  /** Moves the active row to `index` and scrolls it into view. */
  activate(index: number, count: number): void {
    this.#active = Math.max(0, Math.min(count - 1, index));
    const el = this.#element;
    if (el) {
      const top = this.#active * ROW_HEIGHT;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
      this.#scrollTop = el.scrollTop;
    }
    this.host.requestUpdate();
  }

  /** Keeps the active row on the selected party when the selection comes from elsewhere. */
  follow(parties: readonly Party[], selected: string | null): void {
    if (!selected) return;
    const index = parties.findIndex((p) => p.id === selected);
    if (index >= 0 && index !== this.#active) this.activate(index, parties.length);
  }

  #attach(el: HTMLElement): void {
    if (this.#element === el) return;
    this.#observer?.disconnect();
    this.#element = el;
    this.#observer = new ResizeObserver(() => {
      if (Math.abs(el.clientHeight - this.#viewport) > 1) {
        this.#viewport = el.clientHeight || this.#viewport;
        this.host.requestUpdate();
      }
    });
    this.#observer.observe(el);
  }

  #onScroll = (e: Event) => {
    const el = e.currentTarget as HTMLElement;
    this.#attach(el);
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      this.#scrollTop = el.scrollTop;
      this.host.requestUpdate();
    });
  };

  #onKeyDown(e: KeyboardEvent, ctx: ListViewContext): void {
    const count = ctx.parties.length;
    if (!count) return;
    const page = Math.max(1, Math.floor(this.#viewport / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: this.#active + 1,
      ArrowUp: this.#active - 1,
      PageDown: this.#active + page,
      PageUp: this.#active - page,
      Home: 0,
      End: count - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      this.activate(moves[e.key], count);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const party = ctx.parties[this.#active];
      if (party) ctx.select(party.id);
    }
  }

  /** The listbox with the rows in view. */
  render(ctx: ListViewContext): TemplateResult {
    const count = ctx.parties.length;
    if (this.#active >= count) this.#active = Math.max(0, count - 1);
    const first = Math.max(0, Math.floor(this.#scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(count, Math.ceil((this.#scrollTop + this.#viewport) / ROW_HEIGHT) + OVERSCAN);
    const indices: number[] = [];
    for (let i = first; i < last; i++) indices.push(i);
    if (count && (this.#active < first || this.#active >= last)) indices.push(this.#active);
    const activeId = count ? `party-option-${this.#active}` : '';
    return html`<div
      class="listbox"
      part="list"
      role="listbox"
      tabindex="0"
      aria-label=${ctx.t.listLabel}
      aria-activedescendant=${activeId || nothing}
      style=${cssProps({ '--_total': `${count * ROW_HEIGHT}px` })}
      @scroll=${this.#onScroll}
      @focus=${(e: FocusEvent) => this.#attach(e.currentTarget as HTMLElement)}
      @keydown=${(e: KeyboardEvent) => this.#onKeyDown(e, ctx)}
    >
      ${indices.map((i) => this.#row(ctx, ctx.parties[i], i, count))}
    </div>`;
  }

  #row(ctx: ListViewContext, party: Party, index: number, count: number): TemplateResult {
    const { t } = ctx;
    const selected = party.id === ctx.selected;
    const relations = ctx.relationCount(party.id);
    return html`<div
      id="party-option-${index}"
      class="option ${index === this.#active ? 'active' : ''}"
      part="option${selected ? ' option-selected' : ''}"
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      aria-setsize=${count}
      aria-posinset=${index + 1}
      style=${cssProps({ top: `${index * ROW_HEIGHT}px` })}
      @click=${() => {
        this.#active = index;
        ctx.select(party.id);
      }}
    >
      <span class="option-name">${fieldMarker(party.field)}<span>${party.name}</span>${ctx.mark?.(party.id) ?? nothing}</span>
      <span class="option-meta">${t.kindNames[party.kind]} · ${t.fieldNames[party.field]} · ${t.relationCount(relations)}${party.areas?.length ? ` · ${party.areas.join(', ')}` : ''}</span>
      ${party.description ? html`<span class="option-description">${party.description}</span>` : nothing}
    </div>`;
  }
}
