/**
 * THE IPC contract: every method the renderer may call, its payload schema and its result type.
 * The preload, the main-process handlers and the renderer's `window.api` typing all derive from
 * this file; nothing else names a channel or restates a shape.
 */
import * as v from 'valibot';
import type { Article } from './domain/article/model';

export type { Article, Paragraph, Section, Sentence, Span } from './domain/article/model';

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
}

// ---------------------------------------------------------------------------------------------
// Payload schemas: one per method. Payloads are parsed here before any service sees them.

const ArticleIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'an article id'));
const NoPayload = v.undefined();

export const payloadSchemas = {
  getStartup: NoPayload,
  listArticles: NoPayload,
  openArticle: v.strictObject({ articleId: ArticleIdSchema }),
  closeArticle: NoPayload,
  saveReadingPosition: v.strictObject({
    articleId: ArticleIdSchema,
    paragraphIndex: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  }),
} as const satisfies Record<string, v.GenericSchema>;

/** What each method answers with, when it succeeds. */
export interface ApiResults {
  getStartup: StartupState;
  listArticles: readonly ArticleSummary[];
  openArticle: OpenedArticle;
  /** The learner went back to the Library: the next start opens the Library too. */
  closeArticle: null;
  saveReadingPosition: ReadingPosition;
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
