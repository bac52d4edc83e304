/**
 * `parseNumberExpression`: the one reader of a number as written in English prose, used by the
 * fact extractor to find where a number expression ends and by answer grading to read it back.
 * The whole string must be the expression: "eight" parses, "eight cartels" does not.
 */
import type { NumberForm } from '../facts/model';
import { memo } from '../memo';
import type { CalendarDate } from './dates';
import { dateValue, parseDate } from './dates';
import { parseOrdinal, parsePlain, parseQuantity } from './quantity';
import type { Quantity } from './quantity';

export interface NumberExpression {
  /** The number; a range's lower bound; a percentage as written (25 for 25%); a date as yyyymmdd. */
  readonly value: number;
  /** A range's upper bound. */
  readonly valueMax?: number;
  readonly form: NumberForm;
  /** '%', a currency mark ('US$', '€', '$'), 'century' or 'decade'. */
  readonly unit?: string;
  /** The parts of a date, for forms 'date'. */
  readonly date?: CalendarDate;
}

/** Folds typographic variants so the patterns below stay readable. */
export function normalizeNumberText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2012\u2013\u2014\u2015]/g, '–')
    .replace(/\s+/g, ' ')
    .trim();
}

const CENTURY = /^(.+?)[\s-]century$/i;
const DECADE = /^(\d{3}0)'?s$/;
/** Words that may stand before a year, a date or a century without being part of the number. */
const TIME_PREPOSITION = /^(?:in|on|since|by|during|until|from)\s+/i;

/** Number spans, aliases, distractors and checks read the same strings again; results are read-only. */
const parsed = memo<string, NumberExpression | null>();

export function parseNumberExpression(text: string): NumberExpression | null {
  const known = parsed.get(text);
  return known !== undefined ? known : parsed.set(text, parseUncached(text));
}

function parseUncached(text: string): NumberExpression | null {
  const normal = normalizeNumberText(text);
  const afterPreposition = normal.replace(TIME_PREPOSITION, '');
  const hadPreposition = afterPreposition !== normal;
  const body = afterPreposition.replace(/^the\s+/i, '');
  if (body.length === 0) return null;
  const timed = parseTimeExpression(body);
  if (timed !== null || hadPreposition) return timed;
  return parseRange(body) ?? toExpression(parseQuantity(body));
}

/** Dates, years, decades and centuries: the expressions a time preposition may introduce. */
function parseTimeExpression(text: string): NumberExpression | null {
  const date = parseDate(text);
  if (date !== null) return { value: dateValue(date), form: 'date', date };
  const decade = DECADE.exec(text);
  if (decade !== null) return { value: Number(decade[1]), form: 'year', unit: 'decade' };
  const century = CENTURY.exec(text);
  if (century !== null) {
    const ordinal = parseOrdinal((century[1] ?? '').trim());
    return ordinal === null || ordinal.value > 30 ? null : { value: ordinal.value, form: 'century', unit: 'century' };
  }
  const year = parsePlain(text);
  return year !== null && year.form === 'year' ? { value: year.value, form: 'year' } : null;
}

function toExpression(quantity: Quantity | null): NumberExpression | null {
  if (quantity === null) return null;
  return quantity.unit === undefined
    ? { value: quantity.value, form: quantity.form }
    : { value: quantity.value, form: quantity.form, unit: quantity.unit };
}

const RANGE_FORMS: ReadonlySet<NumberForm> = new Set<NumberForm>(['digits', 'words', 'year', 'percent', 'money']);
/** Scale, percent and currency words that a range writes once, after its upper bound. */
const SHARED_SUFFIX = /(?:\s*(?:thousand|million|billion|trillion|bn|k))?(?:\s*%|[\s-]*per[\s-]?cent)?(?:\s+(?:dollars|euros))?$/i;
const SHARED_PREFIX = /^(?:US\$|A\$|C\$|\$|€|£|¥|₹)/i;

/** "200,000 to 750,000", "between 5 and 10", "5–10", "5-10%", "$5–10 million". */
function parseRange(text: string): NumberExpression | null {
  const between = /^between\s+(.+?)\s+and\s+(.+)$/i.exec(text);
  const spelled = between ?? /^(.+?)\s+(?:to|through)\s+(.+)$/i.exec(text);
  const dashed = spelled ?? /^(.*?\d)\s?[–-]\s?(.+)$/.exec(text);
  if (dashed === null) return null;
  const leftText = (dashed[1] ?? '').trim();
  const rightText = (dashed[2] ?? '').trim();
  // A hyphen joins two digit numbers only: "twenty-one" and "MS-13" are not ranges.
  if (spelled === null && (!/^\D?\$?\d/.test(rightText) || /-/.test(rightText.slice(1)))) return null;
  const prefix = SHARED_PREFIX.exec(leftText)?.[0] ?? '';
  const right = parseQuantity(SHARED_PREFIX.test(rightText) ? rightText : prefix + rightText);
  const suffix = SHARED_SUFFIX.exec(rightText)?.[0] ?? '';
  const left = parseQuantity(leftText) ?? (suffix.length > 0 ? parseQuantity(leftText + suffix) : null);
  if (left === null || right === null || !RANGE_FORMS.has(left.form) || !RANGE_FORMS.has(right.form)) return null;
  if (left.unit !== undefined && right.unit !== undefined && left.unit !== right.unit) return null;
  // The left bound may leave the scale to the right one: "5 to 10 million" is 5 million.
  const scaledLeft = left.value < right.value / 1000 && suffix.length > 0 ? parseQuantity(leftText + suffix) : left;
  const low = scaledLeft ?? left;
  if (!(low.value < right.value)) return null;
  const unit = right.unit ?? left.unit;
  return unit === undefined
    ? { value: low.value, valueMax: right.value, form: 'range' }
    : { value: low.value, valueMax: right.value, form: 'range', unit };
}
