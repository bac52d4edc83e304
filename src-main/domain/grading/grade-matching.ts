/**
 * Matching: each left item against the right item the learner joined to it. The right side is
 * picked from the shuffled options, not typed, so it must be the very option (after folding);
 * a left item joined twice counts by its first pair.
 */
import type { MatchingQuestion } from '../questions/model';
import { foldAnswer } from './fold';
import { creditFor } from './item-credit';
import type { Grade, ItemResult } from './model';

type Pairs = ReadonlyArray<{ readonly left: string; readonly right: string }>;

function pairText(pairs: Pairs): string {
  return pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; ');
}

export function gradeMatching(question: MatchingQuestion, given: Pairs): Grade {
  const results: ItemResult[] = question.pairs.map((pair) => {
    const joined = given.find((candidate) => foldAnswer(candidate.left) === foldAnswer(pair.left));
    if (joined === undefined) return { expected: pair.right, given: null, verdict: 'wrong', reason: `${pair.left}: not matched` };
    const right = foldAnswer(joined.right) === foldAnswer(pair.right) && foldAnswer(pair.right) !== '';
    return right
      ? { expected: pair.right, given: joined.right, verdict: 'correct', reason: `${pair.left}: correct` }
      : { expected: pair.right, given: joined.right, verdict: 'wrong', reason: `${pair.left}: expected ${pair.right}` };
  });
  const right = results.filter((result) => result.verdict === 'correct').length;
  return creditFor(right, question.pairs.length, 'pairs', results, pairText(question.pairs));
}
