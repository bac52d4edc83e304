/** Writing to the review log from a service: a failure becomes a message the learner can act on. */
import type { LogRecord } from '../../contract';
import { ServiceError } from '../../service-error';
import type { AppStore } from '../../store';

export async function appendDurably(store: AppStore, record: LogRecord): Promise<void> {
  try {
    await store.appendReview(record);
  } catch (error) {
    // A disk failure comes back from the store as a ServiceError that already says the answer is
    // kept and retried. Anything else (a closed store, a record the log refuses) kept nothing.
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('storage-failed', 'Factdeck could not save that answer, so it was not counted. Please answer again.');
  }
}
