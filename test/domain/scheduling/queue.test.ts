import { describe, expect, it } from 'vitest';
import {
  buildQueue,
  DEFAULT_SETTINGS,
  MemoryState,
  suspendFact,
  type FactMemory,
  type QueueFact,
  type QueueInput,
  type StoredCard,
} from '../../../src-main/domain/scheduling';
import { answerOnDue, DAY, HOUR, MINUTE, START } from './fixtures';

const NOW = START + 10 * DAY;
const base = answerOnDue([3, 3, 3]).at(-1) as FactMemory;
const memoryWith = (card: Partial<StoredCard>, flags: Partial<FactMemory> = {}): FactMemory => ({ ...base, ...flags, card: { ...base.card, ...card } });
const review = (due: number): FactMemory => memoryWith({ state: MemoryState.Review, due });
const learning = (due: number): FactMemory => memoryWith({ state: MemoryState.Learning, due });
const relearning = (due: number): FactMemory => memoryWith({ state: MemoryState.Relearning, due });

function fact(id: string, articleId = 'art-1', sectionIndex = 0, order = 0): QueueFact {
  return { id, articleId, sectionIndex, order };
}

function queue(facts: QueueFact[], memories: Record<string, FactMemory>, overrides: Partial<QueueInput> = {}) {
  return buildQueue({
    facts,
    memories: (id) => memories[id],
    now: NOW,
    settings: DEFAULT_SETTINGS,
    doneToday: { newCount: 0, reviewCount: 0 },
    ...overrides,
  });
}

