/**
 * What the people in a live room see of each other: a compact list of who is here, a mark with a
 * name on what someone else has selected, following one person's selection, and a notice (with a way
 * back) when someone else removes what this person was working on. Part of the live chunk: a page
 * without a room loads none of it.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { Person, Presence, PresenceSelection } from '../sdk/live/presence.js';
import type { Change } from '../sdk/store.js';
import type { Dataset } from '../sdk/model.js';
import type { Lang } from '../translations/localize.js';
import { presenceMessages, type PresenceMessages } from '../translations/live.js';

/** A tool that shows the room: it renders again when someone selects, and may follow a person. */
export interface PresenceViewer extends HTMLElement {
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The user-name of the person to follow, if any. */
  follow?: string;
  /** Shows what the followed person selected (a tool ignores kinds it does not show). */
  followSelection(selection: PresenceSelection): void;
}

/** Colours a person's initials and marks; always beside the name, never the only cue. */
const COLOURS = 6;
/** At most one presence announcement in this many milliseconds (twelve people typing must not flood a screen reader). */
export const ANNOUNCE_INTERVAL = 4000;

export const presenceStyles: CSSResult = css`
  .presence-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; margin-block: var(--_space, 0.5rem); }
  .people { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; margin: 0; padding: 0; list-style: none; }
  .people li { display: inline-flex; align-items: center; gap: 0.25rem; }
  .initials {
    display: inline-grid; place-items: center; min-inline-size: 1.75rem; block-size: 1.75rem; padding-inline: 0.2rem;
    border-radius: 50%; font-size: 0.875em; font-weight: 700; color: light-dark(#ffffff, #121212); background: var(--_pc);
  }
  /* Dark colours with light initials in a light scheme, light ones with dark initials in a dark one. */
  .pc0 { --_pc: light-dark(#00529c, #8cc2ff); } .pc1 { --_pc: light-dark(#b3261e, #ff8a80); } .pc2 { --_pc: light-dark(#1b6e3a, #6fcf8f); }
  .pc3 { --_pc: light-dark(#7a4b00, #e6b463); } .pc4 { --_pc: light-dark(#6b2c91, #d3a6f0); } .pc5 { --_pc: light-dark(#005f66, #5fd0d8); }
  .presence-mark {
    display: inline-block; padding-inline: 0.375rem; border: 2px dashed var(--_pc, currentColor); border-radius: var(--_radius, 4px);
    background: var(--_background); color: var(--_color); font-size: 0.875rem; font-weight: 600; line-height: 1.4;
  }
  .removed-notice { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; border-inline-start: 4px solid var(--_accent); }
  .removed-notice p { margin: 0; }
  .follow { display: inline-flex; align-items: center; gap: 0.375rem; }
  .follow-away { color: var(--_muted); }
  .follow input { inline-size: 1.25rem; block-size: 1.25rem; margin: 0; }
  @media (forced-colors: active) { .initials { border: 1px solid CanvasText; } .presence-mark { border-color: CanvasText; } }
  @media print { .presence-bar, .removed-notice { display: none; } }
`;

export function colourClass(person: Person): string {
  return `pc${Math.abs(person.id) % COLOURS}`;
}

