import { describe, expect, it } from 'vitest';
import { ALL_FORMATS, DEFAULT_FORMATS, defaultChoices, toggled, whyNotReady } from '../../../src-renderer/screens/quiz/quiz-setup';

describe('defaultChoices', () => {
  it('picks the first article, ten questions, the quick formats, practice', () => {
    expect(defaultChoices([{ id: 'a' }, { id: 'b' }])).toEqual({ articleIds: ['a'], length: 10, formats: DEFAULT_FORMATS, mode: 'practice' });
    expect(DEFAULT_FORMATS).toEqual(['multiple-choice', 'true-false', 'cloze', 'question-answer', 'numeric']);
    expect(defaultChoices([]).articleIds).toEqual([]);
  });

  it('offers all seven formats', () => {
    expect([...ALL_FORMATS].sort()).toEqual(['cloze', 'list-recall', 'matching', 'multiple-choice', 'numeric', 'question-answer', 'true-false']);
  });
});

describe('toggled', () => {
  it('adds and removes, keeping the display order', () => {
    expect(toggled(['numeric'], 'cloze', ALL_FORMATS)).toEqual(['cloze', 'numeric']);
    expect(toggled(['cloze', 'numeric'], 'cloze', ALL_FORMATS)).toEqual(['numeric']);
    expect(toggled([], 'a', ['a', 'b'])).toEqual(['a']);
  });
});

describe('whyNotReady', () => {
  it('asks for an article and a kind of question', () => {
    const ready = defaultChoices([{ id: 'a' }]);
    expect(whyNotReady(ready)).toBeNull();
    expect(whyNotReady({ ...ready, articleIds: [] })).toBe('Choose at least one article.');
    expect(whyNotReady({ ...ready, formats: [] })).toBe('Choose at least one kind of question.');
  });
});
