/** The states of who-is-who's picture in one container, and the layouts that run for it. */
import type { GraphView } from '../../internal/graph-view.js';
import { markOthers, type GroupPicture } from './who-is-who.graph-build.js';
import type { PartiesDrawing } from './who-is-who.graph-parties.js';

/** Names come this long after the view stopped moving (ms). */
const NAME_AFTER = 150;
/**
 * How long the picture rests before it is drawn once more after a change (see `Scene.redrawSoon`), in ms: just
 * past Cytoscape's 250, so that the names an opened group gets after its first picture are in Cytoscape's
 * pictures before the first move (a second redraw follows, should this one come too early).
 */
const REDRAW_AFTER = 280;

/** What a container shows: nothing yet, the parties (drawn or on their way), or the overview's groups. */
export type Content =
  { readonly kind: 'empty' } | { readonly kind: 'groups'; readonly picture: GroupPicture } | PartiesDrawing;

/**
 * A layout in the worker, until it ends or a newer one of its kind stops it. `draw`: of the parties
 * drawn, which wait for it (the picture's status is 'layout'); `arrange`: of every party, behind the overview.
 */
export interface LayoutRun {
  readonly kind: 'draw' | 'arrange';
  /** The number of parties it lays out. */
  readonly count: number;
  readonly signal: AbortSignal;
}

/**
 * The picture in one container, made afresh with it: leaving a container is one new scene, and `close`
 * stops what the old one had running. Its content is in one state of `Content` at a time and moves by
 * `enter`, which removes what the state before drew; at most one layout of each kind runs.
 */
export class Scene {
  readonly container: HTMLElement;
  readonly #view: GraphView;
  #content: Content = { kind: 'empty' };
  readonly #runs = new Map<LayoutRun['kind'], { run: LayoutRun; abort: AbortController }>();
  /** In a live room: the parties someone else has chosen, with their name tags. */
  #marked: ReadonlyMap<string, string> = new Map();
  #failed = false;
  #naming?: ReturnType<typeof setTimeout>;
  #redraw?: ReturnType<typeof setTimeout>;
  #redrawsWanted = 0;

  constructor(container: HTMLElement, view: GraphView) {
    this.container = container;
    this.#view = view;
  }

  get content(): Content {
    return this.#content;
  }

  /** True while a large graph of parties is drawn (names when zoomed in, no fading). */
  get large(): boolean {
    return this.#content.kind === 'parties' && this.#content.large;
  }

  /** True when a layout failed. */
  get failed(): boolean {
    return this.#failed;
  }

  /** The chosen party, while parties are drawn. */
  get selected(): string | null {
    return this.#content.kind === 'parties' ? this.#content.selected : null;
  }

  /**
   * Moves to another state: what was drawn goes and the building of it stops; the stylesheet follows
   * when the size of the graph changes. Entering the groups stops the layout the parties waited for.
   */
  enter<C extends Content>(content: C): C {
    this.#view.cancel('build');
    this.#view.cancel('filter');
    this.#view.cy?.elements().remove();
    if (content.kind === 'groups') this.stop('draw');
    const large = this.large;
    this.#content = content;
    if (large !== this.large) this.#view.restyle();
    return content;
  }

  /** Shows the overview's groups: entered from another state, or a new picture of them over the one drawn (see `drawGroups`). */
  showGroups(picture: GroupPicture): void {
    if (this.#content.kind === 'groups') this.#content = { kind: 'groups', picture };
    else this.enter({ kind: 'groups', picture });
  }

  /** The layout of this kind under way. */
  running(kind: LayoutRun['kind']): LayoutRun | undefined {
    return this.#runs.get(kind)?.run;
  }

  /** Starts a layout of `count` parties, stopping the one of its kind before. */
  start(kind: LayoutRun['kind'], count: number): LayoutRun {
    this.stop(kind);
    const abort = new AbortController();
    const run = { kind, count, signal: abort.signal };
    this.#runs.set(kind, { run, abort });
    return run;
  }

  /** Ends `run` when it is still the one of its kind under way; true when it was. */
  end(run: LayoutRun): boolean {
    if (this.#runs.get(run.kind)?.run !== run) return false;
    this.#runs.delete(run.kind);
    return true;
  }

  /** Stops the layout of this kind, if one runs. */
  stop(kind: LayoutRun['kind']): void {
    this.#runs.get(kind)?.abort.abort();
    this.#runs.delete(kind);
  }

  /** A layout failed: the picture says so. */
  fail(): void {
    this.#failed = true;
  }

  /** In a live room: marks each party someone else has chosen with its name tag, and unmarks the others. */
  mark(tags: ReadonlyMap<string, string>): void {
    const cy = this.#view.cy;
    if (!cy) return;
    markOthers(cy, this.#marked, tags);
    this.#marked = new Map(tags);
  }

  /** True while names wait for the view to rest (see `nameSoon`). */
  get naming(): boolean {
    return this.#naming !== undefined;
  }

  /**
   * Names the nodes in view once the view has rested a moment: a name given while it moves would make
   * Cytoscape drop the pictures of the graph it keeps per zoom level, and draw each node on its own in
   * every frame. `name` returns whether it named any; `after` is how long the view must have rested
   * (0: the next task, for the next names while it still rests).
   */
  nameSoon(name: () => boolean, after = NAME_AFTER): void {
    clearTimeout(this.#naming);
    this.#naming = setTimeout(() => {
      this.#naming = undefined;
      if (name()) this.redrawSoon();
    }, after);
  }

  /**
   * Draws the picture once more when it has rested a while after a change of its elements. Cytoscape makes
   * its picture of the graph at a zoom level only in a frame drawn at least 250 ms after the last change (it
   * takes in changes as it draws); a picture that rests before that would draw every node on its own in the
   * first frames of the next move, slow on thousands.
   */
  redrawSoon(): void {
    this.#redrawsWanted = 2;
    this.rendered();
  }

  /** Cytoscape drew a frame: a redraw at rest waits until it has drawn none for a while. */
  rendered(): void {
    if (!this.#redrawsWanted) return;
    clearTimeout(this.#redraw);
    this.#redraw = setTimeout(() => {
      this.#redrawsWanted--;
      this.#view.cy?.forceRender();
    }, REDRAW_AFTER);
  }

  /** Stops every layout and the naming: the scene is no longer shown. */
  close(): void {
    for (const { abort } of this.#runs.values()) abort.abort();
    clearTimeout(this.#naming);
    clearTimeout(this.#redraw);
  }
}
