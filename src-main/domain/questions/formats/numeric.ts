/** Numeric: type the number; graded with the fact's tolerance. The stem is the wh-question, else the cloze. */
import type { NumberFact } from '../../facts/model';
import type { NumericQuestion, QuestionAnswerQuestion } from '../model';
import { blankedPassage } from './cloze';
import { baseOf } from './shared';

/** Forms a learner can type as one number; dates, ordinals and fractions read better as text. */
const TYPEABLE = new Set(['words', 'digits', 'percent', 'money', 'year', 'range', 'century']);

export function writeNumeric(fact: NumberFact, stems: readonly QuestionAnswerQuestion[]): NumericQuestion | null {
  if (fact.value === null || !TYPEABLE.has(fact.form)) return null;
  const stem = stems[0];
  const prompt = stem?.prompt ?? blankedPassage(fact)?.prompt;
  if (prompt === undefined) return null;
  return {
    ...baseOf(fact, 'numeric', '', stem !== undefined ? 'wh-stem' : 'cloze-stem'),
    format: 'numeric',
    prompt,
    answer: fact.answer,
    value: fact.value,
    tolerance: fact.tolerance,
  };
}
