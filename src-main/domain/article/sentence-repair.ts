import { GENERAL_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations';
import { isSpace } from './blocks';

// Characters that close a quotation or aside and so belong to the sentence before them.
const CLOSERS = new Set([')', ']', '}', '”', '’', '»']);
const AMBIGUOUS_QUOTES = new Set(['"', "'"]);
const OPENERS = /^[(\["'“‘«]+/u;
// A question or exclamation inside a quote or aside, e.g. `He asked "why?" and left.`
const INNER_QUESTION = /[?!]["'”’»)\]]+$/u;
// "M.Sc.", "e.g.", "a.m.", "U.S.": letters with periods between them.
const DOTTED_ABBREVIATION = /\p{L}\.\p{L}.*\.$/u;
const LONGEST_WORD_LOOKED_AT = 40;
// An all-capitals word ending in a period, then a capitalised word: "a newer IE. Its goal".
const ACRONYM_THEN_CAPITAL = /(?<!\S)["'“‘(]*(\p{Lu}{2,}\.)\s+(?=["'“‘(]*\p{Lu})/gu;

/**
 * Sentence starts wink misses. It reads "IE." (like "i.e.") as an abbreviation and runs
 * "…update to a newer IE. Its goal…" together; it gets "US.", "NATO." and "FBI." right, so this
 * only adds starts after all-capitals words that are not known abbreviations ("DR.", "NO.").
 */
export function addMissedSentenceStarts(paragraph: string, starts: readonly number[]): number[] {
  const added: number[] = [];
  for (const match of paragraph.matchAll(ACRONYM_THEN_CAPITAL)) {
    const word = match[1] ?? '';
    if (!isKnownAbbreviation(word)) added.push(match.index + match[0].length);
  }
  if (added.length === 0) return [...starts];
  return [...new Set([...starts, ...added])].sort((a, b) => a - b);
}

/**
 * Small post-rules over wink-nlp's sentence starts, each fixing a mistake seen in practice:
 * wink ends sentences after "Vol.", "Fig.", "et al.", "M.Sc." and inside URLs, and starts a new
 * sentence after `"why?"` even when the sentence goes on in lower case.
 * Takes and returns sentence start offsets into `paragraph`, excluding the first sentence's 0.
 */
export function repairSentenceStarts(paragraph: string, starts: readonly number[]): number[] {
  const repaired: number[] = [];
  for (const candidate of starts) {
    const start = skipClosers(paragraph, candidate);
    const previous = repaired.at(-1) ?? 0;
    if (start <= previous || start >= paragraph.length) continue;
    if (isRealBoundary(paragraph, start)) repaired.push(start);
  }
  return repaired;
}

/** Moves a start past closing quotes/brackets wink left at the front of the next sentence. */
function skipClosers(paragraph: string, at: number): number {
  let position = at;
  for (;;) {
    const char = paragraph.charAt(position);
    const closesQuote = AMBIGUOUS_QUOTES.has(char) && isSpaceOrEnd(paragraph.charAt(position + 1));
    if (!CLOSERS.has(char) && !closesQuote) break;
    position += 1;
  }
  while (isSpace(paragraph.charAt(position))) position += 1;
  return position;
}

function isRealBoundary(paragraph: string, start: number): boolean {
  // Sentences are separated by whitespace; a split inside "www.example.com" is not a boundary.
  if (!isSpace(paragraph.charAt(start - 1))) return false;
  const word = wordBefore(paragraph, start);
  const next = paragraph.charAt(start);
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(word) && /\p{N}/u.test(next)) return false;
  if (/\p{Ll}/u.test(next)) {
    const abbreviation = GENERAL_ABBREVIATIONS.has(word) || DOTTED_ABBREVIATION.test(word);
    if (abbreviation || INNER_QUESTION.test(word)) return false;
  }
  return true;
}

function isKnownAbbreviation(word: string): boolean {
  const capitalised = word.charAt(0) + word.slice(1).toLowerCase();
  return [word, capitalised].some(
    (form) => TITLE_ABBREVIATIONS.has(form) || NUMBER_ABBREVIATIONS.has(form) || GENERAL_ABBREVIATIONS.has(form),
  );
}

/** The whitespace-delimited word that ends just before `start`, without opening punctuation. */
function wordBefore(paragraph: string, start: number): string {
  let end = start;
  while (end > 0 && isSpace(paragraph.charAt(end - 1))) end -= 1;
  let begin = end;
  while (begin > 0 && end - begin < LONGEST_WORD_LOOKED_AT && !isSpace(paragraph.charAt(begin - 1))) begin -= 1;
  return paragraph.slice(begin, end).replace(OPENERS, '');
}

function isSpaceOrEnd(char: string): boolean {
  return char === '' || isSpace(char);
}
