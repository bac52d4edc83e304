/**
 * The only module that reads `window.api`. Screens and state call these typed functions and get
 * a plain value back, or an `ApiCallError` whose message a learner can read.
 */
import type { ApiMethod, ApiResult, ApiResults, FactdeckApi, Payload } from '../../src-main/contract';

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

/** `window.api` with every result unwrapped: the same methods and payloads, derived from the contract. */
export type Api = {
  readonly [M in ApiMethod]: Payload<M> extends undefined ? () => Promise<ApiResults[M]> : (payload: Payload<M>) => Promise<ApiResults[M]>;
};

/** Builds the typed client around a bridge getter; the getter is called on every request. */
export function createApi(bridge: () => FactdeckApi | undefined): Api {
  async function call(method: ApiMethod, payload: unknown): Promise<unknown> {
    const api = bridge();
    if (!api) throw new ApiCallError('unavailable', UNAVAILABLE);
    let result: ApiResult<unknown>;
    try {
      const send = api[method] as (payload?: unknown) => Promise<ApiResult<unknown>>;
      result = payload === undefined ? await send() : await send(payload);
    } catch {
      throw new ApiCallError('unavailable', UNAVAILABLE);
    }
    return unwrap(result);
  }
  // A Proxy rather than a list of methods: the renderer may import only types from the contract,
  // so the method names are not available here as values. Unknown names fail in the main process.
  return new Proxy({} as Api, {
    get: (_target, method) => (typeof method === 'string' ? (payload?: unknown) => call(method as ApiMethod, payload) : undefined),
  });
}

export const api: Api = createApi(() => (typeof window === 'undefined' ? undefined : window.api));
