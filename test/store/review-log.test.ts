import { appendFile, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeIo, type StoreIo } from '../../src-main/store';
import { readShards } from '../../src-main/store/reviews/read-log';
import { ReviewLog, type AppendedReview } from '../../src-main/store/reviews/review-log';
import { encodeReview } from '../../src-main/store/reviews/review-record';
import { parseShard, shardOf } from '../../src-main/store/reviews/shards';
import { FEB_2026, JAN_2026, review } from './review-fixtures';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

async function openLog(dir: string, options: { io?: StoreIo; readOnlyReason?: string | null; onDurable?: (a: AppendedReview) => void } = {}) {
  return ReviewLog.open(path.join(dir, 'reviews'), { io: options.io ?? nodeIo, readOnlyReason: options.readOnlyReason ?? null, onDurable: options.onDurable });
}

async function readAll(log: ReviewLog) {
  const records = [];
  for await (const slice of readShards(nodeIo, log.folder, log.sizes)) records.push(...slice.parsed.records);
  return records;
}

describe('shardOf', () => {
  it('names the UTC month of the answer', () => {
    expect(shardOf(Date.UTC(2026, 0, 31, 23, 59, 59, 999))).toBe('2026-01');
    expect(shardOf(Date.UTC(2026, 1, 1))).toBe('2026-02');
    expect(shardOf(0)).toBe('1970-01');
  });
});

describe('ReviewLog', () => {
  it('appends one JSON line per answer to the month file its time chooses', async () => {
    const dir = await tempDir();
    const durable: AppendedReview[] = [];
    const log = await openLog(dir, { onDurable: (appended) => durable.push(appended) });
    const answers = [review(1), review(2, { at: FEB_2026 }), review(3)];
    for (const answer of answers) await log.append(answer);
    await log.close();
    expect((await readdir(path.join(dir, 'reviews'))).sort()).toEqual(['2026-01.jsonl', '2026-02.jsonl']);
    const january = await readFile(path.join(dir, 'reviews', '2026-01.jsonl'), 'utf8');
    expect(january.split('\n').map((line) => (line === '' ? null : JSON.parse(line)))).toEqual([answers[0], answers[2], null]);
    expect(durable.map(({ record, shard }) => [record.id, shard])).toEqual([['r-1', '2026-01'], ['r-2', '2026-02'], ['r-3', '2026-01']]);
    expect(durable[2]?.end).toBe(Buffer.byteLength(january));
    expect(await readAll(await openLog(dir))).toEqual([answers[0], answers[2], answers[1]]);
  });

  it('keeps call order when many answers arrive at once', async () => {
    const dir = await tempDir();
    const log = await openLog(dir);
    const answers = Array.from({ length: 120 }, (_, n) => review(n));
    await Promise.all(answers.map((answer) => log.append(answer)));
    expect((await readAll(log)).map((record) => record.id)).toEqual(answers.map((answer) => answer.id));
    expect(log.sizes.get('2026-01')).toBe((await stat(path.join(dir, 'reviews', '2026-01.jsonl'))).size);
    await log.close();
  });

  it('refuses a record it would not read back, and writes nothing', async () => {
    const dir = await tempDir();
    const log = await openLog(dir);
    await expect(log.append({ ...review(1), rating: 7 } as never)).rejects.toThrow();
    await expect(log.append({ ...review(1), factId: '__proto__' })).rejects.toThrow();
    await expect(log.append({ ...review(1), at: -5 })).rejects.toThrow();
    expect(await readdir(path.join(dir, 'reviews'))).toEqual([]);
    await log.close();
  });

  it.each([
    ['a torn line', '{"v":1,"id":"r-9","at":17'],
    ['NUL bytes', '\0'.repeat(300)],
  ])('ignores %s at the end when reading, and cuts it off at open before the next append', async (_kind, tail) => {
    const dir = await tempDir();
    const log = await openLog(dir);
    await log.append(review(1));
    await log.close();
    const file = path.join(dir, 'reviews', '2026-01.jsonl');
    const good = await readFile(file);
    await appendFile(file, tail);

    const reader = await openLog(dir, { readOnlyReason: 'someone else writes' });
    expect(reader.repairedBytes).toBe(0);
    expect(await readAll(reader)).toEqual([review(1)]);
    expect((await readFile(file)).length).toBe(good.length + Buffer.byteLength(tail)); // read-only: untouched

    const writer = await openLog(dir);
    expect(writer.repairedBytes).toBe(Buffer.byteLength(tail));
    expect(await readFile(file)).toEqual(good);
    await writer.append(review(2));
    await writer.close();
    expect(await readAll(await openLog(dir))).toEqual([review(1), review(2)]);
  });

  it('skips a damaged line in the middle, counts it, and keeps the lines around it', async () => {
    const bytes = Buffer.concat([encodeReview(review(1)), Buffer.from('{"v":1,"id":"broken"}\n\0\0\0\n'), encodeReview(review(2))]);
    const parsed = parseShard(bytes);
    expect(parsed.records).toEqual([review(1), review(2)]);
    expect(parsed.badLines).toBe(2);
    expect(parsed.tornBytes).toBe(0);
    expect(parsed.ends.at(-1)).toBe(bytes.length);
  });

  it('fsyncs the folder when it creates a month file, and only then', async () => {
    const dir = await tempDir();
    const folderSyncs: string[] = [];
    const io: StoreIo = {
      ...nodeIo,
      async open(file, flags) {
        const handle = await nodeIo.open(file, flags);
        if (file !== path.join(dir, 'reviews')) return handle;
        return { ...bind(handle), sync: async () => void folderSyncs.push(file) };
      },
    };
    const log = await openLog(dir, { io });
    const afterOpen = folderSyncs.length;
    await log.append(review(1));
    await log.append(review(2));
    await log.append(review(3, { at: FEB_2026 }));
    await log.close();
    expect(folderSyncs.length - afterOpen).toBe(2);
  });

  it('keeps non-ASCII answers exact', async () => {
    const dir = await tempDir();
    const log = await openLog(dir);
    await log.append(review(4, { answer: 'Zürich — 東京 “x”' }));
    expect((await readAll(log))[0]).toMatchObject({ answer: 'Zürich — 東京 “x”' });
    expect(shardOf(JAN_2026)).toBe('2026-01');
    await log.close();
  });
});

function bind<T extends object>(handle: T): T {
  const bound: Record<string, unknown> = {};
  for (const key of ['write', 'writeFile', 'read', 'sync', 'truncate', 'stat', 'close'] as const) {
    bound[key] = (handle as Record<string, (...args: unknown[]) => unknown>)[key]?.bind(handle);
  }
  return bound as T;
}
