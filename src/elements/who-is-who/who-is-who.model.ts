import type { Dataset, Party, Relation } from '../../sdk/model.js';
import {
  PartyIndex,
  partyAreas,
  whoIsWhoInsights,
  type PartyFilter,
  type WhoIsWhoInsights,
} from '../../sdk/analysis/who-is-who.js';
import { sameWords } from '../../sdk/analysis/same-words.js';
import { newId, type Change } from '../../sdk/store.js';
import { removePartyChanges } from '../../sdk/edits.js';
import { partyFromForm, relationFromForm } from './who-is-who.forms.js';

/** How long one task may spend making search texts before it lets the page go on. */
const SLICE_MS = 12;

/**
 * Runs `work` with the milliseconds it may take once the page is idle: after the frames that show a new
 * list and the keys that follow, rather than between them. Where browsers do not say when, in the next task.
 */
function whenIdle(work: (ms: number) => void): void {
  if (typeof requestIdleCallback !== 'function') setTimeout(() => work(SLICE_MS));
  else
    requestIdleCallback((d) => work(d.didTimeout ? SLICE_MS : Math.min(SLICE_MS, d.timeRemaining())), { timeout: 500 });
}

/**
 * What the views derive from the dataset, computed again only when the parties, relations or filter
 * change: the search index, the filtered list, degrees, areas and (on demand) the insights.
 */
export class WhoIsWhoModel {
  filter: Required<PartyFilter> = { query: '', field: '', kind: '', area: '' };
  filtered: readonly Party[] = [];
  #visible?: ReadonlySet<string> | null;
  areas: readonly string[] = [];
  #dataset?: Dataset;
  #index?: PartyIndex;
  #degrees = new Map<string, number>();
  #byId = new Map<string, Party>();
  #insights?: WhoIsWhoInsights;
  #filterKey = '';

  update(dataset: Dataset, filter: Required<PartyFilter>): void {
    const partiesChanged = dataset.parties !== this.#dataset?.parties;
    const relationsChanged = dataset.relations !== this.#dataset?.relations;
    // Stored positions replace every party but change neither ids, words nor areas: keep what depends on those.
    const before = this.#dataset?.parties;
    const sameIds =
      partiesChanged &&
      !!before &&
      before.length === dataset.parties.length &&
      before.every((p, i) => p.id === dataset.parties[i].id);
    if (partiesChanged) {
      // The search texts are made when the page is idle, a slice at a time, or by the first search if it comes sooner.
      const prepare = (ms: number) => {
        if (this.#dataset?.parties === dataset.parties && !this.#search().prepare(ms)) whenIdle(prepare);
      };
      whenIdle(prepare);
      this.#byId = new Map(dataset.parties.map((p) => [p.id, p]));
      if (!sameIds || before.some((p, i) => !sameWords(p.areas, dataset.parties[i].areas)))
        this.areas = partyAreas(dataset.parties);
    }
    if (relationsChanged || (partiesChanged && !sameIds)) this.#degrees = degrees(dataset);
    if (partiesChanged || relationsChanged) this.#insights = undefined;
    this.#dataset = dataset;
    const key = JSON.stringify(filter);
    if (partiesChanged || key !== this.#filterKey) {
      this.#filterKey = key;
      this.filter = filter;
      const active = !!(filter.query.trim() || filter.field || filter.kind || filter.area);
      this.filtered = active ? this.#search().filter(filter) : dataset.parties;
      this.#visible = active ? undefined : null;
    }
  }

  /** The search index of the parties shown now, made when first needed (keeping the texts of unchanged parties). */
  #search(): PartyIndex {
    const parties = this.#dataset?.parties ?? [];
    if (this.#index?.parties !== parties) this.#index = new PartyIndex(parties, this.#index);
    return this.#index;
  }

  /** The ids that pass the filter, or null when nothing is filtered (for the graph); made when first asked for. */
  get visible(): ReadonlySet<string> | null {
    if (this.#visible === undefined) this.#visible = new Set(this.filtered.map((p) => p.id));
    return this.#visible;
  }

  /** Number of parties a party is tied to. */
  degree(id: string): number {
    return this.#degrees.get(id) ?? 0;
  }

  /** The relations of a party with the party at the other end, sorted by name. */
  relationsOf(id: string): { relation: Relation; other: Party }[] {
    return (this.#dataset?.relations ?? [])
      .flatMap((relation) => {
        const otherId = relation.source === id ? relation.target : relation.target === id ? relation.source : undefined;
        const other = otherId === undefined ? undefined : this.#byId.get(otherId);
        return other ? [{ relation, other }] : [];
      })
      .sort((a, b) => a.other.name.localeCompare(b.other.name));
  }

  /** The insights panel's contents, computed on first use after a change. */
  insights(): WhoIsWhoInsights | undefined {
    if (!this.#dataset) return undefined;
    this.#insights ??= whoIsWhoInsights(this.#dataset);
    return this.#insights;
  }

  /** Removes a party with every reference to it, as one undoable step. */
  removeParty(id: string, edit: (changes: Change[]) => boolean): boolean {
    return !!this.#dataset && edit(removePartyChanges(this.#dataset, id));
  }

  partyFromForm(form: HTMLFormElement, id?: string): Party {
    return partyFromForm(form, id ?? newId('partij'), id ? this.#byId.get(id) : undefined);
  }

  relationFromForm(form: HTMLFormElement, source: string): Relation {
    return relationFromForm(form, newId('relatie'), source);
  }
}

/**
 * How many parties each party is tied to, several relations between two counting once: pairs as numbers
 * rather than a set of ids per party, which at city scale (30,000 relations) took most of a task.
 */
function degrees({ parties, relations }: Pick<Dataset, 'parties' | 'relations'>): Map<string, number> {
  const index = new Map(parties.map((p, i) => [p.id, i]));
  const n = parties.length;
  const count = new Uint32Array(n);
  const pairs = new Set<number>();
  for (const r of relations) {
    const [a, b] = [index.get(r.source), index.get(r.target)];
    if (a === undefined || b === undefined || a === b) continue;
    const pair = a < b ? a * n + b : b * n + a;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    count[a]++;
    count[b]++;
  }
  return new Map(parties.map((p, i) => [p.id, count[i]]));
}
