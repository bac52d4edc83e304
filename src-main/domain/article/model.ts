/**
 * The article model every later stage (fact extraction, questions, the Reader) works on.
 * All offsets are UTF-16 code-unit indexes into `Article.text`, the original text verbatim,
 * so `text.slice(span.start, span.end)` is always the exact source of a sentence.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  /** Position in the whole article, 0-based, in reading order. */
  readonly index: number;
  readonly span: Span;
  /** `Article.text.slice(span.start, span.end)`, kept for convenience. */
  readonly text: string;
}

export interface Paragraph {
  /** Position in the whole article, 0-based, in reading order. */
  readonly index: number;
  readonly span: Span;
  readonly sentences: readonly Sentence[];
}

export interface Section {
  readonly index: number;
  /** `null` for the opening section, which sits under the article title. */
  readonly heading: string | null;
  readonly headingSpan: Span | null;
  readonly paragraphs: readonly Paragraph[];
}

/** Text recognised as page furniture (comment forms, source lines…) and left out of the model. */
export interface DroppedBlock {
  readonly span: Span;
  readonly reason: 'comment-form' | 'source-line' | 'share-links' | 'navigation' | 'empty';
}

export interface ArticleMeta {
  readonly title?: string;
  readonly language?: string;
  readonly source?: string | null;
}

export interface Article {
  readonly title: string;
  /** BCP 47 tag; the generator only understands English ("en") so far. */
  readonly language: string;
  readonly source: string | null;
  /** A dateline found at the top of the body ("Friday, August 15, 2008"), verbatim. */
  readonly dateline: string | null;
  readonly text: string;
  readonly sections: readonly Section[];
  readonly dropped: readonly DroppedBlock[];
}
