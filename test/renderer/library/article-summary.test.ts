import { describe, expect, it } from 'vitest';
import { plural, readingMinutes, summaryFacts } from '../../../src-renderer/screens/library/article-summary';

describe('plural', () => {
  it('uses the singular only for one, with grouped digits', () => {
    expect(plural(1, 'word')).toBe('1 word');
    expect(plural(0, 'word')).toBe('0 words');
    expect(plural(12_345, 'word')).toBe('12,345 words');
  });
});

describe('readingMinutes', () => {
  it('is at least a minute and rounds to the nearest', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(100)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(2300)).toBe(10);
  });
});

describe('summaryFacts', () => {
  it('lists words, reading time and sections', () => {
    expect(summaryFacts({ wordCount: 438, sectionCount: 2 })).toEqual(['438 words', '2 min read', '2 sections']);
    expect(summaryFacts({ wordCount: 1, sectionCount: 1 })).toEqual(['1 word', '1 min read', '1 section']);
  });
});
