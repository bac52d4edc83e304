/**
 * The Library half of the IPC contract: importing the learner's own articles, deleting and
 * bringing them back, and each article's progress for its card. `contract.ts` re-exports it.
 *
 * An import crosses the bridge as plain text in chunks: IPC payloads are capped at 64 KB and an
 * article may hold 4 MB, and chunks give the progress bar real steps and a point to cancel at.
 */
import * as v from 'valibot';
import { MAX_IMPORT_CHARS } from './domain/library/imported-text';

/** How the article came in. */
export type ImportFormat = 'txt' | 'md' | 'html' | 'paste';

/**
 * The import limits, as literal types so the renderer (which may import only types from here)
 * states the same numbers and fails to compile if they drift apart.
 */
export interface ImportLimits {
  /** The most text one article may hold once extracted: 4 MB, like the deck CLI's file limit. */
  readonly maxChars: 4_194_304;
  /** The largest file the Import button reads. */
  readonly maxFileBytes: 4_194_304;
  /** Characters per `appendImport` call; even escaped twice as JSON this stays under the payload cap. */
  readonly chunkChars: 16_384;
}

export const IMPORT_LIMITS: ImportLimits = { maxChars: MAX_IMPORT_CHARS, maxFileBytes: 4_194_304, chunkChars: 16_384 };
const IMPORT_CHUNK_CHARS = IMPORT_LIMITS.chunkChars;

export interface ImportStarted {
  readonly importId: string;
}

export interface ImportReceived {
  /** Characters received so far. */
  readonly receivedChars: number;
}

/** What happened to an import. */
export type ImportOutcome =
  /** Added to the Library. */
  | { readonly status: 'imported'; readonly articleId: string; readonly title: string }
  /** The same text is already there (bundled or imported): nothing was added. */
  | { readonly status: 'duplicate'; readonly articleId: string; readonly title: string }
  /** The same text had been deleted: it is back, with the learner's progress. */
  | { readonly status: 'restored'; readonly articleId: string; readonly title: string };

/** The facts of one article and how far the learner has come with them, for its Library card. */
export interface ArticleProgressView {
  readonly articleId: string;
  readonly facts: number;
  readonly studied: number;
  /** Facts whose memory is stable for 21 days or more. */
  readonly mastered: number;
  readonly due: number;
}

const ArticleIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'an article id'));
const ImportIdSchema = v.pipe(v.string(), v.regex(/^imp-[a-z0-9]{1,32}$/, 'an import id'));
const LabelSchema = v.nullable(v.pipe(v.string(), v.maxLength(1000, 'at most 1,000 characters')));

export const libraryPayloadSchemas = {
  beginImport: v.strictObject({
    title: LabelSchema,
    source: LabelSchema,
    format: v.picklist(['txt', 'md', 'html', 'paste']),
    totalChars: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_IMPORT_CHARS, 'This article is too long to import (the limit is 4 MB of text).')),
  }),
  appendImport: v.strictObject({
    importId: ImportIdSchema,
    index: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(Math.ceil(MAX_IMPORT_CHARS / IMPORT_CHUNK_CHARS))),
    text: v.pipe(v.string(), v.maxLength(IMPORT_CHUNK_CHARS)),
  }),
  finishImport: v.strictObject({ importId: ImportIdSchema }),
  cancelImport: v.strictObject({ importId: ImportIdSchema }),
  deleteArticle: v.strictObject({ articleId: ArticleIdSchema }),
  restoreArticle: v.strictObject({ articleId: ArticleIdSchema }),
  getArticleProgress: v.strictObject({ articleId: ArticleIdSchema }),
} as const satisfies Record<string, v.GenericSchema>;

export interface LibraryResults {
  /** Starts an import; the text follows in `appendImport` chunks. */
  beginImport: ImportStarted;
  appendImport: ImportReceived;
  /** Checks the text, catches duplicates and adds the article. */
  finishImport: ImportOutcome;
  /** Forgets an import that has not finished; nothing is kept. */
  cancelImport: null;
  /** Takes an imported article out of the Library; `restoreArticle` brings it back. */
  deleteArticle: null;
  restoreArticle: null;
  /** Generates the article's deck if needed. */
  getArticleProgress: ArticleProgressView;
}
