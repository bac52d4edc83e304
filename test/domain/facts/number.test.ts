import { describe, expect, it } from 'vitest';
import type { NumberFact, Tolerance } from '../../../src-main/domain/facts/model';
import { numberFactsOf, readFixture } from '../numbers/extract-harness';

interface Expected {
  readonly answer: string;
  readonly in?: string;
  readonly counted: string | null;
  readonly form: NumberFact['form'];
  readonly tolerance?: Tolerance;
  readonly qualifier?: string | null;
  readonly value?: number;
  readonly valueMax?: number | null;
  readonly rule?: string;
}

const exact: Tolerance = { kind: 'exact' };
const hedged: Tolerance = { kind: 'relative', ratio: 0.05 };

const articles: Record<string, readonly Expected[]> = {
  'content/seed-article.txt': [
    { answer: 'eight', counted: 'Latin American drug cartels', form: 'words', value: 8, tolerance: exact, rule: 'number:cardinal-counted' },
    { answer: '25-percent', counted: 'tariffs', form: 'percent', value: 25, tolerance: exact, rule: 'number:percent' },
    { answer: '200,000 to 750,000', counted: 'weapons', form: 'range', value: 200000, valueMax: 750000, qualifier: 'an estimated', tolerance: { kind: 'range', min: 200000, max: 750000 }, rule: 'number:range' },
    { answer: '480,000', counted: 'lives', form: 'digits', qualifier: 'approximately', tolerance: hedged },
    { answer: '2006', counted: null, form: 'year', tolerance: exact, rule: 'number:year' },
    { answer: '19th', counted: 'century', form: 'century', value: 19, tolerance: exact, rule: 'number:century' },
    { answer: 'half', counted: 'territory', form: 'fraction', value: 0.5, rule: 'number:fraction' },
    { answer: 'seven', counted: 'drug cartels', form: 'words', value: 7 },
  ],
  'test/fixtures/corpus/02-homeopathy-parents-manslaughter-trial.txt': [
    { answer: '42', counted: 'years old', form: 'digits', value: 42, rule: 'number:age' },
    { answer: 'nine', counted: 'months old', form: 'words', value: 9, rule: 'number:age' },
    { answer: 'four', counted: 'months', form: 'words', value: 4, rule: 'number:age' },
  ],
  'test/fixtures/corpus/03-microsoft-ie6-countdown.txt': [
    { answer: '10', counted: 'years old', form: 'digits', rule: 'number:age' },
    { answer: 'three', counted: 'newer versions', form: 'words', value: 3 },
    { answer: 'less than one percent', counted: null, form: 'percent', value: 1, qualifier: 'less than', tolerance: exact },
    { answer: '70 percent', counted: 'market', form: 'percent', value: 70, tolerance: exact },
    { answer: '56 percent', counted: null, form: 'percent', qualifier: 'approximately', tolerance: hedged },
    { answer: '2009', counted: null, form: 'year' },
    { answer: 'fourth', counted: 'place', form: 'ordinal', value: 4, rule: 'number:ordinal' },
    { answer: 'March 4, 2011', counted: null, form: 'date', value: 20110304, rule: 'number:date' },
    { answer: '277', counted: 'vulnerabilities', form: 'digits', tolerance: exact },
    { answer: '39 percent', counted: null, form: 'percent' },
  ],
  'test/fixtures/corpus/04-scientology-defector-arrested.txt': [
    { answer: '19', in: 'Daniel Montalvo, 19,', counted: 'years old', form: 'digits', rule: 'number:age' },
    { answer: 'US$20,000', counted: 'bail', form: 'money', value: 20000, rule: 'number:money' },
    { answer: 'a billion', counted: 'years', form: 'words', value: 1e9 },
    { answer: '33rd', counted: 'floor', form: 'ordinal', value: 33 },
    { answer: 'two', counted: 'hours', form: 'words', value: 2, rule: 'number:measure' },
    { answer: '30', counted: 'hours', form: 'digits', value: 30 },
    { answer: 'October 6', counted: null, form: 'date', value: 1006 },
    { answer: 'September 24', counted: null, form: 'date', value: 924 },
    { answer: 'five', counted: 'hard drives', form: 'words', value: 5 },
    { answer: '$200', counted: null, form: 'money', value: 200 },
    { answer: 'three', in: 'branches', counted: 'branches of government', form: 'words' },
  ],
  'test/fixtures/corpus/06-daniel-bernoulli.txt': [
    { answer: '8 February 1700', counted: null, form: 'date', value: 17000208 },
    { answer: '17 March 1782', counted: null, form: 'date', value: 17820317 },
    { answer: '20th', counted: 'century', form: 'century', value: 20 },
    { answer: 'two', in: 'brothers', counted: 'brothers', form: 'words' },
    { answer: 'first', in: 'place', counted: 'place', form: 'ordinal' },
    { answer: '1721', counted: null, form: 'year' },
    { answer: 'May, 1750', counted: null, form: 'date', value: 17500500 },
    { answer: 'Two', counted: 'years', form: 'words' },
    { answer: '170', counted: 'years', form: 'digits', qualifier: 'about', tolerance: hedged },
    { answer: '1896', counted: null, form: 'year' },
  ],
  'test/fixtures/corpus/08-taipei-lantern-festival.txt': [
    { answer: '240,000', counted: 'square meters', form: 'digits', rule: 'number:measure' },
    { answer: '15', counted: 'meters high', form: 'digits' },
    { answer: '1990', counted: null, form: 'year' },
    { answer: '2000', counted: 'years old', form: 'digits' },
    { answer: 'over 4 million', counted: 'visitors', form: 'digits', value: 4e6, qualifier: 'over', tolerance: exact },
    { answer: '6 million', counted: 'visitors', form: 'digits', value: 6e6, qualifier: 'about', tolerance: hedged },
    { answer: '2', counted: 'km', form: 'digits' },
    { answer: '20', counted: 'minutes', form: 'digits', qualifier: 'about' },
    { answer: 'March 11', counted: null, form: 'date', value: 311 },
  ],
};

