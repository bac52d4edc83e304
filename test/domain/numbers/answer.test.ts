import { describe, expect, it } from 'vitest';
import { numberAnswerMatches, numbersEqual, parseAnswerNumber } from '../../../src-main/domain/numbers';

const answers: ReadonlyArray<readonly [string, number, number | null]> = [
  ['8', 8, null],
  ['eight', 8, null],
  [' Eight. ', 8, null],
  ['480k', 480000, null],
  ['480 k', 480000, null],
  ['480000', 480000, null],
  ['480,000', 480000, null],
  ['480 000', 480000, null],
  ['1.2 million', 1200000, null],
  ['1.2m', 1200000, null],
  ['25 %', 25, null],
  ['25%', 25, null],
  ['25 percent', 25, null],
  ['200000-750000', 200000, 750000],
  ['200,000 to 750,000', 200000, 750000],
  ['about 480,000', 480000, null],
  ['approximately 56 percent', 56, null],
  ['US$20,000', 20000, null],
  ['20,000 dollars', 20000, null],
  ['nine months', 9, null],
  ['9 months old', 9, null],
  ['nine-month-old', 9, null],
  ['3 times a day', 3, null],
  ['fourth place', 4, null],
  ['19th century', 19, null],
  ['nineteenth', 19, null],
  ['half', 0.5, null],
  ['1/2', 0.5, null],
  ['October 6', 1006, null],
  ['6 October', 1006, null],
  ['Oct 6', 1006, null],
  ['2006', 2006, null],
];

describe('parseAnswerNumber', () => {
  it.each(answers)('reads %j', (input, value, valueMax) => {
    const parsed = parseAnswerNumber(input);
    expect(parsed?.value).toBeCloseTo(value, 6);
    expect(parsed?.valueMax).toBe(valueMax);
  });

  it.each(['', 'cartels', 'a lot', 'many', '???', 'cartels eight'])('gives up on %j', (input) => {
    expect(parseAnswerNumber(input)).toBeNull();
  });
});

describe('numbersEqual and numberAnswerMatches', () => {
  it('is exact by default, up to float noise', () => {
    expect(numbersEqual(0.1 + 0.2, 0.3, { kind: 'exact' })).toBe(true);
    expect(numbersEqual(8, 7, { kind: 'exact' })).toBe(false);
  });

  it('accepts a hedged value within the ratio', () => {
    expect(numbersEqual(500000, 480000, { kind: 'relative', ratio: 0.05 })).toBe(true);
    expect(numbersEqual(510000, 480000, { kind: 'relative', ratio: 0.05 })).toBe(false);
  });

  it('accepts a number inside a range, and a range only with the same bounds', () => {
    const tolerance = { kind: 'range', min: 200000, max: 750000 } as const;
    const fact = { value: 200000, valueMax: 750000 };
    expect(numbersEqual(300000, 200000, tolerance)).toBe(true);
    expect(numbersEqual(800000, 200000, tolerance)).toBe(false);
    expect(numberAnswerMatches({ value: 200000, valueMax: 750000 }, fact, tolerance)).toBe(true);
    expect(numberAnswerMatches({ value: 200000, valueMax: 700000 }, fact, tolerance)).toBe(false);
    expect(numberAnswerMatches({ value: 5, valueMax: 10 }, { value: 5, valueMax: null }, { kind: 'exact' })).toBe(false);
  });
});
