import type { Attachment } from 'svelte/attachments';

/** Moves focus to an element when it appears, without scrolling, so screen readers follow a screen change. */
export const focusOnMount: Attachment<HTMLElement> = (element) => {
  element.focus({ preventScroll: true });
};

/** The height of the sticky chrome (header bar and any banner) that covers the top of the page. */
export function stickyChromeHeight(): number {
  return document.querySelector('[data-sticky-chrome]')?.getBoundingClientRect().bottom ?? 0;
}

/** Air between the sticky chrome and the text brought back to the top of the window. */
export const READING_LINE_GAP = 16;

/** The reading line: where a restored paragraph's top sits, measured from the window top. */
export function readingLine(): number {
  return stickyChromeHeight() + READING_LINE_GAP;
}
