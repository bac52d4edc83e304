/**
 * List recall: each item on its own, in any order, by the same text rules as a single answer;
 * k of n items earn k/n credit, and an item named twice counts once.
 */
import type { ListRecallQuestion } from '../questions/model';
import { formsOfItem } from './expected-forms';
import { foldAnswer } from './fold';
import { blankGrade, gradeFromMatch } from './grade-typed';
import { matchText } from './match-text';
import type { Grade, ItemResult } from './model';

/** Semicolons, new lines and commas separate items; a comma inside a number ("200,000") does not. */
const ITEM_SEPARATOR = /\s*(?:[;\n]|,(?!\d{3}\b))\s*/;
/** "and", "&" or "or" join the last items, unless they are part of an item ("Trinidad and Tobago"). */
const CONJUNCTION = /\s+(?:and|&|or)\s+/i;
const LEADING_CONJUNCTION = /^(?:and|&|or)\s+/i;

function splitItems(text: string, items: readonly string[]): string[] {
  const known = new Set(items.map(foldAnswer));
  return text
    .split(ITEM_SEPARATOR)
    .map((part) => part.replace(LEADING_CONJUNCTION, '').trim())
    .flatMap((part) => (known.has(foldAnswer(part)) ? [part] : part.split(CONJUNCTION)))
    .filter((part) => foldAnswer(part) !== '');
}

interface Claim {
  readonly given: string;
  readonly grade: Grade;
}

export function gradeList(question: ListRecallQuestion, text: string): Grade {
  const items = question.items;
  const blank = blankGrade(text, question.answer);
  if (blank !== null) return blank;
  const claims = new Map<number, Claim>();
  const extras: ItemResult[] = [];
  for (const given of splitItems(text, items)) {
    const matches = items.map((item) => matchText(given, formsOfItem(item)));
    // An exact match beats a typo match; among equals the first unclaimed item wins.
    const order = [...matches.keys()].sort((a, b) => rank(matches[a]?.kind) - rank(matches[b]?.kind));
    const index = order.find((i) => matches[i]?.kind !== 'none' && !claims.has(i));
    if (index !== undefined) {
      claims.set(index, { given, grade: gradeFromMatch(matches[index] ?? { kind: 'none', diff: undefined }, items[index] ?? '') });
      continue;
    }
    const repeat = order.some((i) => matches[i]?.kind !== 'none');
    extras.push({ expected: null, given, verdict: 'wrong', reason: repeat ? 'already counted' : 'not in the list' });
  }
  const results: ItemResult[] = items.map((expected, i) => {
    const claim = claims.get(i);
    return claim === undefined
      ? { expected, given: null, verdict: 'wrong', reason: 'missed' }
      : { expected, given: claim.given, verdict: 'correct', reason: claim.grade.reason };
  });
  return summarize(claims.size, items.length, 'items', [...results, ...extras], question.answer);
}

function rank(kind: string | undefined): number {
  return kind === 'exact' ? 0 : kind === 'same-number' ? 1 : kind === 'typo' ? 2 : 3;
}

/** k of n → correct, partly or wrong, with k/n credit. */
export function summarize(right: number, total: number, noun: string, items: readonly ItemResult[], expected: string): Grade {
  const credit = total === 0 ? 0 : right / total;
  const count = `${right} of ${total} ${noun}`;
  if (total > 0 && right === total) return { verdict: 'correct', credit: 1, reason: count, items };
  if (right === 0) return { verdict: 'wrong', credit: 0, reason: `wrong: ${count}; expected ${expected}`, items };
  return { verdict: 'partly', credit, reason: count, items };
}
