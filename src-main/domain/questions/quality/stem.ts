/**
 * The stem reads as a full sentence: a question opens with a wh-word or an auxiliary (after an
 * optional "According to X,") and names something besides the answer; every prompt has balanced
 * quotes and brackets, starts with a capital and ends with "?" (questions) or "." (statements).
 */
import { tokenize } from '../../nlp/tokens';
import { BLANK } from '../formats/shared';
import { normalizeText, words } from '../text/normalize';
import { fail, isInterrogative, type Gate } from './types';

const OPENERS = /^(who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/i;
const FRONTED = /^((in|on|at|by|for|from|since|until|to|with|during|before|after|over|within|approximately|about|around|roughly|nearly|almost|some|an estimated|estimated)\s+)+(what|which|how|whom)\b/i;

export const stemHasSubject: Gate = (question) => {
  if (!isInterrogative(question)) return null;
  const body = question.prompt.replace(/^according to [^,]+,\s*/i, '');
  if (!OPENERS.test(body) && !FRONTED.test(body)) return fail('question does not open with a wh-word or auxiliary');
  const answerWords = new Set(words(question.answer));
  const nouns = tokenize(body).filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !answerWords.has(normalizeText(t.text)));
  return nouns.length === 0 ? fail('question has no subject besides the answer') : null;
};

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['“', '”'],
];

export function balanced(text: string): boolean {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const ch of text) {
      if (ch === open) depth += 1;
      else if (ch === close) depth -= 1;
      if (depth < 0) return false;
    }
    if (depth !== 0) return false;
  }
  return (text.match(/"/g) ?? []).length % 2 === 0;
}

export const balancedMarks: Gate = (question) => (balanced(question.prompt) ? null : fail('unbalanced quotes or brackets'));

/** How many blanks each format's prompt may have: a cloze exactly one, a wh-question none. */
const BLANKS: Record<string, readonly [number, number]> = {
  cloze: [1, 1],
  'list-recall': [1, 1],
  'multiple-choice': [0, 1],
  numeric: [0, 1],
  'question-answer': [0, 0],
  'true-false': [0, 0],
};

export const fullSentence: Gate = (question) => {
  const prompt = question.prompt.trim();
  if (!/^[“"‘'(\[]?[\p{Lu}\p{N}_]/u.test(prompt)) return fail('prompt does not start a sentence');
  if (/\s{2,}|\s[,.;:?!]/.test(prompt)) return fail('prompt has stray spacing');
  if (question.format === 'matching') return null;
  const blanks = prompt.split(BLANK).length - 1;
  const [fewest, most] = BLANKS[question.format] ?? [0, 0];
  if (blanks < fewest || blanks > most) return fail(`wrong number of blanks (${blanks})`);
  const wantsQuestion = isInterrogative(question);
  if (wantsQuestion) return /\?$/.test(prompt) ? null : fail('question does not end with "?"');
  return /[.!]["”’)\]]*$/.test(prompt) ? null : fail('statement does not end with "."');
};
