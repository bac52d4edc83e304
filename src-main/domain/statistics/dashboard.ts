/** Every number of the Progress dashboard, from the digested log, the memories and the quiz history. */
import { MemoryState } from '../scheduling';
import type { StudyCalendar } from './calendar';
import type { LogDigest } from './log-digest';
import { forecast, isStudied, mastery, type DashboardFact } from './memories';
import type { Dashboard, DayActivity, QuizPoint, TodayStats } from './model';
import { retentionTable } from './retention';
import { countingDays, streakStats, type CountingDays } from './streak';

/** How many study days the activity series (heatmap, reviews per day) covers. */
export const ACTIVITY_DAYS = 365;

export interface QuizAttemptLike {
  readonly id: string;
  readonly finishedAt: number;
  readonly mode: 'practice' | 'exam';
  readonly total: number;
  readonly correct: number;
}

export interface DashboardInput {
  readonly now: number;
  readonly calendar: StudyCalendar;
  /** The whole log, folded (see log-digest.ts). */
  readonly digest: LogDigest;
  /** Every askable fact of every article, with its current memory; only their reviews can keep a day from counting. */
  readonly facts: readonly DashboardFact[];
  /** Articles in the order the Library lists them. */
  readonly articles: readonly { readonly id: string; readonly title: string }[];
  readonly quizAttempts: readonly QuizAttemptLike[];
  readonly desiredRetention: number;
}

export function computeDashboard(input: DashboardInput): Dashboard {
  const { now, calendar, digest } = input;
  const today = calendar.dayOf(now);
  const inDecks = new Set(input.facts.map((fact) => fact.id));
  const counting = countingDays(digest, calendar, now, (factId) => inDecks.has(factId));
  return {
    computedAt: now,
    today: todayStats(input),
    streak: streakStats(counting),
    days: activity(digest, calendar, today, counting),
    retention: retentionTable(digest, today, input.desiredRetention),
    forecast: forecast(input.facts, calendar, now),
    mastery: mastery(input.facts, input.articles),
    quizTrend: quizTrend(input.quizAttempts, calendar),
    totalAnswers: digest.answerCount,
  };
}

export function todayStats({ now, calendar, digest, facts }: DashboardInput): TodayStats {
  const today = calendar.dayOf(now);
  const dayEnd = calendar.startOf(today + 1);
  let dueReviews = 0;
  let dueLearning = 0;
  let unstudied = 0;
  for (const { memory } of facts) {
    if (memory?.suspended === true) continue;
    if (!isStudied(memory)) unstudied++;
    else if (memory.card.due < dayEnd) {
      if (memory.card.state === MemoryState.Review) dueReviews++;
      else dueLearning++;
    }
  }
  const totals = digest.totalsOf(today);
  return {
    date: calendar.label(today),
    dueReviews,
    dueLearning,
    newLearned: totals?.new ?? 0,
    unstudied,
    done: totals?.answers ?? 0,
    passed: totals?.passed ?? 0,
    minutes: Math.round((totals?.ms ?? 0) / 60_000),
  };
}

/** The last ACTIVITY_DAYS study days, oldest first. */
export function activity(digest: LogDigest, calendar: StudyCalendar, today: number, counting: CountingDays): DayActivity[] {
  const days: DayActivity[] = [];
  for (let day = today - ACTIVITY_DAYS + 1; day <= today; day++) {
    const totals = digest.totalsOf(day);
    days.push({
      date: calendar.label(day),
      new: totals?.new ?? 0,
      learning: totals?.learning ?? 0,
      young: totals?.young ?? 0,
      mature: totals?.mature ?? 0,
      total: totals?.answers ?? 0,
      quiz: totals?.quiz ?? 0,
      minutes: Math.round((totals?.ms ?? 0) / 6_000) / 10,
      counts: counting.flags[day - counting.firstDay] === true,
    });
  }
  return days;
}

/** Finished quizzes, oldest first, with their score. */
export function quizTrend(attempts: readonly QuizAttemptLike[], calendar: StudyCalendar): QuizPoint[] {
  return [...attempts]
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .map(({ id, finishedAt, mode, total, correct }) => ({
      id,
      date: calendar.label(calendar.dayOf(finishedAt)),
      finishedAt,
      mode,
      total,
      correct,
      score: total > 0 ? correct / total : 0,
    }));
}
