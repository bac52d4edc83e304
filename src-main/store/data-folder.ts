/**
 * `AppStore` over one data folder: the lock, the open documents, backups and the retry of
 * answers a failed disk left in memory. Backups and restores run one at a time (`#gate`); a
 * restore swaps the documents while every write waits for it (`#restoring`), so no write lands
 * in a half-restored folder.
 */
import type { AppSettings, BackupInfo, LogRecord, QuizAttempt, ReadingPosition, RestoredBackup } from '../contract';
import { ServiceError } from '../service-error';
import type { AppStore, OpenStoreOptions, ReviewLogSlice } from './app-store';
import { BackupSchedule } from './backups/backup-schedule';
import type { ReducerSource } from './collection/rebuild';
import type { EditsFile } from './edits-file';
import { backupNow, filesNow, restoreFromBackup, restoreFromFiles, type DataFile } from './folder-backups';
import { closeDocuments, openDocuments, type Documents, type StoreContext } from './open-documents';
import { readArticleText, writeArticleText } from './library/article-files';
import type { LibraryEntry } from './library/library-file';
import { prepareFolder } from './open-steps';
import { readShards } from './reviews/read-log';
import { MAX_QUIZ_ATTEMPTS, MAX_RETENTION_PERIODS, type RetentionPeriod, type SettingsFile, type WindowState } from './schemas';
import { Deferred } from './timers';

type Options = OpenStoreOptions & { readonly reducer: ReducerSource };

export class DataFolder implements AppStore {
  #gate: Promise<unknown> = Promise.resolve();
  #restoring: Promise<unknown> | null = null;
  #closing: Promise<void> | null = null;
  readonly #retry: Deferred;
  #schedule: BackupSchedule | null = null;
  #logEpoch = 0;

  private constructor(
    private readonly context: StoreContext,
    private docs: Documents,
    private readonly startNotices: readonly string[],
    private readonly releaseLock: () => Promise<void>,
    retryMs: number,
  ) {
    this.#retry = new Deferred(context.timers, retryMs, () => void this.retryPendingReviews().catch(() => {}));
  }

  static async open(dataDir: string, options: Options): Promise<DataFolder> {
    const { context, lock, notices } = await prepareFolder(dataDir, options);
    const docs = await openDocuments(context);
    const release = lock.held ? lock.release : async () => {};
    const folder = new DataFolder(context, docs, [...notices, ...docs.notices], release, options.retryMs ?? 5000);
    if (lock.held && options.autoBackup !== undefined) {
      const { everyMs } = options.autoBackup;
      const run = async () => void (await folder.takeBackup());
      folder.#schedule = new BackupSchedule({ everyMs, now: context.now, timers: context.timers, onError: context.onError, run });
      folder.#schedule.start((await context.backups.list())[0]?.takenAt ?? null);
    }
    return folder;
  }

  get dataDir(): string {
    return this.context.dataDir;
  }

  get readOnlyReason(): string | null {
    return this.context.readOnlyReason;
  }

  get notices(): readonly string[] {
    return this.startNotices;
  }

  get pendingReviewCount(): number {
    return this.docs.log.pendingCount;
  }

  get reviewCount(): number {
    return this.docs.collection.reviewCount;
  }

  getLastOpenedArticleId(): string | null {
    return this.docs.progress.data.lastOpenedArticleId;
  }

  getMemory(factId: string): unknown {
    return this.docs.collection.get(factId);
  }