describe.each(Object.entries(articles))('number facts of %s', (file, expectations) => {
  const { article, facts } = numberFactsOf(readFixture(file));

  it.each(expectations)('finds $answer', (expected) => {
    const fact = facts.find((f) => f.answer === expected.answer && (expected.in === undefined || f.sentence.includes(expected.in)));
    expect(fact, `no fact answered "${expected.answer}"`).toBeDefined();
    if (fact === undefined) return;
    expect(article.text.slice(fact.answerSpan.start, fact.answerSpan.end)).toBe(fact.answer);
    expect(article.text.slice(fact.sentenceSpan.start, fact.sentenceSpan.end)).toBe(fact.sentence);
    expect(fact.counted).toBe(expected.counted);
    expect(fact.form).toBe(expected.form);
    if (expected.value !== undefined) expect(fact.value).toBeCloseTo(expected.value, 9);
    if (expected.valueMax !== undefined) expect(fact.valueMax).toBe(expected.valueMax);
    if (expected.tolerance !== undefined) expect(fact.tolerance).toEqual(expected.tolerance);
    if (expected.qualifier !== undefined) expect(fact.qualifier).toBe(expected.qualifier);
    if (expected.rule !== undefined) expect(fact.rule).toBe(expected.rule);
  });

  it('answers every fact with its exact span and a stable id', () => {
    for (const fact of facts) {
      expect(article.text.slice(fact.answerSpan.start, fact.answerSpan.end)).toBe(fact.answer);
      expect(fact.id).toMatch(/^fact-[0-9a-f]{12}$/);
      expect(fact.aliases).not.toContain(fact.answer);
    }
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });
});

describe('number facts left out of the corpus', () => {
  const answersOf = (file: string): string[] => numberFactsOf(readFixture(file)).facts.map((f) => f.answer);

  it('skips version numbers, the dateline and idiomatic ordinals', () => {
    const ie = answersOf('test/fixtures/corpus/03-microsoft-ie6-countdown.txt');
    expect(ie).not.toContain('6');
    expect(ie).not.toContain('9');
    expect(ie).not.toContain('5');
    expect(ie).not.toContain('March 8, 2011');
    const bernoulli = answersOf('test/fixtures/corpus/06-daniel-bernoulli.txt');
    expect(bernoulli).not.toContain('one');
    expect(bernoulli.filter((a) => a === 'first')).toHaveLength(1);
  });

  it('skips vague quantities and coordinated ordinals', () => {
    const festival = answersOf('test/fixtures/corpus/08-taipei-lantern-festival.txt');
    expect(festival).not.toContain('fourth');
    expect(festival).not.toContain('fifth');
    expect(festival).not.toContain('March 5, 2007');
  });
});

describe('aliases', () => {
  const { facts } = numberFactsOf(readFixture('content/seed-article.txt'));
  const aliasesOf = (answer: string): readonly string[] => facts.find((f) => f.answer === answer)?.aliases ?? [];

  it('offers the other ways to write the answer', () => {
    expect(aliasesOf('eight')).toContain('8');
    expect(aliasesOf('25-percent')).toEqual(expect.arrayContaining(['25%', '25 percent']));
    expect(aliasesOf('480,000')).toContain('480000');
    expect(aliasesOf('200,000 to 750,000')).toContain('200,000–750,000');
    expect(aliasesOf('19th')).toEqual(expect.arrayContaining(['19th century', 'nineteenth century']));
    expect(aliasesOf('half')).toContain('one half');
  });
});
