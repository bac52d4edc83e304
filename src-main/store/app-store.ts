/**
 * The learner's data folder: `progress.json` (what they read, and where) and `settings.json`
 * (the window). Everything else in the app reaches the files through `AppStore` only.
 */
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { ReadingPosition } from '../contract';
import {
  ProgressFileSchema,
  SettingsFileSchema,
  defaultProgress,
  defaultSettings,
  type WindowState,
} from './schemas';
import { StoredDocument } from './stored-document';

export interface AppStore {
  readonly dataDir: string;
  /** Sentences for the learner about files that were set aside or left read-only at open. */
  readonly notices: readonly string[];
  getLastOpenedArticleId(): string | null;
  setLastOpenedArticleId(id: string | null): Promise<void>;
  getReadingPosition(articleId: string): ReadingPosition | null;
  saveReadingPosition(articleId: string, position: ReadingPosition): Promise<void>;
  loadWindowState(): WindowState | null;
  saveWindowState(state: WindowState): Promise<void>;
  /** Waits for pending writes; later changes are refused. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Clock for naming set-aside files; defaults to `Date.now`. */
  readonly now?: () => number;
}

export async function openStore(dataDir: string, options: OpenStoreOptions = {}): Promise<AppStore> {
  const now = options.now ?? Date.now;
  await fs.mkdir(dataDir, { recursive: true });
  const progress = await StoredDocument.open(path.join(dataDir, 'progress.json'), {
    label: 'your reading progress',
    schema: ProgressFileSchema,
    schemaVersion: 1,
    defaults: defaultProgress,
    now,
  });
  const settings = await StoredDocument.open(path.join(dataDir, 'settings.json'), {
    label: 'your window settings',
    schema: SettingsFileSchema,
    schemaVersion: 1,
    defaults: defaultSettings,
    now,
  });
  const notices = Object.freeze([...progress.notices, ...settings.notices]);

  return {
    dataDir,
    notices,
    getLastOpenedArticleId: () => progress.data.lastOpenedArticleId,
    setLastOpenedArticleId: (id) => progress.update((data) => ({ ...data, lastOpenedArticleId: id })),
    getReadingPosition(articleId) {
      const positions = progress.data.readingPositions;
      return Object.hasOwn(positions, articleId) ? (positions[articleId] ?? null) : null;
    },
    saveReadingPosition: (articleId, { paragraphIndex, savedAt }) =>
      progress.update((data) => ({
        ...data,
        readingPositions: { ...data.readingPositions, [articleId]: { paragraphIndex, savedAt } },
      })),
    loadWindowState: () => settings.data.window,
    saveWindowState: ({ x, y, width, height, maximized }) =>
      settings.update((data) => ({ ...data, window: { x, y, width, height, maximized } })),
    async close() {
      await Promise.all([progress.close(), settings.close()]);
    },
  };
}
