/**
 * Seeded randomness: every "random" choice (option order, true or false) is derived from a
 * question's stable id, so the same article always gives the same deck.
 */
import { stableHash } from '../ids';

export type Random = () => number;

/** mulberry32 seeded with the first 32 bits of the seed's stable hash. */
export function seededRandom(seed: string): Random {
  let state = Number.parseInt(stableHash(seed).slice(0, 8), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}
