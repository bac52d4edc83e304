import { messageOf } from '../api';

/** The one error banner: the latest failure, in words a learner can read. */
class Notices {
  error = $state<string | null>(null);

  show(error: unknown): void {
    this.error = messageOf(error);
  }

  dismiss(): void {
    this.error = null;
  }
}

export const notices = new Notices();
