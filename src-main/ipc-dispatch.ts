/**
 * The one place a call from the renderer becomes a service call: method check, size limit,
 * schema validation, and errors turned into typed results. It has no Electron in it, so the
 * e2e tests drive the real thing through Playwright's binding instead of Electron's IPC.
 */
import * as v from 'valibot';
import {
  MAX_PAYLOAD_BYTES,
  apiMethods,
  payloadSchemas,
  type ApiError,
  type ApiMethod,
  type ApiResult,
  type ApiResults,
  type Payload,
} from './contract';
import { ServiceError } from './service-error';

export type ApiHandlers = {
  readonly [M in ApiMethod]: (payload: Payload<M>) => Promise<ApiResults[M]> | ApiResults[M];
};

export type Dispatch = (method: unknown, payload: unknown) => Promise<ApiResult<unknown>>;

const knownMethods: ReadonlySet<string> = new Set(apiMethods);

function failure(code: ApiError['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

/** JSON size of a payload, or `null` when it cannot be measured (cycles, BigInt…). */
function payloadSize(payload: unknown): number | null {
  if (payload === undefined) return 0;
  try {
    return JSON.stringify(payload).length;
  } catch {
    return null;
  }
}

export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && knownMethods.has(method);
}

export function createDispatcher(handlers: ApiHandlers, log: (error: unknown) => void = () => {}): Dispatch {
  return async function dispatch(method, payload) {
    if (!isApiMethod(method)) return failure('unknown-method', 'Factdeck does not know that request.');
    const size = payloadSize(payload);
    if (size === null) return failure('invalid-payload', 'The request could not be read.');
    if (size > MAX_PAYLOAD_BYTES) return failure('payload-too-large', 'The request is too large.');
    let parsed: ReturnType<typeof v.safeParse<(typeof payloadSchemas)[typeof method]>>;
    try {
      parsed = v.safeParse(payloadSchemas[method], payload);
    } catch {
      // Electron's IPC hands us plain copied data, but a payload whose getters throw must still get a typed answer.
      return failure('invalid-payload', 'The request could not be read.');
    }
    if (!parsed.success) {
      return failure('invalid-payload', `The request was not valid: ${parsed.issues[0]?.message ?? 'unknown reason'}.`);
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.output) };
    } catch (error) {
      if (error instanceof ServiceError) return failure(error.code, error.message);
      log(error);
      return failure('internal', 'Something went wrong inside Factdeck. Your progress is safe; please try again.');
    }
  };
}
