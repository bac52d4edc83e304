/**
 * Watches the page's selection inside the article and reports it when it lies within one
 * sentence (`[data-sentence-index]`), with where it sits on screen for the "Make a card" button.
 */
import type { Attachment } from 'svelte/attachments';
import { selectionInSentence, type SentenceSelection } from './selection-card';

export interface PlacedSelection extends SentenceSelection {
  /** Below the selection's end, in the container's coordinates. */
  readonly top: number;
  readonly left: number;
}

export function trackSelection(options: {
  readonly sentenceText: (index: number) => string | undefined;
  readonly onchange: (selection: PlacedSelection | null) => void;
}): Attachment<HTMLElement> {
  return (container) => {
    const report = (): void => {
      const selection = document.getSelection();
      if (selection === null || selection.isCollapsed || selection.rangeCount === 0) return options.onchange(null);
      const range = selection.getRangeAt(0);
      const sentence = closestSentence(range.startContainer);
      if (sentence === null || sentence !== closestSentence(range.endContainer) || !container.contains(sentence)) return options.onchange(null);
      const index = Number(sentence.dataset.sentenceIndex);
      const text = options.sentenceText(index);
      if (text === undefined) return options.onchange(null);
      const lead = document.createRange();
      lead.setStart(sentence, 0);
      lead.setEnd(range.startContainer, range.startOffset);
      const found = selectionInSentence(index, text, lead.toString().length, range.toString());
      if (found === null) return options.onchange(null);
      const box = range.getBoundingClientRect();
      const frame = container.getBoundingClientRect();
      options.onchange({ ...found, top: box.bottom - frame.top + 6, left: Math.max(0, box.left - frame.left) });
    };
    document.addEventListener('selectionchange', report);
    return () => document.removeEventListener('selectionchange', report);
  };
}

function closestSentence(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>('[data-sentence-index]') ?? null;
}
