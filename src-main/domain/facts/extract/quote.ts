/**
 * QuoteFacts: quoted speech with its speaker. A quotation needs a verb of saying tying it to a
 * named speaker (or to a "he"/"she" that resolves to one); scare quotes, titles and labels have
 * none and are left to the term extractor. The fact belongs to the sentence carrying the
 * attribution; a quotation over several sentences is kept whole up to ~40 words, else only the
 * part inside that sentence.
 */
import { stableId } from '../../ids';
import type { ExtractionContext, FactExtractor } from '../context';
import type { QuoteFact } from '../model';
import { contentFacts } from './quote-content';
import { interviewAnswers } from './quote-interview';
import { findQuotations } from './quote-marks';
import { attribute, type Attribution } from './quote-attribute';
import type { Speaker, SpeakerScope } from './quote-speaker';
import { quoteText, speakerAnswer } from './quote-text';

const cache = new WeakMap<ExtractionContext, Map<number, QuoteFact[]>>();

function quoteFact(context: ExtractionContext, position: number, speaker: Speaker, rule: string, quote: ReturnType<typeof quoteText>): QuoteFact | null {
  const analysis = context.sentences[position];
  if (analysis === undefined || quote === null) return null;
  const { sentence } = analysis;
  const { answer, span } = speakerAnswer(context, speaker, sentence.span);
  return {
    id: stableId('fact', 'quote', sentence.text, answer, quote.text),
    kind: 'quote',
    sentenceIndex: sentence.index,
    sentenceSpan: sentence.span,
    sentence: sentence.text,
    answerSpan: span,
    answer,
    aliases: context.entities.aliasesOf(speaker.mention.canonical).filter((alias) => alias !== answer),
    rule,
    quote: quote.text,
    quoteSpan: quote.span,
    speaker: speaker.mention.canonical,
    partial: quote.partial,
  };
}

function articleFacts(context: ExtractionContext): Map<number, QuoteFact[]> {
  const cached = cache.get(context);
  if (cached !== undefined) return cached;
  const paragraphs = context.article.sections.flatMap((section) => section.paragraphs);
  const quotes = paragraphs.flatMap((paragraph) => findQuotations(context.article.text, paragraph.span));
  const scope: SpeakerScope = { context, quoted: quotes.map((quote) => quote.content) };
  const facts: QuoteFact[] = [];
  let previous: Attribution | null = null;
  for (const quote of quotes) {
    const attribution = attribute(scope, quote, previous);
    previous = attribution ?? previous;
    if (attribution === null) continue;
    const sentence = context.sentences[attribution.position]?.sentence;
    const text = sentence ? quoteText(context.article.text, quote.content, sentence.span) : null;
    const fact = quoteFact(context, attribution.position, attribution.speaker, attribution.rule, text);
    if (fact !== null) facts.push(fact);
  }
  // The sentences that have a quote fact, kept as facts are added (a scan per answer was quadratic).
  const quotedSentences = new Set(facts.map((fact) => fact.sentenceIndex));
  for (const answer of interviewAnswers(context)) {
    const sentence = context.sentences[answer.position]?.sentence;
    if (sentence === undefined || quotedSentences.has(sentence.index)) continue;
    const speaker: Speaker = { mention: answer.interviewee, position: answer.position };
    const fact = quoteFact(context, answer.position, speaker, 'quote:interview-answer', quoteText(context.article.text, sentence.span, sentence.span));
    if (fact !== null) {
      facts.push({ ...fact, partial: false });
      quotedSentences.add(fact.sentenceIndex);
    }
  }
  const bySentence = new Map<number, QuoteFact[]>();
  const analyses = new Map(context.sentences.map((analysis) => [analysis.sentence.index, analysis]));
  const derived = facts.flatMap((fact) => {
    const analysis = analyses.get(fact.sentenceIndex);
    return analysis === undefined ? [] : contentFacts(fact, analysis);
  });
  for (const fact of [...facts, ...derived]) bySentence.set(fact.sentenceIndex, [...(bySentence.get(fact.sentenceIndex) ?? []), fact]);
  cache.set(context, bySentence);
  return bySentence;
}

export const extractQuoteFacts: FactExtractor = (analysis, context) => [...(articleFacts(context).get(analysis.sentence.index) ?? [])];
