/**
 * Balanced quotations in one paragraph. Curly marks say which way they face; straight marks are
 * judged by their neighbours ("…said, "We…" opens, `right,"` closes). A mark that cannot be
 * paired is dropped, never guessed, and an apostrophe (it’s, parents’) is never a quote mark.
 */
import type { Span } from '../../article/model';

export interface QuoteMarks {
  /** Offsets in `Article.text` of the opening and closing marks. */
  readonly open: number;
  readonly close: number;
  /** The quoted text, without the marks. */
  readonly content: Span;
  readonly style: 'double' | 'single';
}

const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;"“]/u;

const isSpaceOrEdge = (char: string): boolean => char === '' || SPACE.test(char);
const opensHere = (before: string, after: string): boolean => (before === '' || OPENING_CONTEXT.test(before)) && !isSpaceOrEdge(after);
const closesHere = (before: string, after: string): boolean => !isSpaceOrEdge(before) && (isSpaceOrEdge(after) || !LETTER_OR_DIGIT.test(after));

function pairMarks(text: string, span: Span, style: 'double' | 'single'): QuoteMarks[] {
  const pairs: QuoteMarks[] = [];
  let pending: number | null = null;
  const marks = style === 'double' ? /["“”]/gu : /['‘’]/gu;
  marks.lastIndex = span.start;
  for (let match = marks.exec(text); match !== null && match.index < span.end; match = marks.exec(text)) {
    const at = match.index;
    const mark = match[0];
    const before = at > span.start ? text.charAt(at - 1) : '';
    const after = at + 1 < span.end ? text.charAt(at + 1) : '';
    // An apostrophe inside a word: it’s, don't, O'Brien.
    if (style === 'single' && LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) continue;
    const opening = mark === '“' || mark === '‘' || (mark !== '”' && mark !== '’' && opensHere(before, after));
    const closing = mark === '”' || mark === '’' || (!opening && closesHere(before, after));
    if (pending !== null && closing && !(mark === '"' && opening)) {
      pairs.push({ open: pending, close: at, content: { start: pending + 1, end: at }, style });
      pending = null;
    } else if (opening) {
      // A second opening before any close: the first one was stray.
      pending = at;
    }
  }
  return pairs.filter((pair) => LETTER_OR_DIGIT.test(text.slice(pair.content.start, pair.content.end)));
}

/** Top-level quotations of a paragraph, in order; single quotes inside double ones are left out. */
export function findQuotations(text: string, paragraph: Span): QuoteMarks[] {
  const doubles = pairMarks(text, paragraph, 'double');
  const inside = (at: number): boolean => doubles.some((pair) => at > pair.open && at < pair.close);
  const singles = pairMarks(text, paragraph, 'single').filter((pair) => !inside(pair.open) && !inside(pair.close));
  // A single-quoted stretch that overlaps a double-quoted one only partly is no quotation.
  const crossing = (pair: QuoteMarks): boolean =>
    doubles.some((other) => (other.open > pair.open && other.open < pair.close) !== (other.close > pair.open && other.close < pair.close));
  return [...doubles, ...singles.filter((pair) => !crossing(pair))].sort((a, b) => a.open - b.open);
}
