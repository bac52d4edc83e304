/** The memory methods of the contract (the Reader's shading and fact panel), over the memory service. */
import type { ApiHandlers } from '../ipc-dispatch';
import type { AppStore } from '../store';
import { createMemoryService } from './memory/memory-service';
import type { ArticleDecks } from './study/article-decks';

type MemoryMethods = 'getArticleMemory' | 'getFactHistory';

export interface MemoryHandlerDeps {
  readonly store: AppStore;
  readonly decks: ArticleDecks;
  readonly now: () => number;
  readonly log: (message: string) => void;
}

export function createMemoryHandlers(deps: MemoryHandlerDeps): Pick<ApiHandlers, MemoryMethods> {
  const memory = createMemoryService(deps);
  return {
    getArticleMemory: ({ articleId }) => memory.articleMemory(articleId),
    getFactHistory: ({ factId }) => memory.factHistory(factId),
  };
}
