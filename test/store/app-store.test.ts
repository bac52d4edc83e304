import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, type AppStore, type WindowState } from '../../src-main/store';
import { defaultSettings } from '../../src-main/store/schemas';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const NOW = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const now = () => NOW;
/** What a closed data folder holds after a first run. */
const BASE_FILES = ['collection.json', 'edits.json', 'progress.json', 'reviews', 'settings.json'];
const windowState: WindowState = { x: -1200, y: 40, width: 1024, height: 768, maximized: false };
/** settings.json as a first run writes it (version 2: the learner's settings at their defaults). */
const settingsFile = (window: WindowState | null) => ({ ...defaultSettings(), window });

async function readJson(dir: string, name: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(dir, name), 'utf8'));
}

async function withStore<T>(dir: string, use: (store: AppStore) => Promise<T>): Promise<T> {
  const store = await openStore(dir, { now });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

describe('openStore', () => {
  it('creates the folder and both files at their current schema versions on first run', async () => {
    const dir = path.join(await tempDir(), 'nested', 'data');
    const store = await openStore(dir, { now });
    expect(store.dataDir).toBe(dir);
    expect(store.notices).toEqual([]);
    expect(store.getLastOpenedArticleId()).toBeNull();
    expect(store.getReadingPosition('anything')).toBeNull();
    expect(store.loadWindowState()).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(['collection.json', 'edits.json', 'factdeck.lock', 'progress.json', 'reviews', 'settings.json']);
    expect(await readdir(path.join(dir, 'reviews'))).toEqual([]);
    expect(await readJson(dir, 'progress.json')).toEqual({ schemaVersion: 2, lastOpenedArticleId: null, readingPositions: {}, quizAttempts: [] });
    expect(await readJson(dir, 'settings.json')).toEqual(settingsFile(null));
    await store.close();
  });

  it('keeps everything across close and reopen', async () => {
    const dir = await tempDir();
    await withStore(dir, async (store) => {
      await store.setLastOpenedArticleId('seed-article');
      await store.saveReadingPosition('seed-article', { paragraphIndex: 7, savedAt: NOW });
      await store.saveReadingPosition('other', { paragraphIndex: 0, savedAt: NOW + 1 });
      await store.saveWindowState(windowState);
    });
    await withStore(dir, async (store) => {
      expect(store.notices).toEqual([]);
      expect(store.getLastOpenedArticleId()).toBe('seed-article');
      expect(store.getReadingPosition('seed-article')).toEqual({ paragraphIndex: 7, savedAt: NOW });
      expect(store.getReadingPosition('other')).toEqual({ paragraphIndex: 0, savedAt: NOW + 1 });
      expect(store.loadWindowState()).toEqual(windowState);
    });
    expect(await readJson(dir, 'progress.json')).toEqual({
      schemaVersion: 2,
      lastOpenedArticleId: 'seed-article',
      readingPositions: { 'seed-article': { paragraphIndex: 7, savedAt: NOW }, other: { paragraphIndex: 0, savedAt: NOW + 1 } },
      quizAttempts: [],
    });
  });

  it('keeps the quiz history across reopen, oldest first, capped at the newest 1,000', async () => {
    const dir = await tempDir();
    const attempt = (n: number) => ({
      id: `quiz-${n}`, startedAt: NOW + n, finishedAt: NOW + n + 60_000, articleIds: ['seed-article'], mode: 'exam' as const,
      total: 10, correct: n % 11, tookMs: 60_000, byFormat: { cloze: { total: 10, correct: n % 11 } }, mistakes: ['q-1'],
    });
    const history = Array.from({ length: 999 }, (_, n) => attempt(n));
    await writeFile(path.join(dir, 'progress.json'), JSON.stringify({ schemaVersion: 2, lastOpenedArticleId: null, readingPositions: {}, quizAttempts: history }));
    await withStore(dir, async (store) => {
      expect(store.listQuizAttempts()).toHaveLength(999);
      await store.saveQuizAttempt(attempt(999));
      await store.saveQuizAttempt(attempt(1000));
      await store.saveQuizAttempt(attempt(1001));
    });
    await withStore(dir, async (store) => {
      const history = store.listQuizAttempts();
      expect(history).toHaveLength(1000);
      expect(history[0]).toEqual(attempt(2));
      expect(history.at(-1)).toEqual(attempt(1001));
    });
  });

  it('does not take inherited object keys for saved positions', async () => {
    await withStore(await tempDir(), async (store) => {
      expect(store.getReadingPosition('constructor')).toBeNull();
      expect(store.getReadingPosition('__proto__')).toBeNull();
    });
  });

  const damaged: Array<[string, Buffer]> = [
    ['empty', Buffer.alloc(0)],
    ['truncated', Buffer.from('{"schemaVersion":1,"lastOpenedArticleId":"a","readingPosi')],
    ['NUL-filled', Buffer.alloc(4096)],
    ['invalid JSON', Buffer.from("{schemaVersion: 1, 'oops'}")],
    ['wrong shape', Buffer.from('{"schemaVersion":1,"lastOpenedArticleId":5,"readingPositions":[]}')],
    ['wrong shape (not an object)', Buffer.from('[1,2,3]')],
    ['negative paragraph', Buffer.from('{"schemaVersion":1,"lastOpenedArticleId":null,"readingPositions":{"a":{"paragraphIndex":-1,"savedAt":0}}}')],
  ];

  it.each(damaged)('sets a %s progress file aside, starts from defaults and says so', async (_kind, bytes) => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'progress.json'), bytes);
    await withStore(dir, async (store) => {
      expect(store.notices).toHaveLength(1);
      expect(store.notices[0]).toContain('reading progress');
      expect(store.notices[0]).toContain(`progress.json.corrupt-${NOW}`);
      expect(store.getLastOpenedArticleId()).toBeNull();
      await store.setLastOpenedArticleId('fresh');
    });
    expect(await readFile(path.join(dir, `progress.json.corrupt-${NOW}`))).toEqual(bytes);
    expect(await readJson(dir, 'progress.json')).toMatchObject({ schemaVersion: 2, lastOpenedArticleId: 'fresh' });
    expect((await readdir(dir)).sort()).toEqual([...BASE_FILES.slice(0, 3), `progress.json.corrupt-${NOW}`, ...BASE_FILES.slice(3)]);
  });

  it('sets a damaged settings file aside on its own and keeps the progress', async () => {
    const dir = await tempDir();
    await withStore(dir, (store) => store.setLastOpenedArticleId('kept'));
    await writeFile(path.join(dir, 'settings.json'), '{"schemaVersion":1,"window":{"x":0}}');
    await withStore(dir, async (store) => {
      expect(store.notices).toEqual([expect.stringContaining('your settings')]);
      expect(store.loadWindowState()).toBeNull();
      expect(store.getLastOpenedArticleId()).toBe('kept');
    });
    expect(await readdir(dir)).toContain(`settings.json.corrupt-${NOW}`);
  });

  it('opens a file from a newer Factdeck read-only and never changes its bytes', async () => {
    const dir = await tempDir();
    const original = '{"schemaVersion":3,"lastOpenedArticleId":"future","somethingNew":{"a":1}}\n';
    await writeFile(path.join(dir, 'progress.json'), original);
    await withStore(dir, async (store) => {
      expect(store.notices).toEqual([expect.stringContaining('newer version of Factdeck')]);
      expect(store.getLastOpenedArticleId()).toBeNull();
      await expect(store.setLastOpenedArticleId('a')).rejects.toMatchObject({
        name: 'ServiceError',
        code: 'storage-failed',
        message: expect.stringMatching(/^This data was written by a newer Factdeck/),
      });
      await expect(store.saveReadingPosition('a', { paragraphIndex: 1, savedAt: NOW })).rejects.toMatchObject({ code: 'storage-failed' });
      expect(store.getReadingPosition('a')).toBeNull();
      await store.saveWindowState(windowState); // the other file is still writable
    });
    expect(await readFile(path.join(dir, 'progress.json'), 'utf8')).toBe(original);
    expect((await readdir(dir)).sort()).toEqual(BASE_FILES);
    expect(await readJson(dir, 'settings.json')).toEqual(settingsFile(windowState));
  });

  it('removes temp files a crash left behind', async () => {
    const dir = await tempDir();
    await withStore(dir, (store) => store.setLastOpenedArticleId('before-crash'));
    const stale = ['.progress.json.999-deadbeef.tmp', '.settings.json.tmp'];
    await Promise.all(stale.map((name) => writeFile(path.join(dir, name), '{"half":')));
    await withStore(dir, async (store) => {
      expect(store.notices).toEqual([]);
      expect(store.getLastOpenedArticleId()).toBe('before-crash');
    });
    expect((await readdir(dir)).sort()).toEqual(BASE_FILES);
  });

  it('serializes concurrent saves: every call lands in order and the last one wins', async () => {
    const dir = await tempDir();
    await withStore(dir, async (store) => {
      const saves = Array.from({ length: 50 }, (_, n) => store.saveReadingPosition('a', { paragraphIndex: n, savedAt: NOW + n }));
      const others = Array.from({ length: 10 }, (_, n) => store.setLastOpenedArticleId(`article-${n}`));
      await Promise.all([...saves, ...others]);
      expect(store.getReadingPosition('a')).toEqual({ paragraphIndex: 49, savedAt: NOW + 49 });
    });
    expect(await readJson(dir, 'progress.json')).toEqual({
      schemaVersion: 2,
      lastOpenedArticleId: 'article-9',
      readingPositions: { a: { paragraphIndex: 49, savedAt: NOW + 49 } },
      quizAttempts: [],
    });
    expect((await readdir(dir)).sort()).toEqual(BASE_FILES);
  });

  it('close waits for pending writes and refuses later changes', async () => {
    const dir = await tempDir();
    const store = await openStore(dir, { now });
    void store.saveWindowState(windowState);
    await store.close();
    expect(await readJson(dir, 'settings.json')).toEqual(settingsFile(windowState));
    await expect(store.saveWindowState({ ...windowState, x: 0 })).rejects.toThrow(/closed/);
  });

  it('keeps its own copy of what it is given', async () => {
    await withStore(await tempDir(), async (store) => {
      const state = { ...windowState };
      await store.saveWindowState(state);
      state.x = 99;
      expect(store.loadWindowState()?.x).toBe(windowState.x);
    });
  });
});
