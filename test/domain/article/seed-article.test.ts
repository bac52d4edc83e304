import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, parseArticle } from '../../../src-main/domain/article';
import { expectWellFormed, sentenceTexts } from './well-formed';

const seedText = readFileSync(new URL('../../../content/seed-article.txt', import.meta.url), 'utf8');
const seed = parseArticle(seedText);

describe('the seed article', () => {
  it('keeps the text verbatim and reads the title line', () => {
    expect(seed.text).toBe(seedText);
    expect(seed.title).toBe('Mexico Rejects US ‘Invasion’ in Cartel Fight');
    expect(seed.language).toBe('en');
    expect(seed.source).toBeNull();
    expect(seed.dateline).toBeNull();
  });

  it('has an opening section of 7 paragraphs and "Mexico Adjusts Strategy" with 2', () => {
    expect(seed.sections.map((section) => section.heading)).toEqual([null, 'Mexico Adjusts Strategy']);
    expect(seed.sections.map((section) => section.paragraphs.length)).toEqual([7, 2]);
  });

  it('drops the comment form at the end and nothing else', () => {
    const dropped = seed.dropped.map((block) => [block.reason, seedText.slice(block.span.start, block.span.end)]);
    expect(dropped).toEqual([
      ['comment-form', 'Leave a Reply'],
      ['comment-form', 'Your email address will not be published. Required fields are marked *'],
    ]);
    const kept = sentenceTexts(seed).join('\n');
    expect(kept).not.toMatch(/Leave a Reply|Required fields|email address/);
  });

  it('splits 16 sentences whose spans are exact slices of the text', () => {
    expectWellFormed(seed);
    expect(sentenceTexts(seed)).toHaveLength(16);
    expect(seed.sections.map((s) => s.paragraphs.map((p) => p.sentences.length))).toEqual([[1, 2, 1, 2, 2, 2, 2], [2, 2]]);
  });

  it('keeps a quotation with inner commas, parentheses and a dash as one sentence', () => {
    expect(sentenceTexts(seed)).toContain(
      '“They can call them (the cartels) whatever they want, but with Mexico, it is collaboration and coordination—never subordination or interventionism, and even less invasion,” Sheinbaum stated.',
    );
  });

  it('ends a sentence inside a closing quotation mark', () => {
    const texts = sentenceTexts(seed);
    const closing = texts.findIndex((text) => text.endsWith('as “terrorist entities.”'));
    expect(closing).toBeGreaterThan(-1);
    expect(texts[closing + 1]).toBe(
      'The sanctioned groups include the Gulf Cartel, Sinaloa Cartel, Michoacan Family, United Cartels, MS-13, TdA, and Jalisco New Generation Cartel.',
    );
  });

  it('starts and ends with the expected sentences', () => {
    const texts = sentenceTexts(seed);
    expect(texts[0]).toMatch(/^Mexican President Claudia Sheinbaum firmly rejected .* as terrorist organizations\.$/);
    expect(texts.at(-1)).toBe(
      'Instead, her administration has announced large-scale drug seizures, increased troop deployments to the US border, and arrested key cartel figures—all moves seemingly aimed at securing Trump’s temporary pause on tariffs.',
    );
  });

  it('counts the words under the title, without the dropped furniture', () => {
    // `tail -n +3 content/seed-article.txt | wc -w` is 419, of which 15 are the comment form.
    expect(countWords(seed)).toBe(404);
  });
});
