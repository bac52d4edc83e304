import { describe, expect, it } from 'vitest';
import {
  createMemoryReducer,
  createUndoStack,
  pushUndo,
  undo,
  UNDO_DEPTH,
  type FactMemory,
  type MemoryEvent,
  type UndoStack,
} from '../../../src-main/domain/scheduling';
import { MINUTE, seededRandom, settings, START } from './fixtures';

const reducer = createMemoryReducer(settings);

interface Session {
  readonly table: Map<string, FactMemory | undefined>;
  readonly log: MemoryEvent[];
  stack: UndoStack;
}

/** `count` answers over `factIds`, each answered when due (or now, if later), recorded for undo. */
function study(factIds: readonly string[], count: number, seed: number): Session {
  const random = seededRandom(seed);
  const session: Session = { table: new Map(), log: [], stack: createUndoStack() };
  let now = START;
  for (let n = 0; n < count; n++) {
    const factId = factIds[n % factIds.length] as string;
    const previous = session.table.get(factId);
    now = Math.max(now + MINUTE, previous?.card.due ?? now);
    const event: MemoryEvent = { id: `review-${n}`, at: now, factId, rating: ([1, 2, 3, 3, 4] as const)[Math.floor(random() * 5)] as number };
    session.table.set(factId, reducer.reduce(previous, event));
    session.log.push(event);
    session.stack = pushUndo(session.stack, { factId, reviewId: event.id, previous });
  }
  return session;
}

function replay(log: readonly MemoryEvent[]): Map<string, FactMemory | undefined> {
  const table = new Map<string, FactMemory | undefined>();
  for (const event of log) table.set(event.factId, reducer.reduce(table.get(event.factId), event));
  return table;
}

describe('the undo stack', () => {
  /** Undoes the whole stack through the reducer, as the log replays it; returns each rollback beside the memory stored for it. */
  function undoAll(session: Session): Array<{ rolledBack: FactMemory | undefined; previous: FactMemory | undefined }> {
    const pairs: Array<{ rolledBack: FactMemory | undefined; previous: FactMemory | undefined }> = [];
    for (let popped = undo(session.stack); popped !== null; popped = undo(session.stack)) {
      const { step, stack } = popped;
      expect(step.reviewId).toBe(`review-${session.log.length - 1 - 2 * pairs.length}`);
      const undoEvent: MemoryEvent = { kind: 'undo', undoes: step.reviewId, factId: step.factId, at: START };
      const rolledBack = reducer.reduce(session.table.get(step.factId), undoEvent);
      pairs.push({ rolledBack, previous: step.previous });
      session.table.set(step.factId, rolledBack);
      session.log.push(undoEvent);
      session.stack = stack;
    }
    return pairs;
  }

  it('undoes 30 answers over three facts, each rollback exactly the memory stored before the answer', () => {
    const session = study(['a', 'b', 'c'], 45, 11);
    const pairs = undoAll(session);
    expect(pairs).toHaveLength(UNDO_DEPTH);
    for (const { rolledBack, previous } of pairs) expect(rolledBack).toEqual(previous);
    // What is left equals the first 15 answers alone, and the log with its undos replays to it.
    expect(replay(session.log)).toEqual(session.table);
    expect(session.table).toEqual(replay(study(['a', 'b', 'c'], 15, 11).log));
  });

  it('undoes 30 answers of one fact whose history is full: exact card and flags, the history a tail of the stored one', () => {
    const session = study(['a'], 45, 12);
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
    expect(session.table.get('a')?.card).toEqual(replay(study(['a'], 15, 12).log).get('a')?.card);
  });

  it('holds at least 30 steps and forgets the oldest past its capacity', () => {
    let stack = createUndoStack();
    expect(stack.capacity).toBeGreaterThanOrEqual(30);
    for (let n = 0; n < 40; n++) stack = pushUndo(stack, { factId: 'f', reviewId: `r${n}`, previous: undefined });
    expect(stack.steps).toHaveLength(stack.capacity);
    expect(stack.steps[0]?.reviewId).toBe(`r${40 - stack.capacity}`);
  });

  it('is plain data that does not change when pushed or popped', () => {
    const empty = createUndoStack(3);
    const one = pushUndo(empty, { factId: 'f', reviewId: 'r1', previous: undefined });
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
