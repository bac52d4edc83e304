/**
 * How many typing slips an answer may carry and still be right. Short words get none: one
 * letter turns "Iran" into "Iraq" and "cat" into "bat", so a slip there is a different answer.
 */
import { distance } from 'fastest-levenshtein';

/** Answers up to this many letters (spaces not counted) must be spelt exactly. */
export const EXACT_SPELLING_MAX_LETTERS = 4;
/** Answers up to this many letters may carry one slip; longer ones two. */
export const ONE_TYPO_MAX_LETTERS = 8;

export function typoAllowance(letters: number): number {
  if (letters <= EXACT_SPELLING_MAX_LETTERS) return 0;
  return letters <= ONE_TYPO_MAX_LETTERS ? 1 : 2;
}

/** Edits between two folded answers, or null when there are more than `limit` (checked cheaply first). */
export function editsWithin(given: string, expected: string, limit: number): number | null {
  if (Math.abs(given.length - expected.length) > limit) return null;
  const edits = distance(given, expected);
  return edits <= limit ? edits : null;
}
