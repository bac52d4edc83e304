/**
 * `formatNumberLike`: writes a number the way an example from the article writes its number, so a
 * distractor looks like the real answer ("seven" next to "eight", "US$35,000" next to "US$20,000",
 * "30-percent" next to "25-percent"). A learner should not spot the answer by its typography.
 */
import { formatDateLike } from './dates';
import { PERCENT_SUFFIX, SCALE_ABBREVIATIONS, SCALE_WORDS, ordinalSuffix, ordinalWord } from './lexicon';
import { normalizeNumberText, parseNumberExpression } from './parse';
import { round } from './quantity';
import { numberToWords } from './words';

function decimalsOf(text: string): number {
  return /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
}

/** The example's decimals; a fractional value next to a whole example keeps up to two of its own. */
function decimalsFor(value: number, example: string): number {
  const shown = decimalsOf(example);
  if (shown > 0 || Number.isInteger(value)) return shown;
  return Math.min(2, decimalsOf(String(round(value))));
}

function withSeparators(value: number, decimals: number, separators: boolean): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = separators ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function capitalizeLike(text: string, example: string): string {
  const first = example.trim().charAt(0);
  return first !== first.toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Digits or words, with the example's separators, decimals and scale word ("1.2 million", "480k"). */
function formatPlainLike(value: number, example: string): string {
  const scaled = /^([\d,.]+)(\s*)(thousand|million|billion|trillion|bn|k|m)$/i.exec(example);
  if (scaled !== null) {
    const word = scaled[3] ?? '';
    const scale = SCALE_WORDS.get(word.toLowerCase()) ?? SCALE_ABBREVIATIONS.get(word.toLowerCase()) ?? 1;
    const shown = round(value / scale).toFixed(Math.max(decimalsOf(scaled[1] ?? ''), 0));
    return `${shown.replace(/\.0+$/, '')}${scaled[2] ?? ''}${word}`;
  }
  if (/^[a-z\s-]+$/i.test(example) && !/\d/.test(example)) {
    const useAnd = /\band\b/i.test(example);
    const article = /^an?\s/i.test(example) && [1e3, 1e6, 1e9, 100].includes(value);
    const words = article ? `a ${numberToWords(value, useAnd)?.replace(/^one /, '') ?? ''}` : numberToWords(value, useAnd);
    // Short numbers read well in words ("three billion"); "two million three hundred thousand" does not.
    if (words !== null && words.split(' ').length <= 4) return capitalizeLike(words, example);
  }
  // An example too short to show its separator habit ("277", "eight") gets the usual English one.
  const separators = example.includes(',') || (!/\d{4}/.test(example) && Math.abs(value) >= 10000);
  return withSeparators(value, decimalsFor(value, example), separators);
}

function formatOrdinalLike(value: number, example: string): string {
  if (example.startsWith('#')) return `#${value}`;
  if (/^\d/.test(example)) return `${value}${ordinalSuffix(value)}`;
  return capitalizeLike(ordinalWord(value) ?? `${value}${ordinalSuffix(value)}`, example);
}

const FRACTION_NAMES: ReadonlyArray<readonly [number, string, string]> = [
  [1 / 2, 'half', '½'], [1 / 3, 'a third', '⅓'], [2 / 3, 'two-thirds', '⅔'], [1 / 4, 'a quarter', '¼'],
  [3 / 4, 'three-quarters', '¾'], [1 / 5, 'a fifth', '⅕'], [1 / 10, 'a tenth', '⅒'],
];

function formatFractionLike(value: number, example: string): string {
  const nearest = [...FRACTION_NAMES].sort((a, b) => Math.abs(a[0] - value) - Math.abs(b[0] - value))[0];
  if (nearest === undefined) return String(value);
  if (/^[½⅓⅔¼¾⅕⅒]$/.test(example)) return nearest[2];
  if (/^\d\/\d+$/.test(example)) return toSlash(nearest[0]);
  let words = nearest[1] === 'half' && /^(a|one)\s/i.test(example) ? `${/^one/i.test(example) ? 'one' : 'a'} half` : nearest[1];
  if (/^one\s/i.test(example)) words = words.replace(/^a /, 'one ');
  if (!/-/.test(example)) words = words.replace('-', ' ');
  return capitalizeLike(words, example);
}

function toSlash(value: number): string {
  for (let den = 2; den <= 10; den += 1) {
    const num = Math.round(value * den);
    if (Math.abs(num / den - value) < 1e-9) return `${num}/${den}`;
  }
  return String(value);
}

function formatSingleLike(value: number, example: string): string {
  const parsed = parseNumberExpression(example);
  const text = normalizeNumberText(example);
  switch (parsed?.form) {
    case 'date':
      return formatDateLike(value, text) ?? String(value);
    case 'year':
      return parsed.unit === 'decade' ? text.replace(/\d{4}/, String(Math.round(value))) : String(Math.round(value));
    case 'century':
      return text.replace(/^(.*?)(\S+?)([\s-]century)$/i, (_m, lead: string, ord: string, tail: string) => `${lead}${formatOrdinalLike(value, ord)}${tail}`);
    case 'ordinal':
      return formatOrdinalLike(value, text);
    case 'fraction':
      return formatFractionLike(value, text);
    case 'percent': {
      const match = new RegExp(String.raw`^(.+?)(${PERCENT_SUFFIX})$`, 'i').exec(text);
      return match === null ? `${value}%` : `${formatPlainLike(value, match[1] ?? '')}${match[2] ?? ''}`;
    }
    case 'money': {
      const prefix = /^[^\d\s]*\$|^[€£¥₹₩₽]|^[A-Z]{3}\s?/.exec(text)?.[0];
      if (prefix !== undefined) return `${prefix}${formatPlainLike(value, text.slice(prefix.length))}`;
      const suffix = /\s+[a-z]+$/i.exec(text)?.[0] ?? '';
      return `${formatPlainLike(value, text.slice(0, text.length - suffix.length))}${suffix}`;
    }
    case 'digits':
    case 'words':
      return formatPlainLike(value, text);
    default:
      return withSeparators(value, 0, Math.abs(value) >= 10000);
  }
}

/**
 * Writes `value` (or a [min, max] range) in the style of `example`: words ↔ digits, thousands
 * separators, decimals, scale words, percent and currency marks, ordinals, centuries, dates
 * (value as yyyymmdd) and fractions. Falls back to plain digits when the example is not a number.
 */
export function formatNumberLike(value: number | readonly [number, number], example: string): string {
  const text = normalizeNumberText(example);
  const range = /^(between\s+)?(.+?)(\s+and\s+|\s+to\s+|\s?–\s?|-)(.+)$/i.exec(text);
  if (range !== null && parseNumberExpression(text)?.form === 'range') {
    const [low, high] = typeof value === 'number' ? [value, value] : value;
    const left = formatSingleLike(low, range[2] ?? '');
    return `${range[1] ?? ''}${left}${range[3] ?? ''}${formatSingleLike(high, range[4] ?? '')}`;
  }
  return formatSingleLike(typeof value === 'number' ? value : value[0], text);
}
