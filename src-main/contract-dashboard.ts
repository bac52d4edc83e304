/**
 * The Progress dashboard's part of the IPC contract: one method, no payload. The shapes are the
 * statistics domain's plain JSON results; `contract.ts` re-exports them and registers the method.
 */
import * as v from 'valibot';

export type * from './domain/statistics/model';

export const dashboardPayloadSchemas = {
  getDashboard: v.undefined(),
} as const satisfies Record<string, v.GenericSchema>;
