import { describe, expect, it } from 'vitest';
import { factsInSentence } from '../numbers/extract-harness';

/** Each sentence holds a number that is not a fact; `answer` is the text that must not be asked. */
const notFacts: ReadonlyArray<readonly [string, string]> = [
  ['He said the one who came first was right.', 'one'],
  ['One of the players scored goals.', 'One'],
  ['She was one of the many prominent mathematicians.', 'one'],
  ['The team won 3–1 in the final.', '3'],
  ['The meeting starts at 10:30 every day.', '10:30'],
  ['The shop opens at 5 p.m. on weekdays.', '5'],
  ['See page 3 for the full list.', '3'],
  ['The results are in Table 2 of the report.', '2'],
  ['Windows 7 replaced Windows Vista.', '7'],
  ['The F-16 jets landed.', '16'],
  ['The gang MS-13 was named.', '13'],
  ['He lives at 10 Downing Street with staff.', '10'],
  ['She starred in Ocean\'s Eleven last year.', 'Eleven'],
  ['It happened for the first time in years.', 'first'],
  ['He was first persuaded to travel back.', 'first'],
  ['Wait until the fourth or fifth day of the festival.', 'fourth'],
  ['His half-brother was there.', 'half'],
  ['A third party candidate entered the race.', 'A third'],
  ['Hundreds of thousands of people crowded the square.', 'Hundreds'],
  ['About 1 in 5 adults agreed with the plan.', '5'],
  ['The 2010–11 season was long.', '11'],
  ['The deal affected 1.5m people in the region.', '1.5'],
  ['The ant can form thousand-strong colonies.', 'thousand'],
  ['London 2012 Olympics opened with a show.', '2012'],
  ['She joined the Big Four after the First World War.', 'Four'],
];

describe('numbers that are not facts', () => {
  it.each(notFacts)('%s', (sentence, answer) => {
    expect(factsInSentence(sentence).map((f) => f.answer)).not.toContain(answer);
  });
});

describe('numbers in sentences nobody has seen', () => {
  it('splits a change "from X to Y" into two values', () => {
    const answers = factsInSentence('Sales fell from $5 million to $3 million last year.').map((f) => f.answer);
    expect(answers).toEqual(['$5 million', '$3 million']);
  });

  it('splits a period between two years', () => {
    const facts = factsInSentence('Between 1914 and 1918, some 10 million soldiers died.');
    expect(facts.map((f) => [f.answer, f.form])).toEqual([['1914', 'year'], ['1918', 'year'], ['10 million', 'digits']]);
    expect(facts[2]?.qualifier).toBe('some');
    expect(facts[2]?.tolerance).toEqual({ kind: 'relative', ratio: 0.05 });
  });

  it('reads fractions with a hedge and keeps them exact', () => {
    const facts = factsInSentence('About a third of the voters and roughly two-thirds of the members took part.');
    expect(facts.map((f) => [f.answer, f.counted, f.qualifier])).toEqual([['a third', 'voters', 'about'], ['two-thirds', 'members', 'roughly']]);
    expect(facts[0]?.tolerance).toEqual({ kind: 'exact' });
  });

  it('tells a count of four digits from a year', () => {
    const facts = factsInSentence('1500 soldiers were sent in 1812 to the 2006 elections.');
    expect(facts.map((f) => [f.answer, f.form])).toEqual([['1500', 'digits'], ['1812', 'year'], ['2006', 'year']]);
  });

  it('keeps bounds exact and money with its mark', () => {
    const facts = factsInSentence('More than 1,500 people attended and up to 3.5 million dollars was raised.');
    expect(facts.map((f) => [f.answer, f.qualifier, f.tolerance.kind])).toEqual([['More than 1,500', 'more than', 'exact'], ['up to 3.5 million dollars', 'up to', 'exact']]);
  });

  it('reads measures and hyphen compounds', () => {
    const facts = factsInSentence('The 45-year-old ran a 12-member panel on a three-day visit to the 828 metres tall tower.');
    expect(facts.map((f) => [f.answer, f.counted])).toEqual([['45', 'years old'], ['12', 'members'], ['three', 'days'], ['828', 'metres tall']]);
  });

  it('reads a bare number after a verb', () => {
    const facts = factsInSentence('The population grew to 1.2 million by 2020.');
    expect(facts.map((f) => [f.answer, f.rule])).toEqual([['1.2 million', 'number:cardinal'], ['2020', 'number:year']]);
  });
});

describe('datelines', () => {
  it('does not ask the date of an inline dateline, but keeps the body', () => {
    const facts = factsInSentence('WASHINGTON, Aug. 15, 2008 — The council approved 12 new homes on March 3.');
    expect(facts.map((f) => f.answer)).toEqual(['12', 'March 3']);
  });
});
