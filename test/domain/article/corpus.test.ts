import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, parseArticle } from '../../../src-main/domain/article';
import { expectWellFormed, sentenceTexts } from './well-formed';

const corpusDir = new URL('../../fixtures/corpus/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, corpusDir), 'utf8');

interface Expected {
  readonly dateline: string | null;
  readonly headings: readonly string[];
  readonly paragraphs: number;
  /** `tail -n +5 FILE | wc -w` from the corpus README, which includes the dateline. */
  readonly bodyWords: number;
}

// Read off the files by hand: paragraphs are the non-blank body lines that are not the
// dateline or a heading.
const expected: Record<string, Expected> = {
  '01-canada-sensitive-document-found.txt': { dateline: 'Friday, August 15, 2008', headings: [], paragraphs: 15, bodyWords: 454 },
  '02-homeopathy-parents-manslaughter-trial.txt': { dateline: 'Friday, May 8, 2009', headings: [], paragraphs: 7, bodyWords: 537 },
  '03-microsoft-ie6-countdown.txt': { dateline: 'Tuesday, March 8, 2011', headings: [], paragraphs: 5, bodyWords: 395 },
  '04-scientology-defector-arrested.txt': { dateline: 'Saturday, October 9, 2010', headings: [], paragraphs: 9, bodyWords: 752 },
  '05-self-medicating-ants-interview.txt': { dateline: 'Tuesday, September 1, 2015', headings: [], paragraphs: 18, bodyWords: 857 },
  '06-daniel-bernoulli.txt': { dateline: null, headings: ['Early life', 'Mathematical work'], paragraphs: 10, bodyWords: 898 },
  '07-zaha-hadid.txt': { dateline: null, headings: ['Early life and academic career'], paragraphs: 7, bodyWords: 480 },
  '08-taipei-lantern-festival.txt': { dateline: 'Monday, March 5, 2007', headings: [], paragraphs: 8, bodyWords: 518 },
};

describe('the development corpus', () => {
  it('has an expectation for every file', () => {
    const files = readdirSync(corpusDir).filter((name) => name.endsWith('.txt'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  describe.each(Object.entries(expected))('%s', (file, want) => {
    const text = read(file);
    const [titleLine = '', , sourceLine = ''] = text.split('\n');
    const article = parseArticle(text);

    it('reads title, source and dateline and drops the source line', () => {
      expect(article.title).toBe(titleLine);
      expect(article.source).toBe(sourceLine.replace(/^Source: /, ''));
      expect(article.dateline).toBe(want.dateline);
      expect(article.dropped.map((block) => text.slice(block.span.start, block.span.end))).toEqual([sourceLine]);
      expect(article.dropped.map((block) => block.reason)).toEqual(['source-line']);
    });

    it('finds the section headings and the paragraphs', () => {
      const headings = article.sections.map((section) => section.heading);
      expect(headings).toEqual([null, ...want.headings]);
      expect(article.sections.flatMap((section) => section.paragraphs)).toHaveLength(want.paragraphs);
    });

    it('gives well-formed sentences', () => {
      expectWellFormed(article);
    });

    it('counts the body words, less the dateline', () => {
      const datelineWords = want.dateline === null ? 0 : want.dateline.split(/\s+/).length;
      expect(countWords(article)).toBe(want.bodyWords - datelineWords);
    });
  });

  it('keeps the one-line pull quote of 05 as a paragraph, not a heading', () => {
    const article = parseArticle(read('05-self-medicating-ants-interview.txt'));
    const quote = '"I have no doubt that as time goes on, there will be more and more cases documented"';
    expect(article.sections).toHaveLength(1);
    expect(sentenceTexts(article)).toContain(quote);
  });

  it('keeps the interview questions of 05 and "Rathbun stated," of 04 as paragraphs', () => {
    expect(sentenceTexts(parseArticle(read('05-self-medicating-ants-interview.txt')))).toContain(
      'What first attracted you to researching ants?',
    );
    expect(sentenceTexts(parseArticle(read('04-scientology-defector-arrested.txt')))).toContain('Rathbun stated,');
  });

  it('splits after "IE." where wink alone does not (03)', () => {
    const texts = sentenceTexts(parseArticle(read('03-microsoft-ie6-countdown.txt')));
    expect(texts).toContain('Its goal is to decrease IE6 users to less than one percent.');
  });

  it('keeps "M.Sc. studies" and "Prof. Patrizia" inside their sentences (05)', () => {
    const texts = sentenceTexts(parseArticle(read('05-self-medicating-ants-interview.txt')));
    expect(texts).toContain('After a while I needed to start thinking about an internship for my M.Sc. studies, and decided to write a couple of professors.');
    expect(texts.some((sentence) => sentence.endsWith("under supervision of Prof. Patrizia d'Ettorre."))).toBe(true);
  });

  it('keeps the last sentence of 07, which has no full stop', () => {
    const texts = sentenceTexts(parseArticle(read('07-zaha-hadid.txt')));
    expect(texts.at(-1)).toMatch(/^Her fourth-year student project .* Kazimir Malevich$/);
  });
});
