/** Grading a learner's answer and turning the grade into the scheduler's rating; the public surface. */
export { gradeAnswer } from './grade-answer';
export type { DiffPart, GivenAnswer, Grade, ItemResult, Verdict } from './model';
export { FAST_MS, PARTLY_HARD_MIN_CREDIT, SLOW_MS, ratingFor, type AnswerContext, type Rating } from './rating';
export { OVERRULED_REASON, overruleGrade } from './overrule';
export { EXACT_SPELLING_MAX_LETTERS, ONE_TYPO_MAX_LETTERS } from './typos';
