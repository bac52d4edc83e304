/**
 * Comparing answers the way a teacher would: case, quote style, punctuation and a leading article
 * never make two answers different ("the Gulf Cartel" = "Gulf cartel", "25-percent" = "25 percent").
 */

import { memo } from '../../memo';
import { spaceNonWordRuns } from '../../nlp/word-runs';

const LEADING_ARTICLE = /^(the|a|an) /;

/** The question writers and gates normalise the same candidates, answers and passages again and again. */
const normalized = memo<string, string>();

export function normalizeText(text: string): string {
  return normalized.get(text) ?? normalized.set(text, normalizeUncached(text));
}

function normalizeUncached(text: string): string {
  return spaceNonWordRuns(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’‛`´]/g, "'")
      .replace(/'s\b/g, 's'),
  ).trim();
}

export function normalizeAnswer(text: string): string {
  return normalizeText(text).replace(LEADING_ARTICLE, '');
}

export function sameAnswer(a: string, b: string): boolean {
  const left = normalizeAnswer(a);
  return left !== '' && left === normalizeAnswer(b);
}

/** Whole-word containment after normalisation ("us" is not found inside "campus"). */
export function containsPhrase(haystack: string, needle: string): boolean {
  const n = normalizeAnswer(needle);
  if (n === '') return false;
  return ` ${normalizeText(haystack)} `.includes(` ${n} `);
}

const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with as into onto over under about than then that this these those ' +
    'is are was were be been being has have had do does did will would can could may might must shall should ' +
    'it its he she they them his her their him we us our you your i me my not no so also which who whom whose what ' +
    'when where why how there here all any some each every more most such own other s'
  ).split(' '),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

export function words(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

export function contentWords(text: string): string[] {
  return words(text).filter((word) => !STOPWORDS.has(word));
}

/** Token-set Jaccard similarity of two texts (1 = same word set). */
export function jaccard(a: string, b: string): number {
  const left = new Set(words(a));
  const right = new Set(words(b));
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** The cloze and length gates count the same sentences' words again and again. */
const wordCounts = memo<string, number>();

export function countWords(text: string): number {
  return wordCounts.get(text) ?? wordCounts.set(text, text.split(/\s+/).filter((part) => /[\p{L}\p{N}]/u.test(part)).length);
}

export function capitalize(text: string): string {
  const index = text.search(/[\p{L}\p{N}]/u);
  if (index < 0) return text;
  return text.slice(0, index) + text.charAt(index).toUpperCase() + text.slice(index + 1);
}
