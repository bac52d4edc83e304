/** Pure helpers behind Browse: labels, the editor's form as lines, options in their places. */
import type { BrowseFact, BrowseState, EditIssueView, FactKind, Question } from '../../../src-main/contract';

export const KINDS: readonly { readonly kind: FactKind; readonly label: string }[] = [
  { kind: 'number', label: 'Numbers' },
  { kind: 'quote', label: 'Quotes' },
  { kind: 'person', label: 'People' },
  { kind: 'list', label: 'Lists' },
  { kind: 'event', label: 'Events' },
  { kind: 'cause', label: 'Causes' },
  { kind: 'term', label: 'Terms' },
];

export const STATES: readonly { readonly state: BrowseState; readonly label: string }[] = [
  { state: 'new', label: 'New' },
  { state: 'learning', label: 'Learning' },
  { state: 'review', label: 'Review' },
  { state: 'suspended', label: 'Suspended' },
  { state: 'edited', label: 'Edited' },
  { state: 'added', label: 'Made by you' },
  { state: 'deleted', label: 'Deleted' },
];

const FORMAT_LABELS: Record<Question['format'], string> = {
  cloze: 'Fill in the blank',
  'question-answer': 'Question',
  'multiple-choice': 'Multiple choice',
  'true-false': 'True or false',
  numeric: 'Number',
  'list-recall': 'List',
  matching: 'Matching',
};

export function formatLabel(format: Question['format']): string {
  return FORMAT_LABELS[format];
}

/** The fact's badge: deleted first, then its memory. */
export function stateLabel(fact: Pick<BrowseFact, 'state' | 'deleted'>): string {
  if (fact.deleted) return 'Deleted';
  return { new: 'New', learning: 'Learning', review: 'Review', suspended: 'Suspended' }[fact.state];
}

/** Turns a toggle on or off in a filter list. */
export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((other) => other !== item) : [...list, item];
}

/** One entry per line; blank lines and spaces around entries do not count. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function listToLines(list: readonly string[]): string {
  return list.join('\n');
}

/** A multiple-choice question's wrong options, in display order. */
export function distractorsOf(question: Question): string[] {
  return question.format === 'multiple-choice' ? question.choices.filter((choice) => choice !== question.answer) : [];
}

/**
 * The options to save: the distractors in their order, with the answer put back where it stood
 * (so editing a distractor never moves the answer to a telling place).
 */
export function choicesWith(answer: string, distractors: readonly string[], previous: Question): string[] {
  const at = previous.format === 'multiple-choice' ? previous.choices.indexOf(previous.answer) : 0;
  const place = Math.max(0, Math.min(at < 0 ? 0 : at, distractors.length));
  return [...distractors.slice(0, place), answer.trim(), ...distractors.slice(place)];
}

/** The messages for one field of the form. */
export function issuesFor(issues: readonly EditIssueView[], field: EditIssueView['field']): string[] {
  return issues.filter((issue) => issue.field === field).map((issue) => issue.message);
}

/** "due in 3 days", "due now", "not studied yet": for the fact's line. */
export function dueLabel(due: number | null, now: number): string {
  if (due === null) return 'not studied yet';
  const days = Math.round((due - now) / 86_400_000);
  if (due <= now) return 'due now';
  if (days < 1) return 'due today';
  return days === 1 ? 'due tomorrow' : `due in ${days} days`;
}
