import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src-main/contract';
import {
  answerKindOf,
  blankFillings,
  choiceIndexForKey,
  matchingOptions,
  promptParts,
  reasonText,
  sentenceParts,
  typedAnswer,
  typedBoxCount,
} from '../../../src-renderer/lib/question/question-view';

const base = { id: 'q', factId: 'f', factKind: 'number', accepted: [], sentenceIndex: 0, sentence: 's', rule: 'r', quality: 1 } as const;
const cloze: Question = { ...base, format: 'cloze', prompt: 'Washington designated _____ cartels.', answer: 'eight' };
const list: Question = { ...base, factKind: 'list', format: 'list-recall', prompt: 'Name all 3: _____, _____ and _____.', answer: 'a; b; c', items: ['a', 'b', 'c'] };
const choice: Question = { ...base, format: 'multiple-choice', prompt: 'How many?', answer: 'eight', choices: ['six', 'seven', 'eight', 'nine'] };
const matching: Question = { ...base, format: 'matching', prompt: 'Match', answer: '', pairs: [{ left: 'Rubio', right: 'Secretary of State' }, { left: 'Sheinbaum', right: 'President' }] };

describe('how a question is answered', () => {
  it.each([
    [choice, 'mixed', 'choice'],
    [{ ...base, format: 'true-false', prompt: 'p', answer: 'true', truth: true } as Question, 'typed', 'truth'],
    [matching, 'flashcards', 'pairs'],
    [cloze, 'mixed', 'typed'],
    [cloze, 'typed', 'typed'],
    [cloze, 'flashcards', 'reveal'],
    [list, 'flashcards', 'reveal'],
  ] as const)('%#: %s in %s mode → %s', (question, mode, kind) => {
    expect(answerKindOf(question, mode)).toBe(kind);
  });
});

describe('prompt blanks', () => {
  it('cuts a prompt at each blank and numbers the blanks', () => {
    expect(promptParts(list.prompt)).toEqual([
      { text: 'Name all 3: ', blank: null },
      { text: '_____', blank: 0 },
      { text: ', ', blank: null },
      { text: '_____', blank: 1 },
      { text: ' and ', blank: null },
      { text: '_____', blank: 2 },
      { text: '.', blank: null },
    ]);
    expect(promptParts('How many?')).toEqual([{ text: 'How many?', blank: null }]);
  });

  it('fills a list blank by blank and anything else with its answer', () => {
    expect(blankFillings(list)).toEqual(['a', 'b', 'c']);
    expect(blankFillings(cloze)).toEqual(['eight']);
  });

  it('gives a list one box per item and joins them the way the grader splits them', () => {
    expect(typedBoxCount(list)).toBe(3);
    expect(typedBoxCount(cloze)).toBe(1);
    expect(typedAnswer([' Gulf Cartel ', '', 'Sinaloa Cartel'])).toBe('Gulf Cartel; Sinaloa Cartel');
    expect(typedAnswer(['  ', ''])).toBe('');
  });
});

describe('the source sentence', () => {
  it('marks the answer inside the sentence', () => {
    expect(sentenceParts('Mexico rejects an invasion.', { start: 15, end: 26 })).toEqual([
      { text: 'Mexico rejects ', answer: false },
      { text: 'an invasion', answer: true },
      { text: '.', answer: false },
    ]);
  });

  it('marks nothing when the range is unknown or outside the sentence', () => {
    const whole = [{ text: 'Short.', answer: false }];
    expect(sentenceParts('Short.', null)).toEqual(whole);
    expect(sentenceParts('Short.', { start: 2, end: 40 })).toEqual(whole);
    expect(sentenceParts('Short.', { start: 3, end: 3 })).toEqual(whole);
  });
});

describe('keys and options', () => {
  it('maps 1–4 to the options there are, and nothing else', () => {
    expect(choiceIndexForKey('1', 4)).toBe(0);
    expect(choiceIndexForKey('4', 4)).toBe(3);
    expect(choiceIndexForKey('4', 3)).toBeNull();
    expect(choiceIndexForKey('0', 4)).toBeNull();
    expect(choiceIndexForKey('a', 4)).toBeNull();
    expect(choiceIndexForKey('12', 4)).toBeNull();
  });

  it('offers the right-hand sides of a matching question sorted, once each', () => {
    expect(matchingOptions(matching)).toEqual(['President', 'Secretary of State']);
    expect(matchingOptions(cloze)).toEqual([]);
  });
});

describe('the reason under a verdict', () => {
  it.each([
    ['correct: the statement is true', 'The statement is true'],
    ['wrong: expected eight', 'Expected eight'],
    ['accepted: surname', 'Accepted: surname'],
    ['2 of 3 items', '2 of 3 items'],
    ['', ''],
  ])('%s → %s', (reason, shown) => {
    expect(reasonText(reason)).toBe(shown);
  });
});
