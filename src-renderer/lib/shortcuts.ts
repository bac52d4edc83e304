/**
 * Every keyboard shortcut of the app, by screen: the one list the shortcut overlay (`?`) shows
 * and screens can show a part of. The keys themselves are handled where they act (study-keys.ts,
 * AnswerInput, QuizTaking); a test checks this list against them.
 */
export interface Shortcut {
  /** Each entry is one key, a chord ("Shift+Tab") or a run of keys ("1–4"), as printed on the keyboard. */
  readonly keys: readonly string[];
  readonly does: string;
  /** Listed so the learner knows it is planned; pressing it does nothing yet. */
  readonly coming?: boolean;
}

export interface ShortcutGroup {
  readonly id: 'global' | 'library' | 'reader' | 'study' | 'quiz';
  readonly title: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    id: 'global',
    title: 'Everywhere',
    shortcuts: [
      { keys: ['?'], does: 'Show these shortcuts (not while typing)' },
      { keys: ['Tab', 'Shift+Tab'], does: 'Move to the next or previous control' },
      { keys: ['Enter', 'Space'], does: 'Press the focused button' },
      { keys: ['Esc'], does: 'Close a dialog' },
    ],
  },
  {
    id: 'library',
    title: 'Library',
    shortcuts: [
      { keys: ['Tab'], does: 'Move between the articles and their Study buttons' },
      { keys: ['Enter'], does: 'Open the focused article, or study it' },
    ],
  },
  {
    id: 'reader',
    title: 'Reader',
    shortcuts: [
      { keys: ['↑', '↓'], does: 'Scroll the article a little; your place is kept' },
      { keys: ['Page Up', 'Page Down'], does: 'Scroll the article a screen at a time' },
      { keys: ['Home', 'End'], does: 'Go to the start or the end' },
      { keys: ['Shift+Tab'], does: 'From the article, back to “Back to library”' },
    ],
  },
  {
    id: 'study',
    title: 'Study',
    shortcuts: [
      { keys: ['Space', 'Enter'], does: 'Show the answer; then Good; after feedback, continue' },
      { keys: ['1–4'], does: 'Pick an option; on the answer side, rate Again · Hard · Good · Easy' },
      { keys: ['T', 'F'], does: 'Answer true or false' },
      { keys: ['U'], does: 'Undo the last answer' },
      { keys: ['S'], does: 'Suspend this fact' },
      { keys: ['O'], does: 'Show the sentence in the article' },
      { keys: ['R'], does: 'I was right (after an answer marked wrong)' },
      { keys: ['E'], does: 'Edit this fact — arrives with the fact editor', coming: true },
    ],
  },
  {
    id: 'quiz',
    title: 'Quiz',
    shortcuts: [
      { keys: ['1–4'], does: 'Pick an option' },
      { keys: ['T', 'F'], does: 'Answer true or false' },
      { keys: ['Enter'], does: 'Submit a typed answer; an empty one shows the answer' },
      { keys: ['Enter', 'Space'], does: 'Next question, after the feedback (practice)' },
    ],
  },
];

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly isComposing?: boolean;
}

/** `?` opens the overlay unless the learner is typing, holds a modifier, or a dialog is open. */
export function opensShortcutOverlay(event: KeyPress, { typing, dialogOpen }: { readonly typing: boolean; readonly dialogOpen: boolean }): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && event.isComposing !== true && !typing && !dialogOpen;
}

/** The elements focus may land on inside a dialog, in tab order (for the focus trap). */
export const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Where Tab goes next inside a dialog: wraps around at either end; `null` lets the browser move. */
export function trappedFocusIndex(current: number, count: number, backwards: boolean): number | null {
  if (count === 0) return null;
  if (current === -1) return backwards ? count - 1 : 0;
  if (backwards && current === 0) return count - 1;
  if (!backwards && current === count - 1) return 0;
  return null;
}
