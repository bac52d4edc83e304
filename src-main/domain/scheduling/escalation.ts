/**
 * Which view of a fact to ask: recognition while the memory is new or shaky, cloze while it
 * settles, free recall once it is solid — harder questions as the memory can bear them.
 */
import { forgetting_curve, default_w, State } from 'ts-fsrs';
import type { QuestionFormat } from '../questions/model';
import type { FactMemory } from './memory';
import type { PinnedMode } from './settings';

/** Below this stability (days) a memory counts as shaky: it was learned days ago at most. */
export const SHAKY_BELOW_DAYS = 2;
/** Below this stability (days) a memory is settling; from here on it is asked as free recall. */
export const SOLID_FROM_DAYS = 21;
/**
 * A fact so long overdue that its recall chance has fallen below this (the lowest retention a
 * learner may ask for) is asked one rung easier than its stability alone would suggest.
 */
export const FADED_BELOW_RETRIEVABILITY = 0.7;

/** The rungs, easiest first, each with its formats in the order they take turns. */
const LADDER: readonly (readonly QuestionFormat[])[] = [
  ['multiple-choice', 'true-false'],
  ['cloze'],
  ['question-answer', 'numeric', 'list-recall', 'matching'],
];

const ALLOWED: Record<PinnedMode, ReadonlySet<QuestionFormat> | null> = {
  mixed: null,
  // Shown as flashcards: nothing to type, the learner reveals and grades.
  flashcards: new Set(['cloze', 'multiple-choice', 'true-false']),
  typed: new Set(['cloze', 'question-answer', 'numeric', 'list-recall']),
};

const DAY_MS = 86_400_000;

export function targetRung(memory: FactMemory | undefined, now: number): number {
  if (memory === undefined) return 0;
  const { state, stability, last_review } = memory.card;
  if (state !== State.Review || stability < SHAKY_BELOW_DAYS) return 0;
  const rung = stability < SOLID_FROM_DAYS ? 1 : 2;
  const elapsedDays = last_review === null ? 0 : Math.max(0, (now - last_review) / DAY_MS);
  const faded = forgetting_curve(default_w, elapsedDays, stability) < FADED_BELOW_RETRIEVABILITY;
  return faded ? rung - 1 : rung;
}

/**
 * The format to ask, or null when the mode allows none of `available`. With the wanted rung
 * empty, the nearest rung is used (the easier one when two are equally near); within a rung the
 * formats take turns by the fact's review count, so the choice is repeatable.
 */
export function chooseFormat(
  memory: FactMemory | undefined,
  available: readonly QuestionFormat[],
  mode: PinnedMode,
  now: number,
): QuestionFormat | null {
  const allowed = ALLOWED[mode];
  const offered = new Set(available.filter((format) => allowed === null || allowed.has(format)));
  const rungs = LADDER.map((formats) => formats.filter((format) => offered.has(format)));
  const target = targetRung(memory, now);
  for (let distance = 0; distance < LADDER.length; distance++) {
    for (const rung of [target - distance, target + distance]) {
      const candidates = rungs[rung];
      if (candidates !== undefined && candidates.length > 0) {
        return candidates[(memory?.card.reps ?? 0) % candidates.length] ?? null;
      }
    }
  }
  return null;
}
