/**
 * The form two answers are compared in: `normalizeAnswer` (case, punctuation, quotes, a leading
 * article, spaces) plus accents, because a learner without a Spanish keyboard who types
 * "Michoacan" knows the answer "Michoacán".
 */
import { isCardinalWord, isFractionWord, isScaleWord, ordinalWordValue } from '../numbers';
import { normalizeAnswer } from '../questions/text/normalize';

/** Letters that carry no combining mark to strip but have a plain spelling. */
const PLAIN_SPELLING: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'], ['ø', 'o'], ['Ø', 'O'], ['æ', 'ae'], ['Æ', 'AE'], ['œ', 'oe'], ['Œ', 'OE'],
  ['ł', 'l'], ['Ł', 'L'], ['đ', 'd'], ['Đ', 'D'], ['ı', 'i'],
]);

export function foldAnswer(text: string): string {
  const unmarked = text.normalize('NFKD').replace(/\p{M}/gu, '');
  const plain = unmarked.replace(/[ßøØæÆœŒłŁđĐı]/g, (letter) => PLAIN_SPELLING.get(letter) ?? letter);
  return normalizeAnswer(plain);
}

/** How long an answer is for typo allowance: letters and digits, spaces not counted. */
export function letterCount(folded: string): number {
  return folded.replace(/ /g, '').length;
}

function isNumberToken(token: string): boolean {
  return /\d/.test(token) || isCardinalWord(token) || isScaleWord(token) || isFractionWord(token) || ordinalWordValue(token) !== null;
}

/**
 * The number tokens of a folded answer, in order ("second world war" → "second"). Two answers
 * whose number tokens differ are never one typo apart: "1738" is not a misspelt "1783", nor
 * "sixty" a misspelt "sixth".
 */
export function numberTokens(folded: string): string {
  return folded.split(' ').filter(isNumberToken).join(' ');
}

/** The answer without its number tokens ("2nd world war" → "world war"). */
export function wordsBesideNumbers(folded: string): string {
  return folded.split(' ').filter((token) => token !== '' && !isNumberToken(token)).join(' ');
}
