/**
 * List recall: each item on its own, in any order, by the same text rules as a single answer;
 * k of n items earn k/n credit, and an item named twice counts once.
 */
import type { ListRecallQuestion } from '../questions/model';
import { formsOfItem } from './expected-forms';
import { foldAnswer } from './fold';
import { blankGrade, gradeFromMatch } from './grade-typed';
import { matchText, type TextMatch } from './match-text';
import { creditFor } from './item-credit';
import type { Grade, ItemResult } from './model';

/** Semicolons, new lines and commas separate items; a comma inside a number ("200,000") does not. */
const ITEM_SEPARATOR = /\s*(?:[;\n]|,(?!\d{3}\b))\s*/;
/** "and", "&" or "or" join the last items, unless they are part of an item ("Trinidad and Tobago"). */
const CONJUNCTION = /\s+(?:and|&|or)\s+/i;
const LEADING_CONJUNCTION = /^(?:and|&|or)\s+/i;
/** Lists have at most a dozen items; a pasted page is not read past this many parts. */
const MAX_GIVEN_ITEMS = 40;

function splitItems(text: string, items: readonly string[]): string[] {
  const known = new Set(items.map(foldAnswer));
  return text
    .split(ITEM_SEPARATOR)
    .map((part) => part.replace(LEADING_CONJUNCTION, '').trim())
    .flatMap((part) => (known.has(foldAnswer(part)) ? [part] : part.split(CONJUNCTION)))
    .filter((part) => foldAnswer(part) !== '')
    .slice(0, MAX_GIVEN_ITEMS);
}

/** Stronger matches claim items first, so a typo match cannot take an item another part names exactly. */
const PASSES: ReadonlyArray<ReadonlyArray<TextMatch['kind']>> = [['exact', 'same-number'], ['typo']];

export function gradeList(question: ListRecallQuestion, text: string): Grade {
  const items = question.items;
  const blank = blankGrade(text, question.answer);
  if (blank !== null) return blank;
  const given = splitItems(text, items);
  const forms = items.map(formsOfItem);
  const matches = given.map((part) => forms.map((itemForms) => matchText(part, itemForms)));
  const claimedBy = new Map<number, number>(); // item index → given part index
  const placed = new Set<number>();
  for (const kinds of PASSES) {
    given.forEach((_part, g) => {
      if (placed.has(g)) return;
      const item = items.findIndex((_item, i) => !claimedBy.has(i) && kinds.includes(matches[g]?.[i]?.kind ?? 'none'));
      if (item < 0) return;
      claimedBy.set(item, g);
      placed.add(g);
    });
  }
  const results: ItemResult[] = items.map((expected, i) => {
    const g = claimedBy.get(i);
    const match = g === undefined ? undefined : matches[g]?.[i];
    if (g === undefined || match === undefined) return { expected, given: null, verdict: 'wrong', reason: 'missed' };
    return { expected, given: given[g] ?? '', verdict: 'correct', reason: gradeFromMatch(match, expected).reason };
  });
  const extras: ItemResult[] = given.flatMap((part, g) => {
    if (placed.has(g)) return [];
    const repeat = matches[g]?.some((match) => match.kind !== 'none') ?? false;
    return [{ expected: null, given: part, verdict: 'wrong', reason: repeat ? 'already counted' : 'not in the list' }];
  });
  return creditFor(claimedBy.size, items.length, 'items', [...results, ...extras], question.answer);
}
