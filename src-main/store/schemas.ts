/**
 * The shapes of the files in the data folder, one valibot schema each. A file that does not match
 * is moved aside, never overwritten; a file with a higher `schemaVersion` is left alone.
 */
import * as v from 'valibot';
import type { QuizAttempt, ReadingPosition } from '../contract';

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

/** `settings.json` */
export interface SettingsFile {
  readonly schemaVersion: 1;
  readonly window: WindowState | null;
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

export const SettingsFileSchema: v.GenericSchema<unknown, SettingsFile> = v.object({
  schemaVersion: v.literal(1),
  window: v.nullable(WindowStateSchema),
});

export function defaultProgress(): ProgressFile {
  return { schemaVersion: 2, lastOpenedArticleId: null, readingPositions: {}, quizAttempts: [] };
}

export function defaultSettings(): SettingsFile {
  return { schemaVersion: 1, window: null };
}
