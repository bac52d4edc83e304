/**
 * The answer key is checked against the article: the text at the answer's span must contain the
 * expected answer (every item, for a list); a multiple-choice answer must be one of four distinct options.
 */
import { normalizeAnswer, normalizeText } from '../text/normalize';
import { fail, type Gate } from './types';

function spanHolds(source: string, answer: string): boolean {
  const a = normalizeAnswer(answer);
  return a !== '' && ` ${normalizeText(source)} `.includes(` ${a} `);
}

export const answerKeyMatchesSource: Gate = (question, context, fact) => {
  if (question.format === 'matching') return null;
  const span = question.answerSpan ?? fact?.answerSpan;
  if (span === undefined) return fail('no answer span to check the key against');
  const source = context.article.text.slice(span.start, span.end);
  if (question.format === 'true-false') {
    return fact !== undefined && spanHolds(source, fact.answer) ? null : fail('true/false fact answer not found at its span');
  }
  const listAnswer = fact?.kind === 'list' && question.answer === fact.items.join('; ');
  const expected = question.format === 'list-recall' ? question.items : listAnswer ? fact.items : [question.answer];
  if (!expected.every((answer) => spanHolds(source, answer))) return fail(`answer key "${question.answer}" not found at its span`);
  if (question.format === 'multiple-choice') {
    const options = new Set(question.choices.map(normalizeAnswer));
    if (question.choices.length !== 4 || options.size !== 4) return fail('multiple choice needs four distinct options');
    if (question.choices.filter((c) => c === question.answer).length !== 1) return fail('answer is not exactly one of the options');
  }
  return null;
};
