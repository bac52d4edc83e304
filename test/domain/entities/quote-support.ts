/**
 * Test support for quote facts: runs the extractor over a whole article and checks, for every
 * fact, that each span reads exactly what the fact says.
 */
import { expect } from 'vitest';
import type { ExtractionContext } from '../../../src-main/domain/facts/context';
import { extractQuoteFacts } from '../../../src-main/domain/facts/extract/quote';
import type { QuoteFact } from '../../../src-main/domain/facts/model';
import { contextOf } from './analyse';

export function quoteFacts(context: ExtractionContext): QuoteFact[] {
  const facts = context.sentences.flatMap((analysis) => extractQuoteFacts(analysis, context)).filter((f): f is QuoteFact => f.kind === 'quote');
  const { text } = context.article;
  for (const fact of facts) {
    expect(text.slice(fact.answerSpan.start, fact.answerSpan.end)).toBe(fact.answer);
    expect(text.slice(fact.quoteSpan.start, fact.quoteSpan.end)).toBe(fact.quote);
    expect(text.slice(fact.sentenceSpan.start, fact.sentenceSpan.end)).toBe(fact.sentence);
    expect(fact.answer).toBe(fact.speaker);
    // The quoted words overlap the sentence the fact belongs to.
    expect(fact.quoteSpan.start).toBeLessThan(fact.sentenceSpan.end);
    expect(fact.quoteSpan.end).toBeGreaterThan(fact.sentenceSpan.start);
  }
  return facts;
}

export const quotes = (text: string): QuoteFact[] => quoteFacts(contextOf(text));
export const brief = (fact: QuoteFact): [string, string, string, boolean] => [fact.speaker, fact.quote, fact.rule, fact.partial];
