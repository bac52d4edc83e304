import { describe, expect, it } from 'vitest';
import { extractConsequenceFacts } from '../../../src-main/domain/facts/extract/event-consequence';
import { contextFor, runAll, slice } from './clause-fixture';

function consequences(text: string): string[] {
  const context = contextFor(text);
  const facts = runAll(context, extractConsequenceFacts);
  for (const fact of facts) expect(slice(context, fact.answerSpan)).toBe(fact.answer);
  return facts.map((f) => f.answer);
}

describe('consequence facts', () => {
  it.each([
    ['a modal consequence of a condition (corpus 01)', 'If someone were able to shut the system down, or hack inside and delete or corrupt the information, it could affect the prosecution of the lawbreakers.', ['the prosecution of the lawbreakers']],
    ['a consequence with a named subject', 'If the dam failed, the flood would destroy the lower town.', ['the lower town']],
  ])('reads %s', (_, text, expected) => {
    expect(consequences(text)).toEqual(expected);
  });

  it.each([
    ['a negated consequence', 'If the dam failed, the flood would not reach the lower town.'],
    ['a consequence stated as a fact, with no modal', 'If the dam failed, the flood destroyed the lower town.'],
    ['a condition that does not open the sentence', 'The flood would destroy the lower town if the dam failed.'],
  ])('refuses %s', (_, text) => {
    expect(consequences(text)).toEqual([]);
  });
});
