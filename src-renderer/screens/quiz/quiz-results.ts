/** Scores, times and rows for the quiz results and history. Pure, so it is tested in Node. */
import type { ArticleSummary, LearnerAnswer, QuizAttempt } from '../../../src-main/contract';
import { ALL_FORMATS, FORMAT_LABELS } from './quiz-setup';

/** A credit sum as shown: whole numbers plain, half credits to one decimal ("6.5"). */
export function formatCredit(credit: number): string {
  const rounded = Math.round(credit * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** The share right, rounded to a whole percent; 0 for an empty quiz. */
export function percent(correct: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((correct / total) * 100);
}

/** "7 of 10". */
export function scoreLabel(correct: number, total: number): string {
  return `${formatCredit(correct)} of ${total}`;
}

/** Elapsed time as a clock: "0:07", "3:05", "1:02:03". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Elapsed time in words for screen readers and tables: "45 s", "3 min 5 s", "1 h 2 min". */
export function durationWords(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  return s > 0 ? `${m} min ${s} s` : `${m} min`;
}

export interface FormatRow {
  readonly format: string;
  readonly label: string;
  readonly total: number;
  readonly correct: string;
  readonly percent: number;
}

/** One row per format asked, in the setup's order; formats this Factdeck does not know go last. */
export function formatRows(byFormat: QuizAttempt['byFormat']): FormatRow[] {
  const known = ALL_FORMATS.filter((format) => byFormat[format] !== undefined);
  const unknown = Object.keys(byFormat).filter((format) => !(ALL_FORMATS as string[]).includes(format)).sort();
  return [...known, ...unknown].map((format) => {
    const tally = byFormat[format] ?? { total: 0, correct: 0 };
    return {
      format,
      label: (FORMAT_LABELS as Record<string, string>)[format] ?? format,
      total: tally.total,
      correct: formatCredit(tally.correct),
      percent: percent(tally.correct, tally.total),
    };
  });
}

/** The articles' titles, in the attempt's order; an article no longer in the library by its id. */
export function articleTitles(articleIds: readonly string[], articles: readonly ArticleSummary[]): string {
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  return articleIds.map((id) => titles.get(id) ?? id).join(', ');
}

/** When an attempt finished, short and local: "Dec 5, 2026, 2:41 PM". */
export function formatWhen(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}

export interface HistoryRow {
  readonly id: string;
  readonly when: string;
  readonly articles: string;
  readonly mode: string;
  readonly score: string;
  readonly percent: number;
  readonly time: string;
}

export function historyRows(attempts: readonly QuizAttempt[], articles: readonly ArticleSummary[], timeZone?: string): HistoryRow[] {
  return attempts.map((attempt) => ({
    id: attempt.id,
    when: formatWhen(attempt.finishedAt, timeZone),
    articles: articleTitles(attempt.articleIds, articles),
    mode: attempt.mode === 'exam' ? 'Exam' : 'Practice',
    score: scoreLabel(attempt.correct, attempt.total),
    percent: percent(attempt.correct, attempt.total),
    time: formatDuration(attempt.tookMs),
  }));
}

/** Where the answer is written in its sentence (first match, any case), to mark it; null if it is not. */
export function answerRangeIn(sentence: string, answer: string): { start: number; end: number } | null {
  const needle = answer.trim();
  if (needle === '' || needle === 'true' || needle === 'false') return null;
  const start = sentence.toLowerCase().indexOf(needle.toLowerCase());
  return start < 0 ? null : { start, end: start + needle.length };
}

/** What the learner answered, as text for the results list; null (skipped) says so. */
export function answerDisplay(answer: LearnerAnswer | null): string {
  if (answer === null) return 'Skipped';
  switch (answer.kind) {
    case 'text':
      return answer.text;
    case 'choice':
      return answer.choice;
    case 'truth':
      return answer.value ? 'True' : 'False';
    case 'pairs':
      return answer.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; ');
    case 'self':
      return 'Rated';
  }
}
