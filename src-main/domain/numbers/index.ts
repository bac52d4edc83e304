/**
 * Numbers in English text: reading them (article and learner answers), writing them like an
 * example (distractors), and comparing them (grading). Pure and dependency-free.
 */
export { parseNumberExpression, normalizeNumberText } from './parse';
export type { NumberExpression } from './parse';
export { parseAnswerNumber } from './answer';
export { formatNumberLike } from './format';
export { numbersEqual, numberAnswerMatches } from './compare';
export type { NumberValue } from './compare';
export { parseDate, dateValue, dateFromValue } from './dates';
export type { CalendarDate } from './dates';
export { numberToWords, parseNumberWords } from './words';
export { isCardinalWord, isFractionWord, isScaleWord, monthNumber, ordinalSuffix, ordinalWord, ordinalWordValue } from './lexicon';
