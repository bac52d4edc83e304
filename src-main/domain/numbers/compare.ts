/**
 * Comparing numbers the way a teacher marks them: exact for counts, years and dates, within a
 * ratio when the article itself hedges ("approximately 480,000"), anywhere inside a stated range.
 */
import type { Tolerance } from '../facts/model';

/** Equal up to floating-point noise (0.1 + 0.2 vs 0.3), never up to a real difference. */
function closeEnough(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Is `given` (what the learner typed) right for `expected` (the fact's value)? For a range
 * tolerance, `expected` is ignored and `given` must lie within [min, max].
 */
export function numbersEqual(given: number, expected: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(given) || !Number.isFinite(expected)) return false;
  switch (tolerance.kind) {
    case 'exact':
      return closeEnough(given, expected);
    case 'relative':
      return closeEnough(given, expected) || Math.abs(given - expected) <= tolerance.ratio * Math.abs(expected);
    case 'range':
      return given >= tolerance.min - 1e-9 && given <= tolerance.max + 1e-9;
  }
}

export interface NumberValue {
  readonly value: number;
  readonly valueMax: number | null;
}

/**
 * An answer against a fact's value: a typed range must name the same bounds ("200000-750000");
 * a single typed number is judged by the tolerance (inside the range, near a hedged value).
 */
export function numberAnswerMatches(given: NumberValue, expected: NumberValue, tolerance: Tolerance): boolean {
  if (given.valueMax !== null) {
    if (expected.valueMax === null) return false;
    const ends: Tolerance = tolerance.kind === 'relative' ? tolerance : { kind: 'exact' };
    return numbersEqual(given.value, expected.value, ends) && numbersEqual(given.valueMax, expected.valueMax, ends);
  }
  return numbersEqual(given.value, expected.value, tolerance);
}
