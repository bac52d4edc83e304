import { describe, expect, it } from 'vitest';
import {
  createMemoryReducer,
  createUndoStack,
  latestReviewId,
  pushUndo,
  undo,
  UNDO_DEPTH,
  UNDO_WINDOW_MS,
  type FactMemory,
  type MemoryEvent,
  type UndoStack,
} from '../../../src-main/domain/scheduling';
import { DAY, HOUR, MINUTE, seededRandom, settings, START } from './fixtures';

const reducer = createMemoryReducer(settings);

interface Session {
  readonly table: Map<string, FactMemory | undefined>;
  readonly log: MemoryEvent[];
  stack: UndoStack;
}

/**
 * `count` answers over `factIds` in turn, each `gap()` after the previous one (due or not), recorded
 * for undo. The default gap, 1 to 5 minutes, keeps 45 answers within one study session (a day).
 */
function study(factIds: readonly string[], count: number, seed: number, gap: (random: () => number) => number = withinMinutes): Session {
  const random = seededRandom(seed);
  const session: Session = { table: new Map(), log: [], stack: createUndoStack() };
  let now = START;
  for (let n = 0; n < count; n++) {
    const factId = factIds[n % factIds.length] as string;
    const previous = session.table.get(factId);
    now += gap(random);
    const event: MemoryEvent = { id: `review-${n}`, at: now, factId, rating: ([1, 2, 3, 3, 4] as const)[Math.floor(random() * 5)] as number };
    session.table.set(factId, reducer.reduce(previous, event));
    session.log.push(event);
    session.stack = pushUndo(session.stack, { factId, reviewId: event.id, at: now, previous });
  }
  return session;
}

function withinMinutes(random: () => number): number {
  return (1 + Math.floor(random() * 5)) * MINUTE;
}

function replay(log: readonly MemoryEvent[]): Map<string, FactMemory | undefined> {
  const table = new Map<string, FactMemory | undefined>();
  for (const event of log) table.set(event.factId, reducer.reduce(table.get(event.factId), event));
  return table;
}

