import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MemoryState,
  previewIntervals,
  readMemory,
  reviewFact,
  rollbackLatestReview,
  suspendFact,
  UNDO_WINDOW_MS,
  unsuspendFact,
  type FactMemory,
  type ReviewRating,
} from '../../../src-main/domain/scheduling';
import { answerOnDue, DAY, HOUR, MINUTE, noFuzz, settings, START } from './fixtures';

/** Answers `gap` apart, due or not, from START: a study session, when the gaps add up to less than a day. */
function answerEvery(ratings: readonly ReviewRating[], gap: number): FactMemory[] {
  const memories: FactMemory[] = [];
  let memory: FactMemory | undefined;
  ratings.forEach((rating, n) => {
    memory = reviewFact(memory, rating, START + n * gap, settings, `r${n}`);
    memories.push(memory);
  });
  return memories;
}

const intervalAfter = (memory: FactMemory): number => memory.card.due - (memory.card.last_review ?? 0);

describe('reviewFact', () => {
  it('starts a new fact in learning with the first learning step', () => {
    const memory = reviewFact(undefined, 3, START, settings);
    expect(memory.card.state).toBe(MemoryState.Learning);
    expect(memory.card.due).toBe(START + 10 * MINUTE); // Good on step one of ['1m', '10m']
    expect(memory.card.reps).toBe(1);
    expect(memory).toMatchObject({ lapses: 0, suspended: false, leech: false });
    expect(memory.history).toHaveLength(1);
  });

  it('lets intervals grow with each Good answered on time', () => {
    const memories = answerOnDue([3, 3, 3, 3, 3, 3]);
    const reviewIntervals = memories.slice(2).map(intervalAfter);
    expect(memories.at(-1)?.card.state).toBe(MemoryState.Review);
    for (let n = 1; n < reviewIntervals.length; n++) {
      expect(reviewIntervals[n]).toBeGreaterThan(reviewIntervals[n - 1] as number);
    }
    expect(reviewIntervals.at(-1)).toBeGreaterThan(60 * DAY);
  });

  it('turns Again on a review into a lapse with a short relearning step', () => {
    const learned = answerOnDue([3, 3, 3, 3]).at(-1) as FactMemory;
    const lapsed = reviewFact(learned, 1, learned.card.due, settings);
    expect(lapsed.card.state).toBe(MemoryState.Relearning);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.card.lapses).toBe(1);
    expect(lapsed.card.due).toBe(learned.card.due + 10 * MINUTE);
    expect(lapsed.card.stability).toBeLessThan(learned.card.stability);
  });

  it('flags a leech and suspends it at the eighth lapse, not before', () => {
    let memory = answerOnDue([3, 3]).at(-1) as FactMemory;
    const lapseCounts: Array<[number, boolean]> = [];
    for (let lapse = 1; lapse <= 8; lapse++) {
      memory = reviewFact(memory, 1, memory.card.due, settings); // forget
      memory = reviewFact(memory, 3, memory.card.due, settings); // relearn, back to review
      lapseCounts.push([memory.lapses, memory.leech]);
      expect(memory.suspended).toBe(lapse === 8);
    }
    expect(lapseCounts.map(([lapses]) => lapses)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(lapseCounts.map(([, leech]) => leech)).toEqual([false, false, false, false, false, false, false, true]);
  });

  it('follows the leech threshold in the settings, and never flags with the check off', () => {
    const lapseTimes = (options: typeof settings, count: number): FactMemory => {
      let memory = answerOnDue([3, 3], options).at(-1) as FactMemory;
      for (let lapse = 0; lapse < count; lapse++) {
        memory = reviewFact(memory, 1, memory.card.due, options);
        memory = reviewFact(memory, 3, memory.card.due, options);
      }
      return memory;
    };
    expect(lapseTimes({ ...settings, leechLapses: 2 }, 2)).toMatchObject({ leech: true, suspended: true });
    expect(lapseTimes({ ...settings, leechLapses: 0 }, 10)).toMatchObject({ lapses: 10, leech: false, suspended: false });
  });

  it('does not change the memory it is given', () => {
    const before = answerOnDue([3, 3, 3]).at(-1) as FactMemory;
    const copy = structuredClone(before);
    reviewFact(before, 1, before.card.due, settings);
    expect(before).toEqual(copy);
  });

  it('gives the same fuzzed interval for the same inputs', () => {
    const first = answerOnDue([3, 3, 3, 3, 4, 3]);
    const second = answerOnDue([3, 3, 3, 3, 4, 3]);
    expect(second).toEqual(first);
  });

  it('fuzzes intervals only when fuzz is on', () => {
    const fuzzed = answerOnDue([3, 3, 3, 3, 3, 3, 3]).map((memory) => memory.card.due);
    const plain = answerOnDue([3, 3, 3, 3, 3, 3, 3], noFuzz).map((memory) => memory.card.due);
    expect(fuzzed).not.toEqual(plain);
    expect(fuzzed.slice(0, 2)).toEqual(plain.slice(0, 2)); // learning steps are never fuzzed
  });

  it('keeps at most 30 answers in the history of a fact answered all day', () => {
    const memories = answerEvery(Array.from({ length: 40 }, () => 3 as const), 20 * MINUTE);
    const last = memories.at(-1) as FactMemory;
    expect(last.history).toHaveLength(30);
    expect(last.history).toEqual([...(memories.at(-2) as FactMemory).history.slice(1), last.history.at(-1)]);
    expect(last.card.reps).toBe(40);
  });

  it('keeps only the answers of the last day: a fact answered on day 1, 5 and 20 keeps the latest', () => {
    const day1 = reviewFact(undefined, 3, START, settings, 'r1');
    const day5 = reviewFact(day1, 3, START + 4 * DAY, settings, 'r5');
    const day20 = reviewFact(day5, 3, START + 19 * DAY, settings, 'r20');
    expect(day5.history.map((step) => step.reviewId)).toEqual(['r5']);
    expect(day20.history.map((step) => step.reviewId)).toEqual(['r20']);
    expect(day20.card.reps).toBe(3);
    // Undo of the latest answer restores the card (and flags) before it exactly; the dropped step stays gone.
    const undone = rollbackLatestReview(day20) as FactMemory;
    expect(undone.card).toEqual(day5.card);
    expect(undone).toEqual({ ...day5, history: [] });
    expect(rollbackLatestReview(undone)).toBe(undone);
  });

  it('keeps an answer exactly a day old, not one a millisecond older', () => {
    const first = reviewFact(undefined, 3, START, settings, 'r1');
    expect(reviewFact(first, 3, START + UNDO_WINDOW_MS, settings, 'r2').history).toHaveLength(2);
    expect(reviewFact(first, 3, START + UNDO_WINDOW_MS + 1, settings, 'r2').history).toHaveLength(1);
  });

  it('stores a settled fact in under 600 bytes of JSON', () => {
    const ratings = [3, 3, 3, 1, 3, 3, 2, 3, 4, 3, 3, 3] as const;
    const settled = answerOnDue(ratings).at(-1) as FactMemory;
    expect(settled.card.state).toBe(MemoryState.Review);
    expect(settled.history).toHaveLength(1);
    const withId = reviewFact(answerOnDue(ratings.slice(0, -1)).at(-1), 3, settled.card.last_review as number, settings, 'review-0123456789abcdef');
    expect(JSON.stringify(withId).length).toBeLessThan(600);
    expect(JSON.stringify(settled).length).toBeLessThan(600);
  });

  it('treats an answer dated before the previous one as given at the previous one', () => {
    const learned = answerOnDue([3, 3, 3]).at(-1) as FactMemory;
    const lastReview = learned.card.last_review as number;
    const backwards = reviewFact(learned, 3, lastReview - 5 * DAY, settings);
    expect(backwards.card.last_review).toBe(lastReview);
    expect(Number.isFinite(backwards.card.stability)).toBe(true);
  });

  it('produces plain JSON data: read back from text, it is the same memory', () => {
    const memory = answerOnDue([3, 1, 3, 2, 4]).at(-1) as FactMemory;
    const parsed: unknown = JSON.parse(JSON.stringify(memory));
    expect(parsed).toEqual(memory);
    expect(readMemory(parsed)).toEqual(memory);
  });
});

