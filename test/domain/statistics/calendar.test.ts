import { describe, expect, it } from 'vitest';
import { studyCalendar } from '../../../src-main/domain/statistics';
import { calendarAt, HOUR, MINUTE } from './fixtures';

describe('studyCalendar with fixed offsets (no DST)', () => {
  // [offset minutes, instant (UTC), the study day's local date]
  const table: Array<[number, string, string]> = [
    [0, '2026-03-10T03:59:00Z', '2026-03-09'],
    [0, '2026-03-10T04:00:00Z', '2026-03-10'],
    [0, '2026-03-10T23:59:00Z', '2026-03-10'],
    [120, '2026-03-10T01:59:00Z', '2026-03-09'], // 03:59 at UTC+2
    [120, '2026-03-10T02:00:00Z', '2026-03-10'], // 04:00 at UTC+2
    [-300, '2026-03-10T08:59:00Z', '2026-03-09'], // 03:59 at UTC−5
    [-300, '2026-03-10T09:00:00Z', '2026-03-10'],
    [-300, '2026-03-11T03:00:00Z', '2026-03-10'], // 22:00 local the same evening
    [330, '2026-03-09T22:29:00Z', '2026-03-09'], // 03:59 at UTC+5:30
    [330, '2026-03-09T22:30:00Z', '2026-03-10'],
  ];
  it.each(table)('at UTC%+d minutes, %s is study day %s', (offset, instant, date) => {
    const calendar = calendarAt(offset);
    const day = calendar.dayOf(Date.parse(instant));
    expect(calendar.label(day)).toBe(date);
  });

  it.each([0, 120, -300, 330, 840, -720])('at UTC%+d minutes a day starts at 4 a.m. local and days are 24 h', (offset) => {
    const calendar = calendarAt(offset);
    const day = calendar.dayOf(Date.parse('2026-07-01T12:00:00Z'));
    const start = calendar.startOf(day);
    expect(calendar.dayOf(start)).toBe(day);
    expect(calendar.dayOf(start - 1)).toBe(day - 1);
    expect(calendar.startOf(day + 1) - start).toBe(24 * HOUR);
    expect(new Date(start + offset * MINUTE).getUTCHours()).toBe(4);
  });

  it('names weekdays (2026-03-02 was a Monday)', () => {
    const calendar = calendarAt(0);
    const monday = calendar.dayOf(Date.parse('2026-03-02T12:00:00Z'));
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => calendar.weekday(monday + n))).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });

  it('keeps days consecutive across a change of clocks', () => {
    // Europe/Berlin 2026: UTC+1, then UTC+2 from 2026-03-29T01:00Z.
    const switchAt = Date.parse('2026-03-29T01:00:00Z');
    const calendar = studyCalendar({ dayStartHour: 4, offsetAt: (at) => (at < switchAt ? 60 : 120) });
    const before = calendar.dayOf(Date.parse('2026-03-28T12:00:00Z'));
    expect(calendar.label(before)).toBe('2026-03-28');
    expect(calendar.label(before + 1)).toBe('2026-03-29');
    // 4 a.m. local on the 29th is 02:00Z (summer time), on the 28th 03:00Z (winter time).
    expect(new Date(calendar.startOf(before)).toISOString()).toBe('2026-03-28T03:00:00.000Z');
    expect(new Date(calendar.startOf(before + 1)).toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(calendar.startOf(before + 1) - calendar.startOf(before)).toBe(23 * HOUR);
  });
});
