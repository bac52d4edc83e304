/** A scripted review log and a simulated learner, with fixed dates, for the statistics tests. */
import { createMemoryReducer, DEFAULT_SETTINGS, MemoryState, type FactMemory, type MemoryReducer } from '../../../src-main/domain/scheduling';
import { fixedOffset, LogDigest, studyCalendar, type StatisticsEvent, type StudyCalendar } from '../../../src-main/domain/statistics';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const reducer: MemoryReducer = createMemoryReducer(DEFAULT_SETTINGS);

export function calendarAt(offsetMinutes: number): StudyCalendar {
  return studyCalendar({ dayStartHour: 4, offsetAt: fixedOffset(offsetMinutes) });
}

/** Day 0 of the scripts: 2026-03-02, a Monday. */
export const DAY0 = Math.floor(Date.UTC(2026, 2, 2) / DAY);

/** Writes a log as the study service would, keeping each fact's memory like the store does. */
export class LogScript {
  readonly events: StatisticsEvent[] = [];
  readonly memories = new Map<string, FactMemory | undefined>();
  #next = 0;

  constructor(readonly calendar: StudyCalendar) {}

  /** Local time `hours` after the start of study day `day` (0 = 4 a.m.). */
  at(day: number, hours: number): number {
    return this.calendar.startOf(DAY0 + day) + hours * HOUR;
  }

  answer(factId: string, at: number, rating: 1 | 2 | 3 | 4 = 3, extra: { tookMs?: number; mode?: 'study' | 'quiz' } = {}): string {
    const id = `r${++this.#next}`;
    this.#push({ id, at, factId, rating, tookMs: extra.tookMs ?? 5000, mode: extra.mode ?? 'study' });
    return id;
  }

  undo(factId: string, undoes: string, at: number): void {
    this.#push({ kind: 'undo', at, factId, undoes });
  }

  suspend(factId: string, at: number, kind: 'suspend' | 'unsuspend' = 'suspend'): void {
    this.#push({ kind, at, factId });
  }

  /**
   * Studies everything due on study day `day` from 10 a.m. local (6 h after the day starts):
   * new facts in `learn`, then every review due that day, and learning steps as they come, all rated `rating`;
   * `skip` facts are left alone. Returns how many answers were given.
   */
  studyDay(day: number, options: { learn?: readonly string[]; skip?: readonly string[]; rating?: 1 | 2 | 3 | 4 } = {}): number {
    let now = this.at(day, 6);
    const end = this.at(day + 1, 0);
    let answers = 0;
    for (const factId of options.learn ?? []) {
      this.answer(factId, now, options.rating ?? 3);
      now += MINUTE;
      answers++;
    }
    for (let round = 0; round < 20; round++) {
      // Reviews due any time today are done now (as Anki shows them); learning steps when their time comes.
      const due = [...this.memories].filter(
        ([id, memory]) =>
          memory !== undefined && !memory.suspended && !(options.skip ?? []).includes(id) && memory.card.state !== MemoryState.New &&
          (memory.card.due <= now || (memory.card.state === MemoryState.Review && memory.card.due < end)),
      );
      for (const [factId] of due) {
        this.answer(factId, now, options.rating ?? 3);
        now += MINUTE;
        answers++;
      }
      const soon = [...this.memories]
        .filter(([id, memory]) => memory !== undefined && !memory.suspended && memory.card.state !== MemoryState.Review && memory.card.due < end && !(options.skip ?? []).includes(id))
        .map(([, memory]) => memory);
      if (due.length === 0 && soon.length === 0) break;
      if (due.length === 0) now = Math.max(now, ...soon.map((memory) => memory?.card.due ?? now));
    }
    return answers;
  }

  digest(): LogDigest {
    const digest = new LogDigest({ calendar: this.calendar, reducer });
    for (const event of this.events) digest.add(event);
    return digest;
  }

  #push(event: StatisticsEvent): void {
    this.events.push(event);
    this.memories.set(event.factId, reducer.reduce(this.memories.get(event.factId), event as never));
  }
}
