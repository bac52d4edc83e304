/**
 * When an event happened, as the sentence states it: "On Wednesday", "in 2006", "in the 19th
 * century", "on 31 October 1950", "last week", "nearly a decade ago". Built on wink's DATE tags,
 * then checked for a real calendar anchor so durations ("for years") never become a "when".
 */
import { low } from './clause-tokens';
import type { Tokens } from './clause-tokens';

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'since', 'until', 'by', 'from', 'around', 'before', 'after']);
const APPROXIMATORS = new Set(['nearly', 'about', 'around', 'almost', 'some', 'roughly', 'early', 'late']);
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const ANCHOR = new RegExp(
  `^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTHS}|today|yesterday|tonight|ago|century|decade|[12]\\d{3}s?|\\d{1,2}(st|nd|rd|th))$`,
);
const RELATIVE = new Set(['last', 'next', 'this', 'earlier', 'later']);
const PERIOD = new Set(['week', 'month', 'year', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall']);

export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/** wink's DATE, or a bare year right after a time preposition ("Since 2009"). */
const isDate = (tokens: Tokens, i: number): boolean => {
  const entity = tokens[i]?.entity;
  const year = /^[12]\d{3}$/.test(tokens[i]?.text ?? '') && TIME_PREPOSITIONS.has(low(tokens[i - 1]));
  return entity === 'DATE' || year || (entity === 'TIME' && tokens[i - 1]?.entity === 'DATE');
};

/** "a 2001 government commission": a date that modifies a noun dates the noun, not the event. */
const modifiesNoun = (tokens: Tokens, start: number, end: number): boolean =>
  end === start + 1 && /^[12]\d{3}$/.test(tokens[start]?.text ?? '') && ['DET', 'PART'].includes(tokens[start - 1]?.pos ?? '') &&
  ['NOUN', 'PROPN', 'ADJ'].includes(tokens[end]?.pos ?? '');

/** The first time expression inside tokens [from, to), with its preposition ("On Wednesday"). */
export function timeExpression(tokens: Tokens, from: number, to: number): TokenRange | null {
  for (let i = from; i < to; i += 1) {
    if (!isDate(tokens, i)) continue;
    let end = i;
    while (end < to && (isDate(tokens, end) || (tokens[end]?.text === ',' && isDate(tokens, end + 1)))) end += 1;
    // "May, 1750" and "March 4, 2011": wink may leave the year outside the date.
    if (tokens[end]?.text === ',' && /^[12]\d{3}$/.test(tokens[end + 1]?.text ?? '') && end + 1 < to) end += 2;
    // "from 1900 to 1914", "1995–2005": a range is one time.
    if (['to', 'until', '–', '-'].includes(low(tokens[end])) && /^[12]\d{3}$/.test(tokens[end + 1]?.text ?? '') && end + 1 < to) end += 2;
    const words = tokens.slice(i, end).map(low);
    const anchored = words.some((w) => ANCHOR.test(w)) || (words.some((w) => RELATIVE.has(w)) && words.some((w) => PERIOD.has(w)));
    if (!anchored || modifiesNoun(tokens, i, end)) {
      i = end;
      continue;
    }
    let start = i;
    if (low(tokens[start - 1]) === 'the' && start - 1 >= from) start -= 1;
    if (APPROXIMATORS.has(low(tokens[start - 1])) && start - 1 >= from) start -= 1;
    if (TIME_PREPOSITIONS.has(low(tokens[start - 1])) && tokens[start - 1]?.pos !== 'VERB' && start - 1 >= from) start -= 1;
    return { start, end };
  }
  return null;
}
