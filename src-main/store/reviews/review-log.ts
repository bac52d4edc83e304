/**
 * The append-only review log. `append` resolves only once the line is on disk (see
 * shard-writer.ts). Appends run one at a time, in call order. A failed append leaves the answer
 * in memory (`pendingCount`): it is written before the next answer, by `retry`, or at `close`.
 */
import type { LogRecord } from '../../contract';
import { ServiceError } from '../../service-error';
import { makeFolderDurably } from '../durable-fs';
import type { StoreIo } from '../io';
import { answerNotSaved } from '../storage-error';
import { encodeReview } from './review-record';
import { openShards, type ShardState } from './shard-state';
import { ShardWriter, type AppendedReview } from './shard-writer';

export type { AppendedReview } from './shard-writer';

export interface ReviewLogOptions {
  readonly io: StoreIo;
  /** Another Factdeck owns the folder: read only, repair nothing. */
  readonly readOnlyReason: string | null;
  /** Called, in log order, for every line once it is durable (also for retried ones). */
  readonly onDurable?: (appended: AppendedReview) => void;
  /** Where a failing `onDurable` is reported: the answer is durable all the same. */
  readonly onError?: (error: unknown) => void;
}

interface Pending {
  readonly record: LogRecord;
  readonly bytes: Buffer;
  settle: { resolve: () => void; reject: (error: unknown) => void } | null;
}

export class ReviewLog {
  readonly #pending: Pending[] = [];
  #chain: Promise<unknown> = Promise.resolve();
  readonly #writer: ShardWriter;
  #closed = false;

  private constructor(
    readonly folder: string,
    private readonly shards: Map<string, ShardState>,
    /** Bytes cut off torn last lines at open. */
    readonly repairedBytes: number,
    private readonly options: ReviewLogOptions,
  ) {
    this.#writer = new ShardWriter(options.io, folder, shards);
  }

  static async open(folder: string, options: ReviewLogOptions): Promise<ReviewLog> {
    const writable = options.readOnlyReason === null;
    if (writable) await makeFolderDurably(folder, options.io);
    const { shards, repairedBytes } = await openShards(options.io, folder, writable);
    return new ReviewLog(folder, shards, repairedBytes, options);
  }

  /** Complete bytes per month file: everything a reader may trust. */
  get sizes(): ReadonlyMap<string, number> {
    return new Map([...this.shards].map(([shard, state]) => [shard, state.size]));
  }

  get pendingCount(): number {
    return this.#pending.length;
  }

  append(record: LogRecord): Promise<void> {
    if (this.options.readOnlyReason !== null) return Promise.reject(new ServiceError('storage-failed', this.options.readOnlyReason));
    if (this.#closed) return Promise.reject(new Error('The review log is closed.'));
    let bytes: Buffer;
    try {
      bytes = encodeReview(record);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.#pending.push({ record, bytes, settle: { resolve, reject } });
      this.#drain().catch(() => {}); // the answer's own promise carries the failure
    });
  }

  /** Writes the answers a failed disk left in memory; rejects if the disk still fails. */
  retry(): Promise<void> {
    return this.#drain();
  }

  /** Tries once more to write what is pending, then closes the file. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#drain().catch(() => {});
    await this.#writer.close();
  }

  #drain(): Promise<void> {
    const run = this.#chain.then(() => this.#writePending());
    this.#chain = run.catch(() => {});
    return run;
  }

  async #writePending(): Promise<void> {
    for (let item = this.#pending[0]; item !== undefined; item = this.#pending[0]) {
      let appended: AppendedReview;
      try {
        appended = await this.#writer.write(item.record, item.bytes);
      } catch (error) {
        const failure = answerNotSaved(error, this.#pending.length);
        for (const waiting of this.#pending) waiting.settle?.reject(failure);
        for (const waiting of this.#pending) waiting.settle = null;
        throw failure;
      }
      this.#pending.shift();
      try {
        this.options.onDurable?.(appended);
      } catch (error) {
        this.options.onError?.(error); // a reducer bug: the collection marks itself for a rebuild
      }
      item.settle?.resolve();
    }
  }
}