describe('previewIntervals', () => {
  it('shows the due time each button would give, in the order Again ≤ Hard ≤ Good ≤ Easy', () => {
    const learned = answerOnDue([3, 3, 3]).at(-1) as FactMemory;
    const now = learned.card.due;
    const preview = previewIntervals(learned, now, settings);
    expect(preview.again).toBeLessThanOrEqual(preview.hard);
    expect(preview.hard).toBeLessThanOrEqual(preview.good);
    expect(preview.good).toBeLessThanOrEqual(preview.easy);
    expect(preview.good).toBe(reviewFact(learned, 3, now, settings).card.due);
    expect(preview.easy).toBe(reviewFact(learned, 4, now, settings).card.due);
  });

  it('matches the answer given a little later the same day, fuzz included', () => {
    const learned = answerOnDue([3, 3, 3, 3]).at(-1) as FactMemory;
    const shown = learned.card.due;
    const preview = previewIntervals(learned, shown, settings);
    const answered = reviewFact(learned, 3, shown + 7_000, settings);
    expect(answered.card.due - (shown + 7_000)).toBe(preview.good - shown);
  });

  it('matches the answer given a little later for a new fact too', () => {
    for (let hour = 0; hour < 20; hour++) {
      const shown = START + hour * HOUR;
      const preview = previewIntervals(undefined, shown, settings);
      expect(reviewFact(undefined, 4, shown + 7_000, settings).card.due - 7_000).toBe(preview.easy);
    }
  });

  it('previews a new fact with the learning steps', () => {
    const preview = previewIntervals(undefined, START, settings);
    expect(preview.again).toBe(START + MINUTE);
    expect(preview.good).toBe(START + 10 * MINUTE);
    expect(preview.easy).toBeGreaterThan(START + DAY);
  });
});

