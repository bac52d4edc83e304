/**
 * One fact's memory through answers, undo and suspension: each function takes a memory (or
 * undefined for a fact never answered) and returns a new one, never changing its argument.
 */
import { Rating, type Grade } from 'ts-fsrs';
import { emptyCard, engineFor, fromFsrsCard, rollbackEngine, toFsrsCard, toFsrsLog } from './engine';
import { HISTORY_LIMIT, UNDO_WINDOW_MS, type FactMemory, type ReviewRating, type ReviewStep } from './memory';
import type { SchedulerSettings } from './settings';

export interface IntervalPreview {
  /** When the fact would be due after each button, epoch milliseconds. */
  readonly again: number;
  readonly hard: number;
  readonly good: number;
  readonly easy: number;
}

function newMemory(now: number): FactMemory {
  return { card: emptyCard(now), lapses: 0, suspended: false, leech: false, history: [] };
}

/**
 * The answer's time, never before the previous answer: a clock set back (travel, a wrong system
 * time) would otherwise give FSRS a negative elapsed time.
 */
function answerTime(memory: FactMemory, now: number): Date {
  const last = memory.card.last_review;
  return new Date(last === null ? now : Math.max(now, last));
}

export function reviewFact(
  memory: FactMemory | undefined,
  rating: ReviewRating,
  now: number,
  settings: SchedulerSettings,
  reviewId: string | null = null,
): FactMemory {
  const before = memory ?? newMemory(now);
  const { card, log } = engineFor(settings).next(toFsrsCard(before.card), answerTime(before, now), rating as Grade);
  const after = fromFsrsCard(card);
  const lapsed = after.lapses > before.card.lapses;
  const becomesLeech = lapsed && !before.leech && settings.leechLapses > 0 && after.lapses >= settings.leechLapses;
  const step: ReviewStep = {
    reviewId,
    rating,
    state: log.state,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    last_elapsed_days: log.last_elapsed_days,
    scheduled_days: log.scheduled_days,
    learning_steps: log.learning_steps,
    review: log.review.getTime(),
    previousDue: before.card.due,
    createdMemory: memory === undefined,
    flagsBefore: becomesLeech ? { suspended: before.suspended, leech: before.leech } : null,
  };
  return {
    card: after,
    lapses: after.lapses,
    suspended: before.suspended || becomesLeech,
    leech: before.leech || becomesLeech,
    history: [...before.history.filter((kept) => kept.review >= step.review - UNDO_WINDOW_MS).slice(-(HISTORY_LIMIT - 1)), step],
  };
}

/**
 * Takes back the latest answer with ts-fsrs rollback, restoring the memory as it was before it
 * (undefined if that answer was the fact's first) — exactly, except the history steps the answer
 * dropped (pushed out of a full history, or older than `UNDO_WINDOW_MS` before it): the history
 * is then a tail of the one before. Without history, nothing to undo: the memory comes back
 * unchanged — an answer a later one dropped from the history can no longer be taken back.
 */
export function rollbackLatestReview(memory: FactMemory): FactMemory | undefined {
  const step = memory.history.at(-1);
  if (step === undefined) return memory;
  if (step.createdMemory) return undefined;
  const previous = fromFsrsCard(rollbackEngine.rollback(toFsrsCard(memory.card), toFsrsLog(step)));
  const card = { ...previous, due: step.previousDue };
  return {
    card,
    lapses: card.lapses,
    suspended: step.flagsBefore?.suspended ?? memory.suspended,
    leech: step.flagsBefore?.leech ?? memory.leech,
    history: memory.history.slice(0, -1),
  };
}

/** The latest answer's review id, the only one undo may take back. */
export function latestReviewId(memory: FactMemory | undefined): string | null {
  return memory?.history.at(-1)?.reviewId ?? null;
}

export function previewIntervals(memory: FactMemory | undefined, now: number, settings: SchedulerSettings): IntervalPreview {
  const current = memory ?? newMemory(now);
  const outcomes = engineFor(settings).repeat(toFsrsCard(current.card), answerTime(current, now));
  return {
    again: outcomes[Rating.Again].card.due.getTime(),
    hard: outcomes[Rating.Hard].card.due.getTime(),
    good: outcomes[Rating.Good].card.due.getTime(),
    easy: outcomes[Rating.Easy].card.due.getTime(),
  };
}

export function suspendFact(memory: FactMemory | undefined, now: number): FactMemory {
  return { ...(memory ?? newMemory(now)), suspended: true };
}

/** Lifts the suspension; a leech keeps its flag so the learner still sees it was one. */
export function unsuspendFact(memory: FactMemory | undefined): FactMemory | undefined {
  return memory === undefined ? undefined : { ...memory, suspended: false };
}
