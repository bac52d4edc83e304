import { messageOf } from '../api';

/** The one error banner: the latest failure, in words a learner can read. */
class Notices {
  error = $state<string | null>(null);
  /** What the storage did at start (a file restored, a read-only window…): calm news, not errors. */
  startup = $state.raw<readonly string[]>([]);

  show(error: unknown): void {
    this.error = messageOf(error);
  }

  dismiss(): void {
    this.error = null;
  }

  dismissStartup(): void {
    this.startup = [];
  }
}

export const notices = new Notices();
