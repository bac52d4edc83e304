import { describe, expect, it } from 'vitest';
import { formatNumberLike } from '../../../src-main/domain/numbers';

const cases: ReadonlyArray<readonly [number | readonly [number, number], string, string]> = [
  [7, 'eight', 'seven'],
  [12, 'Eight', 'Twelve'],
  [21, 'eight', 'twenty-one'],
  [250, 'two hundred and fifty', 'two hundred and fifty'],
  [3000, 'a thousand', 'three thousand'],
  [1000, 'a thousand', 'a thousand'],
  [1250000, 'eight', '1,250,000'],
  [8, '7', '8'],
  [350000, '480,000', '350,000'],
  [1500, '480,000', '1,500'],
  [35000, '277', '35,000'],
  [1850, '2006', '1850'],
  [2.75, '1.2', '2.8'],
  [3400000, '1.2 million', '3.4 million'],
  [3000000, '1.2 million', '3 million'],
  [350000, '480k', '350k'],
  [30, '25-percent', '30-percent'],
  [30, '25%', '30%'],
  [12.5, '25 percent', '12.5 percent'],
  [40, '25 per cent', '40 per cent'],
  [35000, 'US$20,000', 'US$35,000'],
  [150, '$200', '$150'],
  [7000000, '€5 million', '€7 million'],
  [[100000, 500000], '200,000 to 750,000', '100,000 to 500,000'],
  [[3, 8], 'between 5 and 10', 'between 3 and 8'],
  [[3, 8], '5–10', '3–8'],
  [18, '19th', '18th'],
  [22, '19th', '22nd'],
  [3, 'first', 'third'],
  [2, 'First', 'Second'],
  [4, '#2', '#4'],
  [18, '19th century', '18th century'],
  [20, 'the nineteenth century', 'the twentieth century'],
  [1 / 3, 'half', 'a third'],
  [0.75, 'two-thirds', 'three-quarters'],
  [0.25, '½', '¼'],
  [17820317, '8 February 1700', '17 March 1782'],
  [20110304, 'August 15, 2008', 'March 4, 2011'],
  [1006, 'Jan. 5', 'Oct. 6'],
  [20100922, '2008-08-15', '2010-09-22'],
  [1940, 'the 1930s', 'the 1940s'],
];

describe('formatNumberLike', () => {
  it.each(cases)('writes %j like %j', (value, example, expected) => {
    expect(formatNumberLike(value, example)).toBe(expected);
  });

  it('falls back to plain digits when the example is not a number', () => {
    expect(formatNumberLike(480000, 'lives')).toBe('480,000');
  });
});
