/**
 * What a study session adds up to, from the answers given in it: shown at its end. Pure, so the
 * numbers are tested without a browser; time is passed in.
 */
import type { ReviewRating, StudyCounts } from '../../../src-main/contract';

/** One answer of this session, as the summary counts it. */
export interface StudiedAnswer {
  readonly reviewId: string;
  readonly rating: ReviewRating;
  readonly correct: boolean;
}

export interface SessionSummary {
  readonly studied: number;
  /** Whole percent of answers that were right; null when nothing was answered. */
  readonly correctPercent: number | null;
  /** Answers rated Again (forgotten or wrong). */
  readonly again: number;
  readonly timeSpent: string;
  readonly dueNext: string;
}

const numbers = new Intl.NumberFormat('en');

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${numbers.format(count)} ${count === 1 ? one : many}`;
}

/** A duration a learner reads: "40 s", "3 min", "1 h 5 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * What is still waiting: "Nothing more due today." or "7 cards still due today (2 learning, 5 new)."
 * `finished`: the services had no card left to ask, so any due ones need another mode.
 */
export function dueNextText(counts: StudyCounts | null, finished = false): string {
  if (counts === null) return 'Nothing more due today.';
  const total = counts.learning + counts.review + counts.new;
  if (total === 0) return 'Nothing more due today.';
  if (finished) return `Nothing more to ask in this mode; ${plural(total, 'card')} still due can be asked in another mode.`;
  const parts = [
    counts.new > 0 ? `${numbers.format(counts.new)} new` : null,
    counts.learning > 0 ? `${numbers.format(counts.learning)} learning` : null,
    counts.review > 0 ? `${numbers.format(counts.review)} to review` : null,
  ].filter((part) => part !== null);
  return `${plural(total, 'card')} still due today (${parts.join(', ')}).`;
}

export function summarize(answers: readonly StudiedAnswer[], spentMs: number, counts: StudyCounts | null, finished = false): SessionSummary {
  const studied = answers.length;
  const correct = answers.filter((answer) => answer.correct).length;
  return {
    studied,
    correctPercent: studied === 0 ? null : Math.round((correct / studied) * 100),
    again: answers.filter((answer) => answer.rating === 1).length,
    timeSpent: formatDuration(spentMs),
    dueNext: dueNextText(counts, finished),
  };
}

/** "Back in 3d" under a graded answer; nothing when the service gave no interval. */
export function backIn(nextDue: string): string {
  return nextDue === '' ? '' : `Back in ${nextDue}`;
}
