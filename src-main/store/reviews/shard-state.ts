/**
 * What the log knows about each month file at open: its complete length, after cutting off a
 * torn last line (a crash mid-append: that answer was never acknowledged, so nothing the learner
 * was told is lost). A reader in a read-only process only skips the torn bytes.
 */
import path from 'node:path';
import type { StoreIo } from '../io';
import { completeLength, listShards, shardFile } from './shards';

export interface ShardState {
  /** Bytes of complete lines. */
  size: number;
  /** A write failed after it may have put bytes past `size`. */
  suspectTail: boolean;
  /** The file's entry in the folder has been fsynced. */
  entryDurable: boolean;
}

export async function openShards(
  io: StoreIo,
  folder: string,
  writable: boolean,
): Promise<{ shards: Map<string, ShardState>; repairedBytes: number }> {
  if (writable) await removeTempFiles(io, folder);
  const shards = new Map<string, ShardState>();
  let repairedBytes = 0;
  for (const shard of await listShards(io, folder)) {
    const file = shardFile(folder, shard);
    const { size } = await io.lstat(file);
    const complete = await completeLength(io, file, size);
    if (complete < size && writable) {
      const handle = await io.open(file, 'r+');
      try {
        await handle.truncate(complete);
        await handle.sync();
      } finally {
        await handle.close();
      }
      repairedBytes += size - complete;
    }
    shards.set(shard, { size: complete, suspectTail: false, entryDurable: true });
  }
  return { shards, repairedBytes };
}

/** Leftovers of a restore that stopped half-way (`.2026-01.jsonl.<unique>.tmp`). */
async function removeTempFiles(io: StoreIo, folder: string): Promise<void> {
  const names = await io.readdir(folder).catch(() => [] as string[]);
  const temps = names.filter((name) => name.startsWith('.') && name.endsWith('.tmp'));
  await Promise.all(temps.map((name) => io.rm(path.join(folder, name), { force: true })));
}
