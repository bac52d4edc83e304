import { describe, expect, it } from 'vitest';
import type { Section } from '../../../src-main/contract';
import { articleByline, countWords } from '../../../src-renderer/screens/reader/article-meta';

function section(index: number, sentences: string[]): Section {
  return {
    index,
    heading: index === 0 ? null : `Heading ${index}`,
    headingSpan: null,
    paragraphs: [
      {
        index,
        span: { start: 0, end: 0 },
        sentences: sentences.map((text, i) => ({ index: i, span: { start: 0, end: text.length }, text })),
      },
    ],
  };
}

const sections = [section(0, ['Mexico said “never” — twice.', 'It rained.']), section(1, ['Approximately 480,000 lives.'])];

describe('countWords', () => {
  it('counts words in paragraphs, not dashes or headings', () => {
    expect(countWords({ sections })).toBe(9);
  });
});

describe('articleByline', () => {
  it('shows the dateline and source only when known', () => {
    expect(articleByline({ sections, dateline: null, source: null })).toEqual(['1 min read']);
    expect(articleByline({ sections, dateline: 'Friday, August 15, 2008', source: 'Wikinews' })).toEqual([
      'Friday, August 15, 2008',
      'Wikinews',
      '1 min read',
    ]);
  });
});
