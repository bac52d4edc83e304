import { describe, expect, it } from 'vitest';
import { thinBackups, type BackupStamp } from '../../../src-main/store';
import { isoWeekOf } from '../../../src-main/store/backups/thin';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 5, 30, 18); // Tuesday 30 June 2026, 18:00 UTC

const stamp = (takenAt: number): BackupStamp => ({ id: new Date(takenAt).toISOString(), takenAt });
const iso = (backups: readonly BackupStamp[]) => backups.map((backup) => backup.id);

describe('isoWeekOf', () => {
  it.each([
    [Date.UTC(2026, 0, 1), '2026-W01'], // Thursday
    [Date.UTC(2025, 11, 29), '2026-W01'], // Monday of that week
    [Date.UTC(2021, 0, 3), '2020-W53'], // Sunday after a 53-week year
    [Date.UTC(2026, 5, 28, 23), '2026-W26'], // Sunday night
    [Date.UTC(2026, 5, 29), '2026-W27'], // Monday
  ])('%s is in %s', (at, week) => {
    expect(isoWeekOf(at)).toBe(week);
  });
});

describe('thinBackups', () => {
  it('keeps everything while there are few', () => {
    const list = [stamp(NOW - HOUR), stamp(NOW - 2 * HOUR)];
    expect(thinBackups(list, NOW)).toEqual({ keep: list, remove: [] });
    expect(thinBackups([], NOW)).toEqual({ keep: [], remove: [] });
  });

  it('bounds a year of half-hourly backups to the newest 4 + 12 daily + 10 weekly + 9 monthly', () => {
    const list = Array.from({ length: 365 * 48 }, (_, n) => stamp(NOW - n * 30 * 60_000));
    const { keep, remove } = thinBackups(list, NOW);
    expect(keep.length + remove.length).toBe(list.length);
    expect(keep.length).toBeLessThanOrEqual(35);
    // the newest four, as they are
    expect(iso(keep.slice(0, 4))).toEqual(iso(list.slice(0, 4)));
    // one per day for the last 12 days: each day's newest (today's is already among the newest)
    const days = new Set(keep.filter((b) => b.takenAt > NOW - 12 * DAY).map((b) => new Date(b.takenAt).toISOString().slice(0, 10)));
    expect(days.size).toBe(12);
    expect(iso(keep)).toContain('2026-06-29T23:30:00.000Z');
    expect(iso(keep)).toContain('2026-06-19T23:30:00.000Z');
    // weekly: each ISO week's newest (Sunday 23:30), ten weeks counting this one
    expect(iso(keep)).toContain('2026-05-03T23:30:00.000Z');
    expect(iso(keep)).not.toContain('2026-04-26T23:30:00.000Z');
    // monthly: each month's last backup, nine months
    expect(iso(keep)).toContain('2025-10-31T23:30:00.000Z');
    expect(iso(keep)).not.toContain('2025-09-30T23:30:00.000Z');
    expect(Math.min(...keep.map((b) => b.takenAt))).toBe(Date.UTC(2025, 9, 31, 23, 30));
  });

  it('is stable: thinning what it kept keeps all of it', () => {
    const list = Array.from({ length: 2000 }, (_, n) => stamp(NOW - n * 3 * HOUR));
    const { keep } = thinBackups(list, NOW);
    expect(thinBackups(keep, NOW).keep).toEqual(keep);
  });

  it('keeps backups dated after now (the clock was turned back) and judges the rest without them', () => {
    const future = [stamp(NOW + 5 * DAY), stamp(NOW + 6 * DAY)];
    const past = Array.from({ length: 200 }, (_, n) => stamp(NOW - n * DAY));
    const { keep } = thinBackups([...past, ...future], NOW);
    expect(iso(keep.slice(0, 2))).toEqual(iso([future[1] as BackupStamp, future[0] as BackupStamp]));
    expect(iso(keep.slice(2, 6))).toEqual(iso(past.slice(0, 4)));
  });
});
