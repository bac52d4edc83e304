import { describe, expect, it } from 'vitest';
import type { EventFact, NumberFact } from '../../../src-main/domain/facts/model';
import { parseNumberExpression } from '../../../src-main/domain/numbers';
import { distractorsFor, isCountry, isGivenName } from '../../../src-main/domain/questions/distractors';
import { numberDistractors, splitNumber } from '../../../src-main/domain/questions/distractors/number';
import { writeMultipleChoice } from '../../../src-main/domain/questions/formats/multiple-choice';
import { sameForm } from '../../../src-main/domain/questions/distractors/entity';
import { roleKey } from '../../../src-main/domain/questions/formats/qa-person';
import { namesPeople } from '../../../src-main/domain/questions/text/answer-shape';
import { contextOf, factAt, numberAt } from './fixtures';
import { seedContext } from './seed-context';

const context = seedContext();
const a = context.article;

function valueOf(text: string): number {
  return splitNumber(text)?.expression.value ?? Number.NaN;
}

describe('number distractors', () => {
  it('keep the answer’s form: words, percent, century, range and a hedge', () => {
    expect(numberDistractors(numberAt(a, 'eight', { form: 'words', value: 8 })).every((d) => /^[a-z]+$/.test(d))).toBe(true);
    expect(numberDistractors(numberAt(a, '25-percent', { form: 'percent', value: 25 })).every((d) => /^\d+-percent$/.test(d))).toBe(true);
    expect(numberDistractors(numberAt(a, '19th century', { form: 'century', value: 19 })).every((d) => /^\d+(st|nd|rd|th) century$/.test(d))).toBe(true);
    const range = numberDistractors(numberAt(a, '200,000 to 750,000', { form: 'range', value: 200000, valueMax: 750000 }));
    expect(range.every((d) => parseNumberExpression(d)?.form === 'range')).toBe(true);
  });

  it('keep the form the sentence gives the number', () => {
    const local = contextOf(
      'Title\n\nThe documents are the second lowest grade. Both are technologies of the 20th century. It continues a 2000 year old tradition. She won the prize in 2010 and 2011. He had two brothers.',
      [],
    );
    // "first lowest" is not English.
    expect(numberDistractors(numberAt(local.article, 'second', { form: 'ordinal', value: 2 }))).not.toContain('first');
    // No future century.
    expect(numberDistractors(numberAt(local.article, '20th', { form: 'ordinal', value: 20 })).map(valueOf).every((v) => v <= 21)).toBe(true);
    // A length of time in years gets round lengths, not neighbouring calendar years.
    expect(numberDistractors(numberAt(local.article, '2000', { form: 'year', value: 2000 })).map(valueOf).every((v) => v % 500 === 0)).toBe(true);
    // Two numbers in one answer: no distractor keeps one of them as a giveaway.
    expect(numberDistractors(numberAt(local.article, '2010 and 2011', { form: 'year', value: 2010 }))).toEqual([]);
    // A plain count still gets its neighbours.
    expect(numberDistractors(numberAt(local.article, 'two', { form: 'words', value: 2 }))).toContain('three');
  });

  it('keep the article of a number fused to a hyphenated compound ("a billion-year contract")', () => {
    const local = contextOf('Title\n\nThe Sea Org requires members to sign a billion-year contract. The company lost a billion dollars last year.', []);
    const compound = numberAt(local.article, 'a billion', { form: 'words', value: 1e9 }, 'a billion-year');
    expect(distractorsFor(local, { fact: compound, answer: compound.answer, answerSpan: compound.answerSpan, statement: compound.sentence })).toEqual([]);
    const plain = numberAt(local.article, 'a billion', { form: 'words', value: 1e9 }, 'a billion dollars');
    expect(distractorsFor(local, { fact: plain, answer: plain.answer, answerSpan: plain.answerSpan, statement: plain.sentence })).toContain('two billion');
  });

  it('keep the magnitude and stay clear of the tolerance', () => {
    const fact = numberAt(a, '480,000', { form: 'digits', value: 480000, tolerance: { kind: 'relative', ratio: 0.05 } });
    const values = numberDistractors(fact).map(valueOf);
    expect(values.length).toBeGreaterThanOrEqual(3);
    for (const value of values) {
      expect(Math.abs(value - 480000)).toBeGreaterThan(0.1 * 480000);
      expect(value).toBeGreaterThan(48000);
      expect(value).toBeLessThan(4800000);
    }
  });

  it('are not made for a bounded number, where another value can be true by implication', () => {
    // "over 4 million" makes "over 2 million" true: no option or false statement may come from it.
    const bounded = numberAt(a, '480,000', { form: 'digits', value: 480000, qualifier: 'more than' });
    expect(numberDistractors(bounded)).toEqual([]);
    const hedged = numberAt(a, '480,000', { form: 'digits', value: 480000, qualifier: 'approximately', tolerance: { kind: 'relative', ratio: 0.05 } });
    expect(numberDistractors(hedged).length).toBeGreaterThanOrEqual(3);
  });

  it('never offer the value the article states for the same slot', () => {
    const us = numberAt(a, 'eight', { form: 'words', value: 8 });
    const canada = numberAt(a, 'seven', { form: 'words', value: 7 });
    const both = { ...context, facts: [us, canada] };
    const request = (fact: NumberFact) => ({ fact, answer: fact.answer, answerSpan: fact.answerSpan, statement: fact.sentence });
    expect(distractorsFor(both, request(us))).not.toContain('seven');
    expect(distractorsFor(both, request(canada))).not.toContain('eight');
  });
});

