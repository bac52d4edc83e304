/**
 * Test support for quote facts: runs the extractor over a whole article, checks every span, and
 * splits the facts answered by the speaker from those answered by the quotation's own words
 * (`quote:content`, `quote:key-phrase`).
 */
import { expect } from 'vitest';
import type { ExtractionContext } from '../../../src-main/domain/facts/context';
import { extractQuoteFacts } from '../../../src-main/domain/facts/extract/quote';
import type { QuoteFact } from '../../../src-main/domain/facts/model';
import { contextOf } from '../entities/analyse';

const WORD_RULES = new Set(['quote:content', 'quote:key-phrase']);

export function allQuoteFacts(context: ExtractionContext): QuoteFact[] {
  const facts = context.sentences.flatMap((analysis) => extractQuoteFacts(analysis, context)).filter((f): f is QuoteFact => f.kind === 'quote');
  const { text } = context.article;
  for (const fact of facts) {
    expect(text.slice(fact.answerSpan.start, fact.answerSpan.end)).toBe(fact.answer);
    expect(text.slice(fact.quoteSpan.start, fact.quoteSpan.end)).toBe(fact.quote);
    expect(text.slice(fact.sentenceSpan.start, fact.sentenceSpan.end)).toBe(fact.sentence);
    expect(fact.quoteSpan.start).toBeLessThan(fact.sentenceSpan.end);
    expect(fact.quoteSpan.end).toBeGreaterThan(fact.sentenceSpan.start);
    if (WORD_RULES.has(fact.rule)) {
      // The answer is words of the quotation, inside the fact's own sentence.
      expect(fact.answerSpan.start).toBeGreaterThanOrEqual(Math.max(fact.quoteSpan.start, fact.sentenceSpan.start));
      expect(fact.answerSpan.end).toBeLessThanOrEqual(Math.min(fact.quoteSpan.end, fact.sentenceSpan.end));
    } else {
      // The speaker as the sentence names them; the fullest name is then an alias.
      expect(fact.answer === fact.speaker || fact.aliases.includes(fact.speaker)).toBe(true);
    }
  }
  return facts;
}

/** Facts answered by the speaker. */
export const quoteFacts = (context: ExtractionContext): QuoteFact[] => allQuoteFacts(context).filter((f) => !WORD_RULES.has(f.rule));
export const quotes = (text: string): QuoteFact[] => quoteFacts(contextOf(text));
export const wordFacts = (text: string): QuoteFact[] => allQuoteFacts(contextOf(text)).filter((f) => WORD_RULES.has(f.rule));
export const brief = (fact: QuoteFact): [string, string, string, boolean] => [fact.speaker, fact.quote, fact.rule, fact.partial];
