/** The Progress dashboard's statistics: pure functions of the review log, the memories and the quiz history. */
export { DAY_MS, fixedOffset, studyCalendar, type CalendarOptions, type StudyCalendar } from './calendar';
export {
  classOf,
  emptyTotals,
  LogDigest,
  MATURE_DAYS,
  MAX_COUNTED_ANSWER_MS,
  type AnswerClass,
  type AnswerEvent,
  type CountsForDue,
  type DayTotals,
  type DigestOptions,
  type StatisticsEvent,
  type SuspensionLogEvent,
  type UndoLogEvent,
} from './log-digest';
export { forecast, FORECAST_DAYS, isMastered, isStudied, mastery, MASTERY_RULE, MASTERY_STABILITY_DAYS, type DashboardFact } from './memories';
export { RETENTION_RULE, retentionTable } from './retention';
export { countingDays, STREAK_RULE, streakStats, type CountingDays } from './streak';
export { activity, ACTIVITY_DAYS, computeDashboard, quizTrend, todayStats, type DashboardInput, type QuizAttemptLike } from './dashboard';
export type * from './model';
