/**
 * When backups are taken: at start if the newest is older than the interval, then every interval
 * while Factdeck runs. Each run takes a backup (skipped when nothing changed) and thins the set.
 * Clock and timers are passed in, so tests run a day of backups in microseconds.
 */
import type { Timers } from '../timers';

export interface BackupScheduleOptions {
  readonly everyMs: number;
  readonly now: () => number;
  readonly timers: Timers;
  /** Takes one backup and thins the set. */
  readonly run: () => Promise<void>;
  readonly onError: (error: unknown) => void;
}

export class BackupSchedule {
  #timer: unknown = null;
  #running: Promise<void> = Promise.resolve();
  #stopped = false;

  constructor(private readonly options: BackupScheduleOptions) {}

  /** `newestTakenAt`: when the newest backup was taken, `null` when there is none. */
  start(newestTakenAt: number | null): void {
    const { everyMs, now } = this.options;
    const due = newestTakenAt === null || now() - newestTakenAt >= everyMs || newestTakenAt > now();
    if (due) this.#run();
    this.#next();
  }

  /** Waits for a backup in progress; no more are started. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== null) this.options.timers.clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  /** Resolves when the backup in progress (if any) is done. */
  get idle(): Promise<void> {
    return this.#running;
  }

  #run(): void {
    this.#running = this.#running.then(() => (this.#stopped ? undefined : this.options.run())).catch(this.options.onError);
  }

  #next(): void {
    if (this.#stopped) return;
    this.#timer = this.options.timers.setTimeout(() => {
      this.#timer = null;
      this.#run();
      this.#next();
    }, this.options.everyMs);
  }
}
