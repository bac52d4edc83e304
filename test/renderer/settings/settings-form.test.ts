import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_SETTINGS, FONT_SCALE_BOUNDS } from '../../../src-main/contract-settings';
import { RETENTION_BOUNDS, validateSettings } from '../../../src-main/domain/scheduling';
import { backupSize, backupTime, checkDraft, draftOf, LIMITS, restoredMessage, retentionHint, sameScheduler, TEXT_SIZES } from '../../../src-renderer/screens/settings/settings-form';

const draft = draftOf(DEFAULT_APP_SETTINGS.scheduler);

describe('the scheduling fields', () => {
  it('show the saved values as text, retention in percent', () => {
    expect(draft).toEqual({ newPerDay: '20', reviewsPerDay: '200', retentionPercent: '90', pinnedMode: 'mixed' });
    expect(draftOf({ ...DEFAULT_APP_SETTINGS.scheduler, desiredRetention: 0.875 }).retentionPercent).toBe('87.5');
  });

  it('turn valid text back into the same settings', () => {
    expect(checkDraft(draft)).toEqual({ ok: true, scheduler: DEFAULT_APP_SETTINGS.scheduler });
    expect(checkDraft({ ...draft, retentionPercent: '87.5', newPerDay: ' 5 ' })).toEqual({ ok: true, scheduler: { ...DEFAULT_APP_SETTINGS.scheduler, desiredRetention: 0.875, newPerDay: 5 } });
    expect(checkDraft({ ...draft, retentionPercent: '87,5' })).toMatchObject({ ok: true, scheduler: { desiredRetention: 0.875 } });
  });

  it.each([
    [{ newPerDay: '' }, 'newPerDay', 'New facts per day must be a whole number from 0 to 9999.'],
    [{ newPerDay: '2.5' }, 'newPerDay', 'New facts per day must be a whole number from 0 to 9999.'],
    [{ newPerDay: '1e3' }, 'newPerDay', 'New facts per day must be a whole number from 0 to 9999.'],
    [{ newPerDay: '10000' }, 'newPerDay', 'New facts per day must be a whole number from 0 to 9999.'],
    [{ reviewsPerDay: '-1' }, 'reviewsPerDay', 'Reviews per day must be a whole number from 0 to 99999.'],
    [{ retentionPercent: '69.9' }, 'retentionPercent', 'Desired retention must be between 70 % and 97 %.'],
    [{ retentionPercent: '0.9' }, 'retentionPercent', 'Desired retention must be between 70 % and 97 %.'],
    [{ retentionPercent: 'ninety' }, 'retentionPercent', 'Desired retention must be between 70 % and 97 %.'],
    [{ retentionPercent: '88.25' }, 'retentionPercent', 'Desired retention can have at most one decimal place.'],
  ])('refuse %j with a message on that field', (change, field, message) => {
    expect(checkDraft({ ...draft, ...change })).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('report every field in error at once', () => {
    const result = checkDraft({ ...draft, newPerDay: 'x', reviewsPerDay: 'y', retentionPercent: 'z' });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['newPerDay', 'retentionPercent', 'reviewsPerDay']);
  });

  it('use the bounds and words of the main process', () => {
    expect(LIMITS.retentionPercent).toEqual({ min: RETENTION_BOUNDS.min * 100, max: RETENTION_BOUNDS.max * 100 });
    expect(LIMITS.fontScale).toMatchObject(FONT_SCALE_BOUNDS);
    for (const [field, value] of [['newPerDay', LIMITS.newPerDay.max], ['reviewsPerDay', LIMITS.reviewsPerDay.max]] as const) {
      expect(validateSettings({ [field]: value }).ok).toBe(true);
      expect(validateSettings({ [field]: value + 1 })).toEqual({ ok: false, message: (checkDraft({ ...draft, [field]: String(value + 1) }) as { errors: Record<string, string> }).errors[field] });
    }
    expect(validateSettings({ desiredRetention: 0.5 })).toEqual({ ok: false, message: (checkDraft({ ...draft, retentionPercent: '50' }) as { errors: Record<string, string> }).errors.retentionPercent });
  });

  it('compare settings by value', () => {
    expect(sameScheduler(DEFAULT_APP_SETTINGS.scheduler, { ...DEFAULT_APP_SETTINGS.scheduler })).toBe(true);
    expect(sameScheduler(DEFAULT_APP_SETTINGS.scheduler, { ...DEFAULT_APP_SETTINGS.scheduler, pinnedMode: 'typed' })).toBe(false);
  });

  it('explain what a retention means', () => {
    expect(retentionHint('95')).toMatch(/more often/);
    expect(retentionHint('75')).toMatch(/forget more/);
    expect(retentionHint('90')).toMatch(/90 % suits most/);
    expect(retentionHint('')).toBe('');
  });
});

describe('text sizes and backups', () => {
  it('offers 90 % to 140 % in steps of 10, 100 % among them', () => {
    expect(TEXT_SIZES).toEqual([90, 100, 110, 120, 130, 140]);
  });

  it('labels a backup by its time (with seconds) and size', () => {
    const at = Date.UTC(2026, 0, 31, 9, 30, 5);
    expect(backupTime(at, 'en-US', 'UTC')).toBe('Jan 31, 2026, 9:30:05 AM');
    expect(backupSize(493)).toBe('493 bytes');
    expect(backupSize(2048)).toBe('2.0 KB');
    expect(backupSize(200 * 1024)).toBe('200 KB');
    expect(backupSize(3.5 * 1024 * 1024)).toBe('3.5 MB');
    const info = (takenAt: number) => ({ id: 'x', takenAt, sizeBytes: 1 });
    expect(restoredMessage(info(at), info(at + 60_000), 'en-US', 'UTC')).toBe(
      'Restored the backup from Jan 31, 2026, 9:30:05 AM. Your data from just before is kept as the backup from Jan 31, 2026, 9:31:05 AM, so you can go back to it.',
    );
  });
});
