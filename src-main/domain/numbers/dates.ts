/**
 * Calendar dates as written in English prose: "8 February 1700", "August 15, 2008", "Jan. 5",
 * "May, 1750", "the 5th of May", "2008-08-15". A date's numeric value is yyyymmdd with 0 for a
 * part the text leaves out (Jan. 5 → 105, March 2011 → 20110300), so dates compare as numbers.
 */
import { MONTHS, monthNumber, ordinalSuffix } from './lexicon';

export interface CalendarDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;

/** Each form with the order of its captured parts. */
const FORMS: ReadonlyArray<{ readonly pattern: RegExp; readonly parts: readonly ('d' | 'm' | 'y')[] }> = [
  { pattern: new RegExp(String.raw`^${WEEKDAY}(?:the\s+)?${DAY}(?:\s+of)?\s+${MONTH},?(?:\s+${YEAR})?$`, 'i'), parts: ['d', 'm', 'y'] },
  { pattern: new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+${DAY}(?:,?\s+${YEAR})?$`, 'i'), parts: ['m', 'd', 'y'] },
  { pattern: new RegExp(String.raw`^${MONTH},?\s+${YEAR}$`, 'i'), parts: ['m', 'y'] },
  { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, parts: ['y', 'm', 'd'] },
];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function parseDate(text: string): CalendarDate | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  for (const form of FORMS) {
    const match = form.pattern.exec(trimmed);
    if (match === null) continue;
    let year: number | null = null;
    let month: number | null = null;
    let day: number | null = null;
    form.parts.forEach((part, i) => {
      const raw = match[i + 1];
      if (raw === undefined) return;
      if (part === 'y') year = Number(raw);
      else if (part === 'd') day = Number(raw);
      else month = /^\d+$/.test(raw) ? Number(raw) : monthNumber(raw);
    });
    if (month === null || month < 1 || month > 12) return null;
    if (day !== null && (day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 31))) return null;
    return { year, month, day };
  }
  return null;
}

export function dateValue(date: CalendarDate): number {
  return (date.year ?? 0) * 10000 + date.month * 100 + (date.day ?? 0);
}

export function dateFromValue(value: number): CalendarDate | null {
  if (!Number.isInteger(value) || value < 100) return null;
  const day = value % 100;
  const month = Math.floor(value / 100) % 100;
  const year = Math.floor(value / 10000);
  if (month < 1 || month > 12) return null;
  return { year: year === 0 ? null : year, month, day: day === 0 ? null : day };
}

function monthLike(month: number, example: string): string {
  const full = MONTHS[month - 1] ?? '';
  const short = month === 9 && /^sept/i.test(example) ? 'sept' : full.slice(0, 3);
  const word = example.replace(/\.$/, '').length <= 4 ? short : full;
  const cased = example === example.toUpperCase() ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
  return example.endsWith('.') && word !== full ? `${cased}.` : cased;
}

/** Writes a yyyymmdd value in the layout of an example date ("17 March 1782" like "8 February 1700"). */
export function formatDateLike(value: number, example: string): string | null {
  const date = dateFromValue(value);
  const layout = parseDate(example);
  if (date === null || layout === null) return null;
  // Only the parts the example shows can be written, and a part the example shows must exist.
  if ((layout.day === null) !== (date.day === null) || (layout.year === null) !== (date.year === null)) return null;
  const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
  if (/^\d{4}-/.test(example.trim())) return `${date.year ?? ''}-${pad(date.month)}-${pad(date.day)}`;
  return example
    .replace(new RegExp(MONTH, 'i'), (m) => monthLike(date.month, m))
    .replace(/\b\d{4}\b/, () => String(date.year ?? ''))
    .replace(/\b\d{1,2}(?=(?:st|nd|rd|th)?\b)(st|nd|rd|th)?/, (_m, suffix: string | undefined) => {
      const day = date.day ?? 0;
      return suffix === undefined ? String(day) : `${day}${ordinalSuffix(day)}`;
    });
}
