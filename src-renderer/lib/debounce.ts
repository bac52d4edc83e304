/** A debounced function: `flush` runs a pending call now, `cancel` drops it. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Calls `fn` with the latest arguments once `waitMs` have passed without another call. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  waitMs: number,
  timers: Timers = globalTimers,
): Debounced<A> {
  let handle: unknown = null;
  let lastArgs: A | null = null;

  function run(): void {
    const args = lastArgs;
    handle = null;
    lastArgs = null;
    if (args) fn(...args);
  }

  const debounced = (...args: A): void => {
    lastArgs = args;
    if (handle !== null) timers.clearTimeout(handle);
    handle = timers.setTimeout(run, waitMs);
  };

  return Object.defineProperties(debounced, {
    flush: {
      value(): void {
        if (handle === null) return;
        timers.clearTimeout(handle);
        run();
      },
    },
    cancel: {
      value(): void {
        if (handle !== null) timers.clearTimeout(handle);
        handle = null;
        lastArgs = null;
      },
    },
    pending: { get: () => handle !== null },
  }) as Debounced<A>;
}
