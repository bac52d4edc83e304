/** One short-lived message at the bottom of the window, with an optional action (Undo). */
export interface Toast {
  readonly message: string;
  readonly action: { readonly label: string; readonly run: () => void } | null;
}

/** Long enough to read the message and reach Undo by keyboard. */
export const TOAST_MS = 10_000;

class Toasts {
  current = $state.raw<Toast | null>(null);
  #timer: ReturnType<typeof setTimeout> | null = null;

  show(toast: Toast): void {
    this.#clearTimer();
    this.current = toast;
    this.#timer = setTimeout(() => this.dismiss(), TOAST_MS);
  }

  /** Keeps the toast while the learner is on it (focus or pointer). */
  hold(): void {
    this.#clearTimer();
  }

  release(): void {
    if (this.current === null) return;
    this.#clearTimer();
    this.#timer = setTimeout(() => this.dismiss(), TOAST_MS / 2);
  }

  dismiss(): void {
    this.#clearTimer();
    this.current = null;
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

export const toasts = new Toasts();
