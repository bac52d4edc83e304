/**
 * THE IPC contract: every method the renderer may call, its payload schema and its result type.
 * The preload, the main-process handlers and the renderer's `window.api` typing all derive from
 * this file; nothing else names a channel or restates a shape.
 */
import * as v from 'valibot';
import type { Article } from './domain/article/model';
import { memoryPayloadSchemas, type ArticleMemory, type FactHistoryView } from './contract-memory';
import { dashboardPayloadSchemas, type Dashboard } from './contract-dashboard';
import { settingsPayloadSchemas, type AppSettings } from './contract-settings';
import { studyPayloadSchemas, type AnswerOutcome, type GradeView, type QuizSession, type ReviewRating, type StudySession } from './contract-study';
import { editPayloadSchemas, type EditResults } from './contract-edit';

export type { Article, Paragraph, Section, Sentence, Span } from './domain/article/model';
export type * from './contract-study';
export type * from './contract-memory';
export type * from './contract-dashboard';
export type * from './contract-library';
import { libraryPayloadSchemas, type ImportFormat, type LibraryResults } from './contract-library';
export type * from './contract-settings';
export type * from './contract-edit';

// ---------------------------------------------------------------------------------------------
// Results and errors

export type ApiErrorCode =
  | 'unknown-method'
  | 'forbidden-sender'
  | 'payload-too-large'
  | 'invalid-payload'
  | 'not-found'
  | 'storage-failed'
  | 'internal';

export interface ApiError {
  readonly code: ApiErrorCode;
  /** A sentence a learner can read. */
  readonly message: string;
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

// ---------------------------------------------------------------------------------------------
// Data shapes crossing the bridge

export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly source: string | null;
  readonly wordCount: number;
  readonly sectionCount: number;
  /** Set for the learner's own articles (absent for the bundled ones). */
  readonly imported?: { readonly format: ImportFormat; readonly addedAt: number };
}

export interface ArticleDocument extends Article {
  readonly id: string;
}

export interface ReadingPosition {
  /** The paragraph at the top of the reading pane. */
  readonly paragraphIndex: number;
  /** Epoch milliseconds. */
  readonly savedAt: number;
}

export interface OpenedArticle {
  readonly article: ArticleDocument;
  readonly position: ReadingPosition | null;
}

export interface StartupState {
  /** The article to reopen, if the learner had one open when they left. */
  readonly lastOpenedArticleId: string | null;
  /**
   * Sentences for the learner about what the storage did at start: a file set aside and restored
   * or rebuilt, a folder opened read-only because another Factdeck uses it… Empty on a normal day.
   */
  readonly notices: readonly string[];
}

/**
 * One answer, as a line of the review log (`reviews/YYYY-MM.jsonl`). The log is the truth the
 * learner's progress is rebuilt from, so a record is never changed once written; `v` lets a
 * later Factdeck read old lines.
 */
export interface ReviewRecord {
  readonly v: 1;
  /** Unique per answer. */
  readonly id: string;
  /** When the learner answered, epoch milliseconds; chooses the month file. */
  readonly at: number;
  readonly factId: string;
  readonly questionId: string;
  /** The question format's name ('cloze', 'multiple-choice'…), kept as written even if renamed later. */
  readonly format: string;
  readonly rating: ReviewRating;
  readonly correct: boolean;
  /** What the learner answered, as they gave it. */
  readonly answer: string;
  readonly tookMs: number;
  readonly mode: 'study' | 'quiz';
}

/**
 * Takes back an earlier answer (the learner pressed undo, or overruled a grade and answered
 * again). The answer stays in the log, as everything does; replaying the log annuls it.
 */
export interface UndoRecord {
  readonly v: 1;
  readonly kind: 'undo';
  readonly id: string;
  readonly at: number;
  readonly factId: string;
  /** The id of the answer taken back. */
  readonly undoes: string;
}

/** The learner set a fact aside (`s` while studying), or brought it back. */
export interface SuspendRecord {
  readonly v: 1;
  readonly kind: 'suspend' | 'unsuspend';
  readonly id: string;
  readonly at: number;
  readonly factId: string;
}

/** The learner made Factdeck forget a fact's memory (Browse → Reset): it is asked as new again. */
export interface ResetRecord {
  readonly v: 1;
  readonly kind: 'reset';
  readonly id: string;
  readonly at: number;
  readonly factId: string;
}

/** One line of the review log: an answer, or a change to one fact's memory. */
export type LogRecord = ReviewRecord | UndoRecord | SuspendRecord | ResetRecord;

