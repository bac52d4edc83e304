/**
 * One pass over the review log that keeps what every dashboard number needs, per study day:
 * answers by the state the fact was in, passes, time, and how many reviews were due and waiting
 * when the learner stopped for the day (see streak.ts for why that moment). It replays the log through the same memory reducer as the store, so it
 * knows, for every answer, the fact's state and interval *before* it (which the log line does
 * not hold), and for every moment which facts were due.
 *
 * Undone answers are excluded exactly as the reducer annuls them: an undo takes back the fact's
 * latest answer if its id matches (several in a row take back several); anything else is ignored.
 * The digest keeps a small stack per fact of what each answer added, so an undo subtracts it.
 */
import { MemoryState, type FactMemory, type MemoryEvent, type MemoryReducer } from '../scheduling';
import type { StudyCalendar } from './calendar';

/** An answer as the log stores it (the store's ReviewRecord fits). */
export interface AnswerEvent {
  readonly kind?: undefined;
  readonly id: string;
  readonly at: number;
  readonly factId: string;
  readonly rating: number;
  readonly tookMs: number;
  readonly mode: 'study' | 'quiz';
}

export interface UndoLogEvent {
  readonly kind: 'undo';
  readonly at: number;
  readonly factId: string;
  readonly undoes: string;
}

/** A change to a fact's memory without an answer: set aside, brought back, or reset to new. */
export interface SuspensionLogEvent {
  readonly kind: 'suspend' | 'unsuspend' | 'reset';
  readonly at: number;
  readonly factId: string;
}

export type StatisticsEvent = AnswerEvent | UndoLogEvent | SuspensionLogEvent;

/**
 * What an answer was, by the fact's state just before it (Anki's revlog types):
 * `new` the fact's first answer; `learning` a learning or relearning step; `young` / `mature` a
 * review of a fact whose scheduled interval was under / at least `MATURE_DAYS`.
 */
export type AnswerClass = 'new' | 'learning' | 'young' | 'mature';

/** Anki's line between a young and a mature card: an interval of 21 days. */
export const MATURE_DAYS = 21;

/**
 * Time per answer counts at most this much toward "minutes studied" (Anki's default cap), so an
 * answer left on screen over lunch does not add an hour.
 */
export const MAX_COUNTED_ANSWER_MS = 60_000;

export interface DayTotals {
  answers: number;
  quiz: number;
  new: number;
  learning: number;
  young: number;
  mature: number;
  /** Answers rated Hard, Good or Easy (not Again). */
  passed: number;
  youngPassed: number;
  maturePassed: number;
  /** Time answering, each answer capped at MAX_COUNTED_ANSWER_MS. */
  ms: number;
}


interface Counted {
  readonly id: string;
  readonly day: number;
  readonly cls: AnswerClass;
  readonly pass: boolean;
  readonly quiz: boolean;
  readonly ms: number;
  /** The due segment this answer ended (an index into the digest's segments), taken back by an undo. */
  readonly closed: number | null;
  /** The fact's open overdue segment before the answer, restored by an undo. */
  readonly openBefore: number | undefined;
}

export interface DigestOptions {
  readonly calendar: StudyCalendar;
  /** The store's reducer, so the replay gives the very memories the store holds. */
  readonly reducer: MemoryReducer;
}

/**
 * Whether a fact's due reviews count toward "finished": a fact no longer in any deck can never be
 * studied and must not block every day. Asked when the numbers are read, not when the log is
 * folded, so a digest kept between calls stays right when articles come and go.
 */
export type CountsForDue = (factId: string) => boolean;
const everyFact: CountsForDue = () => true;

export function emptyTotals(): DayTotals {
  return { answers: 0, quiz: 0, new: 0, learning: 0, young: 0, mature: 0, passed: 0, youngPassed: 0, maturePassed: 0, ms: 0 };
}

export class LogDigest {
  readonly #days = new Map<number, DayTotals>();
  readonly #memory = new Map<string, FactMemory | undefined>();
  readonly #counted = new Map<string, Counted[]>();
  /** Fact → the instant from which it is a due review (in review state, not suspended). */
  readonly #open = new Map<string, number>();
  /**
   * Closed due segments, flat: `[from, to)` instants a review was due and waiting, ended by its
   * answer or suspension; NaN marks one an undo took back. Two numbers per review answer, and the
   * fact's id (a reference to the string the log line already gave) in #segmentFacts.
   */
  readonly #segments: number[] = [];
  readonly #segmentFacts: string[] = [];
  /** Study day → the time of its last log event (answer, undo, suspension): when the learner stopped. */
  readonly #lastEvent = new Map<number, number>();
  #answerCount = 0;

  constructor(private readonly options: DigestOptions) {}

  /** Answers counted (undone ones excluded). */
  get answerCount(): number {
    return this.#answerCount;
  }

  /** Events must come in log order. */
  add(event: StatisticsEvent): void {
    const { factId } = event;
    const before = this.#memory.get(factId);
    const after = this.options.reducer.reduce(before, event as MemoryEvent);
    if (after === before) return; // the reducer ignored it (an undo of an answer no longer latest…)
    const day = this.options.calendar.dayOf(event.at);
    this.#lastEvent.set(day, Math.max(event.at, this.#lastEvent.get(day) ?? event.at));
    switch (event.kind) {
      case undefined:
        this.#answer(event, before, after);
        break;
      case 'undo':
        this.#undo(factId);
        break;
      default:
        // suspend / unsuspend / reset: a suspended fact is not due; brought back, it is due from
        // then on; reset, it is new again (never due as a review).
        this.#close(factId, event.at);
        break;
    }
    this.#memory.set(factId, after);
    if (event.kind !== 'undo') this.#reopen(factId, after, event.at);
  }

