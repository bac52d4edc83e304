/**
 * What every question writer may look at: the article, each sentence's analysis (by sentence
 * index), the entity index and every fact of the article (for distractors and for checking that a
 * "false" statement is not stated as true elsewhere).
 */
import type { Article, Span } from '../article/model';
import type { EntityIndex, SentenceAnalysis } from '../facts/context';
import type { Fact } from '../facts/model';
import type { Token } from '../nlp/tokens';

export interface QuestionContext {
  readonly article: Article;
  readonly analyses: ReadonlyMap<number, SentenceAnalysis>;
  readonly entities: EntityIndex;
  readonly facts: readonly Fact[];
}

export function tokensOf(context: QuestionContext, sentenceIndex: number): readonly Token[] {
  return context.analyses.get(sentenceIndex)?.tokens ?? [];
}

/** Token indexes [first, last] of the tokens overlapping a span, or null when none does. */
export function tokenRange(tokens: readonly Token[], span: Span): [number, number] | null {
  let first = -1;
  let last = -1;
  tokens.forEach((token, index) => {
    if (token.end > span.start && token.start < span.end) {
      if (first < 0) first = index;
      last = index;
    }
  });
  return first < 0 ? null : [first, last];
}

/** The source text of a token range, spacing as written. */
export function textOfRange(text: string, tokens: readonly Token[], first: number, last: number): string {
  const a = tokens[first];
  const b = tokens[last];
  if (a === undefined || b === undefined || last < first) return '';
  return text.slice(a.start, b.end);
}
