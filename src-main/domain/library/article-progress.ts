/**
 * What a Library card says about an article's facts: how many there are, how many the learner
 * has studied, has mastered, and has due now. Pure: memories and time come in.
 */
import { SOLID_FROM_DAYS, type FactMemory } from '../scheduling';

/**
 * A fact counts as mastered when its FSRS stability is at least 21 days: the learner would still
 * recall it three weeks after the last review with the desired retention. (Anki calls cards with
 * an interval of 21 days or more "mature"; stability is the same idea without the fuzz.) It is
 * also where study starts asking the fact as free recall.
 */
export const MASTERED_STABILITY_DAYS = SOLID_FROM_DAYS;

export interface ArticleProgress {
  /** Facts that can be studied (each has at least one question). */
  readonly facts: number;
  /** Facts answered at least once. */
  readonly studied: number;
  readonly mastered: number;
  /** Studied facts, not suspended, whose review is due now. */
  readonly due: number;
}

export function articleProgress(factIds: Iterable<string>, memoryOf: (factId: string) => FactMemory | undefined, now: number): ArticleProgress {
  let facts = 0;
  let studied = 0;
  let mastered = 0;
  let due = 0;
  for (const id of factIds) {
    facts += 1;
    const memory = memoryOf(id);
    if (memory === undefined) continue;
    studied += 1;
    if (memory.card.stability >= MASTERED_STABILITY_DAYS) mastered += 1;
    if (!memory.suspended && memory.card.due <= now) due += 1;
  }
  return { facts, studied, mastered, due };
}
