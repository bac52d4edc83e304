import { describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../../src-main/contract';
import { rebuildCollection, type CollectionReducer } from '../../../src-main/store/collection/rebuild';
import {
  createMemoryReducer,
  DEFAULT_SETTINGS,
  latestReviewId,
  readMemory,
  reviewFact,
  type FactMemory,
  type MemoryEvent,
  type ReviewRating,
} from '../../../src-main/domain/scheduling';
import { DAY, HOUR, MINUTE, seededRandom, settings, START } from './fixtures';

const reducer = createMemoryReducer(settings);

/** Folds events per fact, from nothing. */
function replay(events: readonly MemoryEvent[]): Map<string, FactMemory | undefined> {
  const table = new Map<string, FactMemory | undefined>();
  for (const event of events) table.set(event.factId, reducer.reduce(table.get(event.factId), event));
  return table;
}

/** Every memory the fold goes through, in order. */
function everyState(events: readonly MemoryEvent[]): FactMemory[] {
  const table = new Map<string, FactMemory | undefined>();
  const states: FactMemory[] = [];
  for (const event of events) {
    const next = reducer.reduce(table.get(event.factId), event);
    table.set(event.factId, next);
    if (next !== undefined) states.push(next);
  }
  return states;
}

/**
 * A study history over a few facts: answers at their due time or at odd times, undos of the latest
 * answer (sometimes several in a row), undos of answers that are not the latest (some of them
 * dropped from the history by a later answer a day on), suspensions.
 */
function randomEvents(seed: number, count: number): MemoryEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const factIds = ['fact-a', 'fact-b', 'fact-c', 'fact-d'];
  const live = new Map<string, FactMemory | undefined>();
  const events: MemoryEvent[] = [];
  let now = START;
  for (let n = 0; n < count; n++) {
    const factId = pick(factIds);
    const memory = live.get(factId);
    const roll = random();
    // Mostly minutes apart (a session, with histories several answers deep), sometimes days (a new one).
    now += random() < 0.1 ? Math.floor(random() * 3 * DAY) : Math.floor(random() * 20 * MINUTE);
    let event: MemoryEvent;
    if (roll < 0.7) {
      const at = memory !== undefined && random() < 0.5 ? Math.max(now, memory.card.due) : now;
      event = { id: `review-${n}`, at, factId, rating: pick([1, 2, 3, 3, 3, 4] as const) };
    } else if (roll < 0.85) {
      event = { kind: 'undo', undoes: latestReviewId(memory) ?? 'review-none', factId, at: now };
    } else if (roll < 0.9) {
      event = { kind: 'undo', undoes: `review-${Math.floor(random() * n)}`, factId, at: now };
    } else {
      event = { kind: random() < 0.5 ? 'suspend' : 'unsuspend', factId, at: now };
    }
    events.push(event);
    live.set(factId, reducer.reduce(memory, event));
  }
  return events;
}

