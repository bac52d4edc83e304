/**
 * The learner's data folder. Everything else in the app reaches the files through `AppStore`:
 * - `reviews/YYYY-MM.jsonl`: every answer, appended and fsynced before it is acknowledged;
 * - `collection.json`: what the answers add up to, saved off the answer path, rebuilt from the log;
 * - `progress.json` (what they read, and where) and `settings.json` (the window);
 * - `library.json` and `articles/<id>.txt`: the articles the learner imported;
 * - `backups/<id>/`: copies, taken at start and every half hour, thinned;
 * - `factdeck.lock`: which process may write.
 */
import type { AppSettings, BackupInfo, LogRecord, QuizAttempt, ReadingPosition, RestoredBackup } from '../contract';
import { countingReducer, type ReducerSource } from './collection/rebuild';
import { DataFolder } from './data-folder';
import type { StoreIo } from './io';
import type { LockEnvironment } from './lock-file';
import type { LibraryEntry } from './library/library-file';
import type { EditsFile } from './edits-file';
import type { DataFile } from './folder-backups';
import type { RetentionPeriod, WindowState } from './schemas';
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
  /** The imported articles, deleted ones included (with `deletedAt`), in the order they were added. */
  listLibraryEntries(): readonly LibraryEntry[];
  /** An imported article's text; rejects if its file cannot be read. */
  readArticleText(id: string): Promise<string>;
  /** Writes the text durably, then adds the entry; an entry with the same id is replaced. */
  addLibraryEntry(entry: LibraryEntry, text: string): Promise<void>;
  /** Marks an imported article deleted at `deletedAt`, or brings it back with `null`. */
  setArticleDeleted(id: string, deletedAt: number | null): Promise<void>;
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
  /** What the learner chose in Settings, as stored (the services check the ranges). */
  getSettings(): AppSettings;
  /**
   * The retentions used before the current one, oldest first; see `SettingsFile`.
   */
  getRetentionHistory(): readonly RetentionPeriod[];
  /**
   * Saves the learner's choices (already checked). A new desired retention closes the period
   * of the old one at `now`, so answers before now keep being replayed with the old one.
   */
  saveSettings(settings: AppSettings): Promise<void>;
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
  /**
   * The review log as it is on disk now, oldest first, one month file at a time (each month's
   * records in one array, so 500k answers never sit in memory together); damaged lines are left
   * out. With `from` (month → bytes, the `end`s of an earlier read) only what was added since.
   */
  readReviewLog(from?: ReadonlyMap<string, number>): AsyncIterable<ReviewLogSlice>;
  /** Changes when the log is replaced (a restored backup): a reader's watermarks no longer apply. */
  readonly reviewLogEpoch: number;
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

/** Records read from one month file of the review log. */
export interface ReviewLogSlice {
  /** The month, `YYYY-MM`. */
  readonly shard: string;
  readonly records: readonly LogRecord[];
  /** Where the complete lines read end: pass it back as `from` to read only what comes after. */
  readonly end: number;
}

export interface OpenStoreOptions {
  /** Clock for names, backups and `updatedAt`; defaults to `Date.now`. */
  readonly now?: () => number;
  /** File-system calls; the fault tests pass a failing one. */
  readonly io?: StoreIo;
  /** Folds answers into memory states (a reducer, or one built over the settings); defaults to counting them. */
  readonly reducer?: ReducerSource;
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
