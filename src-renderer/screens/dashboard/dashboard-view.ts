/**
 * Pure shaping of the dashboard's numbers for display: text, chart series and the heatmap grid.
 * Every number shown comes from the service; nothing here computes a statistic of its own beyond
 * sums and shares of what it is given.
 */
import type { DayActivity, ForecastDay, MasteryRow, QuizPoint, RetentionCell } from '../../../src-main/contract';

export type ActivityRange = 30 | 90 | 365;
export const ACTIVITY_RANGES: readonly ActivityRange[] = [30, 90, 365];

const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const longDateFormat = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const count = new Intl.NumberFormat('en-US');

/** `2026-03-15` → `Mar 15` (the date is already the learner's local study day). */
export function shortDate(date: string): string {
  return dateFormat.format(Date.parse(`${date}T00:00:00Z`));
}

export function longDate(date: string): string {
  return longDateFormat.format(Date.parse(`${date}T00:00:00Z`));
}

export function formatCount(n: number): string {
  return count.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A share as whole percent, or a dash when there is nothing to measure. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)} %`;
}

export function cellText(cell: RetentionCell): string {
  return cell.total === 0 ? '—' : `${percent(cell.rate)} (${formatCount(cell.passed)}/${formatCount(cell.total)})`;
}

export function lastDays(days: readonly DayActivity[], range: ActivityRange): readonly DayActivity[] {
  return days.slice(-range);
}

export function activitySummary(days: readonly DayActivity[]): string {
  const total = days.reduce((sum, day) => sum + day.total, 0);
  if (total === 0) return `No answers in the last ${plural(days.length, 'day')}.`;
  const studied = days.filter((day) => day.total > 0).length;
  const busiest = days.reduce((best, day) => (day.total > best.total ? day : best));
  const minutes = Math.round(days.reduce((sum, day) => sum + day.minutes, 0));
  return (
    `${plural(total, 'answer')} in the last ${days.length} days, on ${studied} of them; ` +
    `${plural(minutes, 'minute')} in all. Busiest day: ${shortDate(busiest.date)} with ${plural(busiest.total, 'answer')}.`
  );
}

export function forecastSummary(days: readonly ForecastDay[]): string {
  const dueOf = (day: ForecastDay): number => day.reviews + day.learning;
  const total = days.reduce((sum, day) => sum + dueOf(day), 0);
  if (total === 0) return `Nothing falls due in the next ${plural(days.length, 'day')}.`;
  const week = days.slice(0, 7).reduce((sum, day) => sum + dueOf(day), 0);
  const peak = days.reduce((best, day) => (dueOf(day) > dueOf(best) ? day : best));
  return `${plural(total, 'fact')} fall due in the next ${days.length} days, ${formatCount(week)} of them in the next 7. Busiest: ${shortDate(peak.date)} with ${formatCount(dueOf(peak))}.`;
}

export function quizSummary(points: readonly QuizPoint[]): string {
  if (points.length === 0) return 'No quizzes yet.';
  const latest = points.at(-1) as QuizPoint;
  const average = points.reduce((sum, point) => sum + point.score, 0) / points.length;
  return `${plural(points.length, 'quiz', 'quizzes')}; the latest scored ${percent(latest.score)} on ${shortDate(latest.date)}, the average is ${percent(average)}.`;
}

export function masteryShare(row: MasteryRow): number | null {
  return row.facts === 0 ? null : row.mastered / row.facts;
}

export interface HeatCell {
  readonly date: string;
  readonly total: number;
  /** 0 = no answers, 1–4 = quartiles of the busiest day. */
  readonly level: 0 | 1 | 2 | 3 | 4;
  /** Column (week, oldest first) and row (0 = Sunday). */
  readonly week: number;
  readonly weekday: number;
  readonly counts: boolean;
}

export interface HeatGrid {
  readonly cells: readonly HeatCell[];
  readonly weeks: number;
  /** The column in which each month begins, for labels. */
  readonly months: readonly { readonly week: number; readonly label: string }[];
  readonly max: number;
}

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** Days laid out as a calendar heatmap: one column per week (Sunday on top), oldest on the left. */
export function heatmapGrid(days: readonly DayActivity[]): HeatGrid {
  const max = days.reduce((most, day) => Math.max(most, day.total), 0);
  const first = days[0];
  const firstWeekday = first === undefined ? 0 : new Date(`${first.date}T00:00:00Z`).getUTCDay();
  const months: { week: number; label: string }[] = [];
  const cells = days.map((day, index): HeatCell => {
    const slot = firstWeekday + index;
    const week = Math.floor(slot / 7);
    const date = new Date(`${day.date}T00:00:00Z`);
    if (date.getUTCDate() === 1) months.push({ week, label: monthFormat.format(date) });
    const level = day.total === 0 || max === 0 ? 0 : (Math.min(4, Math.ceil((4 * day.total) / max)) as 1 | 2 | 3 | 4);
    return { date: day.date, total: day.total, level, week, weekday: slot % 7, counts: day.counts };
  });
  return { cells, weeks: Math.ceil((firstWeekday + days.length) / 7), months, max };
}
