/** Timers, passed in so tests drive debounces, retries and the backup schedule by hand. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs `task` once, `ms` (read at scheduling) after the first `schedule` since the last run. */
export class Deferred {
  #handle: unknown = null;

  constructor(
    private readonly timers: Timers,
    private readonly ms: number | (() => number),
    private readonly task: () => void,
  ) {}

  schedule(): void {
    if (this.#handle !== null) return;
    this.#handle = this.timers.setTimeout(() => {
      this.#handle = null;
      this.task();
    }, typeof this.ms === 'number' ? this.ms : this.ms());
  }

  cancel(): void {
    if (this.#handle === null) return;
    this.timers.clearTimeout(this.#handle);
    this.#handle = null;
  }

  get scheduled(): boolean {
    return this.#handle !== null;
  }
}
