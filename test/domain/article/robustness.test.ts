import { describe, expect, it } from 'vitest';
import { countWords, parseArticle } from '../../../src-main/domain/article';
import { expectWellFormed } from './well-formed';

// Large inputs take a second or two on a busy 2-core machine; the limit only catches a hang.
const LARGE_INPUT_TIMEOUT_MS = 60_000;

/** A small seeded generator (mulberry32), so every run tries the same "random" strings. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('empty input', () => {
  it.each(['', ' ', '\n\n\n', ' \t\r\n \u00A0\uFEFF\u2028 '])('gives an article without sections for %j', (text) => {
    const article = parseArticle(text);
    expect(article.sections).toEqual([]);
    expect(article.title).toBe('');
    expect(article.text).toBe(text);
    expect(article.dropped).toEqual([]);
    expect(countWords(article)).toBe(0);
  });

  it('still uses meta.title for empty text', () => {
    expect(parseArticle('', { title: 'Untitled import' }).title).toBe('Untitled import');
  });
});

describe('odd input never throws and keeps the offset contract', () => {
  it.each([
    ['NUL and control bytes', '\u0000\u0001\u0002 abc\u0000def. Ghi\u0007 jkl.\n\n\u0000\u0000'],
    ['lone surrogates', 'Broken \uD800 text. More \uDC00 here.\n\n\uD83D'],
    ['emoji and symbols only', '😀😀 🎉\n\n✓ ✓ ✓'],
    ['right-to-left and combining marks', 'زها حديد was an architect. Zoë and e\u0301 too.'],
    ['zero-width characters', 'Zero\u200Bwidth. Joiner\u200D here.'],
    ['only punctuation', '... !!! ??? ...\n\n"\n\n“”'],
    ['an unclosed quote', '"He said it would never end. And it did not.'],
    ['mixed line endings', 'Title\r\n\n\rBody one. Body two.\r\rBody three.'],
  ])('%s', (_name, text) => {
    const article = parseArticle(text);
    expect(article.text).toBe(text);
    expectWellFormed(article);
  });

  it('survives 300 seeded random strings', () => {
    const alphabet = ['a', 'B', ' ', ' ', '.', '!', '?', '"', '“', '”', "'", '(', ')', '\n', '\n\n', '\r\n', '\t', 'Mr.', 'U.S.', 'IE.', '—', '\u0000', '😀', '1', '3.5', 'e.g.'];
    const random = seededRandom(20_250_101);
    for (let run = 0; run < 300; run += 1) {
      const length = Math.floor(random() * 80);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expectWellFormed(parseArticle(text));
    }
  });
});

describe('large input', () => {
  const sentence = 'The quick brown fox jumps over the lazy dog near St. Paul in the U.S. again. '; // 16 words

  it(
    'reads 100,000 words on one line',
    () => {
      const article = parseArticle(sentence.repeat(6_250));
      expect(countWords(article)).toBe(100_000);
      expect(article.sections[0]?.paragraphs[0]?.sentences).toHaveLength(6_250);
      expectWellFormed(article);
    },
    LARGE_INPUT_TIMEOUT_MS,
  );

  it(
    'reads 100,000 words in 2,000 paragraphs',
    () => {
      const paragraph = `${sentence.repeat(3)}Two more.`; // 50 words
      const article = parseArticle(Array.from({ length: 2_000 }, () => paragraph).join('\n\n'));
      expect(countWords(article)).toBe(100_000);
      expect(article.sections[0]?.paragraphs).toHaveLength(2_000);
    },
    LARGE_INPUT_TIMEOUT_MS,
  );

  it(
    'reads 100,000 words without any punctuation as one sentence',
    () => {
      const article = parseArticle('lorem '.repeat(100_000));
      expect(countWords(article)).toBe(100_000);
      expect(article.sections[0]?.paragraphs[0]?.sentences).toHaveLength(1);
    },
    LARGE_INPUT_TIMEOUT_MS,
  );

  it.each([
    ['half a million capitals', 'A'.repeat(500_000)],
    ['a long dotted run', 'A.'.repeat(250_000)],
    ['a long URL-like run ending a sentence', `See ${'x/'.repeat(100_000)}. Then more.`],
    ['half a million blank lines', `${'\n'.repeat(500_000)}Text.`],
    ['half a million NUL bytes', '\u0000'.repeat(500_000)],
  ])(
    'finishes on %s',
    (_name, text) => {
      expectWellFormed(parseArticle(text));
    },
    LARGE_INPUT_TIMEOUT_MS,
  );

  it('keeps the sentence end after a long run', () => {
    const text = `See ${'x/'.repeat(100)}. Then more.`;
    const sentences = parseArticle(text).sections[0]?.paragraphs[0]?.sentences.map((s) => s.text);
    expect(sentences).toEqual([`See ${'x/'.repeat(100)}.`, 'Then more.']);
  });
});
