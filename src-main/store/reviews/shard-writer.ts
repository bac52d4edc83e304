/**
 * Writes one line to its month file and makes it durable: append, fsync, and an fsync of the
 * folder the first time a file is created. The month file being written stays open between
 * answers. After a failed write, the next one first cuts the file back to its last complete
 * line, so a later line never joins a torn one.
 */
import type { LogRecord } from '../../contract';
import { fsyncFolder } from '../durable-fs';
import type { StoreFileHandle, StoreIo } from '../io';
import type { ShardState } from './shard-state';
import { shardFile, shardOf } from './shards';

export interface AppendedReview {
  readonly record: LogRecord;
  readonly shard: string;
  /** The shard's size once this line was written. */
  readonly end: number;
}

export class ShardWriter {
  #handle: { shard: string; file: StoreFileHandle } | null = null;

  constructor(
    private readonly io: StoreIo,
    private readonly folder: string,
    private readonly shards: Map<string, ShardState>,
  ) {}

  async write(record: LogRecord, bytes: Uint8Array): Promise<AppendedReview> {
    const shard = shardOf(record.at);
    let state = this.shards.get(shard);
    if (state === undefined) {
      state = { size: 0, suspectTail: false, entryDurable: false };
      this.shards.set(shard, state);
    }
    try {
      const handle = await this.#handleFor(shard);
      if (state.suspectTail) {
        await handle.truncate(state.size);
        await handle.sync();
        state.suspectTail = false;
      }
      state.suspectTail = true; // until the line is known to be whole and on disk
      for (let written = 0; written < bytes.length; ) {
        written += (await handle.write(bytes.subarray(written))).bytesWritten;
      }
      await handle.sync();
      state.suspectTail = false;
      if (!state.entryDurable) {
        await fsyncFolder(this.folder, this.io);
        state.entryDurable = true;
      }
    } catch (error) {
      await this.close(); // reopened on the next attempt, in case the handle itself went bad
      throw error;
    }
    state.size += bytes.length;
    return { record, shard, end: state.size };
  }

  async close(): Promise<void> {
    const open = this.#handle;
    this.#handle = null;
    await open?.file.close().catch(() => {});
  }

  async #handleFor(shard: string): Promise<StoreFileHandle> {
    if (this.#handle?.shard === shard) return this.#handle.file;
    await this.close();
    const file = await this.io.open(shardFile(this.folder, shard), 'a');
    this.#handle = { shard, file };
    return file;
  }
}
