import type { ApiErrorCode } from './contract';

/** A failure a service expects and can explain to the learner; the IPC layer passes it on as is. */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
