/**
 * `gradeAnswer`: one entry point for every format. An answer of a kind the view does not collect
 * (a bug or a stale screen) is graded wrong with a reason, never thrown on: a review must always
 * be recordable.
 */
import type { Fact } from '../facts/model';
import type { Question } from '../questions/model';
import { gradeChoice, gradeTruth, truthOfText } from './grade-choice';
import { gradeList } from './grade-list';
import { gradeMatching } from './grade-matching';
import { gradeTyped } from './grade-typed';
import type { GivenAnswer, Grade } from './model';

function wrongKind(question: Question, given: GivenAnswer): Grade {
  return { verdict: 'wrong', credit: 0, reason: `wrong: a ${given.kind} answer does not fit a ${question.format} question; expected ${question.answer}` };
}

export function gradeAnswer(question: Question, given: GivenAnswer, fact?: Fact): Grade {
  switch (question.format) {
    case 'cloze':
    case 'question-answer':
    case 'numeric':
      return given.kind === 'text' ? gradeTyped(question, given.text, fact) : wrongKind(question, given);
    case 'list-recall':
      return given.kind === 'text' ? gradeList(question, given.text) : wrongKind(question, given);
    case 'multiple-choice':
      if (given.kind === 'choice') return gradeChoice(question, given.choice);
      return given.kind === 'text' ? gradeChoice(question, given.text) : wrongKind(question, given);
    case 'true-false': {
      const value = given.kind === 'truth' ? given.value : given.kind === 'text' ? truthOfText(given.text) : null;
      return value === null ? wrongKind(question, given) : gradeTruth(question, value);
    }
    case 'matching':
      return given.kind === 'pairs' ? gradeMatching(question, given.pairs) : wrongKind(question, given);
  }
}
