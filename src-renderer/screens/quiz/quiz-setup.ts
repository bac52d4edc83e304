/** The choices a quiz starts from, and what the setup form offers. Pure, so it is tested in Node. */
import type { QuestionFormat, QuizMode } from '../../../src-main/contract';
import type { QuizChoices, QuizLength } from '../../lib/state/quiz.svelte';

/** Every format, in the order the setup lists them and the results break them down. */
export const FORMAT_LABELS: Readonly<Record<QuestionFormat, string>> = {
  'multiple-choice': 'Multiple choice',
  'true-false': 'True or false',
  cloze: 'Fill in the blank',
  'question-answer': 'Short answer',
  numeric: 'Numbers',
  'list-recall': 'Lists',
  matching: 'Matching',
};

export const ALL_FORMATS = Object.keys(FORMAT_LABELS) as QuestionFormat[];

/** The quick, well-formed kinds: lists and matching are longer and left for the learner to add. */
export const DEFAULT_FORMATS: readonly QuestionFormat[] = ['multiple-choice', 'true-false', 'cloze', 'question-answer', 'numeric'];

export const LENGTHS: readonly { readonly value: QuizLength; readonly label: string }[] = [
  { value: 10, label: '10 questions' },
  { value: 20, label: '20 questions' },
  { value: 'all', label: 'All questions' },
];

export const MODES: readonly { readonly value: QuizMode; readonly label: string; readonly hint: string }[] = [
  { value: 'practice', label: 'Practice', hint: 'See the answer after each question.' },
  { value: 'exam', label: 'Exam', hint: 'See how you did at the end.' },
];

/** The first article chosen, the default kinds, ten questions, practice. */
export function defaultChoices(articles: readonly { readonly id: string }[]): QuizChoices {
  return { articleIds: articles.slice(0, 1).map((article) => article.id), length: 10, formats: DEFAULT_FORMATS, mode: 'practice' };
}

/** Adds the item when missing, takes it out when present, keeping the order of `order`. */
export function toggled<T>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const next = list.includes(item) ? list.filter((value) => value !== item) : [...list, item];
  return order.filter((value) => next.includes(value));
}

/** Why the quiz cannot start yet, in words, or null when it can. */
export function whyNotReady(choices: QuizChoices): string | null {
  if (choices.articleIds.length === 0) return 'Choose at least one article.';
  if (choices.formats.length === 0) return 'Choose at least one kind of question.';
  return null;
}
