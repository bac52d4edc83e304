/** A learner's text read as a number, with a length cap: no number answer runs to a paragraph. */
import { numberAnswerMatches, parseAnswerNumber, type NumberValue } from '../numbers';

const MAX_NUMBER_TEXT = 60;

export function readNumber(text: string): NumberValue | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_NUMBER_TEXT) return null;
  return parseAnswerNumber(trimmed);
}

/** The same value, or the same range, up to floating-point noise. */
export function sameNumber(a: NumberValue, b: NumberValue): boolean {
  if ((a.valueMax === null) !== (b.valueMax === null)) return false;
  return numberAnswerMatches(a, b, { kind: 'exact' });
}
