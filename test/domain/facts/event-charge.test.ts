import { describe, expect, it } from 'vitest';
import { extractChargeFacts } from '../../../src-main/domain/facts/extract/event-charge';
import { contextFor, runAll, slice } from './clause-fixture';

function charges(text: string): string[] {
  const context = contextFor(text, [{ name: 'Thomas Sam', type: 'person' }]);
  const facts = runAll(context, extractChargeFacts);
  for (const fact of facts) expect(slice(context, fact.answerSpan)).toBe(fact.answer);
  return facts.map((f) => f.answer);
}

describe('charge facts', () => {
  it.each([
    ['on trial for an offence (corpus 02)', 'Thomas Sam and his wife are undergoing trial for manslaughter by gross negligence for the death of their child.', ['manslaughter']],
    ['charged with an offence', 'The former mayor was charged with fraud and bribery on Monday.', ['fraud and bribery']],
    ['convicted of an offence with an "of"-tail', 'She was convicted of possession of stolen goods.', ['possession of stolen goods']],
    ['pleaded guilty to an offence', 'The witness pleaded guilty to perjury.', ['perjury']],
  ])('reads %s', (_, text, expected) => {
    expect(charges(text)).toEqual(expected);
  });

  it.each([
    ['an action after the legal verb', 'He was charged with stealing a rare manuscript.'],
    ['a time, not an offence', 'He was arrested for the first time in 2001.'],
    ['a person after "accused of"', 'They accused of Thomas Sam nothing.'],
    ['a vague involvement', 'He was suspected of involvement in the attack.'],
    ['"for" after a word that is not legal', 'They waited for news at the hospital.'],
  ])('refuses %s', (_, text) => {
    expect(charges(text)).toEqual([]);
  });
});
