import { default_w, forgetting_curve, fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  bandOf,
  BANDS_WEAKEST_FIRST,
  readMemoryAt,
  retrievabilityOf,
  reviewFact,
  suspendFact,
  type FactMemory,
} from '../../../src-main/domain/scheduling';
import { toFsrsCard } from '../../../src-main/domain/scheduling/engine';
import { answerOnDue, DAY, HOUR, noFuzz, START } from './fixtures';

/** A fact answered Good on every due date until it sits in review with a stability of weeks. */
const settled = answerOnDue([3, 3, 3, 3, 3], noFuzz).at(-1) as FactMemory;
const lastReview = settled.card.last_review as number;

describe('retrievabilityOf', () => {
  it('is null for a card never answered', () => {
    const fresh = reviewFact(undefined, 3, START, noFuzz);
    expect(retrievabilityOf({ ...fresh.card, state: 0, last_review: null }, START)).toBeNull();
  });

  it('is 1 at the answer and follows the FSRS forgetting curve after it, in fractional days', () => {
    expect(retrievabilityOf(settled.card, lastReview)).toBeCloseTo(1, 10);
    const later = lastReview + 10 * DAY + 12 * HOUR;
    expect(retrievabilityOf(settled.card, later)).toBeCloseTo(forgetting_curve(default_w, 10.5, settled.card.stability), 12);
  });

  it('agrees with ts-fsrs get_retrievability on whole days, which it floors', () => {
    const engine = fsrs();
    for (const days of [1, 7, 30, 200]) {
      const at = lastReview + days * DAY;
      expect(retrievabilityOf(settled.card, at)).toBeCloseTo(engine.get_retrievability(toFsrsCard(settled.card), new Date(at), false), 6);
    }
  });

  it('is 0.9 once as many days have passed as the stability says, and keeps falling', () => {
    const card = { ...settled.card, stability: 10 };
    expect(retrievabilityOf(card, lastReview + 10 * DAY)).toBeCloseTo(0.9, 10);
    expect(retrievabilityOf(card, lastReview + 100 * DAY)).toBeLessThan(0.7);
    expect(retrievabilityOf(card, lastReview + 1000 * DAY)).toBeLessThan(0.5);
  });

  it('never exceeds 1 when the clock is behind the last answer', () => {
    expect(retrievabilityOf(settled.card, lastReview - 5 * DAY)).toBeCloseTo(1, 10);
  });
});

describe('bandOf', () => {
  it('cuts at 0.9, 0.7 and 0.5, each floor belonging to the band above it', () => {
    expect(bandOf(null)).toBe('new');
    expect(bandOf(1)).toBe('strong');
    expect(bandOf(0.9)).toBe('strong');
    expect(bandOf(0.8999)).toBe('good');
    expect(bandOf(0.7)).toBe('good');
    expect(bandOf(0.6999)).toBe('shaky');
    expect(bandOf(0.5)).toBe('shaky');
    expect(bandOf(0.4999)).toBe('fading');
    expect(bandOf(0)).toBe('fading');
  });
});

describe('readMemoryAt', () => {
  it('reads a fact never answered as not studied yet', () => {
    expect(readMemoryAt(undefined, START)).toEqual({ band: 'new', retrievability: null });
  });

  it('moves a fact through every band as the days pass without review', () => {
    // Stability 10 days: recall 0.90 at 10 days, 0.81 at 30, 0.63 at 200, 0.49 at 1000 (FSRS-6's long tail).
    const memory: FactMemory = { ...settled, card: { ...settled.card, stability: 10 } };
    const bands = [0, 10, 30, 200, 1000].map((days) => readMemoryAt(memory, lastReview + days * DAY).band);
    expect(bands).toEqual(['strong', 'strong', 'good', 'shaky', 'fading']);
  });

  it('shows a new fact failed hours ago as no longer strong, though ts-fsrs would floor that to full recall', () => {
    const failed = reviewFact(undefined, 1, START, noFuzz);
    expect(readMemoryAt(failed, START + 6 * HOUR).band).toBe('good');
    expect(fsrs().get_retrievability(toFsrsCard(failed.card), new Date(START + 20 * HOUR), false)).toBe(1);
    expect(readMemoryAt(failed, START + 3 * DAY).band).toBe('shaky');
    expect(readMemoryAt(failed, START + 30 * DAY).band).toBe('fading');
  });

  it('keeps a suspended fact suspended, with its retrievability still measured', () => {
    const suspended = suspendFact(settled, lastReview + DAY);
    const reading = readMemoryAt(suspended, lastReview + 60 * DAY);
    expect(reading.band).toBe('suspended');
    expect(reading.retrievability).toBeCloseTo(retrievabilityOf(settled.card, lastReview + 60 * DAY) as number, 12);
  });
});

describe('BANDS_WEAKEST_FIRST', () => {
  it('lists every band once, studied bands weakest first, then not studied, then suspended', () => {
    expect(BANDS_WEAKEST_FIRST).toEqual(['fading', 'shaky', 'good', 'strong', 'new', 'suspended']);
  });
});