describe('the memory reducer', () => {
  it('names the algorithm', () => {
    expect(reducer.id).toBe('fsrs-5.4-2');
  });

  it('gives deep-equal states when the same random history is replayed twice', () => {
    for (const seed of [1, 2, 3, 42, 2026]) {
      const events = randomEvents(seed, 400);
      const first = replay(events);
      const second = replay(structuredClone(events));
      expect(second).toEqual(first);
      // Along the way, histories several answers deep, and answers dropped from a history for being over a day older than a later one.
      const states = everyState(events);
      expect(states.some((memory) => memory.history.length > 3)).toBe(true);
      expect(states.some((memory) => memory.history.length < Math.min(memory.card.reps, 30))).toBe(true);
    }
  });

  it('builds the same memory answer by answer, saved and reloaded each time, as a rebuild from the log', () => {
    const events = randomEvents(7, 500);
    const saved = new Map<string, string | undefined>();
    for (const event of events) {
      const stored = saved.get(event.factId);
      const reloaded: unknown = stored === undefined ? undefined : JSON.parse(stored);
      const next = reducer.reduce(reloaded, event);
      saved.set(event.factId, next === undefined ? undefined : JSON.stringify(next));
    }
    const rebuilt = replay(events);
    for (const [factId, memory] of rebuilt) {
      const stored = saved.get(factId);
      expect(stored === undefined ? undefined : JSON.parse(stored)).toEqual(memory);
    }
  });

  it('undoes several answers of a day in a row when the log holds several undos', () => {
    const ratings: ReviewRating[] = [3, 3, 1, 3, 4];
    const events: MemoryEvent[] = [];
    const states: Array<FactMemory | undefined> = [undefined];
    let memory: FactMemory | undefined;
    ratings.forEach((rating, n) => {
      const at = START + n * 25 * MINUTE;
      events.push({ id: `r${n}`, at, factId: 'f', rating });
      memory = reviewFact(memory, rating, at, settings, `r${n}`);
      states.push(memory);
    });
    for (let undone = 1; undone <= ratings.length; undone++) {
      events.push({ kind: 'undo', undoes: `r${ratings.length - undone}`, factId: 'f', at: START + 100 * DAY });
      expect(replay(events).get('f')).toEqual(states[ratings.length - undone]);
    }
  });

  it('ignores an undo of an answer dropped from the history by one given over a day later', () => {
    const first = reducer.reduce(undefined, { id: 'r1', at: START, factId: 'f', rating: 3 });
    const second = reducer.reduce(first, { id: 'r2', at: START + 3 * DAY, factId: 'f', rating: 3 });
    const undone = reducer.reduce(second, { kind: 'undo', undoes: 'r2', factId: 'f', at: START + 3 * DAY });
    expect(undone).toEqual({ ...first, history: [] });
    expect(reducer.reduce(undone, { kind: 'undo', undoes: 'r1', factId: 'f', at: START + 3 * DAY })).toBe(undone);
  });

  it('ignores an undo of an answer that is not the fact’s latest', () => {
    const first = reducer.reduce(undefined, { id: 'r1', at: START, factId: 'f', rating: 3 });
    const second = reducer.reduce(first, { id: 'r2', at: START + 10 * MINUTE, factId: 'f', rating: 3 });
    expect(reducer.reduce(second, { kind: 'undo', undoes: 'r1', factId: 'f', at: START + HOUR })).toBe(second);
    expect(reducer.reduce(undefined, { kind: 'undo', undoes: 'r1', factId: 'f', at: START + HOUR })).toBeUndefined();
  });

  it('suspends and unsuspends from the log', () => {
    const answered = reducer.reduce(undefined, { id: 'r1', at: START, factId: 'f', rating: 3 });
    const suspended = reducer.reduce(answered, { kind: 'suspend', factId: 'f', at: START + HOUR });
    expect(suspended).toMatchObject({ suspended: true });
    expect(reducer.reduce(suspended, { kind: 'unsuspend', factId: 'f', at: START + 2 * HOUR })).toEqual(answered);
    expect(reducer.reduce(undefined, { kind: 'suspend', factId: 'new', at: START })).toMatchObject({ suspended: true, history: [] });
  });

  it('forgets a fact on reset: new again, still suspended if it was, and later answers start afresh', () => {
    const first = reducer.reduce(undefined, { id: 'r1', at: START, factId: 'f', rating: 3 });
    const learned = reducer.reduce(first, { id: 'r2', at: START + DAY, factId: 'f', rating: 4 });
    expect(reducer.reduce(learned, { kind: 'reset', factId: 'f', at: START + 2 * DAY })).toBeUndefined();
    const suspended = reducer.reduce(learned, { kind: 'suspend', factId: 'f', at: START + 2 * DAY });
    const reset = reducer.reduce(suspended, { kind: 'reset', factId: 'f', at: START + 3 * DAY });
    expect(reset).toMatchObject({ suspended: true, lapses: 0, history: [] });
    expect(reset?.card.reps).toBe(0);
    // Answered after a reset, the fact is scheduled as on its first answer.
    const again = reducer.reduce(undefined, { id: 'r3', at: START + 4 * DAY, factId: 'f', rating: 3 });
    const fresh = reducer.reduce(undefined, { id: 'r3', at: START + 4 * DAY, factId: 'f', rating: 3 });
    expect(again).toEqual(fresh);
    expect(reducer.reduce(learned, { kind: 'reset', factId: 'f', at: Number.NaN })).toBe(learned);
    // An undo of an answer from before the reset finds nothing to take back.
    expect(reducer.reduce(undefined, { kind: 'undo', undoes: 'r2', factId: 'f', at: START + 2 * DAY })).toBeUndefined();
  });

  it.each([
    null,
    42,
    'memory',
    [],
    {},
    { card: {}, lapses: 0, suspended: false, leech: false, history: [] },
    { card: { due: 'tomorrow' }, lapses: 0, suspended: false, leech: false, history: [] },
  ])('treats the garbage state %j as a new fact', (garbage) => {
    const event: MemoryEvent = { id: 'r1', at: START, factId: 'f', rating: 3 };
    expect(reducer.reduce(garbage, event)).toEqual(reducer.reduce(undefined, event));
  });

  it('treats a memory with a broken history entry as a new fact', () => {
    const memory = reviewFact(undefined, 3, START, settings, 'r0');
    const broken = { ...memory, history: [{ ...memory.history[0], rating: 9 }] };
    expect(readMemory(broken)).toBeUndefined();
    expect(readMemory(memory)).toBe(memory);
  });

  it.each([
    { id: 'r1', at: START, factId: 'f', rating: 0 },
    { id: 'r1', at: START, factId: 'f', rating: 5 },
    { id: 'r1', at: START, factId: 'f', rating: 2.5 },
    { id: 'r1', at: Number.NaN, factId: 'f', rating: 3 },
    { id: 7, at: START, factId: 'f', rating: 3 },
    { kind: 'undo', undoes: 42, factId: 'f', at: START },
    { kind: 'suspend', factId: 'f', at: 'now' },
    { kind: 'rename', factId: 'f', at: START },
    null,
  ])('leaves the memory alone for the malformed event %j', (event) => {
    const memory = reviewFact(undefined, 3, START - DAY, settings, 'r0');
    expect(reducer.reduce(memory, event as unknown as MemoryEvent)).toBe(memory);
  });

  it('fits the store: its ReviewRecords rebuild a collection of fact memories', () => {
    const storeReducer: CollectionReducer = createMemoryReducer(DEFAULT_SETTINGS);
    const records: ReviewRecord[] = [1, 2, 3].map((n) => ({
      v: 1,
      id: `r${n}`,
      at: START + n * DAY,
      factId: n === 2 ? 'other' : 'f',
      questionId: `q${n}`,
      format: 'cloze',
      rating: 3,
      correct: true,
      answer: 'x',
      tookMs: 1200,
      mode: 'study',
    }));
    const collection = rebuildCollection(records, storeReducer);
    expect(collection.reviewCount).toBe(3);
    expect(readMemory(collection.memory['f'])?.card.reps).toBe(2);
    expect(readMemory(collection.memory['other'])?.card.reps).toBe(1);
  });
});
