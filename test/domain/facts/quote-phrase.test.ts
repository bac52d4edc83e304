import { describe, expect, it } from 'vitest';
import { wordFacts } from './quote-support';

const asked = (text: string): string[][] => wordFacts(text).map((f) => [f.rule, f.answer]);

describe('quotation words as answers, on invented sentences', () => {
  it.each([
    ['a predicate adjective', '"The new bridge is remarkably safe," Mayor Anne Clark said.', 'remarkably safe'],
    ['a coordinated complement after a contrast', '"They may shout all they like, but for us it is patience and persistence," Anne Clark said.', 'patience and persistence'],
    ['the object of a verb', 'Senator Maria Lopez warned that the country would "never accept a foreign base" on its soil.', 'a foreign base'],
    ['an adjective-modified object', '"The flood caused enormous damage to the farms," Peter Novak said.', 'enormous damage'],
    ['the action of "it is time to"', '"After ten years it is time to close the plant," Anne Clark said.', 'close the plant'],
    ['a label the speaker quotes', 'Senator Maria Lopez said that officials "described me as the \'enemy\' of the church."', 'enemy'],
  ])('asks %s', (_label, text, phrase) => {
    expect(asked(text)).toContainEqual(['quote:key-phrase', phrase]);
  });

  it('asks a short reply as a whole', () => {
    expect(asked('Mark Hale pleaded with his brother, but he replied "I will not go".')).toContainEqual(['quote:content', 'I will not go']);
  });

  it.each([
    ['a pronoun object', '"We told them," Anne Clark said.'],
    ['an empty head', '"There are many things we could do, and we will do some things," Anne Clark said.'],
    ['a passive participle', '"The ants have been infected," Anne Clark said.'],
    ['an adjective leading into more', '"The files could be available under the law," Anne Clark said.'],
    ['a number', '"We found three bodies," Anne Clark said.'],
  ])('asks no key phrase for %s', (_label, text) => {
    expect(wordFacts(text).filter((f) => f.rule === 'quote:key-phrase')).toEqual([]);
  });

  it('does not ask a long quotation whole', () => {
    const text = '"We waited for hours in the cold rain outside the station without any news at all," Anne Clark said.';
    expect(asked(text).filter(([rule]) => rule === 'quote:content')).toEqual([]);
  });
});
