import { describe, expect, it } from 'vitest';
import { extractRelationFacts } from '../../../src-main/domain/facts/extract/event-relation';
import { contextFor, runAll, slice } from './clause-fixture';

function related(text: string): string[] {
  const context = contextFor(text);
  const facts = runAll(context, extractRelationFacts);
  for (const fact of facts) expect(slice(context, fact.answerSpan)).toBe(fact.answer);
  return facts.map((f) => f.answer);
}

describe('what something is said to be related to', () => {
  it.each([
    ['charges relating to a crime (corpus 04)', 'A spokesman said that the case was being dealt with as charges relating to grand theft.', ['grand theft']],
    ['a passive "linked to" at the end of the sentence', 'The explosion was linked to a faulty gas pipe.', ['a faulty gas pipe']],
    ['a possessive phrase with a place the tagger splits (corpus 06)', 'He noted that the height of the column was related to fluid\'s pressure in the pipe.', ["fluid's pressure in the pipe"]],
    ['a relation before a comma', 'The delays, attributed to heavy snowfall, lasted a week.', ['heavy snowfall']],
  ])('reads %s', (_, text, expected) => {
    expect(related(text)).toEqual(expected);
  });

  it.each([
    ['a negated relation', 'The fire was not related to the earlier storm damage.'],
    ['a phrase that goes on past the relation', 'The losses were linked to the heavy storm damage in the north of the country last year.'],
    ['a stretch with a verb of its own', 'The rise was related to prices that climbed in the north.'],
    ['a bare pronoun', 'The fines were related to it.'],
    ['"related" as a noun modifier', 'They discussed several related topics.'],
  ])('refuses %s', (_, text) => {
    expect(related(text)).toEqual([]);
  });
});
