/** Typed single answers (cloze, question-answer, numeric): numbers as numbers, the rest as text. */
import type { Fact } from '../facts/model';
import type { Question } from '../questions/model';
import { expectedForms } from './expected-forms';
import { foldAnswer } from './fold';
import { matchText, type TextMatch } from './match-text';
import type { Grade } from './model';
import { gradeNumber, numberTarget } from './number-grade';
import { readNumber } from './read-number';

function typos(count: number): string {
  return count === 1 ? '1 typo' : `${count} typos`;
}

export function gradeFromMatch(match: TextMatch, expected: string): Grade {
  switch (match.kind) {
    case 'exact':
      return { verdict: 'correct', credit: 1, reason: match.form.label === null ? 'correct' : `accepted: ${match.form.label}` };
    case 'same-number':
      return { verdict: 'correct', credit: 1, reason: `accepted: the same number as ${match.form.text}` };
    case 'typo': {
      const named = match.form.label === null ? '' : `${match.form.label}, `;
      return { verdict: 'correct', credit: 1, reason: `accepted: ${named}${typos(match.typos)}`, ...(match.diff && { diff: match.diff }) };
    }
    case 'none':
      return { verdict: 'wrong', credit: 0, reason: `wrong: expected ${expected}`, ...(match.diff && { diff: match.diff }) };
  }
}

/** Nothing typed, or nothing but symbols: wrong, and said so rather than "expected …" alone. */
export function blankGrade(text: string, expected: string): Grade | null {
  if (text.trim() === '') return { verdict: 'wrong', credit: 0, reason: `wrong: no answer; expected ${expected}` };
  if (foldAnswer(text) === '') return { verdict: 'wrong', credit: 0, reason: `wrong: no letters or digits in the answer; expected ${expected}` };
  return null;
}

export function gradeTyped(question: Question, text: string, fact: Fact | undefined): Grade {
  const blank = blankGrade(text, question.answer);
  if (blank !== null) return blank;
  const target = numberTarget(question, fact);
  const typedNumber = target === null ? null : readNumber(text);
  const asNumber = target !== null && typedNumber !== null ? gradeNumber(typedNumber, target, question.answer) : null;
  if (asNumber?.verdict === 'correct') return asNumber;
  // An alias may name the number another way the parser reads differently ("1900s" for "20th century").
  const match = matchText(text, expectedForms(question, fact));
  return asNumber !== null && match.kind === 'none' ? asNumber : gradeFromMatch(match, question.answer);
}
