/**
 * The shapes of the files in the data folder, one valibot schema each. A file that does not match
 * is moved aside, never overwritten; a file with a higher `schemaVersion` is left alone.
 */
import * as v from 'valibot';
import type { ReadingPosition } from '../contract';

export interface WindowState {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** `progress.json` */
export interface ProgressFile {
  readonly schemaVersion: 1;
  readonly lastOpenedArticleId: string | null;
  readonly readingPositions: Readonly<Record<string, ReadingPosition>>;
}

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

export const ProgressFileSchema: v.GenericSchema<unknown, ProgressFile> = v.object({
  schemaVersion: v.literal(1),
  lastOpenedArticleId: v.nullable(v.string()),
  readingPositions: v.record(v.string(), ReadingPositionSchema),
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
  return { schemaVersion: 1, lastOpenedArticleId: null, readingPositions: {} };
}

export function defaultSettings(): SettingsFile {
  return { schemaVersion: 1, window: null };
}
