import { describe, expect, it } from 'vitest';
import { LogDigest, MAX_COUNTED_ANSWER_MS } from '../../../src-main/domain/statistics';
import { calendarAt, DAY0, HOUR, LogScript, MINUTE, reducer } from './fixtures';

const calendar = calendarAt(0);

describe('LogDigest', () => {
  it('is empty for an empty log', () => {
    const digest = new LogDigest({ calendar, reducer });
    expect(digest.answerCount).toBe(0);
    expect(digest.firstDay()).toBeNull();
    expect(digest.dueReviewsAt(Date.parse('2026-03-10T12:00:00Z'))).toBe(0);
    expect(digest.waitingAtLastEvent(DAY0, DAY0 + 3)).toEqual([0, 0, 0, 0]);
  });

  it('classes answers by the state before them: new, learning steps, young and mature reviews', () => {
    const script = new LogScript(calendar);
    // Good on day 0 (new), Good on the 10-minute step (learning); then each review on its due day.
    script.studyDay(0, { learn: ['f'] });
    const days = [0];
    const intervals: number[] = [];
    for (let n = 0; n < 3; n++) {
      const memory = script.memories.get('f');
      intervals.push(memory?.card.scheduled_days ?? -1);
      days.push(calendar.dayOf(memory?.card.due ?? 0) - DAY0);
      script.studyDay(days.at(-1) ?? 0);
    }
    // FSRS intervals (fuzzed) after Good, Good, Good: two young ones, then one past 21 days.
    expect(intervals.map((days) => days >= 21)).toEqual([false, false, true]);
    const digest = script.digest();
    const totals = days.map((day) => digest.totalsOf(DAY0 + day));
    expect(totals.map((t) => [t?.new, t?.learning, t?.young, t?.mature])).toEqual([
      [1, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1], // the interval before this answer was 21 days or more: mature
    ]);
    expect(digest.answerCount).toBe(5);
    expect(digest.firstDay()).toBe(DAY0);
  });

  const undoTable: Array<[string, (script: LogScript) => void, number]> = [
    ['an undone answer', (s) => s.undo('f', s.answer('f', s.at(0, 6)), s.at(0, 6) + MINUTE), 0],
    [
      'two undone in a row',
      (s) => {
        const a = s.answer('f', s.at(0, 6));
        const b = s.answer('f', s.at(0, 6) + MINUTE);
        s.undo('f', b, s.at(0, 6) + 2 * MINUTE);
        s.undo('f', a, s.at(0, 6) + 3 * MINUTE);
      },
      0,
    ],
    [
      'an undo naming an answer that is not the latest (ignored, as the reducer does)',
      (s) => {
        const a = s.answer('f', s.at(0, 6));
        s.answer('f', s.at(0, 6) + MINUTE);
        s.undo('f', a, s.at(0, 6) + 2 * MINUTE);
      },
      2,
    ],
    [
      'an overruled grade (undo, then the answer again as right)',
      (s) => {
        const wrong = s.answer('f', s.at(0, 6), 1);
        s.undo('f', wrong, s.at(0, 6) + MINUTE);
        s.answer('f', s.at(0, 6) + MINUTE, 3);
      },
      1,
    ],
  ];
  it.each(undoTable)('leaves out %s', (_, write, counted) => {
    const script = new LogScript(calendar);
    write(script);
    const digest = script.digest();
    expect(digest.answerCount).toBe(counted);
    expect(digest.totalsOf(DAY0)?.answers ?? 0).toBe(counted);
    expect(digest.totalsOf(DAY0)?.new ?? 0).toBe(counted > 0 ? 1 : 0);
    expect(digest.memoryOf('f')).toEqual(script.memories.get('f'));
  });

  it('counts an overruled answer as passed, not the wrong one it replaced', () => {
    const script = new LogScript(calendar);
    const wrong = script.answer('f', script.at(0, 6), 1);
    script.undo('f', wrong, script.at(0, 6) + MINUTE);
    script.answer('f', script.at(0, 6) + MINUTE, 3);
    expect(script.digest().totalsOf(DAY0)?.passed).toBe(1);
  });

  it('caps the time of one answer at a minute and counts quiz answers', () => {
    const script = new LogScript(calendar);
    script.answer('a', script.at(0, 6), 3, { tookMs: 20_000 });
    script.answer('b', script.at(0, 6), 3, { tookMs: 45 * MINUTE, mode: 'quiz' });
    const totals = script.digest().totalsOf(DAY0);
    expect(totals?.ms).toBe(20_000 + MAX_COUNTED_ANSWER_MS);
    expect(totals?.quiz).toBe(1);
  });

  it('puts an answer at 2 a.m. on the day before, per the learner’s offset', () => {
    for (const offset of [0, 120, -300, 330]) {
      const local = calendarAt(offset);
      const script = new LogScript(local);
      script.answer('f', local.startOf(DAY0 + 1) - 2 * HOUR); // 2 a.m. local on day 1
      expect(script.digest().totalsOf(DAY0)?.answers).toBe(1);
    }
  });

  it('replays to the same memories the store reducer builds', () => {
    const script = new LogScript(calendar);
    script.studyDay(0, { learn: ['a', 'b', 'c'] });
    script.studyDay(2, { rating: 1 });
    script.suspend('b', script.at(3, 1));
    script.studyDay(4);
    const digest = script.digest();
    for (const id of ['a', 'b', 'c']) expect(digest.memoryOf(id)).toEqual(script.memories.get(id));
  });
});
