/**
 * A sentence as a card shows it. A sentence inside a quotation that runs over several sentences
 * carries only one of its quote marks; an excerpt may lack its full stop. The dangling mark, a
 * leading ellipsis and the missing stop are repaired here, and the answer's place follows.
 */
import type { Span } from '../../article/model';
import { countWords } from '../text/normalize';

export interface Presented {
  readonly text: string;
  readonly answer: Span;
  /** The sentence is part of a longer quotation (someone's words, not the article's). */
  readonly quoted: boolean;
}

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

function unmatchedOpen(text: string): boolean {
  return (text.startsWith('“') && count(text, /“/g) > count(text, /”/g)) || (text.startsWith('"') && count(text, /"/g) % 2 === 1);
}

function unmatchedClose(text: string): boolean {
  return (/”$/.test(text) && count(text, /”/g) > count(text, /“/g)) || (/"$/.test(text) && count(text, /"/g) % 2 === 1);
}

/**
 * A quotation running over several sentences may open or close in the middle of this one
 * ("…time to say goodbye," Microsoft says on …; Rathbun asserted that officials, "plied …").
 * The missing mark is supplied at the sentence's start or end: which one a mark lacks, curly marks
 * say themselves; a straight mark closes when it follows a word or punctuation and precedes a space or the end.
 */
function missingMark(text: string): 'open' | 'close' | null {
  const opens = count(text, /“/g);
  const closes = count(text, /”/g);
  if (opens !== closes) return opens < closes ? 'open' : 'close';
  const straight = [...text.matchAll(/"/g)].map((m) => m.index ?? 0);
  if (straight.length % 2 === 0) return null;
  // After a letter or punctuation, never a digit: 12" is twelve inches.
  const closing = (at: number): boolean => at > 0 && /[\p{L}.,;:!?…]/u.test(text[at - 1] ?? '') && (at === text.length - 1 || /[\s.,;:!?)]/.test(text[at + 1] ?? ''));
  const opening = (at: number): boolean => (at === 0 || /[\s(\[—–]/.test(text[at - 1] ?? '')) && /\S/.test(text[at + 1] ?? '');
  if (closing(straight[0] as number)) return 'open';
  return opening(straight[straight.length - 1] as number) ? 'close' : null;
}

export function presentSentence(sentence: string, answer: Span): Presented | null {
  let text = sentence;
  let shift = 0;
  let quoted = false;
  const lead = /^(\.\.\.|…)\s*/.exec(text);
  if (lead !== null) {
    text = text.slice(lead[0].length);
    shift += lead[0].length;
  }
  if (unmatchedOpen(text)) {
    text = text.slice(1);
    shift += 1;
    quoted = true;
  }
  if (unmatchedClose(text)) {
    text = text.slice(0, -1);
    quoted = true;
  }
  let moved = { start: answer.start - shift, end: answer.end - shift };
  if (moved.start < 0 || moved.end > text.length) return null;
  if (!/[.!?]["”’)\]]*$/.test(text) && countWords(text) >= 8 && /[\p{L}\p{N}]$/u.test(text)) text = `${text}.`;
  const missing = missingMark(text);
  const curly = /[“”]/.test(text);
  if (missing === 'open') {
    text = `${curly ? '“' : '"'}${text}`;
    moved = { start: moved.start + 1, end: moved.end + 1 };
  } else if (missing === 'close') text = `${text}${curly ? '”' : '"'}`;
  return { text, answer: moved, quoted: quoted || missing !== null };
}

/**
 * Does a quotation opened earlier in the paragraph run through this sentence ("…89 degrees.
 * Nothing was ever at 90 degrees." inside one quote)? Counted from the paragraph's start.
 */
export function insideQuotation(text: string, sentenceStart: number): boolean {
  const paragraphStart = Math.max(0, text.lastIndexOf('\n\n', sentenceStart) + 1);
  const before = text.slice(paragraphStart, sentenceStart);
  return count(before, /“/g) > count(before, /”/g) || count(before, /"/g) % 2 === 1;
}
