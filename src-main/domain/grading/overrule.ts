/**
 * The learner's word over the grader's: a typed answer the rules could not recognise (a synonym,
 * a spelling the aliases miss) is marked right when the learner says so. The grader errs on the
 * strict side, so this is the way back.
 */
import type { Grade } from './model';

export const OVERRULED_REASON = 'accepted: you overruled the grade';

export function overruleGrade(grade: Grade): Grade {
  if (grade.verdict === 'correct') return grade;
  return { verdict: 'correct', credit: 1, reason: OVERRULED_REASON, ...(grade.items && { items: grade.items }) };
}
