/** The question layer's public surface: facts in, gated questions out. */
export { writeQuestions, viewsOf, type QuestionSet, type DroppedQuestion } from './write-questions';
export type { QuestionContext } from './context';
export { QUALITY_THRESHOLD, GATES, scoreQuestion } from './quality/score';
export { normalizeAnswer, sameAnswer } from './text/normalize';
export type * from './model';
