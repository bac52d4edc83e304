import { spawn } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/store';
import { processIsAlive } from '../../src-main/store/lock-file';
import { JAN_2026, review, silent } from './review-fixtures';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const lockOf = (dir: string) => path.join(dir, 'factdeck.lock');
const open = (dir: string) => openStore(dir, { now: () => JAN_2026, log: silent });

function lockBy(pid: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ pid, host: os.hostname(), startedAt: Date.now(), token: 'abcdef0123456789', ...extra });
}

/** A process that is alive until the test kills it. */
async function otherProcess(): Promise<{ pid: number; kill(): Promise<void> }> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { pid: child.pid ?? -1, kill: async () => void (child.kill('SIGKILL'), await exited) };
}

describe('the data folder lock', () => {
  it('is held while the store is open and removed at close', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const owner = JSON.parse(await readFile(lockOf(dir), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: os.hostname(), startedAt: JAN_2026 });
    expect(store.readOnlyReason).toBeNull();
    await store.close();
    expect(await readdir(dir)).not.toContain('factdeck.lock');
  });

  it('opens a second store on the same folder read-only, says why, and changes nothing', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    await first.appendReview(review(1));
    await first.saveReadingPosition('a', { paragraphIndex: 2, savedAt: JAN_2026 });
    const second = await open(dir);
    expect(second.readOnlyReason).toMatch(/^Factdeck opened your data read-only because it is already open in this Factdeck\./);
    expect(second.notices).toEqual([second.readOnlyReason]);
    expect(second.getReadingPosition('a')).toEqual({ paragraphIndex: 2, savedAt: JAN_2026 });
    await expect(second.saveReadingPosition('a', { paragraphIndex: 5, savedAt: 1 })).rejects.toMatchObject({ code: 'storage-failed' });
    await expect(second.appendReview(review(2))).rejects.toMatchObject({ code: 'storage-failed', message: second.readOnlyReason });
    await expect(second.takeBackup(true)).rejects.toMatchObject({ code: 'storage-failed' });
    await second.close();
    expect(await readdir(dir)).toContain('factdeck.lock'); // still the first one's
    await first.appendReview(review(3));
    await first.close();
    const reopened = await open(dir);
    expect(reopened.reviewCount).toBe(2);
    expect(reopened.getReadingPosition('a')?.paragraphIndex).toBe(2);
    await reopened.close();
  });

  it('opens read-only while another live process holds the lock, and takes it over once that process is gone', async () => {
    const dir = await tempDir();
    const other = await otherProcess();
    try {
      await writeFile(lockOf(dir), lockBy(other.pid));
      const blocked = await open(dir);
      expect(blocked.readOnlyReason).toContain(`another Factdeck (process ${other.pid} on ${os.hostname()}`);
      await blocked.close();
      expect(JSON.parse(await readFile(lockOf(dir), 'utf8')).pid).toBe(other.pid);
    } finally {
      await other.kill();
    }
    expect(processIsAlive(other.pid)).toBe(false);
    const store = await open(dir);
    expect(store.readOnlyReason).toBeNull();
    expect(store.notices).toEqual([]);
    await store.close();
  });

  it.each([
    ['written before this machine booted', () => lockBy(1, { startedAt: Date.now() - os.uptime() * 1000 - 60_000 })],
    ['damaged', () => '{"pid":'],
    ['empty', () => ''],
    ['left by an earlier life of this very pid', () => lockBy(process.pid)],
  ])('takes over a lock %s', async (_kind, contents) => {
    const dir = await tempDir();
    await writeFile(lockOf(dir), contents());
    const store = await open(dir);
    expect(store.readOnlyReason).toBeNull();
    expect(JSON.parse(await readFile(lockOf(dir), 'utf8')).startedAt).toBe(JAN_2026);
    await store.close();
    expect((await readdir(dir)).filter((name) => name.startsWith('factdeck.lock'))).toEqual([]);
  });

  it('does not take over a lock from another machine (a shared folder), even if the pid means nothing here', async () => {
    const dir = await tempDir();
    await writeFile(lockOf(dir), lockBy(999_999, { host: 'another-laptop' }));
    const store = await open(dir);
    expect(store.readOnlyReason).toContain('on another-laptop');
    await store.close();
  });
});
