/**
 * Pure geometry for the reading position: which paragraph sits at the top of the reading area,
 * and where to scroll so a paragraph comes back there. All values are document pixels.
 */

export interface ParagraphBox {
  readonly index: number;
  /** Distance from the top of the document to the paragraph's top edge. */
  readonly top: number;
  /** Distance from the top of the document to the paragraph's bottom edge. */
  readonly bottom: number;
  /** Top of the heading that opens the paragraph's section, when the paragraph is its first. */
  readonly leadTop?: number;
}

/** Pixels of a paragraph that may remain above the line and still count as scrolled past. */
export const SCROLLED_PAST_SLACK = 1;

/**
 * The paragraph being read at the top of the reading area: the first one, in reading order, whose
 * bottom edge is still below the reading line `scrollTop + topInset` (the top inset covers the
 * sticky app header and a little air). Between two paragraphs, or on a section heading, that is
 * the next one. `null` when there are none.
 */
export function paragraphAtTop(boxes: readonly ParagraphBox[], scrollTop: number, topInset = 0): number | null {
  const line = scrollTop + topInset;
  for (const box of boxes) {
    if (box.bottom > line + SCROLLED_PAST_SLACK) return box.index;
  }
  return boxes.at(-1)?.index ?? null;
}

/**
 * The scrollTop that brings a paragraph back to the reading line (`topInset` below the window
 * top), never negative. A paragraph that opens a section comes back with its heading above it,
 * which is still read as that paragraph by `paragraphAtTop`.
 */
export function scrollTopFor(box: ParagraphBox, topInset = 0): number {
  return Math.max(0, Math.round((box.leadTop ?? box.top) - topInset));
}

/** How far below the reading line a sentence brought into view sits: a quarter of the visible height, for context above it. */
export const REVEAL_AT = 0.25;

/**
 * The scrollTop that shows a sentence ("show in article") a little below the reading line, with
 * the text before it in view, never negative. `top` is the sentence's document top.
 */
export function scrollTopForSentence(top: number, topInset: number, viewportHeight: number): number {
  const visible = Math.max(0, viewportHeight - topInset);
  return Math.max(0, Math.round(top - topInset - visible * REVEAL_AT));
}
