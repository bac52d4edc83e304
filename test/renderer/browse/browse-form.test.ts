import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src-main/contract';
import { chunksOf } from '../../../src-renderer/lib/chunks';
import { choicesWith, distractorsOf, dueLabel, issuesFor, linesToList, listToLines, stateLabel, toggled } from '../../../src-renderer/screens/browse/browse-form';

const mc: Question = {
  id: 'q', factId: 'f', factKind: 'number', format: 'multiple-choice', prompt: 'How many?', answer: '120', accepted: [],
  sentenceIndex: 0, sentence: 's', rule: 'r', quality: 1, choices: ['80', '150', '120', '200'],
};

describe('browse form', () => {
  it('reads one entry per line, ignoring blank lines and spaces', () => {
    expect(linesToList(' Curie \n\n  Marie Curie\r\nSkłodowska ')).toEqual(['Curie', 'Marie Curie', 'Skłodowska']);
    expect(linesToList(listToLines(['a', 'b']))).toEqual(['a', 'b']);
    expect(linesToList('   ')).toEqual([]);
  });

  it('keeps the answer where it stood among the options', () => {
    expect(distractorsOf(mc)).toEqual(['80', '150', '200']);
    expect(choicesWith('120', ['80', '150', '200'], mc)).toEqual(mc.choices);
    expect(choicesWith('121', ['80', '150'], mc)).toEqual(['80', '150', '121']);
    expect(choicesWith('120', [], mc)).toEqual(['120']);
  });

  it('labels states, due dates and toggles filters', () => {
    expect(stateLabel({ state: 'review', deleted: false })).toBe('Review');
    expect(stateLabel({ state: 'review', deleted: true })).toBe('Deleted');
    const now = Date.parse('2026-03-02T09:00:00Z');
    expect(dueLabel(null, now)).toBe('not studied yet');
    expect(dueLabel(now - 1, now)).toBe('due now');
    expect(dueLabel(now + 3 * 86_400_000, now)).toBe('due in 3 days');
    expect(dueLabel(now + 86_400_000, now)).toBe('due tomorrow');
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggled(['b'], 'a')).toEqual(['b', 'a']);
  });

  it('picks a field’s messages and cuts text into chunks', () => {
    expect(issuesFor([{ field: 'answer', message: 'A' }, { field: 'prompt', message: 'P' }], 'answer')).toEqual(['A']);
    expect(chunksOf('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(chunksOf('', 3)).toEqual([]);
  });
});
