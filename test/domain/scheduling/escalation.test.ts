import { describe, expect, it } from 'vitest';
import { chooseFormat, MemoryState, suspendFact, type FactMemory, type PinnedMode, type StoredCard } from '../../../src-main/domain/scheduling';
import type { QuestionFormat } from '../../../src-main/domain/questions/model';
import { answerOnDue, DAY, START } from './fixtures';

const ALL: QuestionFormat[] = ['cloze', 'question-answer', 'multiple-choice', 'true-false', 'numeric', 'list-recall', 'matching'];
const NOW = START + 100 * DAY;

/** A real memory with some card fields replaced; answered the day before NOW unless told otherwise. */
function memoryWith(card: Partial<StoredCard>): FactMemory {
  const base = answerOnDue([3, 3, 3]).at(-1) as FactMemory;
  return { ...base, card: { ...base.card, reps: 0, last_review: NOW - DAY, ...card } };
}

const learning = memoryWith({ state: MemoryState.Learning, stability: 2.3 });
const relearning = memoryWith({ state: MemoryState.Relearning, stability: 40 });
const shaky = memoryWith({ state: MemoryState.Review, stability: 1.5 });
const settling = memoryWith({ state: MemoryState.Review, stability: 8 });
const solid = memoryWith({ state: MemoryState.Review, stability: 30 });

describe('chooseFormat', () => {
  const table: Array<[string, FactMemory | undefined, PinnedMode, QuestionFormat]> = [
    ['never answered', undefined, 'mixed', 'multiple-choice'],
    ['never answered', undefined, 'flashcards', 'multiple-choice'],
    ['never answered', undefined, 'typed', 'cloze'],
    ['new (suspended once)', suspendFact(undefined, START), 'mixed', 'multiple-choice'],
    ['learning', learning, 'mixed', 'multiple-choice'],
    ['relearning, even with high stability', relearning, 'mixed', 'multiple-choice'],
    ['review, stability 1.5 d', shaky, 'mixed', 'multiple-choice'],
    ['review, stability 1.5 d', shaky, 'typed', 'cloze'],
    ['review, stability 8 d', settling, 'mixed', 'cloze'],
    ['review, stability 8 d', settling, 'flashcards', 'cloze'],
    ['review, stability 8 d', settling, 'typed', 'cloze'],
    ['review, stability 30 d', solid, 'mixed', 'question-answer'],
    ['review, stability 30 d', solid, 'flashcards', 'cloze'],
    ['review, stability 30 d', solid, 'typed', 'question-answer'],
  ];
  it.each(table)('asks a fact %s in %s mode as %s', (_, memory, mode, expected) => {
    expect(chooseFormat(memory, ALL, mode, NOW)).toBe(expected);
  });

  it('puts the thresholds at 2 and 21 days of stability', () => {
    const at = (stability: number): QuestionFormat | null => chooseFormat(memoryWith({ state: MemoryState.Review, stability }), ALL, 'mixed', NOW);
    expect([at(1.99), at(2), at(20.9), at(21)]).toEqual(['multiple-choice', 'cloze', 'cloze', 'question-answer']);
  });

  it('lets the formats of a rung take turns by review count', () => {
    const recall = [0, 1, 2, 3, 4].map((reps) => chooseFormat(memoryWith({ state: MemoryState.Review, stability: 30, reps }), ALL, 'mixed', NOW));
    expect(recall).toEqual(['question-answer', 'numeric', 'list-recall', 'matching', 'question-answer']);
    const typedRecall = [0, 1, 2, 3].map((reps) => chooseFormat(memoryWith({ state: MemoryState.Review, stability: 30, reps }), ALL, 'typed', NOW));
    expect(typedRecall).toEqual(['question-answer', 'numeric', 'list-recall', 'question-answer']);
    const recognition = [0, 1].map((reps) => chooseFormat(memoryWith({ state: MemoryState.Learning, reps }), ALL, 'mixed', NOW));
    expect(recognition).toEqual(['multiple-choice', 'true-false']);
  });

  it('gives the same answer for the same inputs', () => {
    expect(chooseFormat(solid, ALL, 'mixed', NOW)).toBe(chooseFormat(structuredClone(solid), [...ALL].reverse(), 'mixed', NOW));
  });

  it('falls back to the nearest rung, the easier one on a tie', () => {
    expect(chooseFormat(undefined, ['numeric'], 'mixed', NOW)).toBe('numeric');
    expect(chooseFormat(solid, ['true-false'], 'mixed', NOW)).toBe('true-false');
    expect(chooseFormat(solid, ['true-false', 'cloze'], 'mixed', NOW)).toBe('cloze');
    expect(chooseFormat(settling, ['true-false', 'question-answer'], 'mixed', NOW)).toBe('true-false');
    expect(chooseFormat(undefined, ['matching', 'cloze'], 'mixed', NOW)).toBe('cloze');
  });

  it('asks a long-overdue solid fact one rung easier', () => {
    const faded = memoryWith({ state: MemoryState.Review, stability: 30, last_review: NOW - 400 * DAY });
    expect(chooseFormat(faded, ALL, 'mixed', NOW)).toBe('cloze');
    const onTime = memoryWith({ state: MemoryState.Review, stability: 30, last_review: NOW - 30 * DAY });
    expect(chooseFormat(onTime, ALL, 'mixed', NOW)).toBe('question-answer');
  });

  it('returns null when the mode allows none of the formats', () => {
    expect(chooseFormat(solid, ['matching', 'multiple-choice'], 'typed', NOW)).toBeNull();
    expect(chooseFormat(solid, ['question-answer', 'numeric', 'list-recall', 'matching'], 'flashcards', NOW)).toBeNull();
    expect(chooseFormat(undefined, [], 'mixed', NOW)).toBeNull();
  });
});
