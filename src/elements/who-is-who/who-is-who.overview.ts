import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { sameWords } from '../../sdk/analysis/same-words.js';
import { PartyGrouping } from '../../sdk/analysis/party-grouping.js';
import { type GroupBy, type PartyGroup, type PartyGroups } from '../../sdk/analysis/who-is-who.js';
import { FIELDS, type Dataset, type Field, type Party, type Relation } from '../../sdk/model.js';
import type { WhoIsWhoMessages } from '../../translations/who-is-who.js';
import type { GroupPicture } from './who-is-who.graph-build.js';

/**
 * From this many parties on, the network opens on an overview: a node per field or wijk with its
 * number of parties, and a line per pair of groups that work together. Thousands of names and lines
 * cannot be read at once anyway, and Cytoscape takes in a few dozen elements in a moment.
 */
export const OVERVIEW_FROM = 1000;
/** An open group draws the ties between its parties up to this many elements; beyond, only the chosen party's. */
const GROUP_ELEMENTS = 3000;
/** The overview's nodes: the largest group gets this size, in model pixels; the smallest no less than 30. */
const GROUP_SIZE = { max: 90, min: 30 };

/** What the network draws for a large map: the overview, or the parties of the open group. */
export type OverviewScene =
  | { kind: 'groups'; picture: GroupPicture }
  | { kind: 'parties'; parties: readonly Party[]; relations: readonly Relation[]; allTies: boolean }
  | { kind: 'waiting'; picture: GroupPicture };

/**
 * The overview of a large map and the group that is open: what the network view draws, and its text
 * view (every group with its counts and its strongest ties, as buttons that open it). The results are
 * kept until the data, the filter, the grouping or the choice change, so an update draws nothing anew.
 */
