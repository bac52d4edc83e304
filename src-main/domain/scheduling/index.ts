/** The scheduler's public surface: FSRS memory per fact, the store's reducer, format escalation, the daily queue, undo. */
export { DEFAULT_SETTINGS, RETENTION_BOUNDS, retentionAt, settingsOverTime, validateSettings, type RetentionPeriodLike, type PinnedMode, type SchedulerSettings, type SettingsResult } from './settings';
export { HISTORY_LIMIT, readMemory, UNDO_WINDOW_MS, type FactMemory, type ReviewRating, type ReviewStep, type StoredCard } from './memory';
export {
  latestReviewId,
  previewIntervals,
  reviewFact,
  rollbackLatestReview,
  suspendFact,
  unsuspendFact,
  type IntervalPreview,
} from './review';
export { formatInterval } from './format-interval';
export {
  createMemoryReducer,
  MEMORY_REDUCER_ID,
  type MemoryEvent,
  type MemoryReducer,
  type ReviewEventLike,
  type SuspensionEvent,
  type UndoEvent,
} from './reducer';
export { chooseFormat, FADED_BELOW_RETRIEVABILITY, SHAKY_BELOW_DAYS, SOLID_FROM_DAYS } from './escalation';
export { buildQueue, type QueueFact, type QueueInput, type QueueItem, type QueueKind, type StudyQueue } from './queue';
export { createUndoStack, pushUndo, undo, UNDO_DEPTH, type UndoStack, type UndoStep } from './undo';
export { State as MemoryState } from 'ts-fsrs';
export { BAND_FLOORS, BANDS_WEAKEST_FIRST, bandOf, readMemoryAt, retrievabilityOf, type MemoryBand, type MemoryReading } from './retrievability';
export { factHistory, type FactHistory } from './fact-history';
