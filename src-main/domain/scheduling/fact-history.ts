/**
 * A fact's answers as the learner gave them, read from the review log. Answers taken back (undo,
 * or a grade overruled and written again) are left out by the reducer's rule: an undo annuls
 * the fact's latest answer still standing, and several in a row annul several.
 */
import type { MemoryEvent, ReviewEventLike } from './reducer';

export interface FactHistory<A extends ReviewEventLike> {
  /** Newest first. */
  readonly answers: readonly A[];
  /** Answers to the fact that were taken back and so are not listed. */
  readonly undone: number;
}

export function factHistory<A extends ReviewEventLike>(records: Iterable<A | Exclude<MemoryEvent, ReviewEventLike>>, factId: string): FactHistory<A> {
  const standing: A[] = [];
  let undone = 0;
  for (const record of records) {
    if (record.factId !== factId) continue;
    if (record.kind === undefined) standing.push(record);
    else if (record.kind === 'undo' && standing.at(-1)?.id === record.undoes) {
      standing.pop();
      undone++;
    }
  }
  // The log is in writing order; newest first, answers of the same millisecond kept in log order reversed.
  return { answers: standing.reverse(), undone };
}
