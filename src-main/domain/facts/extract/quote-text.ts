/**
 * The exact quoted words a QuoteFact keeps, and the speaker's name to answer with.
 */
import type { Span } from '../../article/model';
import { wordCount } from '../../entities';
import type { ExtractionContext } from '../context';
import type { Speaker } from './quote-speaker';

const MAX_WHOLE_QUOTE_WORDS = 40;

export interface QuotedText {
  readonly text: string;
  readonly span: Span;
  /** A phrase inside reported speech ("never tolerate an invasion"), not a full utterance. */
  readonly partial: boolean;
}

/** Trims spaces, and the comma that hands over to the attribution (`"…right," Dewar said`). */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,]/u.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

/**
 * The whole quotation when it is short enough for a card, else the part inside the sentence
 * that carries the fact (or, when none of it is there, the quotation's first sentence).
 */
export function quoteText(text: string, content: Span, sentence: Span): QuotedText | null {
  let span = trimmed(text, content);
  if (wordCount(text.slice(span.start, span.end)) > MAX_WHOLE_QUOTE_WORDS) {
    const start = Math.max(span.start, sentence.start);
    const end = Math.min(span.end, sentence.end);
    span = start < end ? trimmed(text, { start, end }) : firstSentence(text, span);
  }
  const quote = text.slice(span.start, span.end);
  if (!/[\p{L}\p{N}]/u.test(quote)) return null;
  const firstLetter = quote.match(/\p{L}/u)?.[0] ?? '';
  const partial = /^(?:\.\.\.|…)/.test(quote) || (firstLetter !== '' && firstLetter === firstLetter.toLowerCase() && firstLetter !== firstLetter.toUpperCase());
  return { text: quote, span, partial };
}

function firstSentence(text: string, span: Span): Span {
  const body = text.slice(span.start, span.end);
  const end = body.search(/[.!?](?=\s+\p{Lu})/u);
  return end < 0 ? span : { start: span.start, end: span.start + end + 1 };
}

/**
 * The speaker's name to answer with. A name written in the fact's own sentence is the answer
 * there (so a cloze can blank it and two quotes by one speaker keep distinct spans; the fullest
 * name is an alias); a speaker reached through "he"/"she" is answered by the fullest name where
 * the article writes it.
 */
export function speakerAnswer(context: ExtractionContext, speaker: Speaker, sentence: Span): { answer: string; span: Span } {
  const { canonical, span: mentionSpan, text: written } = speaker.mention;
  const inSentence = mentionSpan.start >= sentence.start && mentionSpan.end <= sentence.end;
  if (inSentence || written === canonical) return { answer: written, span: mentionSpan };
  for (const { sentence: other } of context.sentences) {
    const full = context.entities.mentionsIn(other.index).find((m) => m.text === canonical);
    if (full !== undefined) return { answer: canonical, span: full.span };
  }
  return { answer: written, span: mentionSpan };
}
