import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/store';
import { DEFAULT_APP_SETTINGS } from '../../src-main/contract-settings';
import { migrateProgress, migrateSettings, migrationOf } from '../../src-main/store/migrations';
import { JAN_2026, silent } from './review-fixtures';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

const v0 = { lastArticle: 'seed-article', positions: { 'seed-article': 7, other: 0, bad: -3, worse: 'x', fractional: 1.5 } };
const v1 = {
  schemaVersion: 1,
  lastOpenedArticleId: 'seed-article',
  readingPositions: { 'seed-article': { paragraphIndex: 7, savedAt: 0 }, other: { paragraphIndex: 0, savedAt: 0 } },
};
/** Version 2 adds the (empty) quiz history. */
const v2 = { ...v1, schemaVersion: 2, quizAttempts: [] };

describe('progress.json v0 → v1 → v2', () => {
  it('renames the fields, dates old positions 0 and drops positions that were never valid', () => {
    expect(migrateProgress(v0)).toEqual(v2);
  });

  it('adds an empty quiz history to a v1 file and keeps the rest', () => {
    expect(migrateProgress(v1)).toEqual(v2);
  });

  it('is idempotent: migrating twice gives the same document, and a current one passes through', () => {
    const once = migrateProgress(v0);
    expect(migrateProgress(once)).toEqual(once);
    expect(migrateProgress(v2)).toEqual(v2);
    expect(migrateProgress({ schemaVersion: 0, lastArticle: null })).toEqual({ schemaVersion: 2, lastOpenedArticleId: null, readingPositions: {}, quizAttempts: [] });
  });

  it('does not change the document it is given', () => {
    const input = structuredClone(v0);
    migrateProgress(input);
    expect(input).toEqual(v0);
  });

  it('refuses what is not a document or has a nonsense version', () => {
    expect(() => migrateProgress([1, 2])).toThrow();
    expect(() => migrateProgress(null)).toThrow();
    expect(() => migrateProgress({ schemaVersion: 'one' })).toThrow();
    expect(() => migrateProgress({ schemaVersion: -1 })).toThrow();
  });

  it('walks several steps in order', () => {
    const migrate = migrationOf([(d) => ({ ...d, a: 1 }), (d) => ({ ...d, b: Number(d.a) + 1 })]);
    expect(migrate({})).toEqual({ a: 1, b: 2, schemaVersion: 2 });
    expect(migrate({ schemaVersion: 1, a: 5 })).toEqual({ a: 5, b: 6, schemaVersion: 2 });
    expect(migrate(migrate({}))).toEqual(migrate({}));
  });
});

describe('opening a folder from an older Factdeck', () => {
  it('reads a v0 progress.json, saves it as v2 at once, and says nothing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'progress.json'), JSON.stringify(v0));
    const store = await openStore(dir, { now: () => JAN_2026, log: silent });
    expect(store.notices).toEqual([]);
    expect(store.getLastOpenedArticleId()).toBe('seed-article');
    expect(store.getReadingPosition('seed-article')).toEqual({ paragraphIndex: 7, savedAt: 0 });
    await store.close();
    expect(JSON.parse(await readFile(path.join(dir, 'progress.json'), 'utf8'))).toEqual(v2);
    const again = await openStore(dir, { now: () => JAN_2026, log: silent });
    expect(again.getReadingPosition('other')).toEqual({ paragraphIndex: 0, savedAt: 0 });
    await again.close();
  });
});

describe('settings.json v1 → v2', () => {
  const windowState = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
  const settingsV2 = (window: unknown) => ({
    schemaVersion: 2,
    window,
    scheduler: { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200, pinnedMode: 'mixed' },
    appearance: { theme: 'system', fontScale: 100, reducedMotion: 'system' },
    retentionHistory: [],
  });

  it('adds the settings at the defaults earlier Factdecks used, an empty retention history, and keeps the window', () => {
    expect(migrateSettings({ schemaVersion: 1, window: windowState })).toEqual(settingsV2(windowState));
    expect(migrateSettings({ schemaVersion: 1, window: null })).toEqual(settingsV2(null));
  });

  it('takes a file without a version as version 0, and passes a current one through', () => {
    expect(migrateSettings({ window: windowState })).toEqual(settingsV2(windowState));
    expect(migrateSettings({})).toEqual(settingsV2(null));
    const current = { ...settingsV2(null), appearance: { theme: 'dark', fontScale: 120, reducedMotion: 'on' } };
    expect(migrateSettings(current)).toEqual(current);
  });

  it('opens a folder with a v1 settings.json: keeps the window, saves v2 at once, says nothing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 1, window: windowState }));
    const store = await openStore(dir, { now: () => JAN_2026, log: silent });
    expect(store.notices).toEqual([]);
    expect(store.loadWindowState()).toEqual(windowState);
    expect(store.getSettings()).toEqual(DEFAULT_APP_SETTINGS);
    await store.close();
    expect(JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'))).toEqual(settingsV2(windowState));
  });

  it('recovers a lost settings.json from a backup taken by an older Factdeck (v1), migrated', async () => {
    const dir = await tempDir();
    const first = await openStore(dir, { now: () => JAN_2026, log: silent });
    await first.saveWindowState(windowState);
    const backup = await first.takeBackup(true);
    await first.close();
    // The backup as Factdeck 0.1 wrote it.
    await writeFile(path.join(dir, 'backups', backup?.id ?? '', 'settings.json'), JSON.stringify({ schemaVersion: 1, window: windowState }));
    await rm(path.join(dir, 'settings.json'));
    const store = await openStore(dir, { now: () => JAN_2026, log: silent });
    expect(store.notices).toEqual([expect.stringContaining('restored it from the backup')]);
    expect(store.loadWindowState()).toEqual(windowState);
    expect(store.getSettings()).toEqual(DEFAULT_APP_SETTINGS);
    await store.close();
  });
});
