/**
 * A tree of more than `size` goals in `<goal-tree>`: the task that read it does not render it too (the
 * element says that it loads, and renders the tree in a task of its own), and its outline fills in over
 * several tasks, by a part (goal-tree.slices.ts) that loads with the first such tree. Until that part is
 * there, a render shows the first slice.
 */
import type { ReactiveControllerHost } from 'lit';
import { nextTask } from '../../sdk/next-task.js';
import type { Budget } from './goal-tree.outline.js';
import type { SliceController } from './goal-tree.slices.js';

let slicesPart: Promise<typeof import('./goal-tree.slices.js')> | undefined;

export class LargeTree {
  /** True while a large tree just read waits for a task of its own (and the part) before its first render. */
  holding = false;
  #slices?: SliceController;
  /** True once the part was asked for. */
  #asked = false;

  /** `load` is the port's: the element's `updateComplete` waits for the part. */
  constructor(
    private readonly host: ReactiveControllerHost,
    readonly size: number,
    private readonly load: (part: Promise<unknown>) => Promise<unknown>,
  ) {}

  /** True while a large tree waits for its first render or its outline fills in. */
  get rendering(): boolean {
    return this.holding || (this.#slices ? this.#slices.filling : this.#asked);
  }

  /** Before a render of `tree`: `read` when it was just read, `shown` the id of the tree on screen. */
  willUpdate(tree: { id: string; goals: readonly unknown[] } | undefined, read: boolean, shown?: string): void {
    if (!tree || tree.goals.length <= this.size) return;
    const part = (slicesPart ??= import('./goal-tree.slices.js'));
    if (!this.#asked) {
      this.#asked = true;
      void this.load(part.then((m) => (this.#slices = new m.SliceController(this.host, this.size))));
    }
    if (read && !this.holding && tree.id !== shown) {
      this.holding = true;
      void this.load(Promise.all([part, nextTask()]).then(() => (this.holding = false)));
    }
  }

  /** How many goals the outline may show in this render: at least up to goal number `mustShow`, every goal when `all` (print). */
  budget(mustShow: number, all: boolean): Budget {
    return this.#slices?.budget(mustShow, all) ?? { left: all ? Infinity : Math.max(this.size, mustShow + 1) };
  }
}
