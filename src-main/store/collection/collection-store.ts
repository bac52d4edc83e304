/**
 * The collection in memory (a table of memory states) and on disk (`collection.json`), kept off
 * the answer path: an answer changes the table once it is in the log, and the file is saved a
 * little later (at least `debounceMs`, longer when saves are slow, so a big collection is not
 * rewritten every two seconds) and at close. At open, a missing or damaged file is rebuilt from
 * the log, a file built by another reducer is rebuilt, and a file that lacks the latest answers
 * (a crash before the save) catches up by replaying just those.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { StoreIo } from '../io';
import type { AppendedReview } from '../reviews/review-log';
import { StoredDocument } from '../stored-document';
import { Deferred, type Timers } from '../timers';
import { CollectionFileSchema, emptyCollection, serializeCollection, type CollectionFile } from './collection-file';
import { adoptMemory, MemorySnapshot, memoryOf } from './memory-table';
import type { CollectionReducer, CollectionState } from './rebuild';
import { replayLog, skippedNotice, watermarkBroken, type LogView, type Replayed } from './replay';

export interface CollectionOptions {
  readonly io: StoreIo;
  readonly now: () => number;
  readonly readOnlyReason: string | null;
  readonly reducer: CollectionReducer;
  readonly log: LogView;
  readonly timers: Timers;
  readonly debounceMs: number;
  /** Where a failed background save is reported (the answers themselves are safe in the log). */
  readonly onError: (error: unknown) => void;
}

/** A save may take at most this share of the time between saves. */
const SAVE_DUTY = 10;

export class Collection {
  readonly #saver: Deferred;
  #dirty = false;
  #saving: Promise<void> = Promise.resolve();
  #snapshot: MemorySnapshot | null = null;
  #lastSaveMs = 0;
  /** The reducer threw on an answer: the saved file is marked so the next open rebuilds it. */
  #missedAnswer = false;

  private constructor(
    private readonly doc: StoredDocument<CollectionFile>,
    private readonly state: CollectionState,
    private readonly applied: Map<string, number>,
    readonly notices: readonly string[],
    private readonly options: CollectionOptions,
  ) {
    const delay = () => Math.max(options.debounceMs, this.#lastSaveMs * SAVE_DUTY);
    this.#saver = new Deferred(options.timers, delay, () => void this.flush().catch(options.onError));
  }

  static async open(dataDir: string, options: CollectionOptions): Promise<Collection> {
    const { reducer, log } = options;
    let rebuilt: Replayed | null = null;
    const doc = await StoredDocument.open(path.join(dataDir, 'collection.json'), {
      ...options,
      label: 'your learning progress',
      schema: CollectionFileSchema,
      schemaVersion: 1,
      pretty: false,
      defaults: () => emptyCollection(reducer.id),
      async recover() {
        if (![...log.sizes.values()].some((size) => size > 0)) return null;
        rebuilt = await replayLog(log, reducer);
        const { memory, reviewCount } = rebuilt.state;
        return { data: { ...emptyCollection(reducer.id), memory, reviewCount, applied: Object.fromEntries(rebuilt.applied) }, from: 'your answer history', how: 'rebuilt' };
      },
    });
    const notices: string[] = [];
    let replayed: Replayed | null = rebuilt;
    const saved = doc.data;
    if (replayed === null) {
      const applied = new Map(Object.entries(saved.applied));
      const broken = watermarkBroken(applied, log.sizes);
      if (broken) notices.push('Your answer history is shorter than your saved progress, so Factdeck recomputed your progress from the history.');
      const base = { state: { memory: adoptMemory(saved.memory as Record<string, unknown>), reviewCount: saved.reviewCount }, applied };
      replayed = saved.reducer !== reducer.id || broken ? await replayLog(log, reducer) : await replayLog(log, reducer, base);
    }
    const skipped = skippedNotice(replayed.skipped);
    if (skipped !== null) notices.push(skipped);
    const collection = new Collection(doc, replayed.state, replayed.applied, [...doc.notices, ...notices], options);
    if (!sameWatermark(saved, replayed.applied) || saved.reducer !== reducer.id) {
      collection.#dirty = true;
      await collection.flush().catch(options.onError);
    }
    return collection;
  }

  get(factId: string): unknown {
    return memoryOf(this.state.memory, factId);
  }

  get reviewCount(): number {
    return this.state.reviewCount;
  }

  /** Folds one durable answer in; the save follows later. */
  apply({ record, shard, end }: AppendedReview): void {
    this.#snapshot?.keep(record.factId);
    try {
      this.state.memory[record.factId] = this.options.reducer.reduce(memoryOf(this.state.memory, record.factId), record);
    } catch (error) {
      this.#missedAnswer = true;
      throw error;
    } finally {
      this.state.reviewCount++;
      this.applied.set(shard, end);
      this.#dirty = true;
      this.#saver.schedule();
    }
  }

  /** Saves now if anything changed, and waits for any save in progress. */
  flush(): Promise<void> {
    this.#saver.cancel();
    if (!this.#dirty || this.doc.readOnlyReason !== null) return this.#saving;
    this.#dirty = false;
    const run = this.#saving.then(() => this.#save());
    this.#saving = run.catch(() => {});
    return run;
  }

  async close(): Promise<void> {
    await this.flush().catch(this.options.onError);
    this.#saver.cancel();
    await this.doc.close();
  }

  async #save(): Promise<void> {
    const started = performance.now();
    const { reducer, now } = this.options;
    const head = { schemaVersion: 1, reducer: this.#missedAnswer ? `${reducer.id}!incomplete` : reducer.id, updatedAt: now(), applied: Object.fromEntries(this.applied), reviewCount: this.state.reviewCount } as const;
    this.#snapshot = new MemorySnapshot(this.state.memory);
    try {
      const text = await serializeCollection(head, this.#snapshot);
      this.#snapshot = null;
      await this.doc.saveText(text);
    } catch (error) {
      this.#snapshot = null;
      this.#dirty = true;
      this.#saver.schedule();
      throw error;
    }
    this.#lastSaveMs = performance.now() - started;
  }
}

function sameWatermark(file: CollectionFile, applied: ReadonlyMap<string, number>): boolean {
  const saved = Object.entries(file.applied);
  return saved.length === applied.size && saved.every(([shard, bytes]) => applied.get(shard) === bytes);
}
