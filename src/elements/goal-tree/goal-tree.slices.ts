/**
 * A large outline fills in over several tasks, so that opening or unfolding a tree of thousands of
 * goals never blocks the page: each render puts at most a slice of goals in the page (the start of
 * the tree, in reading order), and the next slice follows in a new task. The slice grows or shrinks
 * with how long the last one took. Printing renders everything at once (see `printing`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Budget } from './goal-tree.view.js';

/** Goals in the first slice (a tree that opens whole, see LARGE_TREE); also what a render may always show at once. */
const FIRST = 150;
/** What one slice may cost in rendering; style and layout of the new goals in view come on top. */
const SLICE_MS = 25;
/** The fewest goals a slice adds, so that a slow machine still fills in. */
const LEAST = 20;

export class SliceController implements ReactiveController {
  /** True while the outline is still filling in. */
  filling = false;
  #allowed = FIRST;
  #slice = FIRST;
  #started = 0;
  /** Posts to itself to start the next slice in a new task: unlike a timer, not slowed down in a background tab. */
  #next?: MessageChannel;
  #pending = false;
  #last?: Budget;
  #from = 0;

  constructor(private readonly host: ReactiveControllerHost) {
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
    this.#pending = false;
    if (!last.cut) {
      // All shown: the next render may show as many again (or a first slice), not more at once.
      this.#allowed = Number.isFinite(shown) ? Math.max(FIRST, shown) : FIRST;
      this.filling = false;
      return;
    }
    const ms = performance.now() - this.#started;
    this.#slice = Math.round(Math.min(2000, Math.max(LEAST, (this.#slice * SLICE_MS) / Math.max(ms, 1))));
    this.#allowed = shown;
    this.filling = true;
    if (!this.#next) {
      this.#next = new MessageChannel();
      this.#next.port1.onmessage = () => {
        if (!this.#pending) return;
        this.#allowed += this.#slice;
        this.host.requestUpdate();
      };
    }
    this.#pending = true;
    this.#next.port2.postMessage(null);
  }

  hostDisconnected(): void {
    this.#pending = false;
    this.filling = false;
  }
}
