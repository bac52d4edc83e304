import { describe, expect, it } from 'vitest';
import { answerShowsIn, validateQuestionEdit } from '../../../src-main/domain/edits';
import type { Question } from '../../../src-main/domain/questions/model';

const base = {
  id: 'q-1',
  factId: 'f-1',
  factKind: 'person',
  prompt: 'Who is the President of Mexico?',
  answer: 'Claudia Sheinbaum',
  accepted: [],
  sentenceIndex: 0,
  sentence: 'Claudia Sheinbaum is the President of Mexico.',
  rule: 'test',
  quality: 1,
} as const;
const qa: Question = { ...base, format: 'question-answer' };
const cloze: Question = { ...base, format: 'cloze', prompt: '_____ is the President of Mexico.' };
const mc: Question = { ...base, format: 'multiple-choice', choices: ['Claudia Sheinbaum', 'Marco Rubio', 'Donald Trump', 'Omar García Harfuch'] };
const tf: Question = { ...base, format: 'true-false', prompt: 'Claudia Sheinbaum is the President of Mexico.', answer: 'true', truth: true };
const numeric: Question = { ...base, factKind: 'number', format: 'numeric', prompt: 'How many?', answer: '5', value: 5, tolerance: { kind: 'exact' } };

const draft = (question: Question, change: Partial<{ prompt: string; answer: string; accepted: string[]; choices: string[] }> = {}) => ({
  prompt: question.prompt,
  answer: question.answer,
  accepted: [...question.accepted],
  ...(question.format === 'multiple-choice' ? { choices: [...question.choices] } : {}),
  ...change,
});

describe('validateQuestionEdit', () => {
  it('accepts the generator’s own questions and a sensible edit', () => {
    for (const question of [qa, cloze, mc, tf]) expect(validateQuestionEdit(question, draft(question))).toEqual([]);
    expect(validateQuestionEdit(qa, draft(qa, { answer: 'Sheinbaum', accepted: ['Claudia Sheinbaum Pardo'] }))).toEqual([]);
  });

  it('refuses an empty answer or prompt', () => {
    expect(validateQuestionEdit(qa, draft(qa, { answer: '  ' }))).toEqual([{ field: 'answer', message: 'The answer cannot be empty.' }]);
    expect(validateQuestionEdit(qa, draft(qa, { prompt: '' }))[0]).toMatchObject({ field: 'prompt' });
  });

  it('refuses a prompt that gives the answer away, as whole words and whatever the case', () => {
    expect(validateQuestionEdit(qa, draft(qa, { prompt: 'Is CLAUDIA  sheinbaum the President?' }))).toEqual([
      { field: 'prompt', message: 'The question gives the answer away: take the answer out of it.' },
    ]);
    expect(answerShowsIn('Who runs the Mexican state?', 'Mexico')).toBe(false);
    expect(answerShowsIn('The state of Mexico, today', 'mexico')).toBe(true);
  });

  it('wants a blank in a cloze', () => {
    expect(validateQuestionEdit(cloze, draft(cloze, { prompt: 'Someone is the President of Mexico.' }))[0]?.message).toMatch(/needs a blank/);
  });

  it('wants 2–6 unique options with the answer among them', () => {
    expect(validateQuestionEdit(mc, draft(mc, { choices: ['Claudia Sheinbaum'] }))[0]?.message).toMatch(/between 2 and 6/);
    expect(validateQuestionEdit(mc, draft(mc, { choices: ['a', 'b', 'c', 'd', 'e', 'f', 'Claudia Sheinbaum'] }))[0]?.message).toMatch(/between 2 and 6/);
    expect(validateQuestionEdit(mc, draft(mc, { choices: ['Marco Rubio', 'marco rubio', 'Claudia Sheinbaum'] }))[0]?.message).toMatch(/an option twice/);
    expect(validateQuestionEdit(mc, draft(mc, { choices: ['Marco Rubio', 'Donald Trump'] }))[0]?.message).toBe('The answer must be one of the options.');
    expect(validateQuestionEdit(mc, draft(mc, { choices: ['Marco Rubio', ''] }))[0]?.message).toBe('An option cannot be empty.');
    expect(validateQuestionEdit(mc, draft(mc, { choices: ['Marco Rubio', 'Claudia Sheinbaum'] }))).toEqual([]);
    expect(validateQuestionEdit(qa, draft(qa, { choices: ['x', 'y'] }))[0]).toMatchObject({ field: 'choices' });
  });

  it('keeps true/false answers to true or false, and computed answers as they are', () => {
    expect(validateQuestionEdit(tf, draft(tf, { answer: 'false' }))).toEqual([]);
    expect(validateQuestionEdit(tf, draft(tf, { answer: 'maybe' }))[0]).toMatchObject({ field: 'answer' });
    expect(validateQuestionEdit(numeric, draft(numeric, { answer: '6' }))[0]?.message).toMatch(/cannot be changed here/);
    expect(validateQuestionEdit(numeric, draft(numeric, { accepted: ['five'] }))).toEqual([]);
  });

  it('refuses empty and repeated accepted answers', () => {
    expect(validateQuestionEdit(qa, draft(qa, { accepted: ['Sheinbaum', ''] }))[0]?.message).toBe('An accepted answer cannot be empty.');
    expect(validateQuestionEdit(qa, draft(qa, { accepted: ['Sheinbaum', 'sheinbaum'] }))[0]?.message).toMatch(/listed twice/);
  });
});
