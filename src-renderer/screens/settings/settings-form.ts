/**
 * The Settings form's logic: the scheduling fields as the learner types them, checked at once
 * with the same bounds and words as the main process (which checks again on save), and the
 * labels of the backup list.
 */
import type { BackupInfo, SchedulerChoices, StudyMode } from '../../../src-main/contract';

/** The main process's bounds (domain/scheduling/settings.ts, contract-settings.ts); a test keeps them equal. */
export const LIMITS = {
  newPerDay: { min: 0, max: 9999 },
  reviewsPerDay: { min: 0, max: 99999 },
  retentionPercent: { min: 70, max: 97 },
  fontScale: { min: 90, max: 140, step: 10 },
} as const;

export interface SchedulerDraft {
  readonly newPerDay: string;
  readonly reviewsPerDay: string;
  readonly retentionPercent: string;
  readonly pinnedMode: StudyMode;
}

export type DraftField = 'newPerDay' | 'reviewsPerDay' | 'retentionPercent';
export type DraftErrors = Partial<Record<DraftField, string>>;

export type DraftCheck = { readonly ok: true; readonly scheduler: SchedulerChoices } | { readonly ok: false; readonly errors: DraftErrors };

export function draftOf({ newPerDay, reviewsPerDay, desiredRetention, pinnedMode }: SchedulerChoices): SchedulerDraft {
  return { newPerDay: String(newPerDay), reviewsPerDay: String(reviewsPerDay), retentionPercent: String(Math.round(desiredRetention * 1000) / 10), pinnedMode };
}

/** A number as typed: digits with an optional decimal part, nothing else (no "1e3", no "0x10"). */
function readNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^-?\d+(?:[.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
}

function wholeError(text: string, { min, max }: { min: number; max: number }, what: string): string | null {
  const value = readNumber(text);
  if (value === null || !Number.isInteger(value) || value < min || value > max) return `${what} must be a whole number from ${min} to ${max}.`;
  return null;
}

function retentionError(text: string): string | null {
  const { min, max } = LIMITS.retentionPercent;
  const value = readNumber(text);
  if (value === null || value < min || value > max) return `Desired retention must be between ${min} % and ${max} %.`;
  if (Math.round(value * 10) !== value * 10) return 'Desired retention can have at most one decimal place.';
  return null;
}

export function checkDraft(draft: SchedulerDraft): DraftCheck {
  const errors: DraftErrors = {};
  const newError = wholeError(draft.newPerDay, LIMITS.newPerDay, 'New facts per day');
  const reviewError = wholeError(draft.reviewsPerDay, LIMITS.reviewsPerDay, 'Reviews per day');
  const retention = retentionError(draft.retentionPercent);
  if (newError !== null) errors.newPerDay = newError;
  if (reviewError !== null) errors.reviewsPerDay = reviewError;
  if (retention !== null) errors.retentionPercent = retention;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    scheduler: {
      newPerDay: readNumber(draft.newPerDay) as number,
      reviewsPerDay: readNumber(draft.reviewsPerDay) as number,
      // Tenths of a percent, so 87.5 is 0.875 and not 0.8750000000000001.
      desiredRetention: Math.round((readNumber(draft.retentionPercent) as number) * 10) / 1000,
      pinnedMode: draft.pinnedMode,
    },
  };
}

export function sameScheduler(a: SchedulerChoices, b: SchedulerChoices): boolean {
  return a.newPerDay === b.newPerDay && a.reviewsPerDay === b.reviewsPerDay && a.desiredRetention === b.desiredRetention && a.pinnedMode === b.pinnedMode;
}

/** What a retention means in practice, under the field. */
export function retentionHint(percent: string): string {
  const value = readNumber(percent);
  if (value === null) return '';
  if (value >= 93) return 'You will remember more, but reviews come much more often.';
  if (value <= 80) return 'Fewer reviews, but you will forget more between them.';
  return 'A balance of workload and memory; 90 % suits most learners.';
}

export const TEXT_SIZES: readonly number[] = Array.from(
  { length: (LIMITS.fontScale.max - LIMITS.fontScale.min) / LIMITS.fontScale.step + 1 },
  (_, index) => LIMITS.fontScale.min + index * LIMITS.fontScale.step,
);

/** "Jan 31, 2026, 9:30:05 AM" in the learner's language and time zone; seconds tell apart the safety backup a restore takes. */
export function backupTime(takenAt: number, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', ...(timeZone === undefined ? {} : { timeZone }) }).format(takenAt);
}

export function backupSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function restoredMessage(restored: BackupInfo, safety: BackupInfo, locale?: string, timeZone?: string): string {
  return `Restored the backup from ${backupTime(restored.takenAt, locale, timeZone)}. Your data from just before is kept as the backup from ${backupTime(safety.takenAt, locale, timeZone)}, so you can go back to it.`;
}
