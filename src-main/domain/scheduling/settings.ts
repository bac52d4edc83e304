/**
 * The learner's scheduling settings, with defaults and a validator for anything read from disk
 * or sent by the renderer (absent fields take their default; wrong ones are refused in words).
 */
import type { StepUnit } from 'ts-fsrs';

/** Which question formats the learner allows: all, no typing, or typing only. */
export type PinnedMode = 'mixed' | 'flashcards' | 'typed';

export interface SchedulerSettings {
  /** The recall probability FSRS aims for at the due date (0.70–0.97). */
  readonly desiredRetention: number;
  readonly newPerDay: number;
  readonly reviewsPerDay: number;
  /** ts-fsrs steps such as '1m', '10m', '1d'; empty lets FSRS time the first days itself. */
  readonly learningSteps: readonly StepUnit[];
  readonly relearningSteps: readonly StepUnit[];
  /** Spread intervals a little so facts learned together do not fall due together. */
  readonly fuzz: boolean;
  /** Lapses after which a fact is flagged a leech and suspended; 0 turns the check off. */
  readonly leechLapses: number;
  readonly pinnedMode: PinnedMode;
}

export const DEFAULT_SETTINGS: SchedulerSettings = Object.freeze({
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  learningSteps: Object.freeze(['1m', '10m'] as StepUnit[]),
  relearningSteps: Object.freeze(['10m'] as StepUnit[]),
  fuzz: true,
  leechLapses: 8,
  pinnedMode: 'mixed',
});

export const RETENTION_BOUNDS = { min: 0.7, max: 0.97 } as const;
const MAX_STEPS = 10;
const PINNED_MODES: readonly PinnedMode[] = ['mixed', 'flashcards', 'typed'];

export type SettingsResult = { readonly ok: true; readonly settings: SchedulerSettings } | { readonly ok: false; readonly message: string };

export function validateSettings(input: unknown): SettingsResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: 'The scheduling settings could not be read.' };
  }
  const given = input as Record<string, unknown>;
  const field = (key: keyof SchedulerSettings): unknown => (given[key] === undefined ? DEFAULT_SETTINGS[key] : given[key]);
  const refuse = (message: string): SettingsResult => ({ ok: false, message });

  const desiredRetention = field('desiredRetention');
  if (!isNumberWithin(desiredRetention, RETENTION_BOUNDS.min, RETENTION_BOUNDS.max)) {
    return refuse('Desired retention must be between 70 % and 97 %.');
  }
  const newPerDay = field('newPerDay');
  if (!isWholeWithin(newPerDay, 0, 9999)) return refuse('New facts per day must be a whole number from 0 to 9999.');
  const reviewsPerDay = field('reviewsPerDay');
  if (!isWholeWithin(reviewsPerDay, 0, 99999)) return refuse('Reviews per day must be a whole number from 0 to 99999.');
  const learningSteps = field('learningSteps');
  if (!isStepList(learningSteps)) return refuse(`Learning steps must be up to ${MAX_STEPS} times such as 1m, 10m, 2h or 1d.`);
  const relearningSteps = field('relearningSteps');
  if (!isStepList(relearningSteps)) return refuse(`Relearning steps must be up to ${MAX_STEPS} times such as 1m, 10m, 2h or 1d.`);
  const fuzz = field('fuzz');
  if (typeof fuzz !== 'boolean') return refuse('Interval fuzz must be on or off.');
  const leechLapses = field('leechLapses');
  if (!isWholeWithin(leechLapses, 0, 99)) return refuse('The leech threshold must be a whole number of lapses from 1 to 99 (0 turns it off).');
  const pinnedMode = field('pinnedMode');
  if (!PINNED_MODES.includes(pinnedMode as PinnedMode)) return refuse('The question mode must be mixed, flashcards or typed.');

  return {
    ok: true,
    settings: {
      desiredRetention: desiredRetention as number,
      newPerDay: newPerDay as number,
      reviewsPerDay: reviewsPerDay as number,
      learningSteps: [...(learningSteps as StepUnit[])],
      relearningSteps: [...(relearningSteps as StepUnit[])],
      fuzz,
      leechLapses: leechLapses as number,
      pinnedMode: pinnedMode as PinnedMode,
    },
  };
}

function isNumberWithin(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function isWholeWithin(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** Whole minutes, hours or days only: ts-fsrs reads a step with parseInt, so '1.5h' would become 1 h. */
function isStepList(value: unknown): value is StepUnit[] {
  return Array.isArray(value) && value.length <= MAX_STEPS && value.every((step) => typeof step === 'string' && /^[1-9]\d{0,3}[mhd]$/.test(step));
}

/** A desired retention that was in force until `until` (epoch ms, exclusive). */
export interface RetentionPeriodLike {
  readonly until: number;
  readonly desiredRetention: number;
}

/**
 * The desired retention in force at `at`: the first past period that had not ended yet, else the
 * current one. `history` is oldest first (each period ends where the next begins).
 */
export function retentionAt(history: readonly RetentionPeriodLike[], current: number, at: number): number {
  for (const period of history) if (at < period.until) return period.desiredRetention;
  return current;
}

/**
 * `base` with the desired retention in force at each time (`history` and `current` are read at
 * each call, so a change applies to the next answer). One object per retention: FSRS instances
 * are cached per settings object, and a rebuild replays hundreds of thousands of answers.
 */
export function settingsOverTime(
  base: SchedulerSettings,
  history: () => readonly RetentionPeriodLike[],
  current: () => number,
): (at: number) => SchedulerSettings {
  const byRetention = new Map<number, SchedulerSettings>([[base.desiredRetention, base]]);
  return (at) => {
    const retention = retentionAt(history(), current(), at);
    let settings = byRetention.get(retention);
    if (settings === undefined) {
      const checked = validateSettings({ ...base, desiredRetention: retention });
      // A retention out of range (a file edited by hand) schedules with the base one.
      settings = checked.ok ? Object.freeze(checked.settings) : base;
      byRetention.set(retention, settings);
    }
    return settings;
  };
}
