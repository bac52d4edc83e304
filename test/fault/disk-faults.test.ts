/**
 * A full disk (ENOSPC) and a read-only or forbidden folder (EROFS, EACCES), simulated through
 * the store's file-system layer: the learner is told in words, nothing on disk is damaged, and
 * answers are kept in memory and written once the disk works again.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, rebuildCollection, countingReducer } from '../../src-main/store';
import { parseShard } from '../../src-main/store/reviews/shards';
import { manualTimers } from '../store/manual-timers';
import { JAN_2026, review, silent } from '../store/review-fixtures';
import { useTempDirs } from '../store/temp-dir';
import { faultyIo } from './faulty-io';

const tempDir = useTempDirs();
const FAULTS = [
  ['ENOSPC', /the disk is full/],
  ['EROFS', /the data folder is on a read-only disk/],
  ['EACCES', /Factdeck is not allowed to write to its data folder/],
] as const;

async function logRecords(dir: string) {
  return parseShard(await readFile(path.join(dir, 'reviews', '2026-01.jsonl')));
}

describe.each(FAULTS)('answers while the disk fails with %s', (code, cause) => {
  it.each([false, true])('are refused in words, kept in memory and written in order when it works again (partial writes: %s)', async (partialWrites) => {
    const dir = await tempDir();
    const io = faultyIo();
    const timers = manualTimers(JAN_2026);
    const store = await openStore(dir, { io, timers, now: timers.now, log: silent, retryMs: 5000 });
    await store.appendReview(review(1));

    io.failWith = code;
    io.partialWrites = partialWrites;
    const refused = await store.appendReview(review(2)).catch((error: unknown) => error);
    expect(refused).toMatchObject({ name: 'ServiceError', code: 'storage-failed', message: expect.stringMatching(cause) });
    expect((refused as Error).message).toContain('Your answer is kept while Factdeck is open');
    expect((refused as Error).message).not.toContain(code);
    await expect(store.appendReview(review(3))).rejects.toMatchObject({ message: expect.stringContaining('Your 2 latest answers are kept') });
    expect(store.pendingReviewCount).toBe(2);
    expect(store.reviewCount).toBe(1); // only durable answers count
    // Nothing on disk is damaged: the log reads back whole (a half-written line is only a torn tail).
    const during = await logRecords(dir);
    expect(during.records).toEqual([review(1)]);
    expect(during.badLines).toBe(0);

    timers.advance(5000); // the retry timer tries again: still failing
    await expect(store.retryPendingReviews()).rejects.toMatchObject({ code: 'storage-failed' });
    expect(store.pendingReviewCount).toBe(2);

    io.failWith = null;
    timers.advance(5000); // the retry timer writes them
    await store.flush();
    await expect(store.retryPendingReviews()).resolves.toBeUndefined();
    expect(store.pendingReviewCount).toBe(0);
    await store.appendReview(review(4));
    const after = await logRecords(dir);
    expect(after).toMatchObject({ records: [review(1), review(2), review(3), review(4)], badLines: 0, tornBytes: 0 });
    expect(store.reviewCount).toBe(4);
    await store.close();
    expect(io.failures).toBeGreaterThan(0);
  });

  it('writes what is pending with the next answer, before it', async () => {
    const dir = await tempDir();
    const io = faultyIo();
    const store = await openStore(dir, { io, now: () => JAN_2026, log: silent, retryMs: 3_600_000 });
    io.failWith = code;
    await expect(store.appendReview(review(1))).rejects.toMatchObject({ code: 'storage-failed' });
    io.failWith = null;
    await store.appendReview(review(2));
    expect((await logRecords(dir)).records.map((record) => record.id)).toEqual(['r-1', 'r-2']);
    await store.close();
  });

  it('keeps the collection reconstructible when its save fails, and the answers safe', async () => {
    const dir = await tempDir();
    const io = faultyIo();
    const logged: string[] = [];
    const store = await openStore(dir, { io, now: () => JAN_2026, log: (message) => logged.push(message) });
    const answers = [review(1), review(2), review(3)];
    for (const answer of answers) await store.appendReview(answer);
    io.failWith = code;
    await expect(store.flush()).rejects.toBeDefined();
    await store.close(); // tries once more, reports, still quits
    expect(logged.join('\n')).toContain(code);
    io.failWith = null;
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]); // no temp files left
    const reopened = await openStore(dir, { now: () => JAN_2026, log: silent });
    expect(reopened.notices).toEqual([]);
    expect(Object.fromEntries(answers.map((a) => [a.factId, reopened.getMemory(a.factId)]))).toEqual(
      { ...rebuildCollection(answers, countingReducer).memory },
    );
    await reopened.close();
  });

  it('refuses to start on a first run when the data folder cannot even be created, and says why', async () => {
    const dir = await tempDir();
    const io = faultyIo();
    io.failWith = code;
    const store = await openStore(path.join(dir, 'data'), { io, now: () => JAN_2026, log: silent }).catch((error: unknown) => error);
    expect(store).toMatchObject({ code }); // the Electron glue shows it in its error box

    expect(await readdir(dir)).toEqual([]);
  });

  it('opens an existing folder read-only, says why, and keeps the files as they were', async () => {
    const dir = await tempDir();
    const first = await openStore(dir, { now: () => JAN_2026, log: silent });
    await first.saveReadingPosition('a', { paragraphIndex: 4, savedAt: JAN_2026 });
    await first.appendReview(review(1));
    await first.close();
    const before = await readFile(path.join(dir, 'progress.json'), 'utf8');
    const io = faultyIo();
    io.failWith = code;
    const store = await openStore(dir, { io, now: () => JAN_2026, log: silent });
    expect(store.readOnlyReason).toMatch(cause);
    expect(store.notices).toEqual([store.readOnlyReason]);
    expect(store.getReadingPosition('a')?.paragraphIndex).toBe(4);
    expect(store.reviewCount).toBe(1);
    await expect(store.saveReadingPosition('a', { paragraphIndex: 5, savedAt: 0 })).rejects.toMatchObject({ code: 'storage-failed' });
    await expect(store.appendReview(review(2))).rejects.toMatchObject({ code: 'storage-failed', message: store.readOnlyReason });
    await store.close();
    expect(await readFile(path.join(dir, 'progress.json'), 'utf8')).toBe(before);
    expect((await logRecords(dir)).records).toEqual([review(1)]);
  });
});

describe('a restore the disk stops half-way', () => {
  it('keeps the store working, says so, and is finished at the next start', async () => {
    const dir = await tempDir();
    const io = faultyIo();
    const clock = { now: JAN_2026 };
    const store = await openStore(dir, { io, now: () => clock.now, log: silent });
    await store.saveReadingPosition('a', { paragraphIndex: 1, savedAt: JAN_2026 });
    const old = await store.takeBackup();
    clock.now += 60_000;
    await store.saveReadingPosition('a', { paragraphIndex: 7, savedAt: JAN_2026 });
    io.failWith = 'ENOSPC';
    io.failOn = (operation, file) => operation === 'open' && path.basename(file).startsWith('.progress.json.');
    await expect(store.restoreBackup(old?.id ?? '')).rejects.toMatchObject({
      code: 'storage-failed',
      message: 'Factdeck could not finish restoring the backup because the disk is full. It will finish the next time Factdeck starts.',
    });
    io.failWith = null;
    expect(store.getReadingPosition('a')?.paragraphIndex).toBe(7); // nothing was replaced yet
    await store.appendReview(review(1)); // and the store still works
    await store.close();
    expect(await readdir(dir)).toContain('restore.json');

    const reopened = await openStore(dir, { now: () => clock.now, log: silent });
    expect(reopened.notices).toEqual([expect.stringMatching(/^Factdeck finished restoring the backup from 2026-01-15 12:00 UTC/)]);
    expect(reopened.getReadingPosition('a')?.paragraphIndex).toBe(1);
    await reopened.close();
  });
});
