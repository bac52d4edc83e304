/**
 * Questions: views of one fact. A fact can be asked several ways (recognition → recall);
 * the scheduler keeps one memory per fact and picks the view.
 */
import type { Span } from '../article/model';
import type { FactKind, Tolerance } from '../facts/model';

export type QuestionFormat =
  | 'cloze'
  | 'question-answer'
  | 'multiple-choice'
  | 'true-false'
  | 'numeric'
  | 'list-recall'
  | 'matching';

interface QuestionBase {
  /** Stable id: the fact id plus the format and what the view asks. */
  readonly id: string;
  readonly factId: string;
  readonly factKind: FactKind;
  readonly format: QuestionFormat;
  readonly prompt: string;
  /** The expected answer as text ("true"/"false"; a list's items joined by "; "). */
  readonly answer: string;
  /** Other answers accepted as right. */
  readonly accepted: readonly string[];
  readonly sentenceIndex: number;
  readonly sentence: string;
  /** Where the expected answer is written in `Article.text` (the answer key is checked against it). */
  readonly answerSpan?: Span;
  /** Which rule wrote it and how good the quality gates judged it (0–1). */
  readonly rule: string;
  readonly quality: number;
}

export interface ClozeQuestion extends QuestionBase {
  readonly format: 'cloze';
}
export interface QuestionAnswerQuestion extends QuestionBase {
  readonly format: 'question-answer';
}
export interface MultipleChoiceQuestion extends QuestionBase {
  readonly format: 'multiple-choice';
  /** Four options in display order, the answer among them. */
  readonly choices: readonly string[];
}
export interface TrueFalseQuestion extends QuestionBase {
  readonly format: 'true-false';
  readonly truth: boolean;
}
export interface NumericQuestion extends QuestionBase {
  readonly format: 'numeric';
  readonly value: number;
  readonly tolerance: Tolerance;
}
export interface ListRecallQuestion extends QuestionBase {
  readonly format: 'list-recall';
  readonly items: readonly string[];
}
export interface MatchingQuestion extends QuestionBase {
  readonly format: 'matching';
  /** Left ↔ right pairs, as the article states them; the view shuffles the right side. */
  readonly pairs: ReadonlyArray<{ readonly left: string; readonly right: string }>;
  /** The facts the pairs come from, in pair order (`factId` is the first). */
  readonly factIds?: readonly string[];
}

export type Question =
  | ClozeQuestion
  | QuestionAnswerQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | NumericQuestion
  | ListRecallQuestion
  | MatchingQuestion;