describe('buildQueue', () => {
  it('puts due learning first by due time, then due reviews by due date, then new facts in article order', () => {
    const facts = ['new-2', 'rev-late', 'learn-b', 'new-1', 'rev-early', 'learn-a', 'relearn'].map((id, n) => fact(id, 'art-1', 0, id === 'new-1' ? 0 : n + 1));
    const result = queue(facts, {
      'rev-late': review(NOW - DAY),
      'rev-early': review(NOW - 5 * DAY),
      'learn-b': learning(NOW - MINUTE),
      'learn-a': learning(NOW - 10 * MINUTE),
      relearn: relearning(NOW - 5 * MINUTE),
    });
    expect(result.items).toEqual([
      { factId: 'learn-a', kind: 'learning' },
      { factId: 'relearn', kind: 'learning' },
      { factId: 'learn-b', kind: 'learning' },
      { factId: 'rev-early', kind: 'review' },
      { factId: 'rev-late', kind: 'review' },
      { factId: 'new-1', kind: 'new' },
      { factId: 'new-2', kind: 'new' },
    ]);
    expect(result.counts).toEqual({ learning: 3, review: 2, new: 2 });
  });

  it('takes what is due up to now, and nothing due later', () => {
    const result = queue([fact('now'), fact('soon'), fact('tomorrow'), fact('learn-soon')], {
      now: review(NOW),
      soon: review(NOW + 1),
      tomorrow: review(NOW + DAY),
      'learn-soon': learning(NOW + 5 * MINUTE),
    });
    expect(result.items).toEqual([{ factId: 'now', kind: 'review' }]);
  });

  it('counts a fact whose memory is still new as new, and leaves suspended facts out', () => {
    const result = queue([fact('fresh'), fact('suspended-new'), fact('suspended-review'), fact('leech')], {
      fresh: memoryWith({ state: MemoryState.New, due: NOW + DAY }),
      'suspended-new': suspendFact(undefined, START),
      'suspended-review': memoryWith({ state: MemoryState.Review, due: NOW - DAY }, { suspended: true }),
      leech: memoryWith({ state: MemoryState.Relearning, due: NOW - DAY }, { suspended: true, leech: true }),
    });
    expect(result.items).toEqual([{ factId: 'fresh', kind: 'new' }]);
  });

  it('keeps to the day’s limits, minus what was already done, and never limits learning', () => {
    const facts = Array.from({ length: 30 }, (_, n) => fact(`f${n}`, 'art-1', 0, n));
    const memories: Record<string, FactMemory> = {};
    for (let n = 0; n < 10; n++) memories[`f${n}`] = review(NOW - n * HOUR);
    for (let n = 10; n < 15; n++) memories[`f${n}`] = learning(NOW - n * MINUTE);
    const settings = { ...DEFAULT_SETTINGS, reviewsPerDay: 6, newPerDay: 8 };
    const result = queue(facts, memories, { settings, doneToday: { newCount: 5, reviewCount: 2 } });
    expect(result.counts).toEqual({ learning: 5, review: 4, new: 3 });
    // The most overdue reviews and the first new facts are the ones kept.
    expect(result.items.filter((item) => item.kind === 'review').map((item) => item.factId)).toEqual(['f9', 'f8', 'f7', 'f6']);
    expect(result.items.filter((item) => item.kind === 'new').map((item) => item.factId)).toEqual(['f15', 'f16', 'f17']);

    const over = queue(facts, memories, { settings, doneToday: { newCount: 50, reviewCount: 7 } });
    expect(over.counts).toEqual({ learning: 5, review: 0, new: 0 });
    const nonsense = queue(facts, memories, { settings, doneToday: { newCount: -4, reviewCount: Number.NaN } });
    expect(nonsense.counts).toEqual({ learning: 5, review: 6, new: 8 });
  });

  it('orders new facts by article as listed, then section, then position', () => {
    const facts = [fact('b-s1-o0', 'b', 1, 0), fact('b-s0-o1', 'b', 0, 1), fact('a-s0-o0', 'a', 0, 0), fact('b-s0-o0', 'b', 0, 0), fact('a-s2-o0', 'a', 2, 0)];
    expect(queue(facts, {}).items.map((item) => item.factId)).toEqual(['b-s0-o0', 'b-s0-o1', 'b-s1-o0', 'a-s0-o0', 'a-s2-o0']);
  });

  it('studies only the article, or the section, in scope', () => {
    const facts = [fact('a0', 'a', 0, 0), fact('a1', 'a', 1, 0), fact('b0', 'b', 0, 0), fact('a1-review', 'a', 1, 1), fact('b-review', 'b', 0, 1)];
    const memories = { 'a1-review': review(NOW - DAY), 'b-review': review(NOW - DAY) };
    expect(queue(facts, memories, { scope: { articleId: 'a' } }).items.map((item) => item.factId)).toEqual(['a1-review', 'a0', 'a1']);
    expect(queue(facts, memories, { scope: { articleId: 'a', sectionIndex: 1 } }).items.map((item) => item.factId)).toEqual(['a1-review', 'a1']);
    expect(queue(facts, memories, { scope: { articleId: 'missing' } }).items).toEqual([]);
  });

  it('builds a queue over 50k facts with the limits applied', () => {
    const facts: QueueFact[] = [];
    const memories: Record<string, FactMemory> = {};
    for (let n = 0; n < 50_000; n++) {
      const id = `fact-${n}`;
      facts.push(fact(id, `art-${Math.floor(n / 500)}`, Math.floor((n % 500) / 50), n % 50));
      if (n % 3 === 0) memories[id] = review(NOW - (n % 97) * HOUR);
      else if (n % 3 === 1 && n % 7 === 0) memories[id] = learning(NOW - (n % 13) * MINUTE);
    }
    const result = queue(facts, memories);
    expect(result.counts.review).toBe(200);
    expect(result.counts.new).toBe(20);
    expect(result.counts.learning).toBe(facts.filter((_, n) => n % 3 === 1 && n % 7 === 0).length);
    const reviewDues = result.items.filter((item) => item.kind === 'review').map((item) => memories[item.factId]?.card.due as number);
    expect(reviewDues).toEqual([...reviewDues].sort((a, b) => a - b));
    expect(reviewDues[0]).toBe(NOW - 96 * HOUR);
  });
});
