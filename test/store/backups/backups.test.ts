import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countingReducer, openStore, rebuildCollection, type OpenStoreOptions } from '../../../src-main/store';
import { parseShard } from '../../../src-main/store/reviews/shards';
import { JAN_2026, review, silent } from '../review-fixtures';
import { useTempDirs } from '../temp-dir';

const tempDir = useTempDirs();
const MINUTE = 60_000;

/** A store whose clock the test moves. */
async function clocked(dir: string, start = JAN_2026, extra: OpenStoreOptions = {}) {
  const clock = { now: start };
  const store = await openStore(dir, { now: () => clock.now, log: silent, ...extra });
  return { store, clock };
}

const backupsOf = async (dir: string) => (await readdir(path.join(dir, 'backups'))).sort();

describe('taking backups', () => {
  it('copies the documents and the month files into backups/<id>/ with a manifest, and lists them newest first', async () => {
    const dir = await tempDir();
    const { store, clock } = await clocked(dir);
    await store.appendReview(review(1));
    await store.saveReadingPosition('a', { paragraphIndex: 3, savedAt: JAN_2026 });
    const first = await store.takeBackup();
    expect(first).toMatchObject({ id: '2026-01-15T12-00-00-000Z', takenAt: JAN_2026 });
    const folder = path.join(dir, 'backups', first?.id ?? '');
    expect((await readdir(folder)).sort()).toEqual(['collection.json', 'edits.json', 'manifest.json', 'progress.json', 'reviews', 'settings.json']);
    expect(await readFile(path.join(folder, 'reviews', '2026-01.jsonl'))).toEqual(await readFile(path.join(dir, 'reviews', '2026-01.jsonl')));
    expect(JSON.parse(await readFile(path.join(folder, 'collection.json'), 'utf8')).reviewCount).toBe(1); // flushed first

    clock.now += 30 * MINUTE;
    expect(await store.takeBackup()).toBeNull(); // nothing changed
    await store.appendReview(review(2));
    const second = await store.takeBackup();
    expect(second?.id).toBe('2026-01-15T12-30-00-000Z');
    const listed = await store.listBackups();
    expect(listed.map((backup) => backup.id)).toEqual([second?.id, first?.id]);
    expect(listed[0]?.sizeBytes).toBeGreaterThan(listed[1]?.sizeBytes ?? Infinity);
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual(['id', 'sizeBytes', 'takenAt']);
    await store.close();
  });

  it('shares an unchanged month file with the previous backup instead of copying it again', async () => {
    const dir = await tempDir();
    const { store, clock } = await clocked(dir);
    await store.appendReview(review(1));
    const first = await store.takeBackup();
    clock.now += MINUTE;
    await store.appendReview(review(2, { at: Date.UTC(2026, 1, 2) })); // February: January is unchanged
    const second = await store.takeBackup();
    const inode = async (id: string | undefined, shard: string) => (await stat(path.join(dir, 'backups', id ?? '', 'reviews', shard))).ino;
    expect(await inode(second?.id, '2026-01.jsonl')).toBe(await inode(first?.id, '2026-01.jsonl'));
    expect((await readdir(path.join(dir, 'backups', second?.id ?? '', 'reviews'))).sort()).toEqual(['2026-01.jsonl', '2026-02.jsonl']);
    await store.close();
  });

  it('never lists a half-made backup, and removes it when thinning', async () => {
    const dir = await tempDir();
    const { store } = await clocked(dir);
    await mkdir(path.join(dir, 'backups', '.partial-2026-01-01T00-00-00-000Z', 'reviews'), { recursive: true });
    await mkdir(path.join(dir, 'backups', '2026-01-02T00-00-00-000Z')); // no manifest: a crash before it was written
    await mkdir(path.join(dir, 'backups', 'not-a-backup'));
    expect(await store.listBackups()).toEqual([]);
    await store.takeBackup(true);
    expect(await backupsOf(dir)).toEqual(['2026-01-02T00-00-00-000Z', '2026-01-15T12-00-00-000Z', 'not-a-backup']);
    await store.close();
  });

  it('takes one at open when the newest is older than the interval, then one every interval', async () => {
    const dir = await tempDir();
    const timers = (await import('../manual-timers')).manualTimers(JAN_2026);
    const store = await openStore(dir, { now: timers.now, timers, log: silent, autoBackup: { everyMs: 30 * MINUTE } });
    await store.appendReview(review(1));
    await store.close(); // waits for the startup backup
    expect((await backupsOf(dir)).length).toBe(1);

    const reopened = await openStore(dir, { now: timers.now, timers, log: silent, autoBackup: { everyMs: 30 * MINUTE } });
    await reopened.appendReview(review(2));
    timers.advance(29 * MINUTE);
    await reopened.listBackups();
    expect((await backupsOf(dir)).length).toBe(1); // the newest was recent: none at open
    timers.advance(MINUTE);
    await reopened.takeBackup(); // queued behind the scheduled one; nothing new by then
    expect((await backupsOf(dir)).length).toBe(2);
    timers.advance(30 * MINUTE); // nothing changed since: skipped
    await reopened.close();
    expect((await backupsOf(dir)).length).toBe(2);
  });
});

