import { describe, expect, it } from 'vitest';
import { factsInSentence } from '../numbers/extract-harness';

const answers = (sentence: string): string[] => factsInSentence(sentence).map((f) => f.answer);

describe('number answers beyond the bare number', () => {
  it.each([
    ['a bound', 'The plan aims to cut child poverty to less than five percent.', 'less than five percent', 'five percent'],
    ['"over" a count', 'Last year over 3 million tourists visited the island.', 'over 3 million', '3 million'],
    ['"more than" a count', 'The fire destroyed more than 200 homes.', 'more than 200', '200'],
  ])('keeps %s in the answer and the bare number as an alias', (_label, sentence, answer, alias) => {
    const fact = factsInSentence(sentence).find((f) => f.answer === answer);
    expect(fact?.aliases).toContain(alias);
  });

  it('keeps a hedge out of the answer', () => {
    expect(answers('The city expects about 6 million visitors.')).toEqual(['6 million']);
  });

  it('joins an ordinal and its superlative', () => {
    const [fact] = factsInSentence('Lisbon is the third largest city of the region.');
    expect(fact).toMatchObject({ answer: 'third largest', form: 'ordinal' });
    expect(fact?.aliases).toContain('3rd largest');
  });

  it('joins years coordinated by "and" into one fact', () => {
    const facts = factsInSentence('The team won the cup in 1998 and 2002.');
    expect(facts.map((f) => [f.answer, f.rule, f.value])).toEqual([['1998 and 2002', 'number:years', null]]);
    expect(facts[0]?.aliases).toContain('1998; 2002');
  });

  it('joins a list of years', () => {
    expect(answers('The festival was held in 1990, 1994 and 1998.')).toEqual(['1990, 1994 and 1998']);
  });

  it('does not join years that are not coordinated', () => {
    expect(answers('The bridge opened in 1990 and was rebuilt in 2004.')).toEqual(['1990', '2004']);
  });

  it('accepts an attributive measure as written', () => {
    const fact = factsInSentence('Visitors crowded into the 5,000 square meter plaza.').find((f) => f.answer === '5,000');
    expect(fact?.aliases).toContain('5,000 square meter');
  });
});
