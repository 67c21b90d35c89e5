/** Tries again after a pause that doubles each time, from `retryDelay` (default 1 s) up to `retryMax` (default 60 s). */
export class Retry {
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #options: { retryDelay?: number; retryMax?: number };

  constructor(options: { retryDelay?: number; retryMax?: number }) {
    this.#options = options;
  }

  /** Runs `fn` after the next pause. */
  later(fn: () => void): void {
    const first = this.#options.retryDelay ?? 1000;
    this.#timer = setTimeout(fn, Math.min(this.#options.retryMax ?? 60_000, first * 2 ** this.#attempt++));
  }

  /** Calls off the retry that waits, if any. */
  cancel(): void {
    clearTimeout(this.#timer);
  }

  /** It worked: the next failure waits the first pause again. */
  reset(): void {
    this.#attempt = 0;
  }
}