describe('the undo stack', () => {
  /**
   * Undoes the whole stack through the reducer, as the log replays it; returns each rollback beside
   * the memory stored for it. Every step handed back must be its fact's latest answer, so the
   * reducer really takes it back (it ignores an undo of any other).
   */
  function undoAll(session: Session): Array<{ rolledBack: FactMemory | undefined; previous: FactMemory | undefined }> {
    const pairs: Array<{ rolledBack: FactMemory | undefined; previous: FactMemory | undefined }> = [];
    for (let popped = undo(session.stack); popped !== null; popped = undo(session.stack)) {
      const { step, stack } = popped;
      const live = session.table.get(step.factId);
      expect(latestReviewId(live)).toBe(step.reviewId);
      const undoEvent: MemoryEvent = { kind: 'undo', undoes: step.reviewId, factId: step.factId, at: START };
      const rolledBack = reducer.reduce(live, undoEvent);
      expect(rolledBack).not.toBe(live);
      pairs.push({ rolledBack, previous: step.previous });
      session.table.set(step.factId, rolledBack);
      session.log.push(undoEvent);
      session.stack = stack;
    }
    return pairs;
  }

  /** The answers' ids, newest first, that the undos took back. */
  const undone = (session: Session): string[] =>
    session.log.flatMap((event) => (event.kind === 'undo' ? [event.undoes] : []));

  it('undoes 30 answers over three facts in a session, each rollback exactly the memory stored before the answer', () => {
    const session = study(['a', 'b', 'c'], 45, 11);
    expect((session.log.at(-1)?.at ?? 0) - START).toBeLessThan(UNDO_WINDOW_MS);
    const pairs = undoAll(session);
    expect(pairs).toHaveLength(UNDO_DEPTH);
    expect(undone(session)).toEqual(Array.from({ length: 30 }, (_, n) => `review-${44 - n}`));
    for (const { rolledBack, previous } of pairs) expect(rolledBack).toEqual(previous);
    // What is left equals the first 15 answers alone, and the log with its undos replays to it.
    expect(replay(session.log)).toEqual(session.table);
    expect(session.table).toEqual(replay(study(['a', 'b', 'c'], 15, 11).log));
  });

  it('keeps 30 steps of a fact answered 45 times in a session; 30 undos restore exact card and flags, the history a tail of the stored one', () => {
    const session = study(['a'], 45, 12);
    expect(session.table.get('a')?.history).toHaveLength(30);
    expect(session.table.get('a')?.card.reps).toBe(45);
    const pairs = undoAll(session);
    expect(pairs).toHaveLength(UNDO_DEPTH);
    for (const { rolledBack, previous } of pairs) {
      if (rolledBack === undefined || previous === undefined) throw new Error('a fact answered 15 times keeps a memory');
      const { history, ...rest } = rolledBack;
      const { history: storedHistory, ...storedRest } = previous;
      expect(rest).toEqual(storedRest);
      // The oldest answers no longer fit in the bounded history, so rollback cannot bring them back.
      expect(history).toEqual(storedHistory.slice(storedHistory.length - history.length));
    }
    expect(replay(session.log)).toEqual(session.table);
    // What is left is the first 15 answers alone: their card and flags, a tail of their history.
    const { history, ...rest } = session.table.get('a') as FactMemory;
    const { history: first15History, ...first15Rest } = replay(study(['a'], 15, 12).log).get('a') as FactMemory;
    expect(rest).toEqual(first15Rest);
    expect(history).toEqual(first15History.slice(first15History.length - history.length));
  });

  it('forgets the answers given more than a day before the latest, which the fact’s history no longer holds', () => {
    const session = study(['a', 'b'], 4, 13, () => 13 * HOUR); // a at 13 h and 39 h, b at 26 h and 52 h
    expect(session.stack.steps.map((step) => step.reviewId)).toEqual(['review-2', 'review-3']);
    expect(session.table.get('a')?.history.map((step) => step.reviewId)).toEqual(['review-2']);
    expect(session.table.get('b')?.history.map((step) => step.reviewId)).toEqual(['review-3']);
    const pairs = undoAll(session);
    expect(pairs).toHaveLength(2);
    // Each answer came over a day after its fact's first and dropped it: card and flags come back exactly, not that step.
    pairs.forEach(({ rolledBack, previous }, n) => {
      const { history, ...rest } = rolledBack as FactMemory;
      const { history: storedHistory, ...storedRest } = previous as FactMemory;
      expect(rest).toEqual(storedRest);
      expect(history).toEqual([]);
      expect(storedHistory.map((step) => step.reviewId)).toEqual([`review-${1 - n}`]);
    });
    // The first answers stay: the reducer would ignore an undo of them, and the stack offers none.
    const a = session.table.get('a');
    expect(reducer.reduce(a, { kind: 'undo', undoes: 'review-0', factId: 'a', at: START + 2 * DAY })).toBe(a);
    expect(replay(session.log)).toEqual(session.table);
  });

  it('hands back only answers the reducer can take back, across sessions days apart', () => {
    const gap = (random: () => number): number => (random() < 0.1 ? Math.floor(random() * 3 * DAY) : withinMinutes(random));
    for (const seed of [21, 22, 23]) {
      const session = study(['a', 'b', 'c'], 200, seed, gap);
      const reach = session.stack.steps.length;
      expect(reach).toBeGreaterThan(0);
      const pairs = undoAll(session); // asserts each step is its fact's latest answer
      expect(pairs).toHaveLength(reach);
      for (const { rolledBack, previous } of pairs) {
        if (previous === undefined) {
          expect(rolledBack).toBeUndefined();
          continue;
        }
        const { history, ...rest } = rolledBack as FactMemory;
        const { history: storedHistory, ...storedRest } = previous;
        expect(rest).toEqual(storedRest);
        expect(history).toEqual(storedHistory.slice(storedHistory.length - history.length));
      }
      expect(replay(session.log)).toEqual(session.table);
    }
  });

  it('holds at least 30 steps and forgets the oldest past its capacity', () => {
    let stack = createUndoStack();
    expect(stack.capacity).toBeGreaterThanOrEqual(30);
    for (let n = 0; n < 40; n++) stack = pushUndo(stack, { factId: 'f', reviewId: `r${n}`, at: START + n * MINUTE, previous: undefined });
    expect(stack.steps).toHaveLength(stack.capacity);
    expect(stack.steps[0]?.reviewId).toBe(`r${40 - stack.capacity}`);
  });

  it('is plain data that does not change when pushed or popped', () => {
    const empty = createUndoStack(3);
    const one = pushUndo(empty, { factId: 'f', reviewId: 'r1', at: START, previous: undefined });
    expect(empty.steps).toEqual([]);
    expect(undo(one)?.stack).toEqual(empty);
    expect(one.steps).toHaveLength(1);
    expect(undo(empty)).toBeNull();
  });

  it('never holds more than a fact’s stored history can replay', () => {
    expect(createUndoStack(1000).capacity).toBe(UNDO_DEPTH);
    expect(createUndoStack(0).capacity).toBe(1);
  });
});
