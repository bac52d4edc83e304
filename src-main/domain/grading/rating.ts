/**
 * From a grade to the scheduler's rating (1 Again, 2 Hard, 3 Good, 4 Easy). The learner never
 * picks a button: the grade, a hint and the time taken say how well the fact was known.
 */
import type { QuestionFormat } from '../questions/model';
import type { Grade } from './model';

export type Rating = 1 | 2 | 3 | 4;

export interface AnswerContext {
  readonly format: QuestionFormat;
  readonly usedHint: boolean;
  /** Time from showing the question to submitting; not a number (or negative) when unknown. */
  readonly tookMs: number;
}

/**
 * Beyond these, a right answer was dug out rather than known: Hard. Picking (multiple choice,
 * true/false) only needs recognising the answer, so 15 s is already long; typing one answer
 * from memory includes reading a sentence-long prompt and typing, so 30 s; a list or a set of
 * pairs is several answers in one, so it gets more.
 */
export const SLOW_MS: Readonly<Record<QuestionFormat, number>> = {
  'multiple-choice': 15_000,
  'true-false': 15_000,
  cloze: 30_000,
  'question-answer': 30_000,
  numeric: 30_000,
  'list-recall': 60_000,
  matching: 45_000,
};

/**
 * Under these, a right answer on a recall format was known outright: Easy. Only recall formats
 * earn Easy — a quick right pick may be a guess (one in four, one in two), and a cloze hands the
 * learner the whole sentence around the gap. 8 s is about reading a short prompt and typing a name.
 */
export const FAST_MS: Readonly<Partial<Record<QuestionFormat, number>>> = {
  'question-answer': 8_000,
  numeric: 8_000,
  'list-recall': 20_000,
  matching: 15_000,
};

/** A partly right answer at or above this credit is Hard (mostly known); below it, Again. */
export const PARTLY_HARD_MIN_CREDIT = 0.5;

export function ratingFor(grade: Grade, context: AnswerContext): Rating {
  if (grade.verdict === 'wrong') return 1;
  if (grade.verdict === 'partly') return grade.credit >= PARTLY_HARD_MIN_CREDIT ? 2 : 1;
  const known = Number.isFinite(context.tookMs) && context.tookMs >= 0;
  if (context.usedHint || (known && context.tookMs > SLOW_MS[context.format])) return 2;
  const fast = FAST_MS[context.format];
  return known && fast !== undefined && context.tookMs < fast ? 4 : 3;
}
