/**
 * How well a fact is remembered right now: its retrievability (the chance of recalling it, from
 * the FSRS forgetting curve) and the band the Reader shades it with.
 */
import { default_w, forgetting_curve, State } from 'ts-fsrs';
import type { FactMemory, StoredCard } from './memory';

/**
 * The Reader's bands, strongest first; `new` is a fact never answered (or every answer taken
 * back), `suspended` one the learner set aside, whatever its memory.
 */
export type MemoryBand = 'strong' | 'good' | 'shaky' | 'fading' | 'new' | 'suspended';

/** Lower bounds of the studied bands: at or above 0.9 a fact is strong, below 0.5 it is fading. */
export const BAND_FLOORS = { strong: 0.9, good: 0.7, shaky: 0.5 } as const;

const DAY_MS = 86_400_000;

/**
 * The recall probability of a card at `now`, 0–1; `null` before its first answer. Elapsed time
 * counts in fractional days: ts-fsrs's `get_retrievability` floors it to whole days, which would
 * show a fact failed an hour ago as fully remembered. The curve is `forgetting_curve` with the
 * default FSRS weights, the ones the scheduler's engine and the format escalation use.
 */
export function retrievabilityOf(card: StoredCard, now: number): number | null {
  if (card.state === State.New || card.last_review === null) return null;
  const elapsedDays = Math.max(0, (now - card.last_review) / DAY_MS);
  return forgetting_curve(default_w, elapsedDays, card.stability);
}

/** The band for a retrievability (`null`: not studied yet). */
export function bandOf(retrievability: number | null): Exclude<MemoryBand, 'suspended'> {
  if (retrievability === null) return 'new';
  if (retrievability >= BAND_FLOORS.strong) return 'strong';
  if (retrievability >= BAND_FLOORS.good) return 'good';
  if (retrievability >= BAND_FLOORS.shaky) return 'shaky';
  return 'fading';
}

export interface MemoryReading {
  readonly band: MemoryBand;
  readonly retrievability: number | null;
}

/** A fact's band and retrievability at `now`, from its memory (`undefined`: never answered). */
export function readMemoryAt(memory: FactMemory | undefined, now: number): MemoryReading {
  const retrievability = memory === undefined ? null : retrievabilityOf(memory.card, now);
  return { band: memory?.suspended === true ? 'suspended' : bandOf(retrievability), retrievability };
}

/**
 * Bands from the one most in need of attention to the least, for overlapping facts: a studied
 * band always wins over "not studied yet" and "suspended", since what the learner knows is what
 * the shading exists to show; among studied bands the weakest wins.
 */
export const BANDS_WEAKEST_FIRST: readonly MemoryBand[] = ['fading', 'shaky', 'good', 'strong', 'new', 'suspended'];
