/**
 * The learner's data folder. Everything else in the app reaches the files through `AppStore`:
 * - `reviews/YYYY-MM.jsonl`: every answer, appended and fsynced before it is acknowledged;
 * - `collection.json`: what the answers add up to, saved off the answer path, rebuilt from the log;
 * - `progress.json` (what they read, and where) and `settings.json` (the window);
 * - `backups/<id>/`: copies, taken at start and every half hour, thinned;
 * - `factdeck.lock`: which process may write.
 */
import type { BackupInfo, LogRecord, QuizAttempt, ReadingPosition, RestoredBackup } from '../contract';
import { countingReducer, type CollectionReducer } from './collection/rebuild';
import { DataFolder } from './data-folder';
import type { StoreIo } from './io';
import type { LockEnvironment } from './lock-file';
import type { EditsFile } from './edits-file';
import type { DataFile } from './folder-backups';
import type { WindowState } from './schemas';
import type { Timers } from './timers';

export interface AppStore {
  readonly dataDir: string;
  /** Sentences for the learner about what happened at open (files set aside, restored, rebuilt, read-only). */
  readonly notices: readonly string[];
  /** Why nothing is saved (another Factdeck owns the folder); `null` normally. */
  readonly readOnlyReason: string | null;
  getLastOpenedArticleId(): string | null;
  setLastOpenedArticleId(id: string | null): Promise<void>;
  getReadingPosition(articleId: string): ReadingPosition | null;
  saveReadingPosition(articleId: string, position: ReadingPosition): Promise<void>;
  /** Finished quizzes, oldest first. */
  listQuizAttempts(): readonly QuizAttempt[];
  /** Adds a finished quiz to the history (the oldest is dropped past `MAX_QUIZ_ATTEMPTS`). */
  saveQuizAttempt(attempt: QuizAttempt): Promise<void>;
  /** The learner's edits to the generated decks (`edits.json`). */
  getEdits(): EditsFile;
  /** Applies `change` now and resolves once edits.json is on disk. */
  updateEdits(change: (edits: EditsFile) => EditsFile): Promise<void>;
  /** Every file a backup holds, as of now (a backup is taken if anything changed): for an export. */
  exportFiles(): Promise<DataFile[]>;
  /**
   * Puts files (read from an export and checked by the caller) back: they become a backup, which
   * is restored after a safety backup of the data as it is, journalled, never half-way.
   */
  restoreFiles(files: readonly DataFile[]): Promise<RestoredBackup>;
  loadWindowState(): WindowState | null;
  saveWindowState(state: WindowState): Promise<void>;
  /**
   * Resolves once the answer is on disk. On a disk failure it rejects with ServiceError
   * 'storage-failed' and keeps the answer in memory; it is written with the next answer, by the
   * retry timer, or at close.
   */
  appendReview(record: LogRecord): Promise<void>;
  /** Answers kept in memory because the disk failed. */
  readonly pendingReviewCount: number;
  /** Writes the answers kept in memory now; rejects if the disk still fails. */
  retryPendingReviews(): Promise<void>;
  /** A fact's memory state, as the reducer made it; `undefined` before its first answer. */
  getMemory(factId: string): unknown;
  readonly reviewCount: number;
  /** Saves the collection now instead of after the debounce. */
  flush(): Promise<void>;
  /** Newest first. */
  listBackups(): Promise<BackupInfo[]>;
  /** A backup now (and thinning); `null` when nothing changed since the newest one, unless `force`. */
  takeBackup(force?: boolean): Promise<BackupInfo | null>;
  /** Takes a safety backup, then replaces the data with backup `id` and reopens it. */
  restoreBackup(id: string): Promise<RestoredBackup>;
  /** Saves what is unsaved, stops the backups and releases the lock; later changes are refused. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Clock for names, backups and `updatedAt`; defaults to `Date.now`. */
  readonly now?: () => number;
  /** File-system calls; the fault tests pass a failing one. */
  readonly io?: StoreIo;
  /** Folds answers into memory states; defaults to counting them until the scheduler lands. */
  readonly reducer?: CollectionReducer;
  readonly timers?: Timers;
  /** How long the collection may lag the log; 2 s by default. */
  readonly collectionDebounceMs?: number;
  /** How soon answers kept in memory are retried; 5 s by default. */
  readonly retryMs?: number;
  /** Take backups at open when due and then every `everyMs`; off by default (tests, tools). */
  readonly autoBackup?: { readonly everyMs: number };
  /** Overrides for the lock check (tests). */
  readonly lock?: Partial<LockEnvironment>;
  /** Where background failures are reported; defaults to `console.warn`. */
  readonly log?: (message: string) => void;
}

export async function openStore(dataDir: string, options: OpenStoreOptions = {}): Promise<AppStore> {
  return DataFolder.open(dataDir, { ...options, reducer: options.reducer ?? countingReducer });
}
