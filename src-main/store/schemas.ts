/**
 * The shapes of the files in the data folder, one valibot schema each. A file that does not match
 * is moved aside, never overwritten; a file with a higher `schemaVersion` is left alone.
 */
import * as v from 'valibot';
import type { AppearanceChoices, QuizAttempt, ReadingPosition, SchedulerChoices } from '../contract';
import { AppearanceChoicesSchema, DEFAULT_APP_SETTINGS, SchedulerChoicesSchema } from '../contract-settings';

export interface WindowState {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** `progress.json` */
export interface ProgressFile {
  readonly schemaVersion: 2;
  readonly lastOpenedArticleId: string | null;
  readonly readingPositions: Readonly<Record<string, ReadingPosition>>;
  /** Finished quizzes, oldest first, at most `MAX_QUIZ_ATTEMPTS` (version 2 on). */
  readonly quizAttempts: readonly QuizAttempt[];
}

/** Enough for years of daily quizzes while keeping progress.json small. */
export const MAX_QUIZ_ATTEMPTS = 1000;

/** A desired retention that was in force until `until` (epoch ms, exclusive). */
export interface RetentionPeriod {
  readonly until: number;
  readonly desiredRetention: number;
}

/** Enough for a change a day for years; past it the oldest periods are merged away. */
export const MAX_RETENTION_PERIODS = 2000;

/** `settings.json` */
export interface SettingsFile {
  readonly schemaVersion: 2;
  readonly window: WindowState | null;
  /** Version 2 on: what the learner chose in Settings. */
  readonly scheduler: SchedulerChoices;
  readonly appearance: AppearanceChoices;
  /**
   * The desired retentions used before the current one, oldest first, so replaying the review
   * log (a rebuild) schedules each answer with the retention of its time: a change of retention
   * changes future intervals only.
   */
  readonly retentionHistory: readonly RetentionPeriod[];
}

const finite = v.pipe(v.number(), v.finite());
const positive = v.pipe(v.number(), v.finite(), v.gtValue(0));

const ReadingPositionSchema = v.object({
  paragraphIndex: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  savedAt: finite,
});

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const FormatTallySchema = v.object({ total: count, correct: v.pipe(v.number(), v.finite(), v.minValue(0)) });

const QuizAttemptSchema = v.object({
  id: v.string(),
  startedAt: count,
  finishedAt: count,
  articleIds: v.array(v.string()),
  mode: v.picklist(['practice', 'exam']),
  total: count,
  correct: v.pipe(v.number(), v.finite(), v.minValue(0)),
  tookMs: count,
  byFormat: v.record(v.string(), FormatTallySchema),
  mistakes: v.array(v.string()),
});

export const ProgressFileSchema: v.GenericSchema<unknown, ProgressFile> = v.object({
  schemaVersion: v.literal(2),
  lastOpenedArticleId: v.nullable(v.string()),
  readingPositions: v.record(v.string(), ReadingPositionSchema),
  quizAttempts: v.pipe(v.array(QuizAttemptSchema), v.maxLength(MAX_QUIZ_ATTEMPTS)),
});

export const WindowStateSchema: v.GenericSchema<unknown, WindowState> = v.object({
  x: finite,
  y: finite,
  width: positive,
  height: positive,
  maximized: v.boolean(),
});

const RetentionPeriodSchema = v.object({ until: count, desiredRetention: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1)) });

/**
 * Kinds only: a number out of range in the file (edited by hand) is not worth setting the whole
 * file aside for; `readSettings` in the settings service falls back to the default for it.
 */
export const SettingsFileSchema: v.GenericSchema<unknown, SettingsFile> = v.object({
  schemaVersion: v.literal(2),
  window: v.nullable(WindowStateSchema),
  scheduler: v.object(SchedulerChoicesSchema.entries),
  appearance: v.object(AppearanceChoicesSchema.entries),
  retentionHistory: v.pipe(v.array(RetentionPeriodSchema), v.maxLength(MAX_RETENTION_PERIODS)),
});

export function defaultProgress(): ProgressFile {
  return { schemaVersion: 2, lastOpenedArticleId: null, readingPositions: {}, quizAttempts: [] };
}

export function defaultSettings(): SettingsFile {
  return { schemaVersion: 2, window: null, scheduler: DEFAULT_APP_SETTINGS.scheduler, appearance: DEFAULT_APP_SETTINGS.appearance, retentionHistory: [] };
}
