/**
 * A character diff of a near miss, so the learner sees the letter they got wrong rather than a
 * red cross. jsdiff does the diffing; longer input gets no diff (a diff of a paragraph against a
 * name helps nobody).
 */
import { diffChars } from 'diff';
import type { DiffPart } from './model';

const MAX_DIFF_LENGTH = 120;

/** Parts reading `given` against `expected`: 'extra' is only in given, 'missing' only in expected. */
export function diffAnswer(given: string, expected: string): DiffPart[] | undefined {
  if ([...given].length > MAX_DIFF_LENGTH || [...expected].length > MAX_DIFF_LENGTH) return undefined;
  return diffChars(given, expected).map((change) => ({
    text: change.value,
    kind: change.added ? 'missing' : change.removed ? 'extra' : 'same',
  }));
}
