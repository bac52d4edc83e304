/**
 * Whether a question edit makes a question the learner can still be asked fairly: an answer, a
 * prompt that does not give it away, options that hold it once.
 */
import type { Question } from '../questions/model';

export type EditField = 'prompt' | 'answer' | 'accepted' | 'choices';

export interface EditIssue {
  readonly field: EditField;
  /** A sentence the learner can read. */
  readonly message: string;
}

/** The whole form, as the editor sends it. */
export interface QuestionDraft {
  readonly prompt: string;
  readonly answer: string;
  readonly accepted: readonly string[];
  readonly choices?: readonly string[];
}

export const EDIT_LIMITS = { promptChars: 2000, answerChars: 500, accepted: 20, minChoices: 2, maxChoices: 6 } as const;

/** The generator's blank, as cloze prompts write it. */
export const BLANK = '_____';

/** Formats whose answer is computed from the article (a value, pairs) rather than typed in. */
const FIXED_ANSWER = new Set<Question['format']>(['numeric', 'matching']);

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `answer` is written in `prompt` as whole words (case and spacing aside). */
export function answerShowsIn(prompt: string, answer: string): boolean {
  const needle = fold(answer);
  if (needle === '') return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(needle)}($|[^\\p{L}\\p{N}])`, 'u').test(fold(prompt));
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    const key = fold(value);
    if (seen.has(key)) repeated.add(value.trim());
    seen.add(key);
  }
  return [...repeated];
}

export function validateQuestionEdit(question: Question, draft: QuestionDraft): EditIssue[] {
  const issues: EditIssue[] = [];
  const prompt = draft.prompt.trim();
  const answer = draft.answer.trim();
  if (prompt === '') issues.push({ field: 'prompt', message: 'The question cannot be empty.' });
  else if (prompt.length > EDIT_LIMITS.promptChars) issues.push({ field: 'prompt', message: `The question can be at most ${EDIT_LIMITS.promptChars.toLocaleString('en-US')} characters.` });
  if (question.format === 'cloze' && prompt !== '' && !prompt.includes(BLANK)) {
    issues.push({ field: 'prompt', message: `A fill-in-the-blank question needs a blank: write ${BLANK} where the answer goes.` });
  }
  if (answer === '') issues.push({ field: 'answer', message: 'The answer cannot be empty.' });
  else if (answer.length > EDIT_LIMITS.answerChars) issues.push({ field: 'answer', message: `The answer can be at most ${EDIT_LIMITS.answerChars} characters.` });
  else if (FIXED_ANSWER.has(question.format) && answer !== question.answer) {
    issues.push({ field: 'answer', message: 'The answer of this kind of question comes from the article and cannot be changed here; add an accepted answer instead.' });
  } else if (question.format === 'true-false' && answer !== 'true' && answer !== 'false') {
    issues.push({ field: 'answer', message: 'A true-or-false question’s answer is “true” or “false”.' });
  } else if (question.format === 'list-recall' && answer.split(';').some((item) => item.trim() === '')) {
    issues.push({ field: 'answer', message: 'Separate the items of a list with “;” and leave none empty.' });
  } else if (question.format !== 'true-false' && prompt !== '' && answerShowsIn(prompt, answer)) {
    issues.push({ field: 'prompt', message: 'The question gives the answer away: take the answer out of it.' });
  }
  const accepted = draft.accepted.map((item) => item.trim());
  if (accepted.some((item) => item === '')) issues.push({ field: 'accepted', message: 'An accepted answer cannot be empty.' });
  else if (accepted.length > EDIT_LIMITS.accepted) issues.push({ field: 'accepted', message: `Keep to ${EDIT_LIMITS.accepted} accepted answers.` });
  else if (accepted.some((item) => item.length > EDIT_LIMITS.answerChars)) issues.push({ field: 'accepted', message: `An accepted answer can be at most ${EDIT_LIMITS.answerChars} characters.` });
  else if (duplicates(accepted).length > 0) issues.push({ field: 'accepted', message: `“${duplicates(accepted)[0]}” is listed twice.` });
  if (question.format === 'multiple-choice') {
    const choices = (draft.choices ?? []).map((item) => item.trim());
    if (choices.some((item) => item === '')) issues.push({ field: 'choices', message: 'An option cannot be empty.' });
    else if (choices.length < EDIT_LIMITS.minChoices || choices.length > EDIT_LIMITS.maxChoices) {
      issues.push({ field: 'choices', message: `Give between ${EDIT_LIMITS.minChoices} and ${EDIT_LIMITS.maxChoices} options, the answer among them.` });
    } else if (duplicates(choices).length > 0) issues.push({ field: 'choices', message: `“${duplicates(choices)[0]}” is an option twice.` });
    else if (answer !== '' && !choices.some((choice) => fold(choice) === fold(answer))) issues.push({ field: 'choices', message: 'The answer must be one of the options.' });
    else if (choices.some((item) => item.length > EDIT_LIMITS.answerChars)) issues.push({ field: 'choices', message: `An option can be at most ${EDIT_LIMITS.answerChars} characters.` });
  } else if (draft.choices !== undefined && draft.choices.length > 0) {
    issues.push({ field: 'choices', message: 'Only a multiple-choice question has options.' });
  }
  return issues;
}
