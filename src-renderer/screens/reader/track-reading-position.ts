/**
 * A Svelte attachment for the reading pane: on mount it scrolls the saved paragraph to the top
 * (or, for "show in article", the sentence asked for into view: it wins over the saved place),
 * then reports the paragraph at the top after scrolling settles and when the window is hidden.
 */
import type { Attachment } from 'svelte/attachments';
import { debounce } from '../../lib/debounce';
import { paragraphAtTop, scrollTopFor, scrollTopForSentence, type ParagraphBox } from './reading-position';

export interface TrackOptions {
  /** The paragraph to bring back to the top, or `null` to start at the beginning. */
  readonly restoreIndex: number | null;
  /** Called with a paragraph index whenever the one at the top has changed. */
  readonly save: (paragraphIndex: number) => void;
  /** Where the reading line sits below the window top: under the sticky header, with some air. */
  readonly topInset: () => number;
  readonly waitMs?: number;
  /** A sentence to bring into view instead of the saved paragraph ("show in article"). */
  readonly revealSentence?: number | null;
  /** Called with the sentence's element once it is in view, to highlight and focus it. */
  readonly onreveal?: (sentence: HTMLElement) => void;
}

export const SAVE_DELAY_MS = 300;

function paragraphBoxes(root: HTMLElement): ParagraphBox[] {
  const scrollTop = window.scrollY;
  return Array.from(root.querySelectorAll<HTMLElement>('[data-paragraph-index]'), (element) => {
    const rect = element.getBoundingClientRect();
    const box = { index: Number(element.dataset.paragraphIndex), top: rect.top + scrollTop, bottom: rect.bottom + scrollTop };
    const heading = element.previousElementSibling;
    if (heading instanceof HTMLHeadingElement || heading?.hasAttribute('data-section-head')) {
      return { ...box, leadTop: heading.getBoundingClientRect().top + scrollTop };
    }
    return box;
  });
}

export function trackReadingPosition(options: TrackOptions): Attachment<HTMLElement> {
  return (root) => {
    const boxes = paragraphBoxes(root);
    const sentence = options.revealSentence == null ? null : root.querySelector<HTMLElement>(`[data-sentence-index="${options.revealSentence}"]`);
    const target = sentence === null ? boxes.find((box) => box.index === options.restoreIndex) : undefined;
    let lastReported = target ? target.index : null;
    if (sentence !== null) {
      const top = sentence.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: scrollTopForSentence(top, options.topInset(), window.innerHeight), behavior: 'instant' });
      options.onreveal?.(sentence);
    } else {
      window.scrollTo({ top: target ? scrollTopFor(target, options.topInset()) : 0, behavior: 'instant' });
    }
    const report = (): void => {
      if (!root.isConnected) return;
      const index = paragraphAtTop(paragraphBoxes(root), window.scrollY, options.topInset());
      if (index === null || index === lastReported) return;
      lastReported = index;
      options.save(index);
    };
    const reportSoon = debounce(report, options.waitMs ?? SAVE_DELAY_MS);
    const reportNow = (): void => {
      reportSoon.cancel();
      report();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') reportNow();
    };

    window.addEventListener('scroll', reportSoon, { passive: true });
    window.addEventListener('pagehide', reportNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('scroll', reportSoon);
      window.removeEventListener('pagehide', reportNow);
      document.removeEventListener('visibilitychange', onVisibility);
      reportSoon.flush();
    };
  };
}