/** One or two letters for a name: the first letters of its first and last word. */
export function initials(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return '?';
  const first = [...words[0]][0] ?? '?';
  const last = words.length > 1 ? ([...words[words.length - 1]][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** Everyone but this page's person who has `kind`/`id` selected. */
export function othersOn(people: readonly Person[], kind: PresenceSelection['kind'], id: string): Person[] {
  return people.filter((p) => !p.self && p.selection?.kind === kind && p.selection.id === id);
}

/** A visible name tag for the others on a thing (dashed border in the first one's colour), or nothing. */
export function renderMark(others: readonly Person[], lang: Lang): TemplateResult | typeof nothing {
  if (!others.length) return nothing;
  const t = presenceMessages[lang];
  const names = others.map((p) => p.name || t.unnamed).join(', ');
  return html`<span class="presence-mark ${colourClass(others[0])}" part="presence-mark"><span class="visually-hidden">${t.alsoHere} </span>${names}</span>`;
}

/** The compact list of who is here: initials (coloured) and the name, "(jij)" for oneself. */
export function renderPeople(people: readonly Person[], lang: Lang): TemplateResult {
  const t = presenceMessages[lang];
  return html`<ul class="people" part="presence" aria-label=${t.here}>${people.map(
    (p) => html`<li>
    <span class="initials ${colourClass(p)}" aria-hidden="true">${initials(p.name || t.unnamed)}</span>
    <span>${p.name || t.unnamed}${p.self ? html` ${t.you}` : nothing}</span></li>`,
  )}</ul>`;
}

/** What was removed and how to put it back. */
export interface Removed {
  name: string;
  changes: Change[];
}

/**
 * When `selection` was in `before` and is gone from `after`: its name and the changes that put it
 * back (a goal with the goals under it, a party with its relations and network places). Undefined otherwise.
 */
export function removedThing(
  before: Dataset,
  after: Dataset,
  selection: PresenceSelection | null,
): Removed | undefined {
  if (!selection) return undefined;
  const { kind, id } = selection;
  if (kind === 'goal') {
    const old = before.goalTrees.find((t) => t.goals.some((g) => g.id === id));
    if (!old) return undefined;
    const now = after.goalTrees.find((t) => t.id === old.id);
    const name = old.goals.find((g) => g.id === id)!.title;
    if (!now) return { name, changes: [{ op: 'put', collection: 'goalTrees', record: old }] };
    if (now.goals.some((g) => g.id === id)) return undefined;
    // The goals that went with it are put back after the goal that came before each of them.
    const goals = [...now.goals];
    const present = new Set(goals.map((g) => g.id));
    old.goals.forEach((g, i) => {
      if (present.has(g.id)) return;
      const previous = old.goals[i - 1];
      goals.splice(previous ? goals.findIndex((x) => x.id === previous.id) + 1 : 0, 0, g);
      present.add(g.id);
    });
    return { name, changes: [{ op: 'put', collection: 'goalTrees', record: { ...now, goals } }] };
  }
  if (kind === 'party') {
    const party = before.parties.find((p) => p.id === id);
    if (!party) return undefined;
    const changes: Change[] = [];
    if (!after.parties.some((p) => p.id === id)) changes.push({ op: 'put', collection: 'parties', record: party });
    const afterRelations = new Set(after.relations.map((r) => r.id));
    for (const r of before.relations) {
      if ((r.source === id || r.target === id) && !afterRelations.has(r.id))
        changes.push({ op: 'put', collection: 'relations', record: r });
    }
    for (const net of before.careNetworks) {
      const member = net.members.find((m) => m.party === id);
      const now = after.careNetworks.find((n) => n.id === net.id);
      if (!member || !now || now.members.some((m) => m.party === id)) continue;
      const kept = new Set(now.relations.map((r) => r.id));
      const relations = [
        ...now.relations,
        ...net.relations.filter((r) => (r.source === id || r.target === id) && !kept.has(r.id)),
      ];
      changes.push({
        op: 'put',
        collection: 'careNetworks',
        record: { ...now, members: [...now.members, member], relations },
      });
    }
    return changes.length ? { name: party.name, changes } : undefined;
  }
  if (kind === 'relation') {
    const name = (p: string) => before.parties.find((x) => x.id === p)?.name ?? p;
    const top = before.relations.find((r) => r.id === id);
    if (top && !after.relations.some((r) => r.id === id))
      return {
        name: `${name(top.source)} – ${name(top.target)}`,
        changes: [{ op: 'put', collection: 'relations', record: top }],
      };
    for (const net of before.careNetworks) {
      const r = net.relations.find((x) => x.id === id);
      const now = after.careNetworks.find((n) => n.id === net.id);
      if (r && now && !now.relations.some((x) => x.id === id)) {
        return {
          name: `${name(r.source)} – ${name(r.target)}`,
          changes: [{ op: 'put', collection: 'careNetworks', record: { ...now, relations: [...now.relations, r] } }],
        };
      }
    }
  }
  return undefined;
}

/** Says one thing at a time, at most once per `interval`: what comes meanwhile waits, and only the latest is said. */
export class RateLimitedAnnouncer {
  text = '';
  #last = -Infinity;
  #timer?: ReturnType<typeof setTimeout>;
  #waiting?: string;

  constructor(
    private readonly changed: () => void,
    private readonly interval = ANNOUNCE_INTERVAL,
  ) {}

  say(text: string): void {
    const wait = this.#last + this.interval - performance.now();
    if (wait <= 0 && !this.#timer) {
      this.#show(text);
      return;
    }
    this.#waiting = text;
    this.#timer ??= setTimeout(
      () => {
        this.#timer = undefined;
        if (this.#waiting !== undefined) this.#show(this.#waiting);
        this.#waiting = undefined;
      },
      Math.max(wait, 0),
    );
  }

  destroy(): void {
    clearTimeout(this.#timer);
  }

  #show(text: string): void {
    this.#last = performance.now();
    // The same words again are still heard: a no-break space makes them a new text.
    this.text = this.text === text ? `${text}\u00a0` : text;
    this.changed();
  }
}

/** The people of a room as the tools see them: who is where, who joined or left, whom to follow. */
export class PresenceView {
  readonly announcer: RateLimitedAnnouncer;
  readonly #viewers = new Set<PresenceViewer>();
  /** Viewers whose user switched following off. */
  readonly #notFollowing = new WeakSet<PresenceViewer>();
  readonly #followed = new WeakMap<PresenceViewer, string>();
  #frame = 0;
  #presence?: Presence;
  #stop?: () => void;

  constructor(
    private readonly lang: () => Lang,
    private readonly host: PresenceViewer,
  ) {
    this.announcer = new RateLimitedAnnouncer(() => host.requestUpdate());
  }

  get people(): readonly Person[] {
    return this.#presence?.people ?? [];
  }

  get #t(): PresenceMessages {
    return presenceMessages[this.lang()];
  }

  /** Follows a (new) presence: its changes render the viewers again, once per frame. */
  attach(presence: Presence | undefined): void {
    this.#stop?.();
    this.#presence = presence;
    this.#stop = presence?.subscribe(() => this.#changed());
    this.#changed();
  }

  /** Adds a tool that shows this room; returns a function that removes it. */
  watch(viewer: PresenceViewer): () => void {
    this.#viewers.add(viewer);
    adopt(viewer);
    viewer.requestUpdate();
    return () => this.#viewers.delete(viewer);
  }

  destroy(): void {
    this.#stop?.();
    cancelAnimationFrame(this.#frame);
    this.announcer.destroy();
  }

  /** The follow switch of one viewer, when it follows someone. */
  renderFollow(viewer: PresenceViewer): TemplateResult | typeof nothing {
    const name = viewer.follow;
    if (!name) return nothing;
    const t = this.#t;
    const on = !this.#notFollowing.has(viewer);
    const away = on && !this.people.some((p) => !p.self && p.name === name);
    return html`<label class="follow" part="follow"><input type="checkbox" role="switch" .checked=${on}
      @change=${(e: Event) => this.#setFollowing(viewer, (e.target as HTMLInputElement).checked)} />${t.follow(name)}</label>
      ${away ? html`<span class="follow-away">${t.followAway(name)}</span>` : nothing}`;
  }

  #setFollowing(viewer: PresenceViewer, on: boolean): void {
    if (on) this.#notFollowing.delete(viewer);
    else this.#notFollowing.add(viewer);
    this.#followed.delete(viewer);
    this.#follow();
    viewer.requestUpdate();
  }

  #changed(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#follow();
      this.host.requestUpdate();
      for (const v of this.#viewers) v.requestUpdate();
    });
  }

  #follow(): void {
    for (const viewer of [this.host, ...this.#viewers]) {
      const name = viewer.follow;
      if (!name || this.#notFollowing.has(viewer)) continue;
      const selection = this.people.find((p) => !p.self && p.name === name)?.selection;
      if (!selection) continue;
      const key = `${selection.kind}:${selection.id}`;
      if (this.#followed.get(viewer) === key) continue;
      this.#followed.set(viewer, key);
      viewer.followSelection(selection);
    }
  }
}

/** Gives a viewer's shadow root the presence styles, once. */
export function adopt(viewer: PresenceViewer): void {
  const root = viewer.renderRoot;
  const sheet = presenceStyles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
