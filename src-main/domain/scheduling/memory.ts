/**
 * What the scheduler remembers about one fact (not one question: every view of a fact feeds the
 * same memory). Plain JSON data — dates are epoch milliseconds, absent values are null — so a
 * state written to disk and read back is deep-equal to the one built in memory.
 */
import { State } from 'ts-fsrs';

export type ReviewRating = 1 | 2 | 3 | 4;

/** A ts-fsrs `Card` with its dates as epoch milliseconds. */
export interface StoredCard {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: State;
  readonly last_review: number | null;
}

/** One answer, kept so it can be taken back: the ts-fsrs `ReviewLog` fields rollback reads, plus what it cannot know. */
export interface ReviewStep {
  /** The review log record's id (null when the caller gave none). */
  readonly reviewId: string | null;
  readonly rating: ReviewRating;
  readonly state: State;
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly last_elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly review: number;
  /** The card's due before the answer: ts-fsrs rollback puts the answer's time there instead. */
  readonly previousDue: number;
  /** The answer was the fact's first: taking it back leaves no memory at all. */
  readonly createdMemory: boolean;
  /** The flags before the answer, when the answer changed them (it made the fact a leech); else null. */
  readonly flagsBefore: { readonly suspended: boolean; readonly leech: boolean } | null;
}

export interface FactMemory {
  readonly card: StoredCard;
  /** Copied out of the card so the leech check, the queue and the stats need not know ts-fsrs. */
  readonly lapses: number;
  readonly suspended: boolean;
  readonly leech: boolean;
  /**
   * The latest answer and those given within `UNDO_WINDOW_MS` before it, oldest first, at most
   * `HISTORY_LIMIT`: how far undo can reach per fact. A fact answered once a day or less keeps one.
   */
  readonly history: readonly ReviewStep[];
}

/**
 * Each step costs about 300 bytes of JSON; 30 covers the session's undo depth. Bounded means
 * lossy: undoing an answer given with a full history cannot restore the step it pushed out.
 */
export const HISTORY_LIMIT = 30;

/**
 * Undo belongs to the study session (its stack lives in memory), so an answer older than a day
 * is never taken back: each answer drops the steps given more than this before it. A settled
 * fact (answered days apart) so keeps one step, about 550 bytes of JSON with its card, not 30
 * (~9 KB, which would make 50k facts a collection of hundreds of MB). Lossy like the limit:
 * undoing an answer cannot bring back the steps it dropped (card, lapses and flags it restores).
 */
export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The memory in `value` if it has the right shape, else undefined (the fact counts as new). */
export function readMemory(value: unknown): FactMemory | undefined {
  return isFactMemory(value) ? value : undefined;
}

function isFactMemory(value: unknown): value is FactMemory {
  if (!isRecord(value)) return false;
  const { card, lapses, suspended, leech, history } = value;
  return (
    isStoredCard(card) &&
    isCount(lapses) &&
    typeof suspended === 'boolean' &&
    typeof leech === 'boolean' &&
    Array.isArray(history) &&
    history.every(isReviewStep)
  );
}

function isStoredCard(value: unknown): value is StoredCard {
  if (!isRecord(value)) return false;
  return (
    isFiniteNumber(value.due) &&
    isFiniteNumber(value.stability) &&
    isFiniteNumber(value.difficulty) &&
    isFiniteNumber(value.elapsed_days) &&
    isFiniteNumber(value.scheduled_days) &&
    isCount(value.learning_steps) &&
    isCount(value.reps) &&
    isCount(value.lapses) &&
    isState(value.state) &&
    (value.last_review === null || isFiniteNumber(value.last_review))
  );
}

function isReviewStep(value: unknown): value is ReviewStep {
  if (!isRecord(value)) return false;
  const flags = value.flagsBefore;
  return (
    (value.reviewId === null || typeof value.reviewId === 'string') &&
    isRating(value.rating) &&
    isState(value.state) &&
    isFiniteNumber(value.due) &&
    isFiniteNumber(value.stability) &&
    isFiniteNumber(value.difficulty) &&
    isFiniteNumber(value.last_elapsed_days) &&
    isFiniteNumber(value.scheduled_days) &&
    isCount(value.learning_steps) &&
    isFiniteNumber(value.review) &&
    isFiniteNumber(value.previousDue) &&
    typeof value.createdMemory === 'boolean' &&
    (flags === null || (isRecord(flags) && typeof flags.suspended === 'boolean' && typeof flags.leech === 'boolean'))
  );
}

export function isRating(value: unknown): value is ReviewRating {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

function isState(value: unknown): value is State {
  return value === State.New || value === State.Learning || value === State.Review || value === State.Relearning;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}
