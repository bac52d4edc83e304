/** Pieces every format shares: ids, the answer's tokens, the blanked sentence. */
import type { Span } from '../../article/model';
import type { Fact } from '../../facts/model';
import { stableId } from '../../ids';
import type { Token } from '../../nlp/tokens';
import { tokenRange, tokensOf, type QuestionContext } from '../context';
import type { QuestionFormat } from '../model';
import type { Range } from '../text/interrogative';

export const BLANK = '_____';

/** What may stand between a list's items under one blank: commas, "and"/"or", an article. */
export const LIST_SEPARATORS = /^(?:[\s,;]|\b(?:and|or|as well as|the|an?)\b|&)*$/i;

export function questionId(fact: Fact, format: QuestionFormat, variant = ''): string {
  return stableId('q', fact.id, format, variant);
}

/** Fields every question of a fact starts with; quality is set by the gates later. */
export function baseOf(fact: Fact, format: QuestionFormat, variant: string, rule: string) {
  return {
    id: questionId(fact, format, variant),
    factId: fact.id,
    factKind: fact.kind,
    format,
    accepted: fact.aliases,
    sentenceIndex: fact.sentenceIndex,
    sentence: fact.sentence,
    answerSpan: fact.answerSpan,
    rule: `${format}/${rule}`,
    quality: 1,
  } as const;
}

export interface AnswerTokens {
  readonly tokens: readonly Token[];
  readonly range: Range;
}

export function answerTokens(context: QuestionContext, fact: Fact, span: Span = fact.answerSpan): AnswerTokens | null {
  const tokens = tokensOf(context, fact.sentenceIndex);
  const range = tokenRange(tokens, span);
  return range === null ? null : { tokens, range };
}

/** The answer span relative to the sentence, or null when it is not inside it. */
export function relativeSpan(fact: Fact, span: Span = fact.answerSpan): Span | null {
  const start = span.start - fact.sentenceSpan.start;
  const end = span.end - fact.sentenceSpan.start;
  if (start < 0 || end > fact.sentence.length || end <= start) return null;
  return { start, end };
}
