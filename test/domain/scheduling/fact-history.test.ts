import { describe, expect, it } from 'vitest';
import { factHistory, type MemoryEvent } from '../../../src-main/domain/scheduling';
import { MINUTE, START } from './fixtures';

const answer = (id: string, factId: string, minutes: number, rating = 3) => ({ id, factId, at: START + minutes * MINUTE, rating });
const undo = (undoes: string, factId: string, minutes: number) => ({ kind: 'undo' as const, undoes, factId, at: START + minutes * MINUTE });

describe('factHistory', () => {
  it('lists one fact’s answers newest first and nothing of other facts', () => {
    const log: MemoryEvent[] = [answer('a1', 'f1', 0), answer('b1', 'f2', 1), answer('a2', 'f1', 10, 1), { kind: 'suspend', factId: 'f1', at: START + 11 * MINUTE }];
    const history = factHistory(log, 'f1');
    expect(history.answers.map((entry) => entry.id)).toEqual(['a2', 'a1']);
    expect(history.undone).toBe(0);
  });

  it('leaves out answers taken back, several undos in a row taking back several', () => {
    const log: MemoryEvent[] = [
      answer('a1', 'f1', 0),
      answer('a2', 'f1', 1),
      answer('a3', 'f1', 2),
      undo('a3', 'f1', 3),
      undo('a2', 'f1', 3),
      // an overruled grade: the wrong answer annulled, the same answer written again as right
      answer('a4', 'f1', 4, 1),
      undo('a4', 'f1', 4),
      answer('a5', 'f1', 4, 3),
    ];
    const history = factHistory(log, 'f1');
    expect(history.answers.map((entry) => entry.id)).toEqual(['a5', 'a1']);
    expect(history.undone).toBe(3);
  });

  it('ignores an undo of an answer that is not the latest still standing, as the reducer does', () => {
    const log: MemoryEvent[] = [answer('a1', 'f1', 0), answer('a2', 'f1', 1), undo('a1', 'f1', 2), undo('zz', 'f1', 3), undo('a2', 'f9', 4)];
    const history = factHistory(log, 'f1');
    expect(history.answers.map((entry) => entry.id)).toEqual(['a2', 'a1']);
    expect(history.undone).toBe(0);
  });

  it('is empty for a fact never answered', () => {
    expect(factHistory([answer('a1', 'f1', 0)], 'other')).toEqual({ answers: [], undone: 0 });
  });
});
