/**
 * Shapes of grading: what the learner gave and what the grader says about it. Plain data, so the
 * store can keep a grade with the review and the screen can show it in words.
 */

/** What the learner gave, by the kind of input the question's view collects. */
export type GivenAnswer =
  /** Typed formats: cloze, question-answer, numeric, list-recall. */
  | { readonly kind: 'text'; readonly text: string }
  /** Multiple choice: the option as displayed. */
  | { readonly kind: 'choice'; readonly choice: string }
  | { readonly kind: 'truth'; readonly value: boolean }
  | { readonly kind: 'pairs'; readonly pairs: ReadonlyArray<{ readonly left: string; readonly right: string }> };

export type Verdict = 'correct' | 'partly' | 'wrong';

/** One piece of a near miss: text both share, text the learner left out, text the learner added. */
export interface DiffPart {
  readonly text: string;
  readonly kind: 'same' | 'missing' | 'extra';
}

/** One list item or matching pair. `expected` is null for something given that matched nothing. */
export interface ItemResult {
  readonly expected: string | null;
  readonly given: string | null;
  readonly verdict: 'correct' | 'wrong';
  readonly reason: string;
}

export interface Grade {
  readonly verdict: Verdict;
  /** 0–1: the share of the answer that was right. */
  readonly credit: number;
  /** Why, in words for the learner ("accepted: 1 typo", "2 of 3 items", "wrong: expected eight"). */
  readonly reason: string;
  /** Given against expected, for near misses (typed text only). */
  readonly diff?: readonly DiffPart[];
  /** Per item or pair, for list recall and matching. */
  readonly items?: readonly ItemResult[];
}
