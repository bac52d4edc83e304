/**
 * Recognition formats: the learner picks, so there is nothing to forgive; the pick is the answer
 * or it is not. Folding only absorbs how the view echoes the option back (case, spaces).
 */
import type { MultipleChoiceQuestion, TrueFalseQuestion } from '../questions/model';
import { foldAnswer } from './fold';
import type { Grade } from './model';

export function gradeChoice(question: MultipleChoiceQuestion, choice: string): Grade {
  const picked = foldAnswer(choice);
  const right = picked !== '' && [question.answer, ...question.accepted].some((answer) => foldAnswer(answer) === picked);
  return right ? { verdict: 'correct', credit: 1, reason: 'correct' } : { verdict: 'wrong', credit: 0, reason: `wrong: expected ${question.answer}` };
}

export function gradeTruth(question: TrueFalseQuestion, value: boolean): Grade {
  const statement = `the statement is ${question.truth ? 'true' : 'false'}`;
  return value === question.truth
    ? { verdict: 'correct', credit: 1, reason: `correct: ${statement}` }
    : { verdict: 'wrong', credit: 0, reason: `wrong: ${statement}` };
}

/** A typed "true"/"yes" or "false"/"no" for a true/false question; null for anything else. */
export function truthOfText(text: string): boolean | null {
  const word = foldAnswer(text);
  if (['true', 'yes'].includes(word)) return true;
  if (['false', 'no'].includes(word)) return false;
  return null;
}
