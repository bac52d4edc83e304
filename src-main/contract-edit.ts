/**
 * The Browse half of the IPC contract: finding facts and questions, editing a question, suspending,
 * deleting and resetting a fact, making a fact from a selection in the Reader; and the exports
 * (everything as JSON, an article as Anki TSV, the review history as CSV) and the restore from an
 * exported file. `contract.ts` re-exports all of it and registers the methods.
 *
 * Exports come back to the renderer as text, which offers it as a download; a restore crosses the
 * bridge as text in chunks, like an import, because IPC payloads are capped at 64 KB.
 */
import * as v from 'valibot';
import type { BackupInfo } from './contract';
import type { FactKind } from './domain/facts/model';
import type { Question } from './domain/questions/model';

export type { FactKind } from './domain/facts/model';

/** Where a fact's memory stands. */
export type FactState = 'new' | 'learning' | 'review' | 'suspended';
/** What Browse can filter on: the memory, and what the learner did to the fact. */
export type BrowseState = FactState | 'deleted' | 'edited' | 'added';

export const FACT_KINDS = ['number', 'quote', 'person', 'list', 'event', 'cause', 'term'] as const satisfies readonly FactKind[];
export const BROWSE_STATES = ['new', 'learning', 'review', 'suspended', 'deleted', 'edited', 'added'] as const satisfies readonly BrowseState[];

export interface BrowseQuestion {
  readonly id: string;
  readonly format: Question['format'];
  readonly prompt: string;
  readonly answer: string;
  readonly edited: boolean;
}

export interface BrowseFact {
  readonly factId: string;
  readonly articleId: string;
  readonly articleTitle: string;
  readonly kind: FactKind;
  readonly answer: string;
  readonly sentence: string;
  readonly sentenceIndex: number;
  readonly state: FactState;
  readonly deleted: boolean;
  /** One of its questions carries the learner's edit. */
  readonly edited: boolean;
  /** The learner made it from a selection in the Reader. */
  readonly added: boolean;
  /** Epoch milliseconds; `null` before the first answer. */
  readonly due: number | null;
  readonly reviews: number;
  readonly questions: readonly BrowseQuestion[];
}

/** An edit whose question or fact the regenerated deck no longer has: kept, and shown. */
export interface OrphanedEditView {
  readonly kind: 'question' | 'fact' | 'added';
  readonly id: string;
  readonly articleId: string;
  readonly reason: string;
}

export interface BrowseResult {
  readonly facts: readonly BrowseFact[];
  /** Facts that matched, before the list was cut to `BROWSE_LIMIT`. */
  readonly total: number;
  readonly orphaned: readonly OrphanedEditView[];
}

export interface QuestionEditor {
  readonly fact: BrowseFact;
  /** The question as asked now (with the learner's edit). */
  readonly question: Question;
  /** As the generator wrote it, to compare and to revert to. */
  readonly generated: Question;
  readonly edited: boolean;
  /** Which fields this kind of question lets the learner change. */
  readonly editable: { readonly answer: boolean; readonly choices: boolean };
}

export interface EditIssueView {
  readonly field: 'prompt' | 'answer' | 'accepted' | 'choices';
  readonly message: string;
}

/** A save either passes the checks and is stored, or comes back with what to fix. */
export type SaveEditOutcome = { readonly saved: true; readonly editor: QuestionEditor } | { readonly saved: false; readonly issues: readonly EditIssueView[] };

export interface AddedFact {
  readonly fact: BrowseFact;
  /** The cloze made from the selection, to open in the editor. */
  readonly questionId: string;
}

/** A file for the learner to save: the renderer offers it as a download. */
export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: 'application/json' | 'text/tab-separated-values' | 'text/csv';
  readonly text: string;
}

export interface RestoreStarted {
  readonly restoreId: string;
}

export interface RestoreReceived {
  readonly receivedChars: number;
}

export interface RestoredExport {
  /** When the export was made, epoch milliseconds. */
  readonly exportedAt: number;
  readonly files: number;
  readonly reviews: number;
  /** The data as it was just before, so the restore can be undone from the backups. */
  readonly safetyBackup: BackupInfo;
}

/** The literal limits, so the renderer states the same numbers (it may import only types). */
export interface RestoreLimits {
  readonly chunkChars: 16_384;
  /** 200 MB of text: years of answers. */
  readonly maxChars: 209_715_200;
}
export const RESTORE_LIMITS: RestoreLimits = { chunkChars: 16_384, maxChars: 209_715_200 };
/** At most this many facts come back from one search. */
export const BROWSE_LIMIT = 300;

const ArticleIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'an article id'));
const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'an id'));
const RestoreIdSchema = v.pipe(v.string(), v.regex(/^rst-[a-z0-9]{1,32}$/, 'a restore id'));
/** Edited text is checked for sense by the service; here only for size. */
const EditText = v.pipe(v.string(), v.maxLength(4000, 'at most 4,000 characters'));
const FactRef = { articleId: ArticleIdSchema, factId: IdSchema };

export const editPayloadSchemas = {
  browseFacts: v.strictObject({
    text: v.pipe(v.string(), v.maxLength(200, 'A search can be at most 200 characters.')),
    kinds: v.pipe(v.array(v.picklist(FACT_KINDS)), v.maxLength(FACT_KINDS.length)),
    states: v.pipe(v.array(v.picklist(BROWSE_STATES)), v.maxLength(BROWSE_STATES.length)),
    articleId: v.nullable(ArticleIdSchema),
  }),
  getQuestionEditor: v.strictObject({ articleId: ArticleIdSchema, questionId: IdSchema }),
  saveQuestionEdit: v.strictObject({
    articleId: ArticleIdSchema,
    questionId: IdSchema,
    prompt: EditText,
    answer: EditText,
    accepted: v.pipe(v.array(EditText), v.maxLength(50)),
    choices: v.nullable(v.pipe(v.array(EditText), v.maxLength(12))),
  }),
  revertQuestionEdit: v.strictObject({ articleId: ArticleIdSchema, questionId: IdSchema }),
  setFactSuspended: v.strictObject({ ...FactRef, suspended: v.boolean() }),
  setFactDeleted: v.strictObject({ ...FactRef, deleted: v.boolean() }),
  resetFact: v.strictObject(FactRef),
  addUserFact: v.strictObject({
    articleId: ArticleIdSchema,
    sentenceIndex: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(1_000_000)),
    start: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(1_000_000)),
    end: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(1_000_000)),
    kind: v.picklist(FACT_KINDS),
    question: v.nullable(EditText),
  }),
  exportData: v.undefined(),
  exportArticleTsv: v.strictObject({ articleId: ArticleIdSchema }),
  exportReviewsCsv: v.undefined(),
  beginRestore: v.strictObject({
    totalChars: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(RESTORE_LIMITS.maxChars, 'This file is too large to be a Factdeck export.')),
  }),
  appendRestore: v.strictObject({
    restoreId: RestoreIdSchema,
    index: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(Math.ceil(RESTORE_LIMITS.maxChars / RESTORE_LIMITS.chunkChars))),
    text: v.pipe(v.string(), v.maxLength(RESTORE_LIMITS.chunkChars)),
  }),
  finishRestore: v.strictObject({ restoreId: RestoreIdSchema }),
  cancelRestore: v.strictObject({ restoreId: RestoreIdSchema }),
} as const satisfies Record<string, v.GenericSchema>;

export interface EditResults {
  /** Facts matching the text (in answers, sentences, questions), kinds and states. */
  browseFacts: BrowseResult;
  getQuestionEditor: QuestionEditor;
  /** Checks the edit; stores it against the question's id if it passes. */
  saveQuestionEdit: SaveEditOutcome;
  /** Back to the generator's question. */
  revertQuestionEdit: QuestionEditor;
  setFactSuspended: BrowseFact;
  /** Takes the fact out of study and quizzes (undone with `deleted: false`). */
  setFactDeleted: BrowseFact;
  /** Forgets the fact's memory: it is new again. */
  resetFact: BrowseFact;
  /** A fact from words selected in one sentence of the Reader: a cloze, and the learner's question if given. */
  addUserFact: AddedFact;
  /** Everything in the data folder, as one JSON file. */
  exportData: ExportedFile;
  /** The article's questions as a tab-separated file Anki imports. */
  exportArticleTsv: ExportedFile;
  /** Every answer and change in the review log, as CSV. */
  exportReviewsCsv: ExportedFile;
  beginRestore: RestoreStarted;
  appendRestore: RestoreReceived;
  /** Checks the whole file, takes a safety backup, then replaces the data with the file's. */
  finishRestore: RestoredExport;
  cancelRestore: null;
}
