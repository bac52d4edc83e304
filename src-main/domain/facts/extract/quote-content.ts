/**
 * Quote facts whose answer is the quotation's words rather than its speaker: a short full
 * quotation as a whole ("he replied "[I am not able to do that]"", rule `quote:content`), and the
 * one key phrase of a quotation (`quote:key-phrase`, see quote-phrase.ts). Both keep the speaker,
 * so a question can say "According to X, …"; both answer inside the fact's own sentence.
 */
import { wordCount } from '../../entities';
import { stableId } from '../../ids';
import type { SentenceAnalysis } from '../context';
import type { QuoteFact } from '../model';
import { keyPhrase } from './quote-phrase';

const MAX_CONTENT_WORDS = 10;
const MAX_KEY_PHRASE_QUOTE_WORDS = 40;

function withAnswer(fact: QuoteFact, start: number, end: number, rule: string): QuoteFact {
  const offset = fact.sentenceSpan.start;
  const answer = fact.sentence.slice(start - offset, end - offset);
  return { ...fact, id: stableId('fact', 'quote', fact.sentence, answer, fact.quote), answerSpan: { start, end }, answer, aliases: [], rule };
}

export function contentFacts(fact: QuoteFact, analysis: SentenceAnalysis): QuoteFact[] {
  const { quoteSpan, sentenceSpan } = fact;
  const words = wordCount(fact.quote);
  const interview = fact.rule === 'quote:interview-answer';
  const window = { start: Math.max(quoteSpan.start, sentenceSpan.start), end: Math.min(quoteSpan.end, sentenceSpan.end) };
  const phrase = words <= MAX_KEY_PHRASE_QUOTE_WORDS ? keyPhrase(analysis.tokens, window) : null;
  // An interviewee's answer is a whole paragraph of detail: only a judgement ("are very reliable") is its point.
  const salient = phrase !== null && (!interview || phrase.score >= 2) ? phrase : null;
  const first = salient && analysis.tokens[salient.start];
  const last = salient && analysis.tokens[salient.end - 1];
  if (first && last && !(first.start === quoteSpan.start && last.end === quoteSpan.end)) return [withAnswer(fact, first.start, last.end, 'quote:key-phrase')];
  // No key phrase: a short full quotation is asked whole ("he replied "[I am not able to do that]""),
  // but never an interviewee's answer, which is the whole sentence.
  const inside = quoteSpan.start >= sentenceSpan.start && quoteSpan.end <= sentenceSpan.end;
  return inside && !fact.partial && words <= MAX_CONTENT_WORDS && !interview ? [withAnswer(fact, quoteSpan.start, quoteSpan.end, 'quote:content')] : [];
}
