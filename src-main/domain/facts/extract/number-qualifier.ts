/**
 * The hedge or bound written before a number ("approximately 480,000", "more than 300", "an
 * estimated 200,000 to 750,000") and the tolerance a learner's answer gets because of it.
 */
import type { NumberForm, Tolerance } from '../model';
import type { Token } from '../../nlp/tokens';
import type { NumberExpression } from '../../numbers';

/** Hedges: the article itself gives the value as approximate, so a near answer is right. */
const APPROXIMATORS = [
  'approximately', 'approx.', 'about', 'around', 'roughly', 'an estimated', 'estimated', 'some', 'nearly',
  'almost', 'close to', 'circa', 'ca.', 'c.', 'just under', 'just over', 'well over',
];
/** Bounds: the stated number is the answer, exactly. */
const BOUNDS = [
  'more than', 'over', 'at least', 'up to', 'less than', 'fewer than', 'under', 'at most', 'as many as',
  'as much as', 'no more than', 'no fewer than', 'upwards of', 'in excess of',
];

/**
 * A bound makes other values true by implication ("over 4 million" → "over 2 million" is true too),
 * so no option or "false" statement may be written by changing a bounded number.
 */
export function isBoundQualifier(qualifier: string | null): boolean {
  return qualifier !== null && BOUNDS.includes(qualifier.toLowerCase().replace(/\s+/g, ' ').trim());
}

const HEDGE_RATIO = 0.05;
const EXACT_FORMS: ReadonlySet<NumberForm> = new Set<NumberForm>(['year', 'date', 'ordinal', 'century', 'fraction']);

export interface Qualifier {
  readonly text: string;
  /** First token of the qualifier. */
  readonly first: number;
  readonly approximate: boolean;
}

function matchBefore(tokens: readonly Token[], end: number, phrase: string): number | null {
  const words = phrase.split(' ');
  const first = end - words.length + 1;
  if (first < 0) return null;
  return words.every((word, i) => tokens[first + i]?.text.toLowerCase() === word) ? first : null;
}

/** Every qualifier, longest first, sorted once rather than for every number. */
const QUALIFIERS: ReadonlyArray<readonly [string, boolean]> = [
  ...APPROXIMATORS.map((q): [string, boolean] => [q, true]),
  ...BOUNDS.map((q): [string, boolean] => [q, false]),
].sort((a, b) => b[0].length - a[0].length);

/**
 * The qualifier ending right before token `first`. An approximator may stand before "a"
 * ("about a 20 minute walk"); a bound may not ("over a 10-year period" is not "more than 10").
 */
export function qualifierBefore(tokens: readonly Token[], first: number, form: NumberForm): Qualifier | null {
  if (form === 'ordinal' || form === 'century') return null;
  const article = /^an?$/i.test(tokens[first - 1]?.text ?? '');
  for (const [phrase, approximate] of QUALIFIERS) {
    // "some" and "under" qualify counts and amounts only: "some 1990s bands", "under 2006 rules".
    if ((phrase === 'some' || phrase === 'under') && (form === 'year' || form === 'date')) continue;
    const direct = matchBefore(tokens, first - 1, phrase);
    const start = direct ?? (article && approximate ? matchBefore(tokens, first - 2, phrase) : null);
    if (start === null) continue;
    const text = tokens.slice(start, direct === null ? first - 1 : first).map((t) => t.text).join(' ');
    return { text, first: start, approximate };
  }
  return null;
}

export function toleranceFor(expression: NumberExpression, form: NumberForm, qualifier: Qualifier | null): Tolerance {
  if (expression.valueMax !== undefined) return { kind: 'range', min: expression.value, max: expression.valueMax };
  if (EXACT_FORMS.has(form) || qualifier === null || !qualifier.approximate) return { kind: 'exact' };
  return { kind: 'relative', ratio: HEDGE_RATIO };
}
