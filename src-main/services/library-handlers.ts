/** The Library methods of the contract: import, delete and undo, and each article's progress. */
import type { ApiHandlers } from '../ipc-dispatch';
import { articleProgress } from '../domain/library/article-progress';
import { readMemory } from '../domain/scheduling';
import type { AppStore } from '../store';
import type { ContentLibrary } from './content-library';
import { createImportService } from './library/import-service';
import type { ArticleDecks } from './study/article-decks';

type LibraryMethods = 'beginImport' | 'appendImport' | 'finishImport' | 'cancelImport' | 'deleteArticle' | 'restoreArticle' | 'getArticleProgress';

export interface LibraryHandlerDeps {
  readonly store: AppStore;
  readonly library: ContentLibrary;
  readonly decks: ArticleDecks;
  readonly now: () => number;
  readonly log: (message: string) => void;
}

export function createLibraryHandlers({ store, library, decks, now, log }: LibraryHandlerDeps): Pick<ApiHandlers, LibraryMethods> {
  const imports = createImportService({ store, library, now, log });
  return {
    beginImport: (request) => imports.begin(request),
    appendImport: ({ importId, index, text }) => imports.append(importId, index, text),
    finishImport: ({ importId }) => imports.finish(importId),
    cancelImport: ({ importId }) => imports.cancel(importId),
    deleteArticle: ({ articleId }) => imports.remove(articleId),
    restoreArticle: ({ articleId }) => imports.restore(articleId),
    async getArticleProgress({ articleId }) {
      const deck = await decks.deckOf(articleId);
      const progress = articleProgress(deck.facts.keys(), (factId) => readMemory(store.getMemory(factId)), now());
      return { articleId, ...progress };
    },
  };
}
