import { describe, expect, it, vi } from 'vitest';
import { MAX_PAYLOAD_BYTES } from '../../src-main/contract';
import { DEFAULT_APP_SETTINGS } from '../../src-main/contract-settings';
import { createDispatcher, isApiMethod, type ApiHandlers } from '../../src-main/ipc-dispatch';
import { ServiceError } from '../../src-main/service-error';

function fakeHandlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  return {
    getStartup: vi.fn(() => ({ lastOpenedArticleId: null, notices: [] })),
    listArticles: vi.fn(() => []),
    closeArticle: vi.fn(() => null),
    openArticle: vi.fn(async ({ articleId }) => ({ article: { id: articleId } as never, position: null })),
    saveReadingPosition: vi.fn(({ paragraphIndex }) => ({ paragraphIndex, savedAt: 0 })),
    listBackups: vi.fn(() => []),
    restoreBackup: vi.fn(({ backupId }) => ({ restored: { id: backupId, takenAt: 0, sizeBytes: 0 }, safetyBackup: { id: backupId, takenAt: 0, sizeBytes: 0 } })),
    getStudySession: vi.fn(({ scope }) => ({ scope, counts: { learning: 0, review: 0, new: 0 }, card: null, undoDepth: 0 })),
    answerCard: vi.fn(() => Promise.reject(new ServiceError('not-found', 'No card.'))),
    undoAnswer: vi.fn(({ scope }) => ({ scope, counts: { learning: 0, review: 0, new: 0 }, card: null, undoDepth: 0 })),
    overruleGrade: vi.fn(() => Promise.reject(new ServiceError('invalid-payload', 'Nothing to overrule.'))),
    suspendFact: vi.fn(({ scope }) => ({ scope, counts: { learning: 0, review: 0, new: 0 }, card: null, undoDepth: 0 })),
    startQuiz: vi.fn(({ mode, articleIds }) => ({ quizId: 'q', mode, articleIds, questions: [] })),
    answerQuizQuestion: vi.fn(() => Promise.reject(new ServiceError('not-found', 'No quiz.'))),
    finishQuiz: vi.fn(() => Promise.reject(new ServiceError('not-found', 'No quiz.'))),
    listQuizAttempts: vi.fn(() => []),
    getArticleMemory: vi.fn(({ articleId }) => ({ articleId, at: 0, facts: [] })),
    getFactHistory: vi.fn(({ factId }) => ({ factId, entries: [], undone: 0 })),
    getDashboard: vi.fn(() => Promise.reject(new ServiceError('not-found', 'No dashboard.'))),
    beginImport: vi.fn(() => ({ importId: 'imp-1' })),
    appendImport: vi.fn(({ text }) => ({ receivedChars: text.length })),
    finishImport: vi.fn(() => Promise.reject(new ServiceError('not-found', 'No import.'))),
    cancelImport: vi.fn(() => null),
    deleteArticle: vi.fn(() => null),
    restoreArticle: vi.fn(() => null),
    getArticleProgress: vi.fn(({ articleId }) => ({ articleId, facts: 0, studied: 0, mastered: 0, due: 0 })),
    getSettings: vi.fn(() => DEFAULT_APP_SETTINGS),
    saveSettings: vi.fn(({ settings }) => settings),
    browseFacts: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    getQuestionEditor: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    saveQuestionEdit: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    revertQuestionEdit: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    setFactSuspended: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    setFactDeleted: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    resetFact: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    addUserFact: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    exportData: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    exportArticleTsv: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    exportReviewsCsv: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    beginRestore: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    appendRestore: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    finishRestore: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    cancelRestore: vi.fn(() => Promise.reject(new ServiceError('not-found', 'Not here.'))),
    ...overrides,
  };
}

describe('createDispatcher', () => {
  it('calls the handler with the parsed payload and wraps the value', async () => {
    const handlers = fakeHandlers();
    const dispatch = createDispatcher(handlers);
    await expect(dispatch('saveReadingPosition', { articleId: 'seed-article', paragraphIndex: 3 })).resolves.toEqual({
      ok: true,
      value: { paragraphIndex: 3, savedAt: 0 },
    });
    await expect(dispatch('getStartup', undefined)).resolves.toEqual({ ok: true, value: { lastOpenedArticleId: null, notices: [] } });
    expect(handlers.saveReadingPosition).toHaveBeenCalledWith({ articleId: 'seed-article', paragraphIndex: 3 });
  });

  it.each([['nope'], ['__proto__'], ['constructor'], ['toString'], [''], [42], [null], [undefined], [{}]])(
    'refuses the unknown method %j',
    async (method) => {
      const handlers = fakeHandlers();
      expect(isApiMethod(method)).toBe(false);
      await expect(createDispatcher(handlers)(method, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    },
  );

  it('refuses an oversize payload before parsing it', async () => {
    const handlers = fakeHandlers();
    const huge = { articleId: 'a'.repeat(MAX_PAYLOAD_BYTES + 1) };
    await expect(createDispatcher(handlers)('openArticle', huge)).resolves.toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
    expect(handlers.openArticle).not.toHaveBeenCalled();
  });

  it('refuses a cyclic payload', async () => {
    const cyclic: Record<string, unknown> = { articleId: 'a' };
    cyclic.self = cyclic;
    await expect(createDispatcher(fakeHandlers())('openArticle', cyclic)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('refuses a BigInt payload', async () => {
    await expect(createDispatcher(fakeHandlers())('openArticle', { articleId: 1n })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it.each([
    ['openArticle', {}],
    ['openArticle', { articleId: '../../etc/passwd' }],
    ['openArticle', { articleId: 'ok', extra: true }],
    ['openArticle', 'ok'],
    ['saveReadingPosition', { articleId: 'ok', paragraphIndex: -1 }],
    ['saveReadingPosition', { articleId: 'ok', paragraphIndex: 1.5 }],
    ['getStartup', { unexpected: 1 }],
    ['listArticles', null],
  ])('refuses %s with the invalid payload %j', async (method, payload) => {
    const handlers = fakeHandlers();
    const result = await createDispatcher(handlers)(method, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(handlers.openArticle).not.toHaveBeenCalled();
    expect(handlers.saveReadingPosition).not.toHaveBeenCalled();
  });

  it('refuses a __proto__ key smuggled in through JSON', async () => {
    const handlers = fakeHandlers();
    const payload = JSON.parse('{"articleId":"ok","__proto__":{"polluted":true}}') as unknown;
    const result = await createDispatcher(handlers)('openArticle', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(handlers.openArticle).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('passes a ServiceError through with its code and message', async () => {
    const handlers = fakeHandlers({
      openArticle: () => {
        throw new ServiceError('not-found', 'That article is no longer in the library.');
      },
    });
    await expect(createDispatcher(handlers)('openArticle', { articleId: 'gone' })).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That article is no longer in the library.' },
    });
  });

  it('turns an unexpected throw into "internal" without leaking its text, and logs it', async () => {
    const secret = new Error('EACCES: /home/ada/.config/Factdeck/progress.json');
    const log = vi.fn();
    const handlers = fakeHandlers({ listArticles: async () => Promise.reject(secret) });
    const result = await createDispatcher(handlers, log)('listArticles', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/EACCES|progress\.json|home/);
    expect(log).toHaveBeenCalledWith(secret);
  });

  it('never rejects, even when a handler throws a non-Error', async () => {
    const handlers = fakeHandlers({
      getStartup: () => {
        throw 'a string';
      },
    });
    await expect(createDispatcher(handlers)('getStartup', undefined)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
