import { describe, expect, it } from 'vitest';
import { extractDestinationFacts } from '../../../src-main/domain/facts/extract/event-destination';
import { contextFor, runAll, slice } from './clause-fixture';

function destinations(text: string): string[] {
  const context = contextFor(text, [
    { name: 'India', type: 'place' },
    { name: 'New Zealand', type: 'place' },
    { name: 'Maria Lopez', type: 'person' },
  ]);
  const facts = runAll(context, extractDestinationFacts);
  for (const fact of facts) expect(slice(context, fact.answerSpan)).toBe(fact.answer);
  return facts.map((f) => f.answer);
}

describe('destination facts', () => {
  it.each([
    ['a trip inside a gerund series (corpus 02)', 'The parents are also accused of putting their social life ahead of their child, taking her on a trip to India and leaving her to servants.', ['India']],
    ['a visit to a place of two words', 'The president ended his state visit to New Zealand on Friday.', ['New Zealand']],
  ])('reads %s', (_, text, expected) => {
    expect(destinations(text)).toEqual(expected);
  });

  it.each([
    ['a person after "visit to"', 'It was her first visit to Maria Lopez in years.'],
    ['a place after a verb of travel, which the object rules own', 'They travelled to India in May.'],
    ['a common noun after "trip to"', 'They planned a trip to the coast.'],
  ])('refuses %s', (_, text) => {
    expect(destinations(text)).toEqual([]);
  });
});
