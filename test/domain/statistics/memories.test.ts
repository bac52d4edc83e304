import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MemoryState, reviewFact, suspendFact, type FactMemory } from '../../../src-main/domain/scheduling';
import { forecast, FORECAST_DAYS, isMastered, mastery, MASTERY_RULE, type DashboardFact, type FactKindName } from '../../../src-main/domain/statistics';
import { calendarAt, DAY, DAY0, HOUR } from './fixtures';

const calendar = calendarAt(120);
const NOW = calendar.startOf(DAY0 + 10) + 8 * HOUR; // noon local on day 10

/** A real memory, then its card set to what the test needs. */
function memory(card: { state: MemoryState; due: number; stability?: number }, suspended = false): FactMemory {
  const base = reviewFact(undefined, 3, NOW - 30 * DAY, DEFAULT_SETTINGS);
  return { ...base, suspended, card: { ...base.card, ...card, stability: card.stability ?? base.card.stability } };
}

const fact = (id: string, articleId: string, kind: FactKindName, m: FactMemory | undefined): DashboardFact => ({ id, articleId, kind, memory: m });

describe('forecast', () => {
  it('counts due facts per day for 30 days, overdue on today, skipping new, suspended and far ones', () => {
    const facts = [
      fact('overdue', 'x', 'number', memory({ state: MemoryState.Review, due: NOW - 5 * DAY })),
      fact('today-later', 'x', 'number', memory({ state: MemoryState.Review, due: NOW + 6 * HOUR })),
      fact('step', 'x', 'number', memory({ state: MemoryState.Learning, due: NOW + 10 * 60_000 })),
      fact('tomorrow', 'x', 'number', memory({ state: MemoryState.Review, due: NOW + DAY })),
      fact('day 29', 'x', 'number', memory({ state: MemoryState.Review, due: NOW + 29 * DAY })),
      fact('day 30', 'x', 'number', memory({ state: MemoryState.Review, due: NOW + 30 * DAY })),
      fact('suspended', 'x', 'number', memory({ state: MemoryState.Review, due: NOW }, true)),
      fact('never answered', 'x', 'number', undefined),
    ];
    const days = forecast(facts, calendar, NOW);
    expect(days).toHaveLength(FORECAST_DAYS);
    expect(days[0]).toEqual({ date: calendar.label(DAY0 + 10), inDays: 0, reviews: 2, learning: 1 });
    expect(days[1]?.reviews).toBe(1);
    expect(days[29]?.reviews).toBe(1);
    expect(days.reduce((sum, day) => sum + day.reviews + day.learning, 0)).toBe(5);
  });
});

describe('mastery', () => {
  const table: Array<[string, FactMemory | undefined, boolean]> = [
    ['never answered', undefined, false],
    ['learning, stability 30 d', memory({ state: MemoryState.Learning, due: NOW, stability: 30 }), false],
    ['review, stability 20.9 d', memory({ state: MemoryState.Review, due: NOW, stability: 20.9 }), false],
    ['review, stability 21 d', memory({ state: MemoryState.Review, due: NOW, stability: 21 }), true],
    ['review, stability 300 d, suspended', memory({ state: MemoryState.Review, due: NOW, stability: 300 }, true), false],
    ['relearning after a lapse, stability 40 d', memory({ state: MemoryState.Relearning, due: NOW, stability: 40 }), false],
  ];
  it.each(table)('%s → mastered %s', (_, m, expected) => {
    expect(isMastered(m)).toBe(expected);
  });

  it('tallies facts, studied and mastered per article (in Library order) and per kind', () => {
    const solid = memory({ state: MemoryState.Review, due: NOW + 40 * DAY, stability: 50 });
    const shaky = memory({ state: MemoryState.Review, due: NOW + DAY, stability: 3 });
    const facts = [
      fact('1', 'b', 'number', solid),
      fact('2', 'b', 'person', shaky),
      fact('3', 'b', 'person', undefined),
      fact('4', 'a', 'term', solid),
      fact('5', 'a', 'number', suspendFact(undefined, NOW)),
    ];
    const stats = mastery(facts, [
      { id: 'a', title: 'Article A' },
      { id: 'b', title: 'Article B' },
      { id: 'c', title: 'Article C' },
    ]);
    expect(stats.rule).toBe(MASTERY_RULE);
    expect(stats.byArticle).toEqual([
      { key: 'a', label: 'Article A', facts: 2, studied: 1, mastered: 1 },
      { key: 'b', label: 'Article B', facts: 3, studied: 2, mastered: 1 },
      { key: 'c', label: 'Article C', facts: 0, studied: 0, mastered: 0 },
    ]);
    expect(stats.byKind.map((row) => [row.key, row.facts, row.studied, row.mastered])).toEqual([
      ['number', 2, 1, 1],
      ['quote', 0, 0, 0],
      ['person', 2, 1, 0],
      ['list', 0, 0, 0],
      ['event', 0, 0, 0],
      ['cause', 0, 0, 0],
      ['term', 1, 1, 1],
    ]);
  });
});
