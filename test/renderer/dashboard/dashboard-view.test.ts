import { describe, expect, it } from 'vitest';
import type { DayActivity, ForecastDay, QuizPoint } from '../../../src-main/contract';
import { activitySummary, cellText, forecastSummary, heatmapGrid, lastDays, percent, quizSummary } from '../../../src-renderer/screens/dashboard/dashboard-view';

function day(date: string, total: number, counts = total > 0): DayActivity {
  return { date, new: 0, learning: 0, young: total, mature: 0, total, quiz: 0, minutes: total / 2, counts };
}

describe('dashboard-view', () => {
  it.each([
    [null, '—'],
    [0, '0 %'],
    [0.8449, '84 %'],
    [1, '100 %'],
  ])('percent(%s) is %s', (rate, text) => {
    expect(percent(rate)).toBe(text);
  });

  it('writes a retention cell with its counts, or a dash', () => {
    expect(cellText({ passed: 0, total: 0, rate: null })).toBe('—');
    expect(cellText({ passed: 1234, total: 1500, rate: 1234 / 1500 })).toBe('82 % (1,234/1,500)');
  });

  it('summarizes activity and picks the last N days', () => {
    const days = [day('2026-03-01', 0), day('2026-03-02', 10), day('2026-03-03', 30), day('2026-03-04', 0)];
    expect(lastDays(days, 30)).toHaveLength(4);
    expect(activitySummary(days)).toBe('40 answers in the last 4 days, on 2 of them; 20 minutes in all. Busiest day: Mar 3 with 30 answers.');
    expect(activitySummary([day('2026-03-01', 0)])).toBe('No answers in the last 1 day.');
  });

  it('lays days out in week columns, Sunday on top, with levels by the busiest day', () => {
    // 2026-03-03 was a Tuesday.
    const grid = heatmapGrid([day('2026-03-03', 0), day('2026-03-04', 4), day('2026-03-05', 1), day('2026-03-08', 2)]);
    expect(grid.cells.map((c) => [c.date, c.week, c.weekday, c.level])).toEqual([
      ['2026-03-03', 0, 2, 0],
      ['2026-03-04', 0, 3, 4],
      ['2026-03-05', 0, 4, 1],
      ['2026-03-08', 0, 5, 2], // the fourth entry: positions follow the list, which has every day in practice
    ]);
    expect(grid.weeks).toBe(1);
    expect(grid.max).toBe(4);
  });

  it('labels the column where a month begins', () => {
    const days = ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'].map((date) => day(date, 1));
    const grid = heatmapGrid(days);
    expect(grid.months).toEqual([{ week: 1, label: 'Mar' }]); // Feb 27 is a Friday: Mar 1 (Sunday) starts week 1
  });

  it('summarizes the forecast and the quizzes', () => {
    const forecast: ForecastDay[] = [
      { date: '2026-03-15', inDays: 0, reviews: 2, learning: 1 },
      { date: '2026-03-16', inDays: 1, reviews: 5, learning: 0 },
    ];
    expect(forecastSummary(forecast)).toBe('8 facts fall due in the next 2 days, 8 of them in the next 7. Busiest: Mar 16 with 5.');
    expect(forecastSummary([{ date: '2026-03-15', inDays: 0, reviews: 0, learning: 0 }])).toBe('Nothing falls due in the next 1 day.');
    const points: QuizPoint[] = [
      { id: 'a', date: '2026-03-01', finishedAt: 0, mode: 'practice', total: 10, correct: 5, score: 0.5 },
      { id: 'b', date: '2026-03-09', finishedAt: 1, mode: 'exam', total: 10, correct: 9, score: 0.9 },
    ];
    expect(quizSummary(points)).toBe('2 quizzes; the latest scored 90 % on Mar 9, the average is 70 %.');
    expect(quizSummary([])).toBe('No quizzes yet.');
  });
});
