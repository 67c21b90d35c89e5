/**
 * Where the keyboard focus goes after a render of `<goal-tree>`: into the input where a goal is named
 * or renamed, as soon as it opens; else to the goal that was selected with the focus.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Draft } from './goal-tree.port.js';

export class TreeFocus implements ReactiveController {
  #renaming?: string;
  #draft?: Draft;
  /** An input opened since the last render. */
  #opened = false;
  #goal?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The goal whose title is being changed. */
  get renaming(): string | undefined {
    return this.#renaming;
  }
  set renaming(id: string | undefined) {
    this.#opened ||= id !== undefined && id !== this.#renaming;
    this.#renaming = id;
    this.host.requestUpdate();
  }

  /** Where a new goal is being named. */
  get draft(): Draft | undefined {
    return this.#draft;
  }
  set draft(draft: Draft | undefined) {
    this.#opened ||= draft !== undefined && draft !== this.#draft;
    this.#draft = draft;
    this.host.requestUpdate();
  }

  /** After the next render, moves the focus to the goal `id`. */
  focusGoal(id: string): void {
    this.#goal = id;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (this.#opened && (this.#draft || this.#renaming)) {
      const input = root?.querySelector<HTMLInputElement>('input[data-draft], input[data-rename]');
      input?.focus();
      input?.select();
    } else if (this.#goal !== undefined) {
      root?.querySelector<HTMLElement>(`[role=treeitem][data-id="${CSS.escape(this.#goal)}"]`)?.focus();
    }
    this.#opened = false;
    this.#goal = undefined;
  }
}
