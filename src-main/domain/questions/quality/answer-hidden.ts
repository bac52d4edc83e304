/**
 * The answer must not be readable in its own prompt — not as written, not as an alias ("Sheinbaum"
 * for "Claudia Sheinbaum", "8" for "eight"). True/false states its answer by design; a cloze's other
 * words may name the entity by another alias, but not repeat the blanked words themselves.
 */
import { BLANK } from '../formats/shared';
import { containsPhrase, normalizeAnswer } from '../text/normalize';
import { fail, type Gate } from './types';

export const answerHidden: Gate = (question, context) => {
  if (question.format === 'true-false' || question.format === 'matching') return null;
  const prompt = question.prompt.split(BLANK).join(' ');
  const hidden = new Set<string>([question.answer]);
  if (question.format === 'list-recall') question.items.forEach((item) => hidden.add(item));
  if (question.format !== 'cloze') {
    question.accepted.forEach((alias) => hidden.add(alias));
    context.entities.aliasesOf(question.answer).forEach((alias) => hidden.add(alias));
  }
  for (const text of hidden) {
    const key = normalizeAnswer(text);
    if (key.length < 2 && !/\d/.test(key)) continue;
    if (containsPhrase(prompt, text)) return fail(`answer visible in prompt: "${text}"`);
  }
  return null;
};
