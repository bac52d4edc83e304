import type { Timers } from '../../src-main/store';

/** Timers that fire only when the test says so, on a clock the test moves. */
export function manualTimers(start: number): Timers & { now(): number; advance(ms: number): void; readonly pending: number } {
  let clock = start;
  let nextId = 1;
  const queue = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => clock,
    setTimeout(callback, ms) {
      const id = nextId++;
      queue.set(id, { at: clock + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      queue.delete(handle as number);
    },
    /** Moves the clock by `ms`, firing every timer that falls due, in time order. */
    advance(ms) {
      const until = clock + ms;
      for (;;) {
        const due = [...queue].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (due === undefined) break;
        queue.delete(due[0]);
        clock = Math.max(clock, due[1].at);
        due[1].callback();
      }
      clock = until;
    },
    get pending() {
      return queue.size;
    },
  };
}
