import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src-main/domain/facts/extract/quote-marks';

const quoted = (text: string): string[] =>
  findQuotations(text, { start: 0, end: text.length }).map((q) => text.slice(q.content.start, q.content.end));

describe('findQuotations', () => {
  it.each([
    ['curly double marks', '“They can call them whatever,” she said.', ['They can call them whatever,']],
    ['straight double marks', 'He said "yes" and then "no."', ['yes', 'no.']],
    ['curly single marks', 'Mexico Rejects US ‘Invasion’ in Cartel Fight', ['Invasion']],
    ['straight single marks', "the 'Nickinator', 'i-Nick' and the 'Nicktendo64'", ['Nickinator', 'i-Nick', 'Nicktendo64']],
    ['apostrophes in and after words', "It’s Trump’s plan; the parents' defense; don't.", []],
    ['single marks nested in double ones', 'He said "call me the \'anti-christ\' again".', ["call me the 'anti-christ' again"]],
    ['an opening mark that never closes', 'Zenghelis said "The way she drew a staircase.', []],
    ['a closing-shaped mark with nothing open', '(who" was the first to discover probability")', []],
    ['a mark closed by the wrong kind', '"She was right.’ Her fourth-year project', []],
    ['a stray opening before a pair', '"stray then "real words" here', ['real words']],
    ['marks around nothing but punctuation', 'He said " , " twice.', []],
  ])('%s', (_label, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('reports offsets of the marks in the whole text', () => {
    const text = 'Intro. "Quoted," he said.';
    const [quote] = findQuotations(text, { start: 7, end: text.length });
    expect(quote).toMatchObject({ open: 7, close: 15, content: { start: 8, end: 15 }, style: 'double' });
  });
});
