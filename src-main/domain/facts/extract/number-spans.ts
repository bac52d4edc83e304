/**
 * Finds number expressions in a sentence's tokens. The library parser is the only judge of what
 * a number looks like: from each token that may begin one, the longest run of tokens whose text
 * parses wins ("200,000 to 750,000" rather than "200,000"; "8 February 1700" rather than "8").
 */
import type { Token } from '../../nlp/tokens';
import { isCardinalWord, isFractionWord, isScaleWord, monthNumber, ordinalWordValue, parseNumberExpression } from '../../numbers';
import type { NumberExpression } from '../../numbers';

export interface NumberMention {
  /** Token positions (in the sentence's token array) of the whole expression. */
  readonly first: number;
  readonly last: number;
  readonly expression: NumberExpression;
}

/** The longest expression never needs more tokens than "between 200 , 000 and 750 , 000 US$". */
const MAX_TOKENS = 10;
const CURRENCY_TOKEN = /^(?:[A-Z]{0,3}\$|€|£|¥|₹|₩|₽)$/;
const SEPARATORS = new Set(['to', 'through', 'and', '–', '—', '-']);
/** Verbs that make "from X to Y" a change between two values rather than a range. */
const CHANGE_LEMMAS = new Set([
  'rise', 'fall', 'increase', 'decrease', 'drop', 'grow', 'climb', 'jump', 'decline', 'cut', 'reduce', 'raise',
  'go', 'change', 'shift', 'slip', 'surge', 'boost', 'lower', 'expand', 'shrink', 'soar', 'plunge', 'slide', 'move',
]);

const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';

/** Could a number expression begin at this token? Cheap, so the parser runs only where it may succeed. */
function mayBegin(token: Token, next: Token | undefined): boolean {
  const word = token.text;
  const nextWord = lower(next);
  if (/^[-−]?\d/.test(word) || isFractionWord(word) || isCardinalWord(word) || ordinalWordValue(word) !== null) return true;
  if (/^an?$/i.test(word)) return isScaleWord(nextWord) || isFractionWord(nextWord);
  if (/^between$/i.test(word)) return /^\d|^[a-z]+$/.test(nextWord) || CURRENCY_TOKEN.test(next?.text ?? '');
  if (word === '#' || CURRENCY_TOKEN.test(word)) return /^\d|^[a-z]+$/.test(nextWord);
  // A month starts a date only when capitalised: "may 5" is a verb and a number.
  return monthNumber(word) !== null && /^[A-Z]/.test(word) && /^[\d,]/.test(nextWord);
}

/** The longest expression that starts at token `first`, or null. */
function longestFrom(tokens: readonly Token[], text: string, first: number): NumberMention | null {
  const start = tokens[first];
  if (start === undefined || !mayBegin(start, tokens[first + 1])) return null;
  for (let last = Math.min(first + MAX_TOKENS, tokens.length) - 1; last >= first; last -= 1) {
    const end = tokens[last];
    if (end === undefined || (end.pos === 'PUNCT' && end.text !== '%')) continue;
    const expression = parseNumberExpression(text.slice(start.start, end.end));
    if (expression !== null) return { first, last, expression };
  }
  return null;
}

/** A range read as its two ends ("1700 – 1782" → 1700, 1782), when the separator is its own token. */
function splitRange(tokens: readonly Token[], text: string, mention: NumberMention): NumberMention[] {
  const from = lower(tokens[mention.first]) === 'between' ? mention.first + 1 : mention.first;
  for (let s = from + 1; s < mention.last; s += 1) {
    if (!SEPARATORS.has(lower(tokens[s]))) continue;
    const left = parseNumberExpression(text.slice(tokens[from]?.start ?? 0, tokens[s - 1]?.end ?? 0));
    const right = parseNumberExpression(text.slice(tokens[s + 1]?.start ?? 0, tokens[mention.last]?.end ?? 0));
    if (left === null || right === null) return [];
    return [{ first: from, last: s - 1, expression: left }, { first: s + 1, last: mention.last, expression: right }];
  }
  return [];
}

/** Lifespans and periods ("1700 – 1782") and changes ("rose from 5 to 10") are two facts, not a range. */
function shouldSplit(tokens: readonly Token[], mention: NumberMention): boolean {
  const { expression, first, last } = mention;
  if (expression.form !== 'range') return false;
  const years = expression.value >= 1000 && (expression.valueMax ?? 0) <= 2100 && expression.unit === undefined
    && tokens.slice(first, last + 1).every((t) => !/[,.]/.test(t.text));
  const change = lower(tokens[first - 1]) === 'from' && tokens.slice(Math.max(0, first - 6), first).some((t) => CHANGE_LEMMAS.has(t.lemma.toLowerCase()));
  return years || change;
}

/** Every number expression of a sentence, left to right, none overlapping. */
export function findNumberMentions(tokens: readonly Token[], text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestFrom(tokens, text, i);
    if (found === null) {
      i += 1;
      continue;
    }
    const after = tokens[found.last + 1];
    // "a third of them" is a fraction, "a third party" an ordinal: re-read that from "third".
    const article = /^an?$/.test(lower(tokens[found.first]));
    if (found.expression.form === 'fraction' && article && lower(after) !== 'of' && after?.pos !== 'DET' && after?.pos !== 'PRON') {
      i += 1;
      continue;
    }
    mentions.push(...(shouldSplit(tokens, found) ? splitRange(tokens, text, found) : [found]));
    i = found.last + 1;
  }
  return mentions;
}
