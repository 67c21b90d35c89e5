/**
 * A large outline fills in over several tasks, so that opening or unfolding a tree of thousands of
 * goals never blocks the page: each render puts at most a slice of goals in the page (the start of
 * the tree, in reading order), and the next slice follows in a new task. The slice follows what a goal
 * cost to render in the slices before, and grows at most twofold at a time, so that no slice overshoots
 * after a render that added few goals. Printing renders everything at once (see `printing`).
 * `<goal-tree>` loads this part with its first tree of more than `first` goals.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask } from '../../sdk/next-task.js';
import type { Budget } from './goal-tree.outline.js';

/** What one slice may cost in rendering; style and layout of the new goals in view come on top. */
const SLICE_MS = 20;
/** The fewest goals a slice adds, so that a slow machine still fills in. */
const LEAST = 20;
/** The most goals a slice adds, however fast the last ones were. */
const MOST = 1000;

export class SliceController implements ReactiveController {
  /** True while the outline is still filling in. */
  filling = false;
  #allowed: number;
  #slice: number;
  #started = 0;
  /** Goals the outline showed after the last render. */
  #shown = 0;
  /** Counts the renders: a slice asked for before the last render is not added. */
  #turn = 0;
  #last?: Budget;
  #from = 0;

  /** `first`: the goals of the first slice (a tree of that many opens whole); also what a render may always show at once. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first: number,
  ) {
    this.#allowed = this.#slice = first;
    host.addController(this);
  }

  /** The budget of this render: what was shown (plus a slice while filling), at least up to goal number `mustShow`. */
  budget(mustShow: number, all = false): Budget {
    this.#from = all ? Infinity : Math.max(this.#allowed, mustShow + 1);
    this.#last = { left: this.#from };
    return this.#last;
  }

  hostConnected(): void {
    // Back in the page: finish filling in, if it was cut short.
    if (this.filling) this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.#started = performance.now();
  }

  hostUpdated(): void {
    const last = this.#last;
    this.#last = undefined;
    if (!last) return;
    const shown = this.#from - last.left;
    const added = shown - this.#shown;
    this.#shown = Number.isFinite(shown) ? shown : 0;
    const turn = ++this.#turn;
    if (!last.cut) {
      // All shown: the next render may show as many again (or a first slice), not more at once.
      this.#allowed = Number.isFinite(shown) ? Math.max(this.first, shown) : this.first;
      this.filling = false;
      return;
    }
    // Only a render that added a slice tells what a goal costs: one that added a few (after a fold or a
    // click) cost mostly other things, and would make the next slice far too large.
    if (added >= LEAST) {
      const perGoal = Math.max(performance.now() - this.#started, 1) / added;
      this.#slice = Math.round(Math.min(MOST, 2 * this.#slice, Math.max(LEAST, SLICE_MS / perGoal)));
    }
    this.#allowed = shown;
    this.filling = true;
    void nextTask().then(() => {
      if (turn !== this.#turn) return;
      this.#allowed += this.#slice;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#turn++;
    this.filling = false;
  }
}
