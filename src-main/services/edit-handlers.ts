/** The Browse, edit, export and restore methods of the contract, over the edit and export services. */
import { randomUUID } from 'node:crypto';
import type { ArticleSummary } from '../contract';
import type { ApiHandlers } from '../ipc-dispatch';
import type { AppStore } from '../store';
import { createEditService } from './edit/edit-service';
import { createExportService } from './export/export-service';
import type { ArticleDecks } from './study/article-decks';

type EditMethods =
  | 'browseFacts'
  | 'getQuestionEditor'
  | 'saveQuestionEdit'
  | 'revertQuestionEdit'
  | 'setFactSuspended'
  | 'setFactDeleted'
  | 'resetFact'
  | 'addUserFact'
  | 'exportData'
  | 'exportArticleTsv'
  | 'exportReviewsCsv'
  | 'beginRestore'
  | 'appendRestore'
  | 'finishRestore'
  | 'cancelRestore';

export interface EditHandlerDeps {
  readonly store: AppStore;
  readonly decks: ArticleDecks;
  readonly articles: () => Promise<readonly ArticleSummary[]>;
  readonly now: () => number;
  readonly log: (message: string) => void;
  readonly newId?: () => string;
}

export function createEditHandlers({ store, decks, articles, now, log, newId = randomUUID }: EditHandlerDeps): Pick<ApiHandlers, EditMethods> {
  const edit = createEditService({ store, decks, articles, now, newId });
  const data = createExportService({ store, decks, now, log });
  return {
    browseFacts: (query) => edit.browse(query),
    getQuestionEditor: ({ articleId, questionId }) => edit.editor(articleId, questionId),
    saveQuestionEdit: (request) => edit.save(request),
    revertQuestionEdit: ({ articleId, questionId }) => edit.revert(articleId, questionId),
    setFactSuspended: ({ articleId, factId, suspended }) => edit.setSuspended(articleId, factId, suspended),
    setFactDeleted: ({ articleId, factId, deleted }) => edit.setDeleted(articleId, factId, deleted),
    resetFact: ({ articleId, factId }) => edit.reset(articleId, factId),
    addUserFact: (request) => edit.addFact(request),
    exportData: () => data.exportAll(),
    exportArticleTsv: ({ articleId }) => data.articleTsv(articleId),
    exportReviewsCsv: () => data.historyCsv(),
    beginRestore: ({ totalChars }) => data.beginRestore(totalChars),
    appendRestore: ({ restoreId, index, text }) => data.appendRestore(restoreId, index, text),
    finishRestore: ({ restoreId }) => data.finishRestore(restoreId),
    cancelRestore: ({ restoreId }) => data.cancelRestore(restoreId),
  };
}
