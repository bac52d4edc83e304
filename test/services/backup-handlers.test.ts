import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src-main/ipc-dispatch';
import { createApiHandlers } from '../../src-main/services';
import { openStore } from '../../src-main/store';
import { SEED_ID, realContentDir, useTempDirs } from './content-fixtures';

const tempDir = useTempDirs();
const NOW = 1_767_225_600_000; // 2026-01-01T00:00:00Z

async function setup(dataDir: string) {
  let clock = NOW;
  const store = await openStore(dataDir, { now: () => clock, log: () => {} });
  const logged: unknown[] = [];
  const dispatch = createDispatcher(createApiHandlers({ contentDir: realContentDir, store, now: () => clock, log: (message) => logged.push(message) }), (error) => logged.push(error));
  return { store, dispatch, logged, tick: (ms: number) => (clock += ms) };
}

describe('backups through the contract', () => {
  it('lists backups newest first and restores one, answering what was restored and the safety backup', async () => {
    const dataDir = await tempDir();
    const { store, dispatch, tick, logged } = await setup(dataDir);
    expect(await dispatch('listBackups', undefined)).toEqual({ ok: true, value: [] });
    await dispatch('saveReadingPosition', { articleId: SEED_ID, paragraphIndex: 1 });
    const first = await store.takeBackup();
    tick(60_000);
    await dispatch('saveReadingPosition', { articleId: SEED_ID, paragraphIndex: 4 });
    await store.takeBackup();
    const listed = await dispatch('listBackups', undefined);
    expect(listed).toMatchObject({ ok: true, value: [{ id: '2026-01-01T00-01-00-000Z' }, { id: '2026-01-01T00-00-00-000Z' }] });

    tick(60_000);
    const restored = await dispatch('restoreBackup', { backupId: first?.id });
    expect(restored).toEqual({
      ok: true,
      value: { restored: first, safetyBackup: { id: '2026-01-01T00-02-00-000Z', takenAt: NOW + 120_000, sizeBytes: expect.any(Number) } },
    });
    expect(await dispatch('openArticle', { articleId: SEED_ID })).toMatchObject({ ok: true, value: { position: { paragraphIndex: 1 } } });
    expect(logged).toEqual([]);
    await store.close();
  });

  it.each([
    [{ backupId: '../../etc/passwd' }],
    [{ backupId: '2026-01-01T00-00-00-000Z/../x' }],
    [{ backupId: '2026-01-01T00:00:00.000Z' }],
    [{ backupId: '2026-01-01T00-00-00-000Z', extra: 1 }],
    [{ backupId: 5 }],
    [{}],
    [undefined],
  ])('refuses the malformed request %j before the store sees it', async (payload) => {
    const { store, dispatch } = await setup(await tempDir());
    expect(await dispatch('restoreBackup', payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await dispatch('listBackups', undefined)).toEqual({ ok: true, value: [] }); // no safety backup was taken
    await store.close();
  });

  it('answers not-found for a well-formed id that names no backup', async () => {
    const { store, dispatch } = await setup(await tempDir());
    expect(await dispatch('restoreBackup', { backupId: '2030-01-01T00-00-00-000Z' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That backup is no longer there.' },
    });
    await store.close();
  });

  it('turns an unexpected restore failure into storage-failed in words, and logs the cause', async () => {
    const { store, dispatch, logged } = await setup(await tempDir());
    const failing = { ...store, restoreBackup: () => Promise.reject(new Error('EIO: i/o error')) };
    const handlers = createApiHandlers({ contentDir: realContentDir, store: failing, now: () => NOW, log: (message) => logged.push(message) });
    const result = await createDispatcher(handlers)('restoreBackup', { backupId: '2026-01-01T00-00-00-000Z' });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringContaining('could not restore that backup') } });
    expect(JSON.stringify(result)).not.toContain('EIO');
    expect(logged).toEqual([expect.stringContaining('EIO')]);
    await store.close();
  });
});

describe('startup notices through the contract', () => {
  it('tells the renderer what the storage did at open', async () => {
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, 'progress.json'), '{"schemaVersion":1,"lastOpened');
    const { store, dispatch } = await setup(dataDir);
    const startup = await dispatch('getStartup', undefined);
    expect(startup).toEqual({
      ok: true,
      value: {
        lastOpenedArticleId: null,
        notices: [`Factdeck could not read your reading progress because the file was damaged, so it started afresh. The damaged file was kept as progress.json.corrupt-${NOW}.`],
      },
    });
    expect(await readFile(path.join(dataDir, `progress.json.corrupt-${NOW}`), 'utf8')).toBe('{"schemaVersion":1,"lastOpened');
    await store.close();
  });

  it('says why a second window cannot save', async () => {
    const dataDir = await tempDir();
    const first = await setup(dataDir);
    const second = await setup(dataDir);
    const startup = await second.dispatch('getStartup', undefined);
    expect(startup).toMatchObject({ ok: true, value: { notices: [expect.stringContaining('read-only because it is already open')] } });
    expect(await second.dispatch('saveReadingPosition', { articleId: SEED_ID, paragraphIndex: 0 })).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    await second.store.close();
    await first.store.close();
  });
});
