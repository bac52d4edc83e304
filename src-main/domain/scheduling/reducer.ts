/**
 * The store's fold step: the review log (answers, undos, suspensions, resets) replayed into one fact's
 * memory. Pure and deterministic, so rebuilding from the log equals the memory built answer by
 * answer. Bad input never throws: a malformed state counts as a new fact, a malformed event
 * leaves the memory as it was.
 */
import { isRating, readMemory, type FactMemory } from './memory';
import { latestReviewId, reviewFact, rollbackLatestReview, suspendFact, unsuspendFact } from './review';
import type { SchedulerSettings } from './settings';

/**
 * An answer as the review log stores it (the store's `ReviewRecord` fits: it has these fields
 * and no `kind`). Restated here because the domain imports nothing from the layers around it.
 */
export interface ReviewEventLike {
  readonly kind?: undefined;
  readonly id: string;
  readonly at: number;
  readonly factId: string;
  readonly rating: number;
}

/** Takes back the answer `undoes`, if it is still the fact's latest; several in a row undo several. */
export interface UndoEvent {
  readonly kind: 'undo';
  readonly undoes: string;
  readonly factId: string;
  readonly at: number;
}

export interface SuspensionEvent {
  readonly kind: 'suspend' | 'unsuspend';
  readonly factId: string;
  readonly at: number;
}

/** Forgets the fact's schedule: it is new again. A suspended fact stays suspended. */
export interface ResetEvent {
  readonly kind: 'reset';
  readonly factId: string;
  readonly at: number;
}

export type MemoryEvent = ReviewEventLike | UndoEvent | SuspensionEvent | ResetEvent;

/**
 * Names the algorithm and the memory's shape; a change to either needs a new id (and a rebuild).
 * 2: the history keeps a day of answers only (so a log's undo of an older answer no longer applies).
 */
export const MEMORY_REDUCER_ID = 'fsrs-5.4-2';

export interface MemoryReducer {
  readonly id: string;
  readonly reduce: (state: unknown, event: MemoryEvent) => FactMemory | undefined;
}

/**
 * `settings` is fixed, or a function of the answer's time: the settings in force when the
 * learner answered (see `retentionAt`), so a replay of old answers schedules them as they were
 * scheduled then. The function must be pure for the rebuild to equal the live memory.
 */
export function createMemoryReducer(settings: SchedulerSettings | ((at: number) => SchedulerSettings)): MemoryReducer {
  const settingsAt = typeof settings === 'function' ? settings : () => settings;
  return {
    id: MEMORY_REDUCER_ID,
    reduce(state, event) {
      const at = typeof event === 'object' && event !== null ? event.at : NaN;
      return applyEvent(readMemory(state), event, settingsAt(at));
    },
  };
}

function applyEvent(memory: FactMemory | undefined, event: MemoryEvent, settings: SchedulerSettings): FactMemory | undefined {
  if (typeof event !== 'object' || event === null) return memory;
  switch (event.kind) {
    case undefined:
      if (typeof event.id !== 'string' || !isTime(event.at) || !isRating(event.rating)) return memory;
      return reviewFact(memory, event.rating, event.at, settings, event.id);
    case 'undo':
      if (memory === undefined || typeof event.undoes !== 'string' || latestReviewId(memory) !== event.undoes) return memory;
      return rollbackLatestReview(memory);
    case 'suspend':
      return isTime(event.at) ? suspendFact(memory, event.at) : memory;
    case 'unsuspend':
      return unsuspendFact(memory);
    case 'reset':
      if (!isTime(event.at)) return memory;
      return memory?.suspended === true ? suspendFact(undefined, event.at) : undefined;
    default:
      return memory; // an event kind from a later version: leave the memory alone
  }
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
