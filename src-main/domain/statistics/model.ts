/**
 * The Progress dashboard's numbers, as plain JSON: this is what crosses the IPC bridge
 * (`getDashboard`). Every number is computed in this folder from the review log, the current
 * memories and the quiz history; the renderer only lays them out.
 */
export type FactKindName = 'number' | 'quote' | 'person' | 'list' | 'event' | 'cause' | 'term';

export interface TodayStats {
  /** The study day's local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Facts in review whose due time falls before the study day ends (overdue ones included). */
  readonly dueReviews: number;
  /** Facts being learned or relearned that fall due before the study day ends. */
  readonly dueLearning: number;
  /** Facts answered for the first time today. */
  readonly newLearned: number;
  /** Facts never answered yet (not suspended): what "new" can still draw from. */
  readonly unstudied: number;
  /** Answers today (study and quiz), undone ones excluded. */
  readonly done: number;
  /** Of those, rated Hard, Good or Easy. */
  readonly passed: number;
  /** Time answering today, whole minutes (each answer counts at most a minute). */
  readonly minutes: number;
}

export interface StreakStats {
  /** Days in a row that count, ending today (if today counts yet) or yesterday. */
  readonly current: number;
  readonly longest: number;
  /** Today already counts (an answer given, and no review waiting at the latest one). */
  readonly todayCounts: boolean;
  /** Reviews due right now. */
  readonly dueNow: number;
  /** The rule, in words, as the dashboard shows it. */
  readonly rule: string;
}

/** One study day of activity. */
export interface DayActivity {
  readonly date: string;
  /** Answers of facts seen for the first time. */
  readonly new: number;
  /** Learning and relearning steps. */
  readonly learning: number;
  readonly young: number;
  readonly mature: number;
  /** Every answer that day (the four above add up to it). */
  readonly total: number;
  /** Of `total`, answers given in a quiz. */
  readonly quiz: number;
  readonly minutes: number;
  /** The day counts toward the streak. */
  readonly counts: boolean;
}

export type RetentionPeriod = 'today' | 'yesterday' | 'week' | 'month' | 'year';

export interface RetentionCell {
  readonly passed: number;
  readonly total: number;
  /** passed / total, or null with nothing to measure. */
  readonly rate: number | null;
}

export interface RetentionRow {
  readonly period: RetentionPeriod;
  readonly label: string;
  readonly young: RetentionCell;
  readonly mature: RetentionCell;
  readonly all: RetentionCell;
}

export interface RetentionTable {
  /** The recall rate the scheduler aims for, 0–1. */
  readonly desired: number;
  readonly rows: readonly RetentionRow[];
  readonly rule: string;
}

export interface ForecastDay {
  readonly date: string;
  /** Days from today (0 = today, overdue facts included). */
  readonly inDays: number;
  readonly reviews: number;
  readonly learning: number;
}

export interface MasteryRow {
  /** An article id or a fact kind. */
  readonly key: string;
  readonly label: string;
  readonly facts: number;
  /** Answered at least once. */
  readonly studied: number;
  readonly mastered: number;
}

export interface MasteryStats {
  readonly byArticle: readonly MasteryRow[];
  readonly byKind: readonly MasteryRow[];
  readonly rule: string;
}

export interface QuizPoint {
  readonly id: string;
  readonly date: string;
  readonly finishedAt: number;
  readonly mode: 'practice' | 'exam';
  readonly total: number;
  readonly correct: number;
  /** correct / total, 0–1. */
  readonly score: number;
}

export interface Dashboard {
  /** When the numbers were computed, epoch ms. */
  readonly computedAt: number;
  readonly today: TodayStats;
  readonly streak: StreakStats;
  /** The last 365 study days, oldest first, ending today. */
  readonly days: readonly DayActivity[];
  readonly retention: RetentionTable;
  /** The next 30 days, today first. */
  readonly forecast: readonly ForecastDay[];
  readonly mastery: MasteryStats;
  /** Finished quizzes, oldest first. */
  readonly quizTrend: readonly QuizPoint[];
  /** Answers in the whole log, undone ones excluded. */
  readonly totalAnswers: number;
}
