/**
 * Replays the review log (or the part a saved collection lacks) through the reducer, one month
 * file at a time, so even 500k answers never sit in memory together.
 */
import type { StoreIo } from '../io';
import { readShards } from '../reviews/read-log';
import { emptyMemory } from './memory-table';
import { applyReviews, type CollectionReducer, type CollectionState } from './rebuild';

export interface LogView {
  readonly io: StoreIo;
  readonly folder: string;
  /** Complete bytes per month file. */
  readonly sizes: ReadonlyMap<string, number>;
}

export interface Replayed {
  readonly state: CollectionState;
  /** Month file → bytes folded in. */
  readonly applied: Map<string, number>;
  /** Month file → damaged lines skipped. */
  readonly skipped: Map<string, number>;
}

export async function replayLog(
  log: LogView,
  reducer: CollectionReducer,
  base: { readonly state: CollectionState; readonly applied: ReadonlyMap<string, number> } = {
    state: { memory: emptyMemory(), reviewCount: 0 },
    applied: new Map(),
  },
): Promise<Replayed> {
  const applied = new Map(base.applied);
  const skipped = new Map<string, number>();
  for await (const { shard, parsed, end } of readShards(log.io, log.folder, log.sizes, applied)) {
    applyReviews(base.state, parsed.records, reducer);
    applied.set(shard, end);
    if (parsed.badLines > 0) skipped.set(shard, parsed.badLines);
  }
  return { state: base.state, applied, skipped };
}

/** Where the saved watermark no longer fits the log (a month file shrank or vanished). */
export function watermarkBroken(applied: ReadonlyMap<string, number>, sizes: ReadonlyMap<string, number>): boolean {
  for (const [shard, bytes] of applied) {
    if (bytes > (sizes.get(shard) ?? 0)) return true;
  }
  return false;
}

export function skippedNotice(skipped: ReadonlyMap<string, number>): string | null {
  if (skipped.size === 0) return null;
  const total = [...skipped.values()].reduce((sum, n) => sum + n, 0);
  const files = [...skipped.keys()].map((shard) => `reviews/${shard}.jsonl`).join(', ');
  return `${total === 1 ? 'One line' : `${total} lines`} of your answer history (${files}) could not be read and ${total === 1 ? 'was' : 'were'} left out. The file was not changed.`;
}
