/**
 * The use cases behind the IPC contract. Payloads arrive already validated by the dispatcher;
 * time is passed in, so tests use fixed dates.
 */
import type { Article, ReadingPosition } from '../contract';
import type { ApiHandlers } from '../ipc-dispatch';
import type { AppStore } from '../store';
import type { SchedulerSettings } from '../domain/scheduling';
import { createBackupHandlers } from './backup-handlers';
import { createContentLibrary, type ContentLibraryOptions } from './content-library';
import { createMemoryHandlers } from './memory-handlers';
import { createDashboardHandlers } from './dashboard-handlers';
import { appMemoryReducer } from './open-app-store';
import { createLibraryHandlers } from './library-handlers';
import { createSettingsHandlers, schedulerSettingsOf } from './settings-handlers';
import { createEditHandlers } from './edit-handlers';
import { createStudyHandlers } from './study-handlers';
import { createArticleDecks } from './study/article-decks';
import { ServiceError } from '../service-error';

export interface ApiHandlerDeps extends ContentLibraryOptions {
  readonly contentDir: string;
  readonly store: AppStore;
  readonly now: () => number;
  /** The scheduler's settings, read at each use; by default the learner's, from the store. */
  readonly settings?: () => SchedulerSettings;
  /** Ids for answers and quizzes; random by default. */
  readonly newId?: () => string;
}

export function createApiHandlers({ contentDir, store, now, log = (message) => console.warn(message), settings = () => schedulerSettingsOf(store.getSettings().scheduler), newId }: ApiHandlerDeps): ApiHandlers {
  const library = createContentLibrary(contentDir, { log, imported: store });
  const decks = createArticleDecks(library, () => store.getEdits());

  return {
    async getStartup() {
      const id = store.getLastOpenedArticleId();
      return { lastOpenedArticleId: id !== null && (await library.has(id)) ? id : null, notices: store.notices };
    },

    listArticles: () => library.list(),

    async openArticle({ articleId }) {
      const article = await library.get(articleId);
      // Reading must not fail because the bookmark could not be kept (read-only or full disk);
      // the store's notices already tell the learner why nothing is being saved.
      await store.setLastOpenedArticleId(articleId).catch((error: unknown) => log(`Could not record the last opened article: ${describe(error)}`));
      return { article, position: positionWithin(store.getReadingPosition(articleId), article) };
    },

    async closeArticle() {
      await store.setLastOpenedArticleId(null).catch((error: unknown) => log(`Could not forget the last opened article: ${describe(error)}`));
      return null;
    },

    async saveReadingPosition({ articleId, paragraphIndex }) {
      const article = await library.get(articleId);
      const paragraphs = paragraphCount(article);
      if (paragraphIndex >= paragraphs) {
        throw new ServiceError('invalid-payload', `That reading position is past the end of the article, which has ${paragraphs} paragraphs.`);
      }
      const position: ReadingPosition = { paragraphIndex, savedAt: now() };
      try {
        await store.saveReadingPosition(articleId, position);
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        log(`Could not save the reading position: ${describe(error)}`);
        throw new ServiceError('storage-failed', 'Factdeck could not save your place in this article. Check that your disk has free space, then keep reading to try again.');
      }
      return position;
    },

    ...createBackupHandlers(store, log),
    ...createLibraryHandlers({ store, library, decks, now, log }),
    ...createSettingsHandlers(store, log),
    ...createStudyHandlers({ store, decks, now, settings, ...(newId === undefined ? {} : { newId }) }),
    ...createMemoryHandlers({ store, decks, now, log }),
    ...createDashboardHandlers({
      store, library, decks, now, settings, log,
      reducer: appMemoryReducer(() => ({ retentionHistory: store.getRetentionHistory(), scheduler: store.getSettings().scheduler })),
    }),
    ...createEditHandlers({ store, decks, articles: () => library.list(), now, log, ...(newId === undefined ? {} : { newId }) }),
  };
}

function paragraphCount(article: Article): number {
  return article.sections.reduce((count, section) => count + section.paragraphs.length, 0);
}

/** A saved position inside the article as it is now (the text may have been shortened since). */
function positionWithin(position: ReadingPosition | null, article: Article): ReadingPosition | null {
  const paragraphs = paragraphCount(article);
  if (position === null || paragraphs === 0) return null;
  if (position.paragraphIndex < paragraphs) return position;
  return { ...position, paragraphIndex: paragraphs - 1 };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
