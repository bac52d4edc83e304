import { hideLongRuns } from '../nlp/long-runs';
import { keepDoc, pipeline } from '../nlp/pipeline';
import { isSpace } from './blocks';
import type { Span } from './model';
import { addMissedSentenceStarts, repairSentenceStarts } from './sentence-repair';

// How far past the expected position a token may be found. wink's tokens reproduce the input
// exactly almost always, but it drops some characters (a BOM inside the text, for one); a
// bounded search finds the next token again and keeps the mapping linear.
const TOKEN_SEARCH_WINDOW = 64;

/**
 * Splits one paragraph into sentences and returns their spans in the original text.
 * `span` is the paragraph's position in `text`; every returned span lies inside it, in order,
 * without overlap, trimmed of whitespace, and together they cover all its non-space characters.
 */
export function splitSentences(text: string, span: Span): Span[] {
  const paragraph = text.slice(span.start, span.end);
  const winkStarts = addMissedSentenceStarts(paragraph, winkSentenceStarts(hideLongRuns(paragraph)));
  const starts = [0, ...repairSentenceStarts(paragraph, winkStarts), paragraph.length];
  const sentences: Span[] = [];
  for (let at = 0; at + 1 < starts.length; at += 1) {
    const trimmed = trimSpan(paragraph, starts[at] ?? 0, starts[at + 1] ?? paragraph.length);
    if (trimmed.end > trimmed.start) {
      sentences.push({ start: span.start + trimmed.start, end: span.start + trimmed.end });
    }
  }
  return sentences;
}

/**
 * Where wink starts each sentence after the first, as offsets into `paragraph` (which may have
 * long runs hidden, see above; the offsets are the same either way). wink reports
 * sentences as token ranges, so token offsets are rebuilt from each token's value and the
 * whitespace wink saw before it, checking each against the paragraph itself.
 */
function winkSentenceStarts(paragraph: string): number[] {
  // The full parse, not sentence boundaries alone: wink finds boundaries first, before and
  // independently of tagging, and the deck analysis takes this parse instead of parsing again.
  const splitter = pipeline();
  const { its } = splitter;
  const doc = splitter.readDoc(paragraph);
  keepDoc(paragraph, doc);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // wink's typings say `number[] | string[]`; `its.span` gives each sentence's [first, last] token.
  const tokenRanges = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  const offsets: number[] = [];
  let cursor = 0;
  values.forEach((value, at) => {
    const found = locateToken(paragraph, value, cursor, (spaces[at] ?? '').length);
    offsets.push(found);
    if (found >= 0) cursor = found + value.length;
  });

  const starts: number[] = [];
  for (const [first, last] of tokenRanges.slice(1)) {
    const start = firstLocated(offsets, first, last);
    if (start > 0) starts.push(start);
  }
  return starts;
}

function locateToken(paragraph: string, value: string, cursor: number, spacesBefore: number): number {
  if (value === '') return -1;
  const expected = cursor + spacesBefore;
  if (paragraph.startsWith(value, expected)) return expected;
  const window = paragraph.slice(cursor, cursor + spacesBefore + value.length + TOKEN_SEARCH_WINDOW);
  const found = window.indexOf(value);
  return found >= 0 ? cursor + found : -1;
}

/** The offset of the first token of a sentence that could be found in the paragraph. */
function firstLocated(offsets: readonly number[], first: number, last: number): number {
  for (let token = first; token <= last; token += 1) {
    const offset = offsets[token];
    if (offset !== undefined && offset >= 0) return offset;
  }
  return -1;
}

function trimSpan(paragraph: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && isSpace(paragraph.charAt(from))) from += 1;
  while (to > from && isSpace(paragraph.charAt(to - 1))) to -= 1;
  return { start: from, end: to };
}
