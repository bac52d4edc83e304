/**
 * Cardinal numbers written in words, both ways: "two hundred and fifty" ↔ 250.
 * A strict little grammar rather than a word-by-word sum, so that "one two" or "hundred eight
 * hundred" are rejected instead of being added up into a wrong value.
 */
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './lexicon';

/** Words of a number, lower case, split on spaces and hyphens ("twenty-one" → twenty, one). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().trim().split(/[\s\u2010-\u2015-]+/).filter((w) => w.length > 0);
}

/** Below one hundred: "seven", "nineteen", "forty", "forty two". Returns [value, words used]. */
function belowHundred(words: readonly string[], at: number): [number, number] | null {
  const first = words[at] ?? '';
  const unit = UNIT_WORDS.get(first);
  if (unit !== undefined) return [unit, 1];
  const tens = TENS_WORDS.get(first);
  if (tens === undefined) return null;
  const next = UNIT_WORDS.get(words[at + 1] ?? '');
  return next !== undefined && next > 0 && next < 10 ? [tens + next, 2] : [tens, 1];
}

/** Below one thousand: "two hundred and fifty", "a hundred", "ninety". */
function belowThousand(words: readonly string[], at: number): [number, number] | null {
  const isArticle = words[at] === 'a' || words[at] === 'an';
  const head: [number, number] | null = isArticle ? [1, 1] : belowHundred(words, at);
  if (head === null) return null;
  if (words[at + head[1]] !== 'hundred') return isArticle ? null : head;
  if (head[0] < 1 || head[0] > 9) return null;
  let used = head[1] + 1;
  const and = words[at + used] === 'and' ? 1 : 0;
  const rest = belowHundred(words, at + used + and);
  if (rest !== null && rest[0] > 0) used += and + rest[1];
  return [head[0] * 100 + (rest !== null && rest[0] > 0 ? rest[0] : 0), used];
}

/**
 * Parses a whole string of number words: "eight", "twenty-one", "a thousand", "two hundred and
 * fifty", "three million two hundred thousand", "a dozen", "half a million". Null otherwise.
 */
export function parseNumberWords(text: string): number | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  if (words[0] === 'half' && (words[1] === 'a' || words[1] === 'an') && words.length === 3) {
    const scale = SCALE_WORDS.get(words[2] ?? '');
    return scale !== undefined && scale >= 100 ? scale / 2 : null;
  }
  let total = 0;
  let at = 0;
  let lastScale = Infinity;
  while (at < words.length) {
    if (at > 0 && words[at] === 'and') at += 1;
    const isArticle = words[at] === 'a' || words[at] === 'an';
    const chunk: [number, number] | null = isArticle && at === 0 && SCALE_WORDS.has(words[1] ?? '') && words[1] !== 'hundred'
      ? [1, 1]
      : belowThousand(words, at);
    if (chunk === null) return null;
    at += chunk[1];
    const scale = SCALE_WORDS.get(words[at] ?? '');
    if (scale === undefined || scale === 100) {
      if (at !== words.length) return null;
      return total + chunk[0];
    }
    // Scales must fall ("a million two hundred thousand"), and "a dozen" stands alone.
    if (scale >= lastScale || (scale === 12 && (total > 0 || at + 1 !== words.length))) return null;
    total += chunk[0] * scale;
    lastScale = scale;
    at += 1;
  }
  return total;
}

function belowHundredWords(value: number): string {
  const unit = [...UNIT_WORDS].find(([, v]) => v === value)?.[0];
  if (unit !== undefined) return unit;
  const tens = [...TENS_WORDS].find(([, v]) => v === value - (value % 10))?.[0] ?? '';
  const rest = value % 10;
  return rest === 0 ? tens : `${tens}-${[...UNIT_WORDS].find(([, v]) => v === rest)?.[0] ?? ''}`;
}

function belowThousandWords(value: number, useAnd: boolean): string {
  if (value < 100) return belowHundredWords(value);
  const hundreds = `${belowHundredWords(Math.floor(value / 100))} hundred`;
  const rest = value % 100;
  if (rest === 0) return hundreds;
  return `${hundreds}${useAnd ? ' and ' : ' '}${belowHundredWords(rest)}`;
}

/** 250 → "two hundred and fifty" (or without "and"); null for non-integers and ≥ 10^15. */
export function numberToWords(value: number, useAnd = true): string | null {
  if (!Number.isInteger(value) || value < 0 || value >= 1e15) return null;
  if (value < 1000) return belowThousandWords(value, useAnd);
  const parts: string[] = [];
  let rest = value;
  for (const [name, scale] of [['trillion', 1e12], ['billion', 1e9], ['million', 1e6], ['thousand', 1e3]] as const) {
    const count = Math.floor(rest / scale);
    if (count > 0) parts.push(`${belowThousandWords(count, useAnd)} ${name}`);
    rest -= count * scale;
  }
  if (rest > 0) parts.push(rest < 100 && useAnd ? `and ${belowHundredWords(rest)}` : belowThousandWords(rest, useAnd));
  return parts.join(' ');
}