  async *readReviewLog(from?: ReadonlyMap<string, number>): AsyncGenerator<ReviewLogSlice> {
    // Only the complete lines the log reports: a line being appended now is never half-read.
    if (this.#restoring !== null) await this.#restoring;
    const { log } = this.docs;
    for await (const { shard, parsed, end } of readShards(this.context.io, log.folder, log.sizes, from)) yield { shard, records: parsed.records, end };
  }

  get reviewLogEpoch(): number {
    return this.#logEpoch;
  }

  loadWindowState(): WindowState | null {
    return this.docs.settings.data.window;
  }

  getSettings(): AppSettings {
    const { scheduler, appearance } = this.docs.settings.data;
    return { scheduler, appearance };
  }

  getRetentionHistory(): readonly RetentionPeriod[] {
    return this.docs.settings.data.retentionHistory;
  }

  async saveSettings({ scheduler, appearance }: AppSettings): Promise<void> {
    if (this.#restoring !== null) await this.#restoring;
    const at = this.context.now();
    await this.docs.settings.update((data) => ({
      ...data,
      scheduler: { ...scheduler },
      appearance: { ...appearance },
      retentionHistory: nextRetentionHistory(data, scheduler.desiredRetention, at),
    }));
  }

  getReadingPosition(articleId: string): ReadingPosition | null {
    const positions = this.docs.progress.data.readingPositions;
    return Object.hasOwn(positions, articleId) ? (positions[articleId] ?? null) : null;
  }

  async setLastOpenedArticleId(id: string | null): Promise<void> {
    if (this.#restoring !== null) await this.#restoring;
    await this.docs.progress.update((data) => ({ ...data, lastOpenedArticleId: id }));
  }

  async saveReadingPosition(articleId: string, { paragraphIndex, savedAt }: ReadingPosition): Promise<void> {
    if (this.#restoring !== null) await this.#restoring;
    await this.docs.progress.update((data) => ({ ...data, readingPositions: { ...data.readingPositions, [articleId]: { paragraphIndex, savedAt } } }));
  }

  getEdits(): EditsFile {
    return this.docs.edits.data;
  }

  async updateEdits(change: (edits: EditsFile) => EditsFile): Promise<void> {
    if (this.#restoring !== null) await this.#restoring;
    await this.docs.edits.update(change);
  }

  exportFiles(): Promise<DataFile[]> {
    return this.#exclusive(async () => {
      this.#refuseIfReadOnly();
      return filesNow(this.context, this.docs);
    });
  }

  restoreFiles(files: readonly DataFile[]): Promise<RestoredBackup> {
    return this.#restore(() => restoreFromFiles(this.context, this.docs, files, this.#replaceDocuments));
  }

  listQuizAttempts(): readonly QuizAttempt[] {
    return this.docs.progress.data.quizAttempts;
  }

  async saveQuizAttempt(attempt: QuizAttempt): Promise<void> {
    if (this.#restoring !== null) await this.#restoring;
    await this.docs.progress.update((data) => ({ ...data, quizAttempts: [...data.quizAttempts, attempt].slice(-MAX_QUIZ_ATTEMPTS) }));
  }

  listLibraryEntries(): readonly LibraryEntry[] {
    return this.docs.library.data.articles;
  }

  readArticleText(id: string): Promise<string> {
    return readArticleText(this.context.io, this.context.dataDir, id);
  }

  async addLibraryEntry(entry: LibraryEntry, text: string): Promise<void> {
    if (this.#restoring !== null) await this.#restoring;
    if (this.docs.library.readOnlyReason !== null) throw new ServiceError('storage-failed', this.docs.library.readOnlyReason);
    // The text first: an entry never points at a file that is not on disk.
    await writeArticleText(this.context.io, this.context.dataDir, entry.id, text);
    await this.docs.library.update((data) => ({ ...data, articles: [...data.articles.filter((old) => old.id !== entry.id), entry] }));
  }

  async setArticleDeleted(id: string, deletedAt: number | null): Promise<void> {
    if (this.#restoring !== null) await this.#restoring;
    await this.docs.library.update((data) => ({
      ...data,
      articles: data.articles.map((entry) => (entry.id === id ? { ...entry, deletedAt } : entry)),
    }));
  }

  async saveWindowState({ x, y, width, height, maximized }: WindowState): Promise<void> {
    if (this.#restoring !== null) await this.#restoring;
    await this.docs.settings.update((data) => ({ ...data, window: { x, y, width, height, maximized } }));
  }

  async appendReview(record: LogRecord): Promise<void> {
    if (this.#restoring !== null) await this.#restoring;
    try {
      await this.docs.log.append(record);
    } catch (error) {
      if (this.docs.log.pendingCount > 0) this.#retry.schedule();
      throw error;
    }
  }

  async retryPendingReviews(): Promise<void> {
    try {
      await this.docs.log.retry();
    } catch (error) {
      if (this.#closing === null) this.#retry.schedule();
      throw error;
    }
  }

  flush(): Promise<void> {
    return this.docs.collection.flush();
  }

  async listBackups(): Promise<BackupInfo[]> {
    return (await this.context.backups.list()).map(({ id, takenAt, sizeBytes }) => ({ id, takenAt, sizeBytes }));
  }

  takeBackup(force = false): Promise<BackupInfo | null> {
    return this.#exclusive(async () => {
      this.#refuseIfReadOnly();
      return backupNow(this.context, this.docs, force);
    });
  }

  restoreBackup(id: string): Promise<RestoredBackup> {
    return this.#restore(() => restoreFromBackup(this.context, this.docs, id, this.#replaceDocuments));
  }

  /** After a restore: the new documents, and a new log epoch (readers' watermarks no longer apply). */
  readonly #replaceDocuments = (docs: Documents): void => {
    this.docs = docs;
    this.#logEpoch++;
  };

  #restore(run: () => Promise<RestoredBackup>): Promise<RestoredBackup> {
    const restoring = this.#exclusive(async () => {
      this.#refuseIfReadOnly();
      return run();
    });
    const done: Promise<void> = restoring.then(
      () => this.#restoreEnded(done),
      () => this.#restoreEnded(done),
    );
    this.#restoring = done;
    return restoring;
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#retry.cancel();
      await this.#schedule?.stop();
      await this.#gate;
      await closeDocuments(this.docs);
      // A disk that fails now must not stop the quit; a lock left behind is taken over next time.
      await this.releaseLock().catch(this.context.onError);
    })();
    return this.#closing;
  }

  #restoreEnded(restore: Promise<void>): void {
    if (this.#restoring === restore) this.#restoring = null;
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#gate.then(task);
    this.#gate = run.catch(() => {});
    return run;
  }

  #refuseIfReadOnly(): void {
    if (this.context.readOnlyReason !== null) throw new ServiceError('storage-failed', this.context.readOnlyReason);
    if (this.#closing !== null) throw new Error('The data folder is closed.');
  }
}

/**
 * The history after the retention becomes `next` at `at`. Periods stay in order even if the
 * clock went back (a period never ends before the one before it); past the cap, the two oldest
 * are merged into the later one's retention (the answers that old are long rescheduled).
 */
export function nextRetentionHistory(data: SettingsFile, next: number, at: number): readonly RetentionPeriod[] {
  const history = data.retentionHistory;
  const current = data.scheduler.desiredRetention;
  if (next === current) return history;
  const until = Math.max(at, history.at(-1)?.until ?? 0);
  const grown = [...history, { until, desiredRetention: current }];
  return grown.length > MAX_RETENTION_PERIODS ? grown.slice(1) : grown;
}
