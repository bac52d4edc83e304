/** The words of the fact panel: kinds, formats, ratings, when a fact is due, dates of answers. */
import type { FactKind, FactMemoryView, QuestionFormat, ReviewRating } from '../../../src-main/contract';

export const KIND_LABELS: Record<FactKind, string> = {
  number: 'Number',
  quote: 'Quote',
  person: 'Person',
  list: 'List',
  event: 'Event',
  cause: 'Cause',
  term: 'Term',
};

export const FORMAT_LABELS: Record<QuestionFormat, string> = {
  cloze: 'Fill in the blank',
  'question-answer': 'Question',
  'multiple-choice': 'Multiple choice',
  'true-false': 'True or false',
  numeric: 'Number',
  'list-recall': 'List',
  matching: 'Matching',
};

/** A format name from the review log, which may be one this Factdeck no longer writes. */
export function formatLabel(format: string): string {
  return Object.hasOwn(FORMAT_LABELS, format) ? FORMAT_LABELS[format as QuestionFormat] : format;
}

export const RATING_LABELS: Record<ReviewRating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function amount(ms: number): string {
  if (ms < HOUR) {
    const minutes = Math.max(1, Math.round(ms / MINUTE));
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  if (ms < DAY) {
    const hours = Math.round(ms / HOUR);
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  const days = Math.round(ms / DAY);
  if (days < 60) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.round(days / 30);
  if (months < 24) return `${months} months`;
  return `${Math.round(days / 365)} years`;
}

/** "in 3 days", "now", "2 days ago" (overdue). */
export function dueText(due: number | null, now: number): string {
  if (due === null) return 'as a new card';
  const ms = due - now;
  if (Math.abs(ms) < MINUTE) return 'now';
  return ms > 0 ? `in ${amount(ms)}` : `${amount(-ms)} overdue`;
}

/** Stability in days, as a learner reads it: "about 2.3 days", "about 3 months". */
export function stabilityText(stability: number | null): string {
  if (stability === null) return '—';
  if (stability < 1) return `${amount(stability * DAY)}`;
  if (stability < 10) return `${stability.toFixed(1)} days`;
  return amount(stability * DAY);
}

/** 0.8812 → "88 %"; never 100 % before it is exactly 1, never 0 % above 0. */
export function percentText(value: number | null): string {
  if (value === null) return '—';
  const percent = value >= 1 ? 100 : value <= 0 ? 0 : Math.min(99, Math.max(1, Math.round(value * 100)));
  return `${percent} %`;
}

/** "2 Mar 2026, 09:30" in the learner's time zone. */
export function dateTimeText(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, ...(timeZone ? { timeZone } : {}) }).format(at);
}

/** A sentence on a fact that is not being asked (not studied yet, suspended); `null` otherwise. */
export function memorySummary(fact: Pick<FactMemoryView, 'band' | 'leech'>): string | null {
  if (fact.band === 'new') return 'Not studied yet: it comes up as a new card when you study this section.';
  if (fact.band === 'suspended') return `Suspended${fact.leech ? ' as a leech (forgotten too often)' : ''}: it is not asked until you bring it back.`;
  return null;
}

/**
 * What the learner answered, as the history shows it; `null` for a flashcard they rated
 * themselves, which the study service logs as "rated N" (the rating is shown already).
 */
export function givenAnswer(answer: string): string | null {
  if (answer.trim() === '' || /^rated [1-4]$/.test(answer)) return null;
  return answer;
}
