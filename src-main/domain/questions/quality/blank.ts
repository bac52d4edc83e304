/**
 * The blank hides the answer and nothing else: the words under it, found by lining the prompt up
 * with its source sentence, are the answer (a list's items with only commas and "and"/"or" between
 * them: "musician _____" must not also hide "and actor"). A blank never cuts a word in two
 * ("_____-medicating"); only a number may be fused to its unit by a hyphen ("_____-page").
 */
import { BLANK, LIST_SEPARATORS } from '../formats/shared';
import { normalizeText } from '../text/normalize';
import { fail, type Gate } from './types';

const EDGE = 24;

/** The source text under the blank, or null when the prompt cannot be lined up with the sentence. */
export function hiddenText(prompt: string, sentence: string): string | null {
  const at = prompt.indexOf(BLANK);
  if (at < 0) return null;
  const before = prompt.slice(Math.max(0, at - EDGE), at);
  const after = prompt.slice(at + BLANK.length, at + BLANK.length + EDGE).replace(/[.!?]+$/, '');
  const start = before === '' ? 0 : sentence.indexOf(before);
  if (start < 0 || (before !== '' && sentence.indexOf(before, start + 1) >= 0)) return null;
  const from = before === '' ? 0 : start + before.length;
  const end = after === '' ? clauseEnd(sentence, from) : sentence.indexOf(after, from);
  return end < from ? null : sentence.slice(from, end);
}

/** Where the text under a blank that ends the prompt stops: the sentence's end, or a semicolon, colon or dash the passage was cut at. */
function clauseEnd(sentence: string, from: number): number {
  const cut = /\s*[;:—–]\s|\s+-{1,2}\s+/.exec(sentence.slice(from));
  return cut === null ? sentence.replace(/[.!?"”’)\]]+$/, '').length : from + cut.index;
}

/**
 * The source text under each of several blanks, in order: the words between two blanks are found
 * in the sentence after the previous one; null when the prompt cannot be lined up.
 */
export function hiddenTexts(prompt: string, sentence: string): string[] | null {
  const parts = prompt.split(BLANK);
  if (parts.length < 3) return null;
  const first = hiddenText(`${parts[0] ?? ''}${BLANK}${parts[1] ?? ''}`, sentence);
  const before = (parts[0] ?? '').slice(-EDGE);
  const start = before === '' ? 0 : sentence.indexOf(before) + before.length;
  if (first === null) return null;
  const hidden: string[] = [];
  let from = start;
  for (const middle of parts.slice(1, -1)) {
    const at = middle === '' ? -1 : sentence.indexOf(middle, from);
    if (at < 0) return null;
    hidden.push(sentence.slice(from, at));
    from = at + middle.length;
  }
  const after = (parts[parts.length - 1] ?? '').slice(0, EDGE).replace(/[.!?]+$/, '');
  const end = after === '' ? clauseEnd(sentence, from) : sentence.indexOf(after, from);
  if (end < from) return null;
  hidden.push(sentence.slice(from, end));
  return hidden;
}

function withoutItems(hidden: string, items: readonly string[]): string | null {
  let rest = ` ${normalizeText(hidden)} `;
  for (const item of items) {
    const key = ` ${normalizeText(item)} `;
    const at = rest.indexOf(key);
    if (at < 0) return null;
    rest = `${rest.slice(0, at)} ${rest.slice(at + key.length)}`;
  }
  return rest;
}

export const blankIsAnswer: Gate = (question, _context, fact) => {
  if (question.format === 'matching' || question.format === 'true-false' || question.format === 'question-answer') return null;
  const at = question.prompt.indexOf(BLANK);
  if (at < 0) return null;
  const left = question.prompt.charAt(at - 1);
  const right = question.prompt.slice(at + BLANK.length, at + BLANK.length + 2);
  const number = fact?.kind === 'number';
  if (/[\p{L}\p{N}]/u.test(left) || /^[\p{L}\p{N}]/u.test(right) || (!number && (/^-\p{L}/u.test(right) || left === '-'))) return fail('blank cuts a word');
  const prompt = question.format === 'list-recall' ? question.prompt.slice(question.prompt.indexOf(': ') + 2) : question.prompt;
  if (question.format === 'list-recall' && prompt.split(BLANK).length > 2) {
    const each = hiddenTexts(prompt, question.sentence);
    const fits = each !== null && each.length === question.items.length && each.every((text, i) => normalizeText(text) === normalizeText(question.items[i] ?? ''));
    return fits ? null : fail('blanks do not each hide one list item');
  }
  const hidden = hiddenText(prompt, question.sentence);
  if (hidden === null) return null;
  const items = question.format === 'list-recall' ? question.items : fact?.kind === 'list' && question.answer === fact.items.join('; ') ? fact.items : null;
  if (items !== null) {
    const rest = withoutItems(hidden, items);
    return rest !== null && LIST_SEPARATORS.test(rest) ? null : fail('blank hides more than the list items');
  }
  return normalizeText(hidden) === normalizeText(question.answer) ? null : fail('blank hides more or less than the answer');
};
