/**
 * One quantity that is not a range or a date: digits, words, scales, percentages, money,
 * ordinals and fractions. `parse.ts` builds ranges, dates and centuries on top of this.
 */
import type { NumberForm } from '../facts/model';
import {
  CURRENCY_PREFIXES, CURRENCY_WORDS, FRACTION_DENOMINATORS, FRACTION_GLYPHS, PERCENT_SUFFIX, SCALE_ABBREVIATIONS,
  SCALE_WORDS, ordinalSuffix, ordinalWordValue,
} from './lexicon';
import { parseNumberWords } from './words';

export interface Quantity {
  readonly value: number;
  readonly form: NumberForm;
  readonly unit?: string;
}

const DIGITS = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
const SCALED = /^([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([a-z]+)$/i;
const PERCENT = new RegExp(String.raw`^(.+?)${PERCENT_SUFFIX}$`, 'i');

function parseDigits(text: string): number | null {
  if (!DIGITS.test(text) || !/\d/.test(text)) return null;
  return Number(text.replace(/,/g, '').replace('−', '-'));
}

/**
 * A number with no unit: "200,000", "1.2", "eight", "1.2 million", "480k", "a thousand".
 * Abbreviated scales other than "k" ("5m", "3bn") are read only when `money` says the number
 * follows a currency mark, because "15m" in running text is as often metres as millions.
 */
export function parsePlain(text: string, money = false): Quantity | null {
  const digits = parseDigits(text);
  if (digits !== null) {
    const isYear = /^\d{4}$/.test(text) && digits >= 1000 && digits <= 2100;
    return { value: digits, form: isYear ? 'year' : 'digits' };
  }
  const scaled = SCALED.exec(text);
  if (scaled !== null) {
    const base = parseDigits(scaled[1] ?? '');
    const word = (scaled[2] ?? '').toLowerCase();
    const scale = SCALE_WORDS.get(word) ?? (money || word === 'k' ? SCALE_ABBREVIATIONS.get(word) : undefined);
    if (base === null || scale === undefined || scale === 12) return null;
    return { value: round(base * scale), form: 'digits' };
  }
  const words = parseNumberWords(text);
  return words === null ? null : { value: words, form: 'words' };
}

function parsePercent(text: string): Quantity | null {
  const match = PERCENT.exec(text);
  const plain = match === null ? null : parsePlain((match[1] ?? '').trim());
  return plain === null ? null : { value: plain.value, form: 'percent', unit: '%' };
}

function parseMoney(text: string): Quantity | null {
  const prefix = CURRENCY_PREFIXES.find((mark) => text.toUpperCase().startsWith(mark));
  if (prefix !== undefined) {
    const plain = parsePlain(text.slice(prefix.length).trim(), true);
    return plain === null || plain.form === 'words' ? null : { value: plain.value, form: 'money', unit: prefix };
  }
  const suffix = /^(.+?)\s+((?:pounds\s+)?[a-z]+)$/i.exec(text);
  const mark = suffix === null ? undefined : CURRENCY_WORDS.get((suffix[2] ?? '').toLowerCase());
  const plain = mark === undefined || suffix === null ? null : parsePlain((suffix[1] ?? '').trim(), true);
  return plain === null || mark === undefined ? null : { value: plain.value, form: 'money', unit: mark };
}

/** "19th", "first", "twenty-first", "#2" (a rank). */
export function parseOrdinal(text: string): Quantity | null {
  const rank = /^#\s?(\d+)$/.exec(text);
  if (rank !== null) return { value: Number(rank[1]), form: 'ordinal' };
  const suffixed = /^(\d+)(st|nd|rd|th)$/i.exec(text);
  if (suffixed !== null) {
    const value = Number(suffixed[1]);
    return ordinalSuffix(value) === (suffixed[2] ?? '').toLowerCase() ? { value, form: 'ordinal' } : null;
  }
  const word = ordinalWordValue(text);
  return word === null || word === 0 ? null : { value: word, form: 'ordinal' };
}

/** "half", "a third", "one half", "two-thirds", "three quarters", "½", "3/4". */
function parseFraction(text: string): Quantity | null {
  const glyph = FRACTION_GLYPHS.get(text);
  if (glyph !== undefined) return { value: glyph, form: 'fraction' };
  const slash = /^(\d)\/(\d{1,2})$/.exec(text);
  if (slash !== null) {
    const [num, den] = [Number(slash[1]), Number(slash[2])];
    return num > 0 && num < den && den <= 10 ? { value: round(num / den), form: 'fraction' } : null;
  }
  if (/^half$/i.test(text)) return { value: 0.5, form: 'fraction' };
  const match = /^(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+([a-z]+)$/i.exec(text);
  if (match === null) return null;
  const denominator = FRACTION_DENOMINATORS.get((match[2] ?? '').toLowerCase());
  const head = (match[1] ?? '').toLowerCase();
  const numerator = head === 'a' || head === 'an' ? 1 : parseNumberWords(head);
  if (denominator === undefined || numerator === null || numerator >= denominator) return null;
  // "a half"/"one third" take the singular, "two thirds" the plural.
  if ((numerator === 1) === /s$/i.test(match[2] ?? '')) return null;
  return { value: round(numerator / denominator), form: 'fraction' };
}

export function parseQuantity(text: string): Quantity | null {
  return parseMoney(text) ?? parsePercent(text) ?? parsePlain(text) ?? parseOrdinal(text) ?? parseFraction(text);
}

/** Rounds away binary noise (1.2 × 10^6 = 1199999.9999999998) without changing real decimals. */
export function round(value: number): number {
  return Number(value.toPrecision(12));
}