export class WhoIsWhoOverview {
  by: GroupBy = 'field';
  open: string | null = null;
  #groups?: {
    dataset: Pick<Dataset, 'parties' | 'relations'>;
    visible: ReadonlySet<string> | null;
    by: GroupBy;
    grouping: PartyGrouping;
    result: PartyGroups;
  };
  #picture?: { groups: PartyGroups; lang: WhoIsWhoMessages; result: GroupPicture };
  #scene?: { key: readonly unknown[]; result: OverviewScene };

  /** True when the map is large enough for an overview. */
  applies(parties: readonly Party[]): boolean {
    return parties.length >= OVERVIEW_FROM;
  }

  /** True once groups were worked out (for any data): the first grouping of a map takes a task of its own (see `WhoIsWhoPicture`). */
  get grouped(): boolean {
    return !!this.#groups;
  }

  /** The groups of the dataset, counted for the filter. */
  groups(dataset: Pick<Dataset, 'parties' | 'relations'>, visible: ReadonlySet<string> | null): PartyGroups {
    const g = this.#groups;
    const same =
      g &&
      sameGrouping(g.dataset.parties, dataset.parties) &&
      g.dataset.relations === dataset.relations &&
      g.by === this.by;
    if (same && g.visible === visible) {
      g.dataset = dataset;
      return g.result;
    }
    // A search or filter only counts again: which groups each party and relation is in stays.
    const grouping = same ? g.grouping : new PartyGrouping(dataset, this.by);
    const result = grouping.count(visible);
    this.#groups = { dataset, visible, by: this.by, grouping, result };
    if (this.open !== null && !result.groups.some((x) => x.key === this.open)) this.open = null;
    return result;
  }

  /** Opens the group of a party chosen elsewhere (the list, the keys, a link in the details), unless it is in the open one. */
  follow(party: Party | undefined): void {
    const groups = this.#groups?.result.groups;
    if (!party || !groups) return;
    const open = groups.find((g) => g.key === this.open);
    if (open?.parties.includes(party.id)) return;
    const key = this.by === 'field' ? party.field : groups.find((g) => g.parties.includes(party.id))?.key;
    if (key !== undefined) this.open = key;
  }

  /** What the network draws now. */
  scene(
    dataset: Pick<Dataset, 'parties' | 'relations'>,
    visible: ReadonlySet<string> | null,
    selected: string | null,
    t: WhoIsWhoMessages,
  ): OverviewScene {
    const groups = this.groups(dataset, visible);
    const group = this.open === null ? undefined : groups.groups.find((g) => g.key === this.open);
    const key = [groups, group, group && dataset.parties, group && dataset.relations, group && selected, t];
    if (this.#scene && this.#scene.key.every((k, i) => k === key[i])) return this.#scene.result;
    let result: OverviewScene;
    if (!group) result = { kind: 'groups', picture: this.#pictureOf(groups, t) };
    else {
      const members = new Set(group.parties);
      const allTies = group.parties.length + group.inner <= GROUP_ELEMENTS;
      // The chosen party's ties, and the parties at their other end, are drawn wherever these are.
      const relations = dataset.relations.filter(
        (r) =>
          (allTies && members.has(r.source) && members.has(r.target)) ||
          (selected !== null && (r.source === selected || r.target === selected)),
      );
      const shown = new Set(members);
      if (selected !== null) for (const r of relations) shown.add(r.source).add(r.target);
      const parties = dataset.parties.filter((p) => shown.has(p.id));
      result = parties.some((p) => !p.position)
        ? { kind: 'waiting', picture: this.#pictureOf(groups, t) }
        : { kind: 'parties', parties, relations, allTies };
    }
    this.#scene = { key, result };
    return result;
  }

  /** The groups on a circle, largest first from the top, sized by their parties; hidden when the filter leaves none. */
  #pictureOf(groups: PartyGroups, t: WhoIsWhoMessages): GroupPicture {
    if (this.#picture?.groups === groups && this.#picture.lang === t) return this.#picture.result;
    const list = groups.groups;
    const most = Math.max(1, ...list.map((g) => g.parties.length));
    const most_ties = Math.max(1, ...groups.ties.map((x) => x.relations));
    const radius = Math.max(160, list.length * 45);
    const result: GroupPicture = {
      nodes: list.map((g, i) => {
        const angle = (2 * Math.PI * i) / list.length - Math.PI / 2;
        return {
          key: g.key,
          label: t.groupNode(this.nameOf(g.key, t), g.shown),
          field: groups.by === 'field' ? g.key : undefined,
          size: GROUP_SIZE.min + (GROUP_SIZE.max - GROUP_SIZE.min) * Math.sqrt(g.parties.length / most),
          position: { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) },
          hidden: g.shown === 0,
        };
      }),
      edges: groups.ties
        .filter((x) => x.relations > 0)
        .map((x) => ({ a: x.a, b: x.b, width: 1 + Math.round((7 * x.relations) / most_ties) })),
    };
    this.#picture = { groups, lang: t, result };
    return result;
  }

  /** The name of a group in the words of the page. */
  nameOf(key: string, t: WhoIsWhoMessages): string {
    if (this.by === 'field') return (FIELDS as readonly string[]).includes(key) ? t.fieldNames[key as Field] : key;
    return key || t.noArea;
  }

  /**
   * The text view of the overview: the grouping, each group as a button that opens it, with its counts
   * and the groups it works with most; the same content as the picture, for the keyboard and screen readers.
   */
  render(ctx: {
    groups: PartyGroups;
    scene: OverviewScene;
    t: WhoIsWhoMessages;
    level: number;
    change: (by: GroupBy) => void;
    choose: (key: string | null) => void;
  }): TemplateResult {
    const { groups, t } = ctx;
    const open = this.open === null ? undefined : groups.groups.find((g) => g.key === this.open);
    const ties = (g: PartyGroup) =>
      groups.ties
        .filter((x) => x.a === g.key || x.b === g.key)
        .slice(0, 3)
        .map((x) => `${this.nameOf(x.a === g.key ? x.b : x.a, t)} (${x.relations})`)
        .join(', ');
    return html`<section class="overview" part="overview" aria-labelledby="overview-heading">
      ${heading(ctx.level, t.overview, { id: 'overview-heading', class: 'overview-heading' })}
      <p class="muted">${t.overviewHelp}</p>
      <label class="group-by"
        ><span>${t.groupBy}</span>
        <select @change=${(e: Event) => ctx.change((e.target as HTMLSelectElement).value as GroupBy)}>
          <option value="field" ?selected=${this.by === 'field'}>${t.byField}</option>
          <option value="area" ?selected=${this.by === 'area'}>${t.byArea}</option>
        </select></label
      >
      ${open ? html`<p role="status">${t.overviewShows(this.nameOf(open.key, t))} ${ctx.scene.kind === 'waiting' ? t.groupWaiting : ctx.scene.kind === 'parties' && !ctx.scene.allTies ? t.groupEdges : ''}</p>` : nothing}
      <ul class="groups">
        ${groups.groups.map((g) => {
          const name = this.nameOf(g.key, t);
          const most = ties(g);
          return html`<li>
            <button type="button" data-group=${g.key} data-count=${g.parties.length} aria-pressed=${g.key === this.open ? 'true' : 'false'}
              @click=${() => ctx.choose(g.key === this.open ? null : g.key)}>${name}</button>
            <span>${t.groupSummary(g.parties.length, g.shown, g.inner)}.${most ? ` ${t.groupTies(most)}` : ''}</span>
          </li>`;
        })}
      </ul>
      ${open ? html`<button type="button" class="back" @click=${() => ctx.choose(null)}>${t.backToOverview}</button>` : nothing}
    </section>`;
  }
}

/**
 * Whether two lists of parties fall into the same groups: the same ids, fields and wijken in the same
 * order. Stored positions replace every party and change none of these.
 */
function sameGrouping(before: readonly Party[], after: readonly Party[]): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const [a, b] = [before[i], after[i]];
    if (a.id !== b.id || a.field !== b.field || !sameWords(a.areas, b.areas)) return false;
  }
  return true;
}
