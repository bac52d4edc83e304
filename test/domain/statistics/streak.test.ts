import { describe, expect, it } from 'vitest';
import { countingDays, streakStats, STREAK_RULE } from '../../../src-main/domain/statistics';
import { calendarAt, LogScript } from './fixtures';

/**
 * Each day the learner learns one new fact (Good, then Good on its 10-minute step), so from day 2
 * on one review falls due every day: fact d−2. The plan says what they do on each day:
 * 'all' learn and do every review due; 'skip' nothing at all; 'leave' learn but leave the reviews.
 */
type Plan = 'all' | 'skip' | 'leave';

function run(plan: readonly Plan[], offset = 0): ReturnType<typeof countingDays> {
  const script = new LogScript(calendarAt(offset));
  plan.forEach((step, day) => {
    if (step === 'all') script.studyDay(day, { learn: [`f${day}`] });
    if (step === 'leave') {
      script.studyDay(day, { learn: [`f${day}`], skip: [...script.memories.keys()] });
      script.answer(`f${day}`, script.at(day, 14)); // one more answer at 6 p.m.: the review was waiting then
    }
  });
  // Noon of the last day is "now".
  return countingDays(script.digest(), script.calendar, script.at(plan.length - 1, 8));
}

describe('the streak', () => {
  it('is zero for an empty log', () => {
    const script = new LogScript(calendarAt(0));
    const counting = countingDays(script.digest(), script.calendar, script.at(0, 8));
    expect(counting.flags).toEqual([false]);
    expect(streakStats(counting)).toEqual({ current: 0, longest: 0, todayCounts: false, dueNow: 0, rule: STREAK_RULE });
  });

  // [what, plan, which days count, current, longest, today counts, reviews still due today]
  const table: Array<[string, Plan[], string, number, number, boolean, number]> = [
    ['every day done', ['all', 'all', 'all', 'all', 'all', 'all'], 'TTTTTT', 6, 6, true, 0],
    ['a day with nothing due and no answer breaks it', ['all', 'skip', 'all', 'all'], 'TFTT', 2, 2, true, 0],
    ['a day with nothing due but something learned counts', ['all', 'all'], 'TT', 2, 2, true, 0],
    ['a skipped day with a review due breaks it; the next day catches up', ['all', 'all', 'all', 'skip', 'all', 'all'], 'TTTFTT', 2, 3, true, 0],
    ['a day that leaves its due review undone breaks it', ['all', 'all', 'all', 'leave', 'all', 'all'], 'TTTFTT', 2, 3, true, 0],
    ['today does not count before its due review is done; the streak up to yesterday stands', ['all', 'all', 'all', 'leave'], 'TTTF', 3, 3, false, 1],
    ['today counts before anything is done only once something is answered', ['all', 'all', 'all', 'skip'], 'TTTF', 3, 3, false, 1],
    ['two days left undone: the streak is over', ['all', 'all', 'leave', 'leave'], 'TTFF', 0, 2, false, 2],
  ];
  it.each(table)('%s', (_, plan, days, current, longest, todayCounts, dueNow) => {
    const counting = run(plan);
    expect(counting.flags.map((counts) => (counts ? 'T' : 'F')).join('')).toBe(days);
    expect(streakStats(counting)).toEqual({ current, longest, todayCounts, dueNow, rule: STREAK_RULE });
  });

  it.each([0, 120, -300, 330, -600])('gives the same days at UTC%+d minutes (fixed offsets, no DST)', (offset) => {
    const counting = run(['all', 'skip', 'all', 'all', 'leave', 'all', 'all'], offset);
    expect(counting.flags.map((counts) => (counts ? 'T' : 'F')).join('')).toBe('TFTTFTT');
  });

  it('keeps an answer at 2 a.m. on the study day before (days start at 4 a.m.)', () => {
    const script = new LogScript(calendarAt(60));
    script.studyDay(0, { learn: ['a'] });
    script.answer('late', script.at(2, -2)); // 2 a.m. local on the date of day 2 is study day 1
    const counting = countingDays(script.digest(), script.calendar, script.at(2, 8));
    expect(counting.flags).toEqual([true, true, false]);
  });

  it('lets a review that falls due after the last answer of the day wait for the next day', () => {
    const script = new LogScript(calendarAt(0));
    script.studyDay(0, { learn: ['a'] }); // 'a' is due on day 2, a little after 10 a.m.
    script.answer('b', script.at(2, 5)); // day 2: one answer at 9 a.m., then the learner stops
    const due = script.memories.get('a')?.card.due ?? 0;
    expect(due).toBeGreaterThan(script.at(2, 5));
    expect(countingDays(script.digest(), script.calendar, script.at(2, 16)).flags).toEqual([true, false, true]);
    // …but if they answer again after it fell due and leave it, the day does not count.
    script.answer('b', due + 60_000);
    expect(countingDays(script.digest(), script.calendar, script.at(2, 16)).flags).toEqual([true, false, false]);
  });

  it('takes an undone answer back: the review it did is waiting again', () => {
    const script = new LogScript(calendarAt(0));
    script.studyDay(0, { learn: ['a'] });
    const due = script.memories.get('a')?.card.due ?? 0;
    const review = script.answer('a', due + 60_000);
    expect(countingDays(script.digest(), script.calendar, due + 120_000).flags.at(-1)).toBe(true);
    script.undo('a', review, due + 120_000);
    script.answer('b', due + 180_000);
    expect(countingDays(script.digest(), script.calendar, due + 240_000).flags.at(-1)).toBe(false);
  });

  it('does not let a fact outside every deck block a day', () => {
    const script = new LogScript(calendarAt(0));
    ['all', 'all', 'all', 'leave'].forEach((step, day) => {
      script.studyDay(day, { learn: [`f${day}`], ...(step === 'leave' ? { skip: [...script.memories.keys()] } : {}) });
      if (step === 'leave') script.answer(`f${day}`, script.at(day, 14));
    });
    const now = script.at(4, 8);
    expect(countingDays(script.digest(), script.calendar, now).flags).toEqual([true, true, true, false, false]);
    // f1, due on day 3 and left, was since removed from its article.
    expect(countingDays(script.digest(), script.calendar, now, (id) => id !== 'f1').flags).toEqual([true, true, true, true, false]);
  });
});
