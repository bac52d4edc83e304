/**
 * The settings half of the IPC contract: what the learner can choose (scheduling and appearance)
 * and the payload schema of `saveSettings`. The schema checks shapes and kinds; the ranges are
 * checked by the settings service, which answers in words a learner can act on.
 */
import * as v from 'valibot';
import { DEFAULT_SETTINGS } from './domain/scheduling/settings';
import type { StudyMode } from './contract-study';

export type ThemeChoice = 'system' | 'light' | 'dark';
/** `system` follows the operating system's "reduce motion"; `on` always reduces, `off` never does. */
export type ReducedMotionChoice = 'system' | 'on' | 'off';

/** The scheduling settings the learner edits; the rest of the scheduler keeps its defaults. */
export interface SchedulerChoices {
  /** 0.70–0.97: the recall probability the schedule aims for. */
  readonly desiredRetention: number;
  readonly newPerDay: number;
  readonly reviewsPerDay: number;
  /** The question mode a session starts in. */
  readonly pinnedMode: StudyMode;
}

export interface AppearanceChoices {
  readonly theme: ThemeChoice;
  /** Text size in percent of the normal size (90–140). */
  readonly fontScale: number;
  readonly reducedMotion: ReducedMotionChoice;
}

export interface AppSettings {
  readonly scheduler: SchedulerChoices;
  readonly appearance: AppearanceChoices;
}

export const FONT_SCALE_BOUNDS = { min: 90, max: 140 } as const;

export const DEFAULT_APP_SETTINGS: AppSettings = Object.freeze({
  scheduler: Object.freeze({
    desiredRetention: DEFAULT_SETTINGS.desiredRetention,
    newPerDay: DEFAULT_SETTINGS.newPerDay,
    reviewsPerDay: DEFAULT_SETTINGS.reviewsPerDay,
    pinnedMode: DEFAULT_SETTINGS.pinnedMode,
  }),
  appearance: Object.freeze({ theme: 'system', fontScale: 100, reducedMotion: 'system' }),
});

const FiniteNumber = v.pipe(v.number(), v.finite());

export const SchedulerChoicesSchema = v.strictObject({
  desiredRetention: FiniteNumber,
  newPerDay: FiniteNumber,
  reviewsPerDay: FiniteNumber,
  pinnedMode: v.picklist(['mixed', 'flashcards', 'typed'], 'a question mode'),
});

export const AppearanceChoicesSchema = v.strictObject({
  theme: v.picklist(['system', 'light', 'dark'], 'a theme'),
  fontScale: FiniteNumber,
  reducedMotion: v.picklist(['system', 'on', 'off'], 'a motion setting'),
});

export const AppSettingsSchema = v.strictObject({ scheduler: SchedulerChoicesSchema, appearance: AppearanceChoicesSchema });

export const settingsPayloadSchemas = {
  getSettings: v.undefined(),
  saveSettings: v.strictObject({ settings: AppSettingsSchema }),
} as const satisfies Record<string, v.GenericSchema>;
