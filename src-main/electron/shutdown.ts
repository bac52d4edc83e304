/**
 * Electron does not wait for promises in 'before-quit'. This guard holds the first quit, runs the
 * async cleanup once (bounded by a timeout), then quits for real.
 */
export interface QuitGuardOptions {
  readonly cleanup: () => Promise<void>;
  readonly quit: () => void;
  readonly timeoutMs?: number;
  readonly onError?: (error: unknown) => void;
}

export function createQuitGuard(options: QuitGuardOptions): (event: { preventDefault(): void }) => void {
  let state: 'running' | 'cleaning' | 'done' = 'running';
  return (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'cleaning') return;
    state = 'cleaning';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        options.onError?.(new Error('Cleanup took too long; quitting anyway.'));
        resolve();
      }, options.timeoutMs ?? 5000);
    });
    const cleanup = Promise.resolve()
      .then(options.cleanup)
      .catch((error: unknown) => options.onError?.(error));
    void Promise.race([cleanup, timeout]).then(() => {
      clearTimeout(timer);
      state = 'done';
      options.quit();
    });
  };
}