describe('rollbackLatestReview', () => {
  it('restores the memory before each answer of a day exactly, back to no memory at all', () => {
    const memories = answerEvery([3, 3, 1, 3, 2, 3, 4, 1, 1, 3], 37 * MINUTE);
    const states = memories.map((memory) => memory.card.state);
    expect(states).toContain(MemoryState.Review);
    expect(states).toContain(MemoryState.Relearning);
    expect(memories.at(-1)?.history).toHaveLength(10);
    let memory: FactMemory | undefined = memories.at(-1);
    for (let n = memories.length - 2; n >= 0; n--) {
      memory = rollbackLatestReview(memory as FactMemory);
      expect(memory).toEqual(memories[n]);
    }
    expect(rollbackLatestReview(memory as FactMemory)).toBeUndefined();
  });

  it('restores the due date ts-fsrs cannot know when the answer was late', () => {
    const learning = reviewFact(undefined, 3, START, settings); // due in 10 minutes
    const late = reviewFact(learning, 3, learning.card.due + 5 * HOUR, settings);
    expect(rollbackLatestReview(late)).toEqual(learning);
    const learned = answerOnDue([3, 3, 3]).at(-1) as FactMemory;
    const daysLate = reviewFact(learned, 3, learned.card.due + 4 * DAY, settings);
    expect(rollbackLatestReview(daysLate)).toEqual({ ...learned, history: [] });
  });

  it('takes back the leech flag and the suspension the answer brought', () => {
    const options = { ...DEFAULT_SETTINGS, leechLapses: 1 };
    const learned = reviewFact(undefined, 4, START, options); // Easy: straight to review
    expect(learned.card.state).toBe(MemoryState.Review);
    const leech = reviewFact(learned, 1, START + HOUR, options);
    expect(leech).toMatchObject({ leech: true, suspended: true });
    expect(rollbackLatestReview(leech)).toEqual(learned);
    // A lapse days later dropped the earlier step; the flags and card still come back exactly.
    const settled = answerOnDue([3, 3], options).at(-1) as FactMemory;
    const lateLeech = reviewFact(settled, 1, settled.card.due, options);
    expect(lateLeech).toMatchObject({ leech: true, suspended: true, history: [expect.anything()] });
    expect(rollbackLatestReview(lateLeech)).toEqual({ ...settled, history: [] });
  });

  it('returns a memory without history unchanged', () => {
    const suspended = suspendFact(undefined, START);
    expect(rollbackLatestReview(suspended)).toBe(suspended);
  });
});

describe('suspendFact and unsuspendFact', () => {
  it('suspends a fact never answered and one in review, and lifts it again', () => {
    const fresh = suspendFact(undefined, START);
    expect(fresh).toMatchObject({ suspended: true, leech: false, history: [] });
    expect(fresh.card.state).toBe(MemoryState.New);
    const learned = answerOnDue([3, 3, 3]).at(-1) as FactMemory;
    expect(unsuspendFact(suspendFact(learned, START))).toEqual(learned);
    expect(unsuspendFact(undefined)).toBeUndefined();
  });

  it('keeps the leech flag when a leech is unsuspended', () => {
    const options = { ...DEFAULT_SETTINGS, leechLapses: 1 };
    const learned = answerOnDue([3, 3], options).at(-1) as FactMemory;
    const leech = reviewFact(learned, 1, learned.card.due, options);
    expect(unsuspendFact(leech)).toMatchObject({ leech: true, suspended: false });
  });
});
