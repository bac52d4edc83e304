import { describe, expect, it } from 'vitest';
import { MemoryState, type FactMemory } from '../../../src-main/domain/scheduling';
import { retentionTable, RETENTION_RULE } from '../../../src-main/domain/statistics';
import { calendarAt, DAY0, LogScript, reducer } from './fixtures';

const calendar = calendarAt(-300);

/** Five facts learned over ten weeks, each reviewed on its due day; every third review is failed. */
function history(): LogScript {
  const script = new LogScript(calendar);
  for (let day = 0; day < 70; day++) {
    const fail = day % 3 === 0;
    script.studyDay(day, { learn: day < 5 ? [`f${day}`] : [], rating: fail ? 1 : 3 });
  }
  return script;
}

describe('true retention', () => {
  it('is empty for an empty log, with the desired retention beside it', () => {
    const table = retentionTable(new LogScript(calendar).digest(), DAY0, 0.9);
    expect(table.desired).toBe(0.9);
    expect(table.rule).toBe(RETENTION_RULE);
    expect(table.rows.map((row) => row.label)).toEqual(['Today', 'Yesterday', 'Last 7 days', 'Last 30 days', 'Last 365 days']);
    for (const row of table.rows) expect([row.young, row.mature, row.all]).toEqual(Array(3).fill({ passed: 0, total: 0, rate: null }));
  });

  it('counts review-state answers by young/mature interval and period, as recounted answer by answer', () => {
    const script = history();
    const today = DAY0 + 69;
    // Recount from the events: the state and interval just before each answer, by replaying the reducer.
    const memories = new Map<string, FactMemory | undefined>();
    const reviews: Array<{ day: number; mature: boolean; pass: boolean }> = [];
    for (const event of script.events) {
      const before = memories.get(event.factId);
      if (event.kind === undefined && before?.card.state === MemoryState.Review) {
        reviews.push({ day: calendar.dayOf(event.at), mature: before.card.scheduled_days >= 21, pass: event.rating !== 1 });
      }
      memories.set(event.factId, reducer.reduce(before, event as never));
    }
    expect(reviews.some((r) => r.mature)).toBe(true);
    expect(reviews.some((r) => !r.pass)).toBe(true);
    const expectCell = (from: number, to: number, mature: boolean | null) => {
      const chosen = reviews.filter((r) => r.day >= today - from && r.day <= today - to && (mature === null || r.mature === mature));
      const passed = chosen.filter((r) => r.pass).length;
      return { passed, total: chosen.length, rate: chosen.length === 0 ? null : passed / chosen.length };
    };
    const table = retentionTable(script.digest(), today, 0.9);
    const spans: Array<[number, number]> = [[0, 0], [1, 1], [6, 0], [29, 0], [364, 0]];
    table.rows.forEach((row, index) => {
      const [from, to] = spans[index] ?? [0, 0];
      expect(row.young).toEqual(expectCell(from, to, false));
      expect(row.mature).toEqual(expectCell(from, to, true));
      expect(row.all).toEqual(expectCell(from, to, null));
    });
    expect(table.rows[4]?.all.total).toBe(reviews.length);
  });

  it('leaves learning steps and first answers out', () => {
    const script = new LogScript(calendar);
    script.studyDay(0, { learn: ['a', 'b'], rating: 1 }); // Again on new facts and on their steps
    const table = retentionTable(script.digest(), DAY0, 0.9);
    expect(script.events.length).toBeGreaterThan(2);
    expect(table.rows[0]?.all.total).toBe(0);
  });
});
