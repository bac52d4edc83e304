/** Writing to the review log from a service: a failure becomes a message the learner can act on. */
import type { LogRecord } from '../../contract';
import { ServiceError } from '../../service-error';
import type { AppStore } from '../../store';

export async function appendDurably(store: AppStore, record: LogRecord): Promise<void> {
  try {
    await store.appendReview(record);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('storage-failed', 'Factdeck could not save that answer. It is kept and will be saved as soon as the disk allows; check that your disk has free space.');
  }
}
