import { describe, expect, it } from 'vitest';
import { ACTIVITY_DAYS, computeDashboard, quizTrend, type DashboardFact } from '../../../src-main/domain/statistics';
import { calendarAt, DAY0, HOUR, LogScript } from './fixtures';

const calendar = calendarAt(0);

describe('computeDashboard', () => {
  it('shows zeros for an empty log and no facts studied', () => {
    const now = calendar.startOf(DAY0) + 8 * HOUR;
    const facts: DashboardFact[] = [{ id: 'f', articleId: 'a', kind: 'term', memory: undefined }];
    const dashboard = computeDashboard({ now, calendar, digest: new LogScript(calendar).digest(), facts, articles: [{ id: 'a', title: 'A' }], quizAttempts: [], desiredRetention: 0.9 });
    expect(dashboard.today).toEqual({ date: '2026-03-02', dueReviews: 0, dueLearning: 0, newLearned: 0, unstudied: 1, done: 0, passed: 0, minutes: 0 });
    expect(dashboard.streak).toMatchObject({ current: 0, longest: 0, todayCounts: false });
    expect(dashboard.days).toHaveLength(ACTIVITY_DAYS);
    expect(dashboard.days.at(-1)?.date).toBe('2026-03-02');
    expect(dashboard.days.every((day) => day.total === 0 && !day.counts)).toBe(true);
    expect(dashboard.forecast.every((day) => day.reviews === 0 && day.learning === 0)).toBe(true);
    expect(dashboard.mastery.byArticle).toEqual([{ key: 'a', label: 'A', facts: 1, studied: 0, mastered: 0 }]);
    expect(dashboard.quizTrend).toEqual([]);
    expect(dashboard.totalAnswers).toBe(0);
  });

  it('adds up a scripted week: today, activity per day and the streak agree with the log', () => {
    const script = new LogScript(calendar);
    for (let day = 0; day < 7; day++) if (day !== 3) script.studyDay(day, { learn: [`f${day}`, `g${day}`] });
    const now = script.at(6, 12);
    const facts: DashboardFact[] = [...script.memories].map(([id, memory]) => ({ id, articleId: 'a', kind: 'event', memory }));
    const dashboard = computeDashboard({ now, calendar, digest: script.digest(), facts, articles: [{ id: 'a', title: 'A' }], quizAttempts: [], desiredRetention: 0.9 });
    const answersOn = (day: number) => script.events.filter((e) => e.kind === undefined && calendar.dayOf(e.at) === DAY0 + day).length;
    expect(dashboard.days.slice(-7).map((day) => day.total)).toEqual([0, 1, 2, 3, 4, 5, 6].map(answersOn));
    expect(dashboard.days.slice(-7).map((day) => day.new)).toEqual([2, 2, 2, 0, 2, 2, 2]);
    expect(dashboard.today.done).toBe(answersOn(6));
    expect(dashboard.today.newLearned).toBe(2);
    expect(dashboard.today.minutes).toBe(Math.round((answersOn(6) * 5000) / 60_000));
    expect(dashboard.totalAnswers).toBe(script.events.length);
    expect(dashboard.streak).toMatchObject({ current: 3, longest: 3, todayCounts: true });
    expect(dashboard.days.slice(-7).map((day) => day.counts)).toEqual([true, true, true, false, true, true, true]);
  });
});

describe('quizTrend', () => {
  it('orders finished quizzes oldest first with their score', () => {
    const at = (day: number) => calendar.startOf(DAY0 + day) + 10 * HOUR;
    const points = quizTrend(
      [
        { id: 'q2', finishedAt: at(3), mode: 'exam', total: 8, correct: 6 },
        { id: 'q1', finishedAt: at(1), mode: 'practice', total: 10, correct: 4.5 },
        { id: 'q0', finishedAt: at(0), mode: 'practice', total: 0, correct: 0 },
      ],
      calendar,
    );
    expect(points.map((p) => [p.id, p.date, p.score])).toEqual([
      ['q0', '2026-03-02', 0],
      ['q1', '2026-03-03', 0.45],
      ['q2', '2026-03-05', 0.75],
    ]);
  });
});
