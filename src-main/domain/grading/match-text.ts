/**
 * A typed answer against the expected forms, by the text rules: equal after folding, or the same
 * number written another way ("8" for "eight"), or within the typo allowance. Number tokens are
 * never typo-tolerant: a learner who types "1738" for "1783" does not know the year.
 */
import { diffAnswer } from './diff';
import type { ExpectedForm } from './expected-forms';
import { foldAnswer, letterCount, numberTokens, wordsBesideNumbers } from './fold';
import type { DiffPart } from './model';
import { readNumber, sameNumber } from './read-number';
import { editsWithin, typoAllowance } from './typos';

export type TextMatch =
  | { readonly kind: 'exact'; readonly form: ExpectedForm }
  | { readonly kind: 'same-number'; readonly form: ExpectedForm }
  | { readonly kind: 'typo'; readonly form: ExpectedForm; readonly typos: number; readonly diff: readonly DiffPart[] | undefined }
  | { readonly kind: 'none'; readonly diff: readonly DiffPart[] | undefined };

/** "second world war" and "2nd World War": the same words around the same number. */
function sameNumberWritten(given: string, expected: string, givenFolded: string, expectedFolded: string): boolean {
  if (numberTokens(givenFolded) === '' && numberTokens(expectedFolded) === '') return false;
  if (wordsBesideNumbers(givenFolded) !== wordsBesideNumbers(expectedFolded)) return false;
  const a = readNumber(given);
  const b = readNumber(expected);
  return a !== null && b !== null && sameNumber(a, b);
}

function typoMatch(givenFolded: string, forms: readonly ExpectedForm[]): TextMatch | null {
  let best: { form: ExpectedForm; typos: number; folded: string } | null = null;
  for (const form of forms) {
    if (form.exactOnly === true) continue;
    const folded = foldAnswer(form.text);
    if (numberTokens(folded) !== numberTokens(givenFolded)) continue;
    const typos = editsWithin(givenFolded, folded, typoAllowance(letterCount(folded)));
    if (typos !== null && (best === null || typos < best.typos)) best = { form, typos, folded };
  }
  return best && { kind: 'typo', form: best.form, typos: best.typos, diff: diffAnswer(givenFolded, best.folded) };
}

/** A diff against the expected answer when the miss is near enough for one to help. */
function nearMissDiff(givenFolded: string, expectedFolded: string): DiffPart[] | undefined {
  const limit = Math.max(2, Math.floor(letterCount(expectedFolded) / 2));
  return editsWithin(givenFolded, expectedFolded, limit) === null ? undefined : diffAnswer(givenFolded, expectedFolded);
}

/** `forms[0]` is the expected answer; the others are accepted alternatives. */
export function matchText(given: string, forms: readonly ExpectedForm[]): TextMatch {
  const givenFolded = foldAnswer(given);
  const expectedFolded = foldAnswer(forms[0]?.text ?? '');
  if (givenFolded === '') return { kind: 'none', diff: undefined };
  const exact = forms.find((form) => foldAnswer(form.text) === givenFolded);
  if (exact !== undefined) return { kind: 'exact', form: exact };
  const renumbered = forms.find((form) => sameNumberWritten(given, form.text, givenFolded, foldAnswer(form.text)));
  if (renumbered !== undefined) return { kind: 'same-number', form: renumbered };
  return typoMatch(givenFolded, forms) ?? { kind: 'none', diff: nearMissDiff(givenFolded, expectedFolded) };
}
