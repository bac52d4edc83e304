import { describe, expect, it, vi } from 'vitest';
import type { ApiResult, FactdeckApi } from '../../../src-main/contract';
import { ApiCallError, createApi, messageOf, unwrap } from '../../../src-renderer/lib/api';

const article = {
  id: 'a-1',
  title: 'A title',
  language: 'en',
  source: null,
  dateline: null,
  text: '',
  sections: [],
  dropped: [],
};

/** A method this fake does not answer: the study and quiz ones, which these tests never call. */
const absent = async () => ({ ok: false as const, error: { code: 'not-found' as const, message: 'Not in this fake.' } });

function fakeBridge(overrides: Partial<FactdeckApi> = {}): FactdeckApi {
  return {
    getStudySession: absent,
    answerCard: absent,
    undoAnswer: absent,
    overruleGrade: absent,
    suspendFact: absent,
    startQuiz: absent,
    answerQuizQuestion: absent,
    finishQuiz: absent,
    listQuizAttempts: absent,
    getArticleMemory: absent,
    getFactHistory: absent,
    getDashboard: absent,
    beginImport: absent,
    appendImport: absent,
    finishImport: absent,
    cancelImport: absent,
    deleteArticle: absent,
    restoreArticle: absent,
    getArticleProgress: absent,
    getSettings: absent,
    saveSettings: absent,
    browseFacts: absent,
    getQuestionEditor: absent,
    saveQuestionEdit: absent,
    revertQuestionEdit: absent,
    setFactSuspended: absent,
    setFactDeleted: absent,
    resetFact: absent,
    addUserFact: absent,
    exportData: absent,
    exportArticleTsv: absent,
    exportReviewsCsv: absent,
    beginRestore: absent,
    appendRestore: absent,
    finishRestore: absent,
    cancelRestore: absent,
    getStartup: async () => ({ ok: true, value: { lastOpenedArticleId: null, notices: [] } }),
    closeArticle: async () => ({ ok: true, value: null }),
    listArticles: async () => ({ ok: true, value: [] }),
    openArticle: async () => ({ ok: true, value: { article, position: null } }),
    saveReadingPosition: async ({ paragraphIndex }) => ({ ok: true, value: { paragraphIndex, savedAt: 0 } }),
    listBackups: async () => ({ ok: true, value: [] }),
    restoreBackup: async () => ({ ok: false, error: { code: 'not-found', message: 'That backup is no longer there.' } }),
    ...overrides,
  };
}

describe('unwrap', () => {
  it('returns the value of a success', () => {
    expect(unwrap({ ok: true, value: 42 })).toBe(42);
  });

  it('throws the contract error, message and code intact', () => {
    const result: ApiResult<number> = { ok: false, error: { code: 'not-found', message: 'That article is gone.' } };
    expect(() => unwrap(result)).toThrowError(new ApiCallError('not-found', 'That article is gone.'));
    try {
      unwrap(result);
    } catch (error) {
      expect((error as ApiCallError).code).toBe('not-found');
    }
  });
});

describe('createApi', () => {
  it('passes payloads in the contract shape and unwraps the answers', async () => {
    const saveReadingPosition = vi.fn(fakeBridge().saveReadingPosition);
    const api = createApi(() => fakeBridge({ saveReadingPosition }));
    await expect(api.saveReadingPosition({ articleId: 'a-1', paragraphIndex: 3 })).resolves.toEqual({ paragraphIndex: 3, savedAt: 0 });
    expect(saveReadingPosition).toHaveBeenCalledWith({ articleId: 'a-1', paragraphIndex: 3 });
    await expect(api.openArticle({ articleId: 'a-1' })).resolves.toEqual({ article, position: null });
    await expect(api.getStartup()).resolves.toEqual({ lastOpenedArticleId: null, notices: [] });
    await expect(api.listArticles()).resolves.toEqual([]);
    await expect(api.closeArticle()).resolves.toBeNull();
  });

  it('turns a failed result into an error with the learner-facing message', async () => {
    const api = createApi(() =>
      fakeBridge({ listArticles: async () => ({ ok: false, error: { code: 'internal', message: 'Please try again.' } }) }),
    );
    await expect(api.listArticles()).rejects.toThrow('Please try again.');
  });

  it('explains a missing bridge in words instead of a TypeError', async () => {
    const api = createApi(() => undefined);
    const error = await api.getStartup().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).code).toBe('unavailable');
    expect(messageOf(error)).toMatch(/could not reach/);
  });

  it('explains a bridge that throws', async () => {
    const api = createApi(() => fakeBridge({ getStartup: () => Promise.reject(new Error('ipc closed')) }));
    await expect(api.getStartup()).rejects.toBeInstanceOf(ApiCallError);
  });

  it('reads the bridge on every call, so a late preload still works', async () => {
    let bridge: FactdeckApi | undefined;
    const api = createApi(() => bridge);
    await expect(api.listArticles()).rejects.toBeInstanceOf(ApiCallError);
    bridge = fakeBridge();
    await expect(api.listArticles()).resolves.toEqual([]);
    await expect(api.closeArticle()).resolves.toBeNull();
  });
});

describe('messageOf', () => {
  it('never shows a raw programming error to the learner', () => {
    expect(messageOf(new TypeError('x is undefined'))).not.toMatch(/undefined/);
    expect(messageOf(new ApiCallError('not-found', 'Gone.'))).toBe('Gone.');
  });
});
