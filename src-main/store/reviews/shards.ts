/**
 * The review log is split into one file per calendar month (UTC) of the answer's time:
 * `reviews/2026-01.jsonl`. A month is small enough to read whole, and old months never change,
 * so backups share them. A line is complete only with its `\n`: bytes after the last one are a
 * torn append (a crash mid-write) and are never read as a record.
 */
import path from 'node:path';
import type { LogRecord } from '../../contract';
import type { StoreIo } from '../io';
import { decodeReview } from './review-record';

const SHARD_FILE = /^(\d{4}-\d{2})\.jsonl$/;
const NEWLINE = 0x0a;

export function shardOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

export function shardFile(folder: string, shard: string): string {
  return path.join(folder, `${shard}.jsonl`);
}

/** The month names with a log file in `folder`, oldest first; none when the folder is missing. */
export async function listShards(io: StoreIo, folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await io.readdir(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => SHARD_FILE.exec(name)?.[1] ?? []).sort();
}

export interface ParsedShard {
  readonly records: LogRecord[];
  /** Byte offset just past each record's line, in the file (for watermarks). */
  readonly ends: number[];
  /** Complete lines that did not hold a record (damage in the middle of the file). */
  readonly badLines: number;
  /** Bytes after the last complete line. */
  readonly tornBytes: number;
}

/** Parses `bytes`, which start at byte `offset` of the file; `limit` stops at a known good size. */
export function parseShard(bytes: Uint8Array, offset = 0, limit = bytes.length): ParsedShard {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(limit, bytes.length));
  const records: LogRecord[] = [];
  const ends: number[] = [];
  let badLines = 0;
  let start = 0;
  for (let end = buffer.indexOf(NEWLINE, start); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
    const record = end > start ? decodeReview(buffer.toString('utf8', start, end)) : null;
    if (record !== null) {
      records.push(record);
      ends.push(offset + end + 1);
    } else if (end > start) {
      badLines++;
    }
    start = end + 1;
  }
  return { records, ends, badLines, tornBytes: buffer.length - start };
}

/** Bytes up to and including the last `\n` of a file of `size` bytes, read backwards in chunks. */
export async function completeLength(io: StoreIo, file: string, size: number): Promise<number> {
  if (size === 0) return 0;
  const handle = await io.open(file, 'r');
  try {
    const chunk = Buffer.alloc(Math.min(size, 64 * 1024));
    for (let end = size; end > 0; ) {
      const start = Math.max(0, end - chunk.length);
      const { bytesRead } = await handle.read(chunk, 0, end - start, start);
      const at = chunk.subarray(0, bytesRead).lastIndexOf(NEWLINE);
      if (at !== -1) return start + at + 1;
      end = start;
    }
    return 0;
  } finally {
    await handle.close();
  }
}
