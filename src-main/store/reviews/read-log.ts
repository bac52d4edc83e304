/**
 * Reading the review log back, month by month, in the order a rebuild replays it. Only the
 * complete bytes the log reported are read, so a line being appended right now is never half-read.
 */
import type { StoreIo } from '../io';
import { parseShard, shardFile, type ParsedShard } from './shards';

export interface ShardSlice {
  readonly shard: string;
  readonly parsed: ParsedShard;
  /** Where the complete lines read end: the new watermark for this shard. */
  readonly end: number;
}

/** Reads `[from, to)` of each shard; `from` defaults to 0. Shards are visited oldest first. */
export async function* readShards(
  io: StoreIo,
  folder: string,
  sizes: ReadonlyMap<string, number>,
  from: ReadonlyMap<string, number> = new Map(),
): AsyncGenerator<ShardSlice> {
  for (const shard of [...sizes.keys()].sort()) {
    const start = from.get(shard) ?? 0;
    const end = sizes.get(shard) ?? 0;
    if (end <= start) continue;
    const bytes = await readRange(io, shardFile(folder, shard), start, end);
    const parsed = parseShard(bytes, start);
    yield { shard, parsed, end: start + bytes.length - parsed.tornBytes };
  }
}

async function readRange(io: StoreIo, file: string, start: number, end: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(end - start);
  const handle = await io.open(file, 'r');
  try {
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, start + filled);
      if (bytesRead === 0) break; // the file is shorter than it was: parse what is there
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
