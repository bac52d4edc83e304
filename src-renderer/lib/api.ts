/**
 * The only module that reads `window.api`. Screens and state call these typed functions and get
 * a plain value back, or an `ApiCallError` whose message a learner can read.
 */
import type {
  ApiResult,
  ArticleSummary,
  FactdeckApi,
  OpenedArticle,
  ReadingPosition,
  StartupState,
} from '../../src-main/contract';

export class ApiCallError extends Error {
  override readonly name = 'ApiCallError';
  /** The contract's error code, or `'unavailable'` when the bridge itself is missing or broken. */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const UNAVAILABLE = 'Factdeck could not reach its storage. Please close the app and open it again.';

/** Turns a result into its value, or throws an error that carries the learner-facing message. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiCallError(result.error.code, result.error.message);
}

/** A message for any failure, whether it came through the contract or not. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return UNAVAILABLE;
}

export interface Api {
  getStartup(): Promise<StartupState>;
  listArticles(): Promise<readonly ArticleSummary[]>;
  openArticle(articleId: string): Promise<OpenedArticle>;
  closeArticle(): Promise<null>;
  saveReadingPosition(articleId: string, paragraphIndex: number): Promise<ReadingPosition>;
}

/** Builds the typed client around a bridge getter; the getter is called on every request. */
export function createApi(bridge: () => FactdeckApi | undefined): Api {
  async function call<T>(request: (api: FactdeckApi) => Promise<ApiResult<T>>): Promise<T> {
    const api = bridge();
    if (!api) throw new ApiCallError('unavailable', UNAVAILABLE);
    let result: ApiResult<T>;
    try {
      result = await request(api);
    } catch {
      throw new ApiCallError('unavailable', UNAVAILABLE);
    }
    return unwrap(result);
  }

  return {
    getStartup: () => call((api) => api.getStartup()),
    listArticles: () => call((api) => api.listArticles()),
    openArticle: (articleId) => call((api) => api.openArticle({ articleId })),
    closeArticle: () => call((api) => api.closeArticle()),
    saveReadingPosition: (articleId, paragraphIndex) =>
      call((api) => api.saveReadingPosition({ articleId, paragraphIndex })),
  };
}

export const api: Api = createApi(() => (typeof window === 'undefined' ? undefined : window.api));