describe('name distractors', () => {
  it('are other people of the article, never an alias of the answer or a name in the stem', () => {
    const fact = factAt<EventFact>(a, 'Sheinbaum', { kind: 'event', actor: '', action: '', when: null }, 'Sheinbaum announced');
    const options = distractorsFor({ ...context, facts: [fact] }, { fact, answer: fact.answer, answerSpan: fact.answerSpan, statement: fact.sentence });
    expect(options).toEqual(expect.arrayContaining(['Rubio', 'Musk', 'Trump']));
    expect(options).not.toContain('Claudia Sheinbaum');
    expect(options).not.toContain('Sheinbaum');
  });

  it('make no multiple-choice question with fewer than three', () => {
    const local = contextOf('Title\n\nAnna Berg met Carl Holm in Oslo. Anna Berg won the race.', [
      { name: 'Anna Berg', type: 'person', aliases: ['Berg'] },
      { name: 'Carl Holm', type: 'person', aliases: ['Holm'] },
    ]);
    const fact = factAt<EventFact>(local.article, 'Anna Berg', { kind: 'event', actor: '', action: '', when: null }, 'Anna Berg won');
    expect(writeMultipleChoice({ ...local, facts: [fact] }, fact, [])).toEqual([]);
  });
});

describe('multiple choice', () => {
  it('has four distinct options, the answer once, in an order that does not change', () => {
    const fact = numberAt(a, 'eight', { form: 'words', value: 8 });
    const [first] = writeMultipleChoice({ ...context, facts: [fact] }, fact, []);
    const [again] = writeMultipleChoice({ ...context, facts: [fact] }, fact, []);
    expect(first?.choices).toHaveLength(4);
    expect(new Set(first?.choices).size).toBe(4);
    expect(first?.choices.filter((c) => c === 'eight')).toHaveLength(1);
    expect(again?.choices).toEqual(first?.choices);
  });
});

describe('options in the answer’s form', () => {
  it('keeps digits with digits and names with names', () => {
    expect(sameForm('Nicktendo64', 'observer bias')).toBe(false);
    expect(sameForm('non-scientific', 'observer bias')).toBe(true);
    expect(sameForm('an Ottawa New Democrat MP', 'Environment Minister', true)).toBe(true);
  });

  it('keeps a description (a/an …) with descriptions: a name does not answer "was _____"', () => {
    expect(sameForm('a Swiss mathematician and physicist', 'Leonhard Euler')).toBe(false);
    expect(sameForm('an Iraqi-British architect', 'Elizabeth II')).toBe(false);
    expect(sameForm('a Dutch physicist', 'an English chemist')).toBe(true);
    expect(sameForm('the University of Basel', 'University of Paris')).toBe(true);
  });

  it('gives no name options for people named by a common noun', () => {
    expect(namesPeople('Scientology officials')).toBe(true);
    expect(namesPeople('The Bernoulli family')).toBe(true);
    expect(namesPeople('Sinaloa Cartel')).toBe(false);
  });
});

describe('roles in another gendered form', () => {
  it('are one role: a spokeswoman is the spokesperson another option would claim', () => {
    expect(roleKey('Environment Canada spokeswoman')).toBe(roleKey('Environment Canada spokesperson'));
    expect(roleKey('the chairman of the board')).toBe(roleKey('chairwoman of the board'));
    expect(roleKey('Environment Canada spokesperson')).not.toBe(roleKey('Environment Minister'));
    expect(roleKey('a German physicist')).not.toBe(roleKey('a Swiss physicist'));
  });
});

describe('places and first names of another kind', () => {
  it('tells a country or continent from a city', () => {
    expect(isCountry('UK')).toBe(true);
    expect(isCountry('Qatar')).toBe(true);
    expect(isCountry('Europe')).toBe(true);
    expect(isCountry('Baghdad')).toBe(false);
    expect(isCountry('London')).toBe(false);
  });

  it('tells a first name from a surname', () => {
    expect(isGivenName('Daniel')).toBe(true);
    expect(isGivenName('Newton')).toBe(false);
  });
});
