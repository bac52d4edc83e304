/** Shared fixed times, settings and a seeded random source for the scheduling tests. */
import { DEFAULT_SETTINGS, reviewFact, type FactMemory, type ReviewRating, type SchedulerSettings } from '../../../src-main/domain/scheduling';

export const START = new Date('2026-03-01T09:00:00Z').getTime();
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const settings: SchedulerSettings = DEFAULT_SETTINGS;
export const noFuzz: SchedulerSettings = { ...DEFAULT_SETTINGS, fuzz: false };

/** mulberry32: a small seeded generator, so "random" sequences are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Answers every time the fact falls due, with the given ratings; returns each memory along the way. */
export function answerOnDue(ratings: readonly ReviewRating[], options: SchedulerSettings = settings, start = START): FactMemory[] {
  const memories: FactMemory[] = [];
  let memory: FactMemory | undefined;
  let now = start;
  for (const rating of ratings) {
    memory = reviewFact(memory, rating, now, options);
    memories.push(memory);
    now = memory.card.due;
  }
  return memories;
}
