import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src-main/ipc-dispatch';
import { createApiHandlers } from '../../src-main/services';
import { openStore, type AppStore } from '../../src-main/store';
import { SEED_ID, SMALL_ARTICLE, realContentDir, useTempDirs, writeContent } from './content-fixtures';

const tempDir = useTempDirs();
const NOW = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const silent = () => {};

function dispatcherFor(store: AppStore, contentDir = realContentDir, now = () => NOW) {
  const unexpected: unknown[] = [];
  const dispatch = createDispatcher(createApiHandlers({ contentDir, store, now, log: silent }), (error) => unexpected.push(error));
  return { dispatch, unexpected };
}

async function smallContent(): Promise<string> {
  return writeContent(await tempDir(), [{ id: 'tiny', file: 'tiny.txt', title: 'Tiny Test Article' }], { 'tiny.txt': SMALL_ARTICLE });
}

describe('the API over the real content folder and a real store', () => {
  it('lists, opens, remembers the article and the reading position across restarts', async () => {
    const dataDir = await tempDir();
    let store = await openStore(dataDir);
    let { dispatch, unexpected } = dispatcherFor(store);

    expect(await dispatch('getStartup', undefined)).toEqual({ ok: true, value: { lastOpenedArticleId: null, notices: [] } });
    const listed = await dispatch('listArticles', undefined);
    expect(listed).toMatchObject({ ok: true, value: [{ id: SEED_ID, title: 'Mexico Rejects US ‘Invasion’ in Cartel Fight' }] });

    const opened = await dispatch('openArticle', { articleId: SEED_ID });
    expect(opened).toMatchObject({ ok: true, value: { article: { id: SEED_ID, language: 'en' }, position: null } });

    const saved = await dispatch('saveReadingPosition', { articleId: SEED_ID, paragraphIndex: 3 });
    expect(saved).toEqual({ ok: true, value: { paragraphIndex: 3, savedAt: NOW } });
    expect(unexpected).toEqual([]);
    await store.close();

    store = await openStore(dataDir);
    ({ dispatch, unexpected } = dispatcherFor(store));
    expect(await dispatch('getStartup', undefined)).toEqual({ ok: true, value: { lastOpenedArticleId: SEED_ID, notices: [] } });
    expect(await dispatch('openArticle', { articleId: SEED_ID })).toMatchObject({
      ok: true,
      value: { position: { paragraphIndex: 3, savedAt: NOW } },
    });
    expect(unexpected).toEqual([]);
    await store.close();
  });

  it('starts on the Library after the learner closed the article, keeping the reading position', async () => {
    const dataDir = await tempDir();
    let store = await openStore(dataDir);
    let { dispatch } = dispatcherFor(store);
    await dispatch('openArticle', { articleId: SEED_ID });
    await dispatch('saveReadingPosition', { articleId: SEED_ID, paragraphIndex: 2 });
    expect(await dispatch('closeArticle', undefined)).toEqual({ ok: true, value: null });
    await store.close();

    store = await openStore(dataDir);
    ({ dispatch } = dispatcherFor(store));
    expect(await dispatch('getStartup', undefined)).toEqual({ ok: true, value: { lastOpenedArticleId: null, notices: [] } });
    expect(await dispatch('openArticle', { articleId: SEED_ID })).toMatchObject({ ok: true, value: { position: { paragraphIndex: 2 } } });
    await store.close();
  });

  it('answers not-found for ids that are not in the library, invalid-payload for malformed ones', async () => {
    const store = await openStore(await tempDir());
    const { dispatch } = dispatcherFor(store);
    const notFound = { ok: false, error: { code: 'not-found', message: 'That article is not in your library.' } };
    expect(await dispatch('openArticle', { articleId: 'no-such-article' })).toEqual(notFound);
    expect(await dispatch('saveReadingPosition', { articleId: 'no-such-article', paragraphIndex: 0 })).toEqual(notFound);
    expect(await dispatch('openArticle', { articleId: '../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(store.getLastOpenedArticleId()).toBeNull();
    await store.close();
  });

  it('refuses a paragraph past the end with a clear message and keeps the old position', async () => {
    const store = await openStore(await tempDir());
    const { dispatch } = dispatcherFor(store, await smallContent());
    await dispatch('saveReadingPosition', { articleId: 'tiny', paragraphIndex: 1 });
    const refused = await dispatch('saveReadingPosition', { articleId: 'tiny', paragraphIndex: 3 });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: 'That reading position is past the end of the article, which has 3 paragraphs.' },
    });
    expect(await dispatch('saveReadingPosition', { articleId: 'tiny', paragraphIndex: 2 })).toMatchObject({ ok: true });
    expect(store.getReadingPosition('tiny')).toEqual({ paragraphIndex: 2, savedAt: NOW });
    await store.close();
  });
});

describe('the API when things have changed or fail', () => {
  it('does not offer to reopen an article that left the library', async () => {
    const dataDir = await tempDir();
    await writeFile(
      path.join(dataDir, 'progress.json'),
      JSON.stringify({ schemaVersion: 1, lastOpenedArticleId: 'gone', readingPositions: {} }),
    );
    const store = await openStore(dataDir);
    const { dispatch } = dispatcherFor(store);
    expect(await dispatch('getStartup', undefined)).toEqual({ ok: true, value: { lastOpenedArticleId: null, notices: [] } });
    await store.close();
  });

  it('keeps a saved position inside an article that became shorter', async () => {
    const dataDir = await tempDir();
    await writeFile(
      path.join(dataDir, 'progress.json'),
      JSON.stringify({ schemaVersion: 1, lastOpenedArticleId: null, readingPositions: { tiny: { paragraphIndex: 40, savedAt: 5 } } }),
    );
    const store = await openStore(dataDir);
    const { dispatch } = dispatcherFor(store, await smallContent());
    expect(await dispatch('openArticle', { articleId: 'tiny' })).toMatchObject({
      ok: true,
      value: { position: { paragraphIndex: 2, savedAt: 5 } },
    });
    await store.close();
  });

  it('still opens articles from a read-only store, but says why a position was not saved', async () => {
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, 'progress.json'), '{"schemaVersion":7}');
    const store = await openStore(dataDir);
    const { dispatch } = dispatcherFor(store);
    expect(await dispatch('openArticle', { articleId: SEED_ID })).toMatchObject({ ok: true });
    expect(await dispatch('saveReadingPosition', { articleId: SEED_ID, paragraphIndex: 0 })).toEqual({
      ok: false,
      error: { code: 'storage-failed', message: expect.stringMatching(/^This data was written by a newer Factdeck/) },
    });
    await store.close();
  });

  it('turns a disk failure into storage-failed with a sentence a learner can read', async () => {
    const store = await openStore(await tempDir());
    const failing: AppStore = {
      ...store,
      saveReadingPosition: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })),
    };
    const { dispatch, unexpected } = dispatcherFor(failing);
    const result = await dispatch('saveReadingPosition', { articleId: SEED_ID, paragraphIndex: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringContaining('could not save your place') } });
    expect(JSON.stringify(result)).not.toContain('ENOSPC');
    expect(unexpected).toEqual([]);
    await store.close();
  });
});