describe('a backup taken while answers are being written', () => {
  it('holds only complete lines, and a collection that matches its own log', async () => {
    const dir = await tempDir();
    const { store, clock } = await clocked(dir);
    await store.appendReview(review(0));
    const answering = Promise.all(Array.from({ length: 40 }, (_, n) => store.appendReview(review(n + 1))));
    const backup = await store.takeBackup(true);
    await answering;
    const shard = await readFile(path.join(dir, 'backups', backup?.id ?? '', 'reviews', '2026-01.jsonl'));
    const parsed = parseShard(shard);
    expect(parsed).toMatchObject({ badLines: 0, tornBytes: 0 });
    expect(parsed.records.length).toBeGreaterThanOrEqual(1);
    clock.now += MINUTE;
    await store.restoreBackup(backup?.id ?? '');
    expect(store.reviewCount).toBe(parsed.records.length);
    expect(store.getMemory('fact-1')).toEqual(rebuildCollection(parsed.records, countingReducer).memory['fact-1']);
    await store.close();
    const reopened = await openStore(dir, { now: () => clock.now, log: silent });
    expect(reopened.notices).toEqual([]);
    await reopened.close();
  });
});

describe('restoring a backup', () => {
  it('takes a safety backup, puts the backup back and reopens it', async () => {
    const dir = await tempDir();
    const { store, clock } = await clocked(dir);
    await store.appendReview(review(1));
    await store.saveReadingPosition('a', { paragraphIndex: 1, savedAt: JAN_2026 });
    const old = await store.takeBackup();
    clock.now += MINUTE;
    await store.appendReview(review(2));
    await store.appendReview(review(3, { at: Date.UTC(2026, 1, 2) }));
    await store.saveReadingPosition('a', { paragraphIndex: 9, savedAt: JAN_2026 });

    const result = await store.restoreBackup(old?.id ?? '');
    expect(result.restored).toEqual(old);
    expect(result.safetyBackup.takenAt).toBe(clock.now);
    expect(store.getReadingPosition('a')?.paragraphIndex).toBe(1);
    expect(store.reviewCount).toBe(1);
    expect(await readdir(path.join(dir, 'reviews'))).toEqual(['2026-01.jsonl']);
    expect(await readdir(dir)).not.toContain('restore.json');
    await store.appendReview(review(4)); // the store keeps working
    expect(store.reviewCount).toBe(2);

    const undo = await store.restoreBackup(result.safetyBackup.id); // and the restore can be undone
    expect(store.getReadingPosition('a')?.paragraphIndex).toBe(9);
    expect(store.reviewCount).toBe(3);
    expect(undo.safetyBackup.id).not.toBe(result.safetyBackup.id);
    await store.close();
  });

  it('refuses an id that is not a complete backup', async () => {
    const dir = await tempDir();
    const { store } = await clocked(dir);
    await mkdir(path.join(dir, 'backups', '2026-01-02T00-00-00-000Z'), { recursive: true });
    for (const id of ['2026-01-02T00-00-00-000Z', '2030-01-01T00-00-00-000Z', '../progress.json', '']) {
      await expect(store.restoreBackup(id)).rejects.toMatchObject({ code: 'not-found' });
    }
    expect(await readdir(path.join(dir, 'backups'))).toEqual(['2026-01-02T00-00-00-000Z']); // no safety backup either
    await store.close();
  });

  it('finishes a restore that a crash interrupted, at the next open', async () => {
    const dir = await tempDir();
    const { store, clock } = await clocked(dir);
    await store.saveReadingPosition('a', { paragraphIndex: 1, savedAt: JAN_2026 });
    const old = await store.takeBackup();
    clock.now += MINUTE;
    await store.saveReadingPosition('a', { paragraphIndex: 5, savedAt: JAN_2026 });
    await store.close();
    await writeFile(path.join(dir, 'restore.json'), JSON.stringify({ schemaVersion: 1, backupId: old?.id }));
    const reopened = await openStore(dir, { now: () => clock.now, log: silent });
    expect(reopened.notices).toEqual(['Factdeck finished restoring the backup from 2026-01-15 12:00 UTC, which had been interrupted.']);
    expect(reopened.getReadingPosition('a')?.paragraphIndex).toBe(1);
    await reopened.close();
    expect(await readdir(dir)).not.toContain('restore.json');
  });
});

describe('recovering a damaged document from the backups', () => {
  it('restores the newest valid copy, skipping a damaged one, and says from when', async () => {
    const dir = await tempDir();
    const { store, clock } = await clocked(dir);
    await store.saveReadingPosition('a', { paragraphIndex: 1, savedAt: JAN_2026 });
    await store.takeBackup();
    clock.now += 60 * MINUTE;
    await store.saveReadingPosition('a', { paragraphIndex: 2, savedAt: JAN_2026 });
    const newest = await store.takeBackup();
    await store.close();
    await writeFile(path.join(dir, 'backups', newest?.id ?? '', 'progress.json'), '{"schemaVersion":1,');
    await writeFile(path.join(dir, 'progress.json'), '\0\0\0\0');
    const reopened = await openStore(dir, { now: () => clock.now, log: silent });
    expect(reopened.notices).toEqual([
      `Factdeck could not read your reading progress because the file was damaged, so it restored it from the backup from 2026-01-15 12:00 UTC. The damaged file was kept as progress.json.corrupt-${clock.now}.`,
    ]);
    expect(reopened.getReadingPosition('a')?.paragraphIndex).toBe(1);
    await reopened.close();
  });

  it('restores a missing document from the newest backup', async () => {
    const dir = await tempDir();
    const { store } = await clocked(dir);
    await store.saveWindowState({ x: 1, y: 2, width: 800, height: 600, maximized: true });
    await store.takeBackup();
    await store.close();
    await rm(path.join(dir, 'settings.json'));
    const reopened = await openStore(dir, { now: () => JAN_2026, log: silent });
    expect(reopened.notices).toEqual(['Factdeck could not find your settings (settings.json), so it restored it from the backup from 2026-01-15 12:00 UTC.']);
    expect(reopened.loadWindowState()).toMatchObject({ width: 800, maximized: true });
    await reopened.close();
  });
});
