/**
 * The stem reads as a full sentence: a question opens with a wh-word or an auxiliary (after an
 * optional "According to X,") and names something besides the answer; every prompt has balanced
 * quotes and brackets, starts with a capital and ends with "?" (questions) or "." (statements).
 */
import { tokenize } from '../../nlp/tokens';
import { tokensOf } from '../context';
import { BLANK } from '../formats/shared';
import { normalizeText, words } from '../text/normalize';
import { fail, isInterrogative, type Gate } from './types';

const OPENERS = /^(who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/i;
const FRONTED = /^((in|on|at|by|for|from|since|until|to|with|during|before|after|over|within|approximately|about|around|roughly|nearly|almost|some|an estimated|estimated)\s+)+(what|which|how|whom)\b/i;

/**
 * Nouns of the prompt, read off the source sentence's tagged tokens (re-parsing every prompt cost
 * more than writing it), capitalised names brought in from elsewhere ("she" resolved to
 * "Sheinbaum") counting as nouns; only a prompt with none found that way and words from
 * elsewhere is parsed.
 */
function promptNouns(body: string, question: Parameters<Gate>[0], context: Parameters<Gate>[1]): string[] {
  const tokens = tokensOf(context, question.sentenceIndex);
  const known = new Map(tokens.map((t) => [normalizeText(t.text), t.pos === 'NOUN' || t.pos === 'PROPN']));
  const rest = body.split(/\s+/).slice(1);
  const capital = (word: string): boolean => /^[“"‘(]?\p{Lu}/u.test(word);
  const found = rest.filter((word) => capital(word) || known.get(normalizeText(word)) === true);
  if (found.length > 0 || rest.every((word) => known.has(normalizeText(word)))) return found;
  return tokenize(body).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.text);
}

const UNRESOLVED = /^\S+\s+\S+\s+(that\s+)?(they|it|he|she|this|these|those)\b/i;

export const stemHasSubject: Gate = (question, context) => {
  if (!isInterrogative(question)) return null;
  const body = question.prompt.replace(/^according to [^,]+,\s*/i, '');
  if (!OPENERS.test(body) && !FRONTED.test(body)) return fail('question does not open with a wh-word or auxiliary');
  const answerWords = new Set(words(question.answer));
  const nouns = promptNouns(body, question, context).filter((word) => !answerWords.has(normalizeText(word)));
  if (nouns.length === 0) return fail('question has no subject besides the answer');
  // "Who said they apply to letters?": the clause asked about has a pronoun for its subject.
  return UNRESOLVED.test(body) ? fail('question has a pronoun for its subject') : null;
};

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['“', '”'],
];

export function balanced(text: string): boolean {
  for (const [open, close] of PAIRS) {
    // Most prompts hold neither mark of a pair: nothing to count then.
    if (!text.includes(open) && !text.includes(close)) continue;
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
  // One blank for the items, or one per item when words stand between them.
  'list-recall': [1, 12],
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
