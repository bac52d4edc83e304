/**
 * Every question gets a 0–1 quality from the gates (1 minus the penalties of the gates it fails)
 * and the reasons; below the threshold it is dropped, never shown.
 */
import type { Fact } from '../../facts/model';
import type { QuestionContext } from '../context';
import type { Question } from '../model';
import { answerHidden } from './answer-hidden';
import { answerKeyMatchesSource } from './answer-key';
import { blankIsAnswer } from './blank';
import { notFurniture } from './furniture';
import { notGivenAway, specificQuestion } from './giveaway';
import { answerLength, promptLength } from './length';
import { balancedMarks, fullSentence, stemHasSubject } from './stem';
import type { Gate } from './types';

export const QUALITY_THRESHOLD = 0.6;

export const GATES: readonly Gate[] = [answerHidden, stemHasSubject, balancedMarks, fullSentence, answerKeyMatchesSource, notFurniture, promptLength, answerLength, blankIsAnswer, notGivenAway, specificQuestion];

export interface Scored {
  readonly question: Question;
  readonly reasons: string[];
}

export function scoreQuestion(question: Question, context: QuestionContext, fact: Fact | undefined): Scored {
  const reasons: string[] = [];
  let quality = 1;
  for (const gate of GATES) {
    const failure = gate(question, context, fact);
    if (failure === null) continue;
    reasons.push(failure.reason);
    quality -= failure.penalty;
  }
  return { question: { ...question, quality: Math.max(0, Math.round(quality * 100) / 100) }, reasons };
}
