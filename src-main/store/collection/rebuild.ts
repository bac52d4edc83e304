/**
 * Folding answers into memory states. The reducer is the scheduler's pure step for one fact
 * (`state` is `undefined` before the fact's first answer), so the collection can always be
 * rebuilt from the review log and must then equal what was built answer by answer.
 */
import type { LogRecord } from '../../contract';
import type { SettingsFile } from '../schemas';
import { emptyMemory, memoryOf, type MemoryTable } from './memory-table';

export interface CollectionReducer {
  /** Names the algorithm and its version; stored with the collection. */
  readonly id: string;
  readonly reduce: (state: unknown, record: LogRecord) => unknown;
}

/**
 * What the store is opened with: a reducer, or a function that builds one over the settings as
 * they are (so a reducer can read the retention history in force when each answer was given).
 * It is called again whenever the documents are reopened (after a restore).
 */
export type ReducerSource = CollectionReducer | ((settings: () => SettingsFile) => CollectionReducer);

export interface CollectionState {
  /** Fact id → memory state (a prototype-free object: any id is just a key). */
  readonly memory: MemoryTable;
  /** Answers folded in (answers later undone included); undos and suspensions are not counted. */
  reviewCount: number;
}

/** Folds `records` into `state` in place (the caller owns it) and returns it. */
export function applyReviews(state: CollectionState, records: Iterable<LogRecord>, reducer: CollectionReducer): CollectionState {
  for (const record of records) {
    state.memory[record.factId] = reducer.reduce(memoryOf(state.memory, record.factId), record);
    if (!('kind' in record)) state.reviewCount++;
  }
  return state;
}

/** The collection that replaying `records` in order gives, from nothing. */
export function rebuildCollection(records: Iterable<LogRecord>, reducer: CollectionReducer): CollectionState {
  return applyReviews({ memory: emptyMemory(), reviewCount: 0 }, records, reducer);
}

export interface ReviewCount {
  readonly reviews: number;
  readonly correct: number;
  /** Epoch milliseconds of the latest answer. */
  readonly lastAt: number;
}

/** Counts answers per fact: the stand-in until the scheduler's reducer arrives. */
export const countingReducer: CollectionReducer = {
  id: 'count-1',
  reduce(state, record): ReviewCount {
    const previous = isReviewCount(state) ? state : { reviews: 0, correct: 0, lastAt: 0 };
    if ('kind' in record) return previous;
    return {
      reviews: previous.reviews + 1,
      correct: previous.correct + (record.correct ? 1 : 0),
      lastAt: Math.max(previous.lastAt, record.at),
    };
  },
};

function isReviewCount(value: unknown): value is ReviewCount {
  return typeof value === 'object' && value !== null && typeof (value as ReviewCount).reviews === 'number';
}
