/**
 * A change of desired retention applies to answers from then on; replaying the log with the
 * retention history gives every old answer the retention it was scheduled with.
 */
import { describe, expect, it } from 'vitest';
import {
  createMemoryReducer,
  DEFAULT_SETTINGS,
  retentionAt,
  reviewFact,
  settingsOverTime,
  type FactMemory,
  type MemoryEvent,
  type RetentionPeriodLike,
} from '../../../src-main/domain/scheduling';
import { DAY, noFuzz, START } from './fixtures';

describe('retentionAt', () => {
  const history: RetentionPeriodLike[] = [
    { until: START + DAY, desiredRetention: 0.8 },
    { until: START + 3 * DAY, desiredRetention: 0.95 },
  ];

  it('gives the retention of the period an answer falls in, and the current one after the last', () => {
    expect(retentionAt(history, 0.9, START)).toBe(0.8);
    expect(retentionAt(history, 0.9, START + DAY - 1)).toBe(0.8);
    expect(retentionAt(history, 0.9, START + DAY)).toBe(0.95); // a period ends where the next begins
    expect(retentionAt(history, 0.9, START + 3 * DAY - 1)).toBe(0.95);
    expect(retentionAt(history, 0.9, START + 3 * DAY)).toBe(0.9);
    expect(retentionAt([], 0.85, START)).toBe(0.85);
  });
});

describe('settingsOverTime', () => {
  it('keeps one settings object per retention (the FSRS cache is per object) and reads the history at each call', () => {
    let history: RetentionPeriodLike[] = [];
    let current = 0.9;
    const at = settingsOverTime(noFuzz, () => history, () => current);
    expect(at(START)).toBe(noFuzz);
    current = 0.8;
    const eighty = at(START);
    expect(eighty).toEqual({ ...noFuzz, desiredRetention: 0.8 });
    expect(at(START + DAY)).toBe(eighty);
    history = [{ until: START + DAY, desiredRetention: 0.9 }];
    expect(at(START)).toBe(noFuzz);
    expect(at(START + DAY)).toBe(eighty);
  });

  it('schedules with the base retention when a stored one is out of range', () => {
    const at = settingsOverTime(noFuzz, () => [{ until: START + DAY, desiredRetention: 0.2 }], () => 0.9);
    expect(at(START)).toBe(noFuzz);
  });
});

describe('a reducer over the retention history', () => {
  const answer = (id: string, at: number): MemoryEvent => ({ id, at, factId: 'f', rating: 3 });

  it('schedules each answer with the retention in force when it was given', () => {
    const changeAt = START + 5 * DAY;
    const history = [{ until: changeAt, desiredRetention: 0.9 }];
    const reducer = createMemoryReducer(settingsOverTime(noFuzz, () => history, () => 0.75));
    const events = [answer('a', START), answer('b', START + 10 * 60_000), answer('c', START + 2 * DAY), answer('d', changeAt + DAY)];
    let replayed: FactMemory | undefined;
    for (const event of events) replayed = reducer.reduce(replayed, event);

    // By hand: the first three at 0.9, the last at 0.75.
    const at90 = { ...noFuzz, desiredRetention: 0.9 };
    const at75 = { ...noFuzz, desiredRetention: 0.75 };
    let expected = reviewFact(undefined, 3, START, at90, 'a');
    expected = reviewFact(expected, 3, START + 10 * 60_000, at90, 'b');
    expected = reviewFact(expected, 3, START + 2 * DAY, at90, 'c');
    const beforeChange = expected;
    expected = reviewFact(expected, 3, changeAt + DAY, at75, 'd');
    expect(replayed).toEqual(expected);

    // The retention made a difference: a lower one asks for fewer reviews, so a longer interval.
    const allAt90 = reviewFact(beforeChange, 3, changeAt + DAY, at90, 'd');
    expect(expected.card.due).toBeGreaterThan(allAt90.card.due);
  });

  it('rebuilding with the history equals the memory built live while the retention changed', () => {
    const history: RetentionPeriodLike[] = [];
    let current = 0.9;
    const live = createMemoryReducer(settingsOverTime(DEFAULT_SETTINGS, () => history, () => current));
    const events: MemoryEvent[] = [];
    let memory: FactMemory | undefined;
    let at = START;
    const retentions = [0.9, 0.8, 0.8, 0.95, 0.7, 0.97, 0.9];
    retentions.forEach((retention, index) => {
      if (retention !== current) {
        history.push({ until: at, desiredRetention: current });
        current = retention;
      }
      const event = answer(`r${index}`, at);
      events.push(event);
      memory = live.reduce(memory, event);
      at = Math.max(memory?.card.due ?? at, at) + 60_000;
    });
    const rebuilt = createMemoryReducer(settingsOverTime(DEFAULT_SETTINGS, () => history, () => current));
    let replayed: FactMemory | undefined;
    for (const event of events) replayed = rebuilt.reduce(replayed, event);
    expect(replayed).toEqual(memory);

    // Replaying everything with today's retention instead would not give the same schedule.
    const naive = createMemoryReducer({ ...DEFAULT_SETTINGS, desiredRetention: current });
    let flattened: FactMemory | undefined;
    for (const event of events) flattened = naive.reduce(flattened, event);
    expect(flattened?.card.due).not.toBe(memory?.card.due);
  });
});
