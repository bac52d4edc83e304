/**
 * Typed numbers against a number fact: exact for counts and years, within a ratio when the
 * article hedges ("approximately 480,000"), anywhere inside a stated range ("200,000 to 750,000").
 * A cloze or a question-answer whose answer is a number is graded this way too, not as text.
 */
import type { Fact, Tolerance } from '../facts/model';
import { numberAnswerMatches, type NumberValue } from '../numbers';
import type { Question } from '../questions/model';
import type { Grade } from './model';
import { readNumber, sameNumber } from './read-number';

export interface NumberTarget extends NumberValue {
  readonly tolerance: Tolerance;
  /** The article's hedge ("approximately"), to tell the learner why a near value counts. */
  readonly qualifier: string | null;
}

/** Without the fact, a hedge written into the answer itself still marks the value approximate. */
const ANSWER_HEDGE = /^(approximately|about|around|roughly|an estimated|estimated|nearly|almost|some|circa)\s/i;
/** The ratio facts get for a hedge (the same 5 % the fact extractor gives). */
const HEDGE_RATIO = 0.05;

function fromAnswerText(answer: string): NumberTarget | null {
  const read = readNumber(answer);
  if (read === null) return null;
  if (read.valueMax !== null) return { ...read, tolerance: { kind: 'range', min: read.value, max: read.valueMax }, qualifier: null };
  const hedge = ANSWER_HEDGE.exec(answer.trim())?.[1]?.toLowerCase() ?? null;
  return { ...read, tolerance: hedge === null ? { kind: 'exact' } : { kind: 'relative', ratio: HEDGE_RATIO }, qualifier: hedge };
}

/** What a typed number is graded against, or null when the question's answer is not a number. */
export function numberTarget(question: Question, fact: Fact | undefined): NumberTarget | null {
  const own = fact?.id === question.factId && fact.kind === 'number' ? fact : undefined;
  if (question.format === 'numeric') {
    const valueMax = own?.valueMax ?? (question.tolerance.kind === 'range' ? question.tolerance.max : null);
    return { value: question.value, valueMax, tolerance: question.tolerance, qualifier: own?.qualifier ?? null };
  }
  if (question.format !== 'cloze' && question.format !== 'question-answer') return null;
  // A number fact asked in words ("What was counted?") is graded as text.
  if (readNumber(question.answer) === null) return null;
  if (own !== undefined && own.value !== null) {
    return { value: own.value, valueMax: own.valueMax, tolerance: own.tolerance, qualifier: own.qualifier };
  }
  return question.factKind === 'number' ? fromAnswerText(question.answer) : null;
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10} %`;
}

function acceptedNear(target: NumberTarget): string {
  switch (target.tolerance.kind) {
    case 'range':
      return 'accepted: inside the stated range';
    case 'relative': {
      const why = target.qualifier === null ? 'the article gives it as approximate' : `the article says ${target.qualifier}`;
      return `accepted: within ${percent(target.tolerance.ratio)} (${why})`;
    }
    case 'exact':
      return 'correct';
  }
}

export function gradeNumber(given: NumberValue, target: NumberTarget, expectedText: string): Grade {
  if (!numberAnswerMatches(given, target, target.tolerance)) {
    return { verdict: 'wrong', credit: 0, reason: `wrong: expected ${expectedText}` };
  }
  const reason = sameNumber(given, target) ? 'correct' : acceptedNear(target);
  return { verdict: 'correct', credit: 1, reason };
}
