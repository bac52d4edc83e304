/** Prompt and answer length bounds: a card is read in seconds; a sixty-word blank is not a card. */
import { BLANK } from '../formats/shared';
import { countWords } from '../text/normalize';
import { fail, type Gate } from './types';

const PROMPT_WORDS: Record<string, readonly [number, number]> = {
  'question-answer': [4, 40],
  'multiple-choice': [4, 60],
  numeric: [4, 60],
  cloze: [6, 60],
  'true-false': [6, 60],
  'list-recall': [4, 80],
  matching: [3, 40],
};

export const promptLength: Gate = (question) => {
  const [min, max] = PROMPT_WORDS[question.format] ?? [4, 60];
  // A cloze's blank stands for a word of its sentence: "Bos obtained his doctorate from _____." is six.
  const blanks = question.format === 'cloze' ? question.prompt.split(BLANK).length - 1 : 0;
  const n = countWords(question.prompt) + blanks;
  if (n < min) return fail(`prompt too short (${n} words)`);
  return n > max ? fail(`prompt too long (${n} words)`) : null;
};

export const answerLength: Gate = (question) => {
  if (question.format === 'list-recall' || question.format === 'matching' || question.format === 'true-false' || question.factKind === 'list') return null;
  // A card's answer is recalled in one go: a whole clause in the blank is not a fair card.
  const n = countWords(question.answer);
  if (n > 10) return fail(`answer too long (${n} words)`, 0.5);
  return n > 7 ? fail(`answer long (${n} words)`, 0.2) : null;
};
