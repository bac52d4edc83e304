/**
 * Disk failures in words a learner can act on. The raw error code stays in the log; the learner
 * reads what happened and what to do.
 */
import { ServiceError } from '../service-error';
import { errorCode } from './io';

/** The cause, to sit inside a sentence: "the disk is full". */
export function describeStorageError(error: unknown): string {
  if (error instanceof ServiceError) return error.message.replace(/\.$/, '');
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
      return 'the data folder is on a read-only disk';
    case 'EACCES':
    case 'EPERM':
      return 'Factdeck is not allowed to write to its data folder';
    case 'EIO':
      return 'the disk reported an error';
    default:
      return 'the disk did not accept the change';
  }
}

/** A typed failure for an answer that is kept in memory and will be written later. */
export function answerNotSaved(error: unknown, pending: number): ServiceError {
  if (error instanceof ServiceError) return error; // already says why (another Factdeck owns the folder…)
  const kept = pending === 1 ? 'Your answer is kept' : `Your ${pending} latest answers are kept`;
  return new ServiceError(
    'storage-failed',
    `Factdeck could not save your answer because ${describeStorageError(error)}. ${kept} while Factdeck is open and will be saved as soon as the disk works again.`,
  );
}
