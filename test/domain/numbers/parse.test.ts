import { describe, expect, it } from 'vitest';
import { parseNumberExpression } from '../../../src-main/domain/numbers';
import type { NumberExpression } from '../../../src-main/domain/numbers';

type Expected = Pick<NumberExpression, 'value' | 'form'> & { valueMax?: number; unit?: string };

const cases: ReadonlyArray<readonly [string, Expected]> = [
  // digits and separators
  ['8', { value: 8, form: 'digits' }],
  ['200,000', { value: 200000, form: 'digits' }],
  ['1,234,567.89', { value: 1234567.89, form: 'digits' }],
  ['1.2', { value: 1.2, form: 'digits' }],
  ['0.75', { value: 0.75, form: 'digits' }],
  ['-5', { value: -5, form: 'digits' }],
  ['277', { value: 277, form: 'digits' }],
  // words
  ['eight', { value: 8, form: 'words' }],
  ['Seven', { value: 7, form: 'words' }],
  ['twenty-one', { value: 21, form: 'words' }],
  ['twenty one', { value: 21, form: 'words' }],
  ['a thousand', { value: 1000, form: 'words' }],
  ['a hundred', { value: 100, form: 'words' }],
  ['two hundred and fifty', { value: 250, form: 'words' }],
  ['two hundred fifty', { value: 250, form: 'words' }],
  ['three million two hundred thousand', { value: 3200000, form: 'words' }],
  ['a dozen', { value: 12, form: 'words' }],
  ['half a million', { value: 500000, form: 'words' }],
  // scales
  ['1.2 million', { value: 1200000, form: 'digits' }],
  ['480k', { value: 480000, form: 'digits' }],
  ['3 billion', { value: 3e9, form: 'digits' }],
  ['4 million', { value: 4e6, form: 'digits' }],
  ['a billion', { value: 1e9, form: 'words' }],
  // percent
  ['25%', { value: 25, form: 'percent', unit: '%' }],
  ['25 %', { value: 25, form: 'percent', unit: '%' }],
  ['25 percent', { value: 25, form: 'percent', unit: '%' }],
  ['25-percent', { value: 25, form: 'percent', unit: '%' }],
  ['25 per cent', { value: 25, form: 'percent', unit: '%' }],
  ['3.5%', { value: 3.5, form: 'percent', unit: '%' }],
  ['one percent', { value: 1, form: 'percent', unit: '%' }],
  // money
  ['US$20,000', { value: 20000, form: 'money', unit: 'US$' }],
  ['US$ 20,000', { value: 20000, form: 'money', unit: 'US$' }],
  ['$200', { value: 200, form: 'money', unit: '$' }],
  ['€5 million', { value: 5e6, form: 'money', unit: '€' }],
  ['£3', { value: 3, form: 'money', unit: '£' }],
  ['$5bn', { value: 5e9, form: 'money', unit: '$' }],
  ['1.2 million dollars', { value: 1.2e6, form: 'money', unit: '$' }],
  ['A$5', { value: 5, form: 'money', unit: 'A$' }],
  // ranges
  ['200,000 to 750,000', { value: 200000, valueMax: 750000, form: 'range' }],
  ['between 5 and 10', { value: 5, valueMax: 10, form: 'range' }],
  ['5–10', { value: 5, valueMax: 10, form: 'range' }],
  ['5-10', { value: 5, valueMax: 10, form: 'range' }],
  ['5 - 10', { value: 5, valueMax: 10, form: 'range' }],
  ['5-10%', { value: 5, valueMax: 10, form: 'range', unit: '%' }],
  ['$5–10 million', { value: 5e6, valueMax: 1e7, form: 'range', unit: '$' }],
  ['two to three', { value: 2, valueMax: 3, form: 'range' }],
  ['1914–1918', { value: 1914, valueMax: 1918, form: 'range' }],
  // years
  ['2006', { value: 2006, form: 'year' }],
  ['in 1700', { value: 1700, form: 'year' }],
  ['since 2006', { value: 2006, form: 'year' }],
  ['the 1930s', { value: 1930, form: 'year', unit: 'decade' }],
  // dates
  ['8 February 1700', { value: 17000208, form: 'date' }],
  ['August 15, 2008', { value: 20080815, form: 'date' }],
  ['Jan. 5', { value: 105, form: 'date' }],
  ['September 24', { value: 924, form: 'date' }],
  ['May, 1750', { value: 17500500, form: 'date' }],
  ['on 31 October 1950', { value: 19501031, form: 'date' }],
  ['the 5th of May', { value: 505, form: 'date' }],
  ['Friday, August 15, 2008', { value: 20080815, form: 'date' }],
  ['2008-08-15', { value: 20080815, form: 'date' }],
  // ordinals and centuries
  ['19th', { value: 19, form: 'ordinal' }],
  ['33rd', { value: 33, form: 'ordinal' }],
  ['first', { value: 1, form: 'ordinal' }],
  ['third', { value: 3, form: 'ordinal' }],
  ['twenty-first', { value: 21, form: 'ordinal' }],
  ['#2', { value: 2, form: 'ordinal' }],
  ['the 19th century', { value: 19, form: 'century', unit: 'century' }],
  ['19th-century', { value: 19, form: 'century', unit: 'century' }],
  ['the nineteenth century', { value: 19, form: 'century', unit: 'century' }],
  // fractions
  ['half', { value: 0.5, form: 'fraction' }],
  ['a third', { value: 1 / 3, form: 'fraction' }],
  ['two-thirds', { value: 2 / 3, form: 'fraction' }],
  ['two thirds', { value: 2 / 3, form: 'fraction' }],
  ['a quarter', { value: 0.25, form: 'fraction' }],
  ['three quarters', { value: 0.75, form: 'fraction' }],
  ['one half', { value: 0.5, form: 'fraction' }],
  ['½', { value: 0.5, form: 'fraction' }],
  ['3/4', { value: 0.75, form: 'fraction' }],
];

const rejected = [
  '', 'eight cartels', '3,5', '1.000.000', 'MS-13', 'IE6', 'hundred', 'hundreds', 'thousands',
  'one two', 'twenty-one-two', '10:30', 'May', 'March', 'in five', 'the', '2–1', '1–0', 'a couple',
  '31 February 2000', '1st century BC', '21th', 'a thirds', 'two third', 'dozens', '5 p.m.', 'Thursday',
  'COVID-19', 'eleventy', '15m', '8 February 1700 – 17 March 1782', '1700 – 17',
];

describe('parseNumberExpression', () => {
  it.each(cases)('reads %j', (text, expected) => {
    const parsed = parseNumberExpression(text);
    expect(parsed).not.toBeNull();
    expect(parsed?.form).toBe(expected.form);
    expect(parsed?.value).toBeCloseTo(expected.value, 6);
    expect(parsed?.valueMax).toBe(expected.valueMax);
    expect(parsed?.unit).toBe(expected.unit);
  });

  it.each(rejected)('rejects %j', (text) => {
    expect(parseNumberExpression(text)).toBeNull();
  });

  it('keeps the parts of a date', () => {
    expect(parseNumberExpression('August 15, 2008')?.date).toEqual({ year: 2008, month: 8, day: 15 });
    expect(parseNumberExpression('Jan. 5')?.date).toEqual({ year: null, month: 1, day: 5 });
  });
});
