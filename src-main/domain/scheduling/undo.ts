/**
 * The session's undo stack, as plain data: each step keeps the fact's memory from before the
 * answer and the review id the log must annul (with an `undo` event).
 *
 * Apply an undo by folding that `undo` event through the memory reducer, not by writing `previous`
 * back: then the live memory is what a rebuild from the log gives. The two agree exactly unless
 * the answer dropped steps from the fact's history (it was full, 30 answers, or held answers more
 * than `UNDO_WINDOW_MS` older): those cannot come back, so card, lapses and flags still match and
 * the history is a tail of `previous`'s.
 *
 * A fact's history forgets an answer once the fact is answered again a day later, and the reducer
 * then ignores an undo of it; so the stack forgets, at each push, the steps answered more than
 * `UNDO_WINDOW_MS` before the new one, and every step it hands back is one the reducer can undo.
 */
import { HISTORY_LIMIT, UNDO_WINDOW_MS, type FactMemory } from './memory';

export interface UndoStep {
  readonly factId: string;
  readonly reviewId: string;
  /** When the answer was given (the logged answer's `at`), epoch milliseconds. */
  readonly at: number;
  /** The memory before the answer; undefined if it was the fact's first. */
  readonly previous: FactMemory | undefined;
}

export interface UndoStack {
  readonly capacity: number;
  /** Oldest first. */
  readonly steps: readonly UndoStep[];
}

/**
 * Deeper than a fact's stored history, the log could not replay the undo (the same fact may be
 * answered every time), so the capacity is capped there.
 */
export const UNDO_DEPTH = HISTORY_LIMIT;

export function createUndoStack(capacity: number = UNDO_DEPTH): UndoStack {
  return { capacity: Math.max(1, Math.min(UNDO_DEPTH, Math.floor(capacity))), steps: [] };
}

/**
 * Remembers an answer; past the capacity the oldest step is forgotten, and so is every step
 * answered more than `UNDO_WINDOW_MS` before this one (its fact's history may have dropped it).
 */
export function pushUndo(stack: UndoStack, step: UndoStep): UndoStack {
  const recent = stack.steps.filter((kept) => kept.at >= step.at - UNDO_WINDOW_MS);
  return { capacity: stack.capacity, steps: [...recent.slice(-(stack.capacity - 1)), step] };
}

/** The latest step and the stack without it, or null when there is nothing to undo. */
export function undo(stack: UndoStack): { readonly stack: UndoStack; readonly step: UndoStep } | null {
  const step = stack.steps.at(-1);
  if (step === undefined) return null;
  return { stack: { capacity: stack.capacity, steps: stack.steps.slice(0, -1) }, step };
}
