/** A quality gate: a small check of one question that returns why it failed, or null. */
import type { Fact } from '../../facts/model';
import type { QuestionContext } from '../context';
import type { Question } from '../model';

export interface GateFailure {
  readonly reason: string;
  /** How much the failure costs (1 drops the question on its own). */
  readonly penalty: number;
}

export type Gate = (question: Question, context: QuestionContext, fact: Fact | undefined) => GateFailure | null;

export const fail = (reason: string, penalty = 1): GateFailure => ({ reason, penalty });

/** Formats whose prompt is a question ending in "?" rather than a statement. */
export function isInterrogative(question: Question): boolean {
  return /\?\s*$/.test(question.prompt) && question.format !== 'cloze' && question.format !== 'true-false';
}
