/**
 * English number vocabulary, shared by the parser, the formatter and the fact extractor.
 * Plain tables rather than a library: the libraries measured here misread ranges as dates and
 * miss "half" and "25-percent" (see NOTES-toolchain.md), and the lists are short and closed.
 */

export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Multipliers written after a number ("3 billion", "480k", "a dozen"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Short scales glued to digits or after them ("480k", "$5bn", "3.2m"); case-insensitive. */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['thousand', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12],
]);

const ORDINAL_UNITS = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth',
];
const ORDINAL_TENS: ReadonlyMap<string, number> = new Map([
  ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60],
  ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000],
]);

/** "first" → 1 … "ninety-ninth" → 99, "hundredth", "thousandth"; null for anything else. */
export function ordinalWordValue(word: string): number | null {
  const lower = word.toLowerCase();
  const unit = ORDINAL_UNITS.indexOf(lower);
  if (unit >= 0) return unit;
  const tens = ORDINAL_TENS.get(lower);
  if (tens !== undefined) return tens;
  const compound = /^([a-z]+)[-\s]([a-z]+)$/.exec(lower);
  if (compound === null) return null;
  const head = TENS_WORDS.get(compound[1] ?? '');
  const tail = ORDINAL_UNITS.indexOf(compound[2] ?? '');
  return head !== undefined && tail > 0 && tail < 10 ? head + tail : null;
}

export function ordinalWord(value: number): string | null {
  if (!Number.isInteger(value) || value < 1 || value > 99) return null;
  if (value < 20) return ORDINAL_UNITS[value] ?? null;
  const tens = Math.floor(value / 10) * 10;
  const tensOrdinal = [...ORDINAL_TENS].find(([, v]) => v === tens)?.[0];
  const tensWord = [...TENS_WORDS].find(([, v]) => v === tens)?.[0];
  if (value % 10 === 0) return tensOrdinal ?? null;
  return tensWord === undefined ? null : `${tensWord}-${ORDINAL_UNITS[value % 10]}`;
}

export function ordinalSuffix(value: number): string {
  const lastTwo = Math.abs(value) % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][Math.abs(value) % 10] ?? 'th';
}

/** Denominators of fractions written in words ("a third", "two-thirds", "three quarters"). */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['tenth', 10], ['tenths', 10],
]);

export const FRACTION_GLYPHS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅒', 1 / 10],
]);

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
];

/** 1-based month of a full or abbreviated name ("Feb", "Sept."), or null. */
export function monthNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const exact = MONTHS.indexOf(lower);
  if (exact >= 0) return exact + 1;
  if (lower === 'sept') return 9;
  const byPrefix = lower.length === 3 ? MONTHS.findIndex((m) => m.startsWith(lower)) : -1;
  return byPrefix >= 0 ? byPrefix + 1 : null;
}

/** Currency marks written before the amount, longest first so "US$" wins over "$". */
export const CURRENCY_PREFIXES: readonly string[] = [
  'US$', 'USD', 'A$', 'AU$', 'C$', 'CA$', 'NZ$', 'HK$', 'S$', 'R$', 'EUR', 'GBP', '$', '€', '£', '¥', '₹', '₩', '₽',
];

/** Currency words written after the amount, with the mark they stand for. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  // "pounds" alone is left out: after a number it is as often a weight as a currency.
  ['dollar', '$'], ['dollars', '$'], ['euro', '€'], ['euros', '€'], ['pounds sterling', '£'], ['yen', '¥'], ['rupee', '₹'], ['rupees', '₹'], ['usd', 'US$'], ['eur', '€'], ['gbp', '£'],
]);

export const PERCENT_SUFFIX = String.raw`(?:\s*%|[\s-]*per[\s-]?cent|\s+pct\.?)`;

/** Predicates for a tokenizer deciding where a number may begin. */
export function isCardinalWord(word: string): boolean {
  const lower = word.toLowerCase();
  const [head = '', tail] = lower.split('-');
  return UNIT_WORDS.has(lower) || TENS_WORDS.has(lower) || (tail !== undefined && TENS_WORDS.has(head) && UNIT_WORDS.has(tail));
}

export function isScaleWord(word: string): boolean {
  return SCALE_WORDS.has(word.toLowerCase());
}

export function isFractionWord(word: string): boolean {
  return FRACTION_DENOMINATORS.has(word.toLowerCase()) || FRACTION_GLYPHS.has(word);
}