/** One finished quiz, as listed in the quiz history. */
export interface QuizAttempt {
  readonly id: string;
  /** Epoch milliseconds. */
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly articleIds: readonly string[];
  readonly mode: 'practice' | 'exam';
  readonly total: number;
  /** Credit earned: a half-right list counts half. */
  readonly correct: number;
  /** Time spent answering. */
  readonly tookMs: number;
  readonly byFormat: Readonly<Record<string, { readonly total: number; readonly correct: number }>>;
  /** Question ids answered wrong or partly, for "retry the mistakes". */
  readonly mistakes: readonly string[];
}

export interface BackupInfo {
  /** The backup's folder name, an ISO-like UTC time: `2026-01-31T09-30-00-000Z`. */
  readonly id: string;
  /** Epoch milliseconds. */
  readonly takenAt: number;
  readonly sizeBytes: number;
}

export interface RestoredBackup {
  readonly restored: BackupInfo;
  /** The backup of the data as it was just before the restore, so the restore can be undone. */
  readonly safetyBackup: BackupInfo;
}

// ---------------------------------------------------------------------------------------------
// Payload schemas: one per method. Payloads are parsed here before any service sees them.

const ArticleIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'an article id'));
const NoPayload = v.undefined();
/** Exactly the names backups are given: nothing else can reach the file system through it. */
export const BACKUP_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-[1-9]\d{0,2})?$/;
const BackupIdSchema = v.pipe(v.string(), v.maxLength(40), v.regex(BACKUP_ID_PATTERN, 'a backup id'));

export const payloadSchemas = {
  getStartup: NoPayload,
  listArticles: NoPayload,
  openArticle: v.strictObject({ articleId: ArticleIdSchema }),
  closeArticle: NoPayload,
  saveReadingPosition: v.strictObject({
    articleId: ArticleIdSchema,
    paragraphIndex: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  }),
  listBackups: NoPayload,
  restoreBackup: v.strictObject({ backupId: BackupIdSchema }),
  ...studyPayloadSchemas,
  ...memoryPayloadSchemas,
  ...dashboardPayloadSchemas,
  ...libraryPayloadSchemas,
  ...settingsPayloadSchemas,
  ...editPayloadSchemas,
} as const satisfies Record<string, v.GenericSchema>;

/** What each method answers with, when it succeeds. */
export interface ApiResults extends LibraryResults, EditResults {
  getStartup: StartupState;
  listArticles: readonly ArticleSummary[];
  openArticle: OpenedArticle;
  /** The learner went back to the Library: the next start opens the Library too. */
  closeArticle: null;
  saveReadingPosition: ReadingPosition;
  /** Newest first. */
  listBackups: readonly BackupInfo[];
  /** Replaces the learner's data with a backup, after taking a backup of the data as it is. */
  restoreBackup: RestoredBackup;
  /** The counts and the next card for a scope, as of now. */
  getStudySession: StudySession;
  /** Grades (or takes the learner's rating), writes the answer durably, and gives the next card. */
  answerCard: AnswerOutcome;
  /** Takes back the latest answer of this session; the card comes back. */
  undoAnswer: StudySession;
  /** The learner says their answer was right: the review is rewritten as correct. */
  overruleGrade: AnswerOutcome;
  /** Sets a fact aside until the learner brings it back. */
  suspendFact: StudySession;
  startQuiz: QuizSession;
  answerQuizQuestion: { readonly grade: GradeView };
  /** Scores the quiz and adds it to the history. */
  finishQuiz: QuizAttempt;
  /** Newest first. */
  listQuizAttempts: readonly QuizAttempt[];
  /** Each studiable fact of an article with its memory band now, for the Reader's shading. */
  getArticleMemory: ArticleMemory;
  /** One fact's answers from the review log, newest first. */
  getFactHistory: FactHistoryView;
  /** Every number of the Progress dashboard, computed now from the review log and the memories. */
  getDashboard: Dashboard;
  getSettings: AppSettings;
  /** Checks and saves the settings; answers with them as saved. */
  saveSettings: AppSettings;
}

export type ApiMethod = keyof typeof payloadSchemas & keyof ApiResults;
export type Payload<M extends ApiMethod> = v.InferOutput<(typeof payloadSchemas)[M]>;

/** The object the preload exposes as `window.api`. Methods without a payload take no argument. */
export type FactdeckApi = {
  readonly [M in ApiMethod]: Payload<M> extends undefined
    ? () => Promise<ApiResult<ApiResults[M]>>
    : (payload: Payload<M>) => Promise<ApiResult<ApiResults[M]>>;
};

export const apiMethods = Object.keys(payloadSchemas) as ApiMethod[];

/** IPC payloads above this size (as JSON) are refused before they are parsed. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

export const CHANNEL_PREFIX = 'factdeck:';
export function channelOf(method: ApiMethod): string {
  return `${CHANNEL_PREFIX}${method}`;
}