  /** The replayed memory of a fact (what the store holds, if it replays the same log). */
  memoryOf(factId: string): FactMemory | undefined {
    return this.#memory.get(factId);
  }

  totalsOf(day: number): DayTotals | undefined {
    return this.#days.get(day);
  }

  /** The first day with a counted answer, or null for an empty log. */
  firstDay(): number | null {
    let first: number | null = null;
    for (const [day, totals] of this.#days) if (totals.answers > 0 && (first === null || day < first)) first = day;
    return first;
  }

  /** Facts in review state, not suspended, whose due time has passed at `now`. */
  dueReviewsAt(now: number, countsForDue: CountsForDue = everyFact): number {
    let count = 0;
    for (const [factId, from] of this.#open) if (from <= now && countsForDue(factId)) count++;
    return count;
  }

  /**
   * For each day in `[fromDay, toDay]`, how many reviews were due and still waiting at the day's
   * last log event (when the learner stopped); 0 for a day without any event.
   */
  waitingAtLastEvent(fromDay: number, toDay: number, countsForDue: CountsForDue = everyFact): number[] {
    const length = Math.max(0, toDay - fromDay + 1);
    const diff = new Array<number>(length + 1).fill(0);
    const { dayOf } = this.options.calendar;
    const cover = (from: number, to: number): void => {
      // The days whose last event falls in [from, to): after `from` on its own day, before `to` on its.
      const firstDay = dayOf(from);
      const lastDay = to === Infinity ? toDay : dayOf(to);
      const first = (this.#lastEvent.get(firstDay) ?? -Infinity) >= from ? firstDay : firstDay + 1;
      const last = (this.#lastEvent.get(lastDay) ?? Infinity) < to ? lastDay : lastDay - 1;
      const a = Math.max(first, fromDay);
      const b = Math.min(last, toDay);
      if (a > b) return;
      diff[a - fromDay] = (diff[a - fromDay] ?? 0) + 1;
      diff[b - fromDay + 1] = (diff[b - fromDay + 1] ?? 0) - 1;
    };
    const segments = this.#segments;
    for (let n = 0; n < segments.length; n += 2) {
      const from = segments[n] as number;
      if (!Number.isNaN(from) && countsForDue(this.#segmentFacts[n / 2] as string)) cover(from, segments[n + 1] as number);
    }
    for (const [factId, from] of this.#open) if (countsForDue(factId)) cover(from, Infinity);
    const result: number[] = [];
    let running = 0;
    for (let n = 0; n < length; n++) {
      running += diff[n] ?? 0;
      // A day without events has nobody stopping in it: nothing was left waiting "then".
      result.push(this.#lastEvent.has(fromDay + n) ? running : 0);
    }
    return result;
  }

  #answer(event: AnswerEvent, before: FactMemory | undefined, after: FactMemory | undefined): void {
    const { factId } = event;
    const day = this.options.calendar.dayOf(event.at);
    const openBefore = this.#open.get(factId);
    const closed = this.#close(factId, event.at);
    const entry: Counted = {
      id: event.id,
      day,
      cls: classOf(before),
      pass: event.rating > 1,
      quiz: event.mode === 'quiz',
      ms: Math.min(Math.max(0, event.tookMs), MAX_COUNTED_ANSWER_MS),
      closed,
      openBefore,
    };
    const stack = this.#counted.get(factId) ?? [];
    stack.push(entry);
    // Undo reaches only as far as the memory's history: forget what it can no longer take back.
    const reach = after?.history.length ?? 0;
    if (stack.length > reach) stack.splice(0, stack.length - reach);
    this.#counted.set(factId, stack);
    this.#count(entry, 1);
  }

  #undo(factId: string): void {
    const entry = this.#counted.get(factId)?.pop();
    if (entry === undefined) return;
    this.#count(entry, -1);
    if (entry.closed !== null) this.#segments[entry.closed] = Number.NaN;
    if (entry.openBefore === undefined) this.#open.delete(factId);
    else this.#open.set(factId, entry.openBefore);
  }

  #count(entry: Counted, by: 1 | -1): void {
    let totals = this.#days.get(entry.day);
    if (totals === undefined) this.#days.set(entry.day, (totals = emptyTotals()));
    totals.answers += by;
    totals[entry.cls] += by;
    totals.ms += by * entry.ms;
    if (entry.quiz) totals.quiz += by;
    if (entry.pass) {
      totals.passed += by;
      if (entry.cls === 'young') totals.youngPassed += by;
      if (entry.cls === 'mature') totals.maturePassed += by;
    }
    this.#answerCount += by;
  }

  /** Ends the fact's due segment at `at` (its answer or suspension); returns where it is kept. */
  #close(factId: string, at: number): number | null {
    const from = this.#open.get(factId);
    this.#open.delete(factId);
    if (from === undefined || from >= at) return null;
    this.#segments.push(from, at);
    this.#segmentFacts.push(factId);
    return this.#segments.length - 2;
  }

  #reopen(factId: string, memory: FactMemory | undefined, at: number): void {
    if (memory !== undefined && memory.card.state === MemoryState.Review && !memory.suspended) {
      this.#open.set(factId, Math.max(memory.card.due, at));
    } else {
      this.#open.delete(factId);
    }
  }
}

/** The answer's class by the memory before it. */
export function classOf(memory: FactMemory | undefined): AnswerClass {
  if (memory === undefined || memory.card.state === MemoryState.New) return 'new';
  if (memory.card.state !== MemoryState.Review) return 'learning';
  return memory.card.scheduled_days >= MATURE_DAYS ? 'mature' : 'young';
}
