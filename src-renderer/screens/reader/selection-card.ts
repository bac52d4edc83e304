/**
 * A text selection in the Reader as a user fact's answer: the selected words must lie inside one
 * sentence, and are given as offsets in that sentence's text.
 */
export interface SentenceSelection {
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The selection within a sentence, from what the page reports: the characters of the sentence
 * element before the selection, and the selected text. `null` when it does not match the stored
 * sentence (text shown differently) or holds nothing but spaces.
 */
export function selectionInSentence(sentenceIndex: number, sentenceText: string, before: number, selected: string): SentenceSelection | null {
  if (selected.trim() === '' || before < 0) return null;
  const end = before + selected.length;
  if (end > sentenceText.length || sentenceText.slice(before, end) !== selected) return null;
  const start = before + (selected.length - selected.trimStart().length);
  const trimmedEnd = end - (selected.length - selected.trimEnd().length);
  if (trimmedEnd - start > 500) return null;
  return { sentenceIndex, start, end: trimmedEnd, text: sentenceText.slice(start, trimmedEnd) };
}
