/**
 * Pure helpers behind the question components: how a question is answered, where its blanks are,
 * and how the source sentence is marked. Kept out of the components so they are tested in Node.
 */
import type { GradeView, Question, StudyMode } from '../../../src-main/contract';

/** The generator's blank ("_____"), as written in cloze and list prompts. */
export const BLANK = '_____';

/** How the learner answers: pick an option, say true or false, pair up, type, or reveal and rate. */
export type AnswerKind = 'choice' | 'truth' | 'pairs' | 'typed' | 'reveal';

export function answerKindOf(question: Question, mode: StudyMode): AnswerKind {
  switch (question.format) {
    case 'multiple-choice':
      return 'choice';
    case 'true-false':
      return 'truth';
    case 'matching':
      return 'pairs';
    default:
      return mode === 'flashcards' ? 'reveal' : 'typed';
  }
}

export interface PromptPart {
  readonly text: string;
  /** A blank, numbered from 0 in reading order. */
  readonly blank: number | null;
}

/** The prompt cut at its blanks, so each can be drawn as a gap (and filled when revealed). */
export function promptParts(prompt: string): PromptPart[] {
  const parts: PromptPart[] = [];
  const pieces = prompt.split(BLANK);
  pieces.forEach((text, index) => {
    if (text !== '') parts.push({ text, blank: null });
    if (index < pieces.length - 1) parts.push({ text: BLANK, blank: index });
  });
  return parts;
}

/** What goes in each blank when the answer is shown: a list's items one per blank, else the answer. */
export function blankFillings(question: Question): string[] {
  if (question.format === 'list-recall') return [...question.items];
  return [question.answer];
}

/** How many typed boxes a list question gets: one per item, so "name all 3" is three boxes. */
export function typedBoxCount(question: Question): number {
  return question.format === 'list-recall' ? Math.max(1, Math.min(question.items.length, 12)) : 1;
}

/** The text sent for grading from the boxes: items joined as the grader splits them. */
export function typedAnswer(boxes: readonly string[]): string {
  return boxes.map((box) => box.trim()).filter((box) => box !== '').join('; ');
}

export interface SentencePart {
  readonly text: string;
  readonly answer: boolean;
}

/** The source sentence with the answer marked, when its place is known and inside the sentence. */
export function sentenceParts(sentence: string, range: { readonly start: number; readonly end: number } | null): SentencePart[] {
  if (range === null || range.start < 0 || range.end > sentence.length || range.start >= range.end) return [{ text: sentence, answer: false }];
  return [
    { text: sentence.slice(0, range.start), answer: false },
    { text: sentence.slice(range.start, range.end), answer: true },
    { text: sentence.slice(range.end), answer: false },
  ].filter((part) => part.text !== '');
}

export const VERDICT_LABELS: Record<GradeView['verdict'], string> = {
  correct: 'Correct',
  partly: 'Partly right',
  wrong: 'Not quite',
};

/** Keys that pick a multiple-choice option: 1–4 as on the options. */
export function choiceIndexForKey(key: string, count: number): number | null {
  const index = Number.parseInt(key, 10) - 1;
  return /^[1-9]$/.test(key) && index < count ? index : null;
}

/**
 * The right-hand options of a matching question, in a fixed order that is not the answer's
 * (sorted by text), so the pairing is not given away and the view does not reshuffle on redraw.
 */
export function matchingOptions(question: Question): string[] {
  if (question.format !== 'matching') return [];
  return [...new Set(question.pairs.map((pair) => pair.right))].sort((a, b) => a.localeCompare(b));
}

/**
 * The grader's reason as the feedback line shows it, after the verdict: without a verdict word
 * that would repeat it ("Correct — correct: the statement is true"), capitalised.
 */
export function reasonText(reason: string): string {
  const text = reason.replace(/^(?:correct|wrong|partly(?: right)?)\s*:\s*/i, '').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
