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

describe('progress on a card', () => {
  it('shows facts, the mastered share and the due count', async () => {
    const { progressFacts } = await import('../../../src-renderer/screens/library/article-summary');
    expect(progressFacts({ articleId: 'a', facts: 40, studied: 12, mastered: 4, due: 3 })).toEqual(['40 facts', '10% mastered', '3 due']);
    expect(progressFacts({ articleId: 'a', facts: 1, studied: 0, mastered: 0, due: 0 })).toEqual(['1 fact', 'not studied yet']);
    expect(progressFacts({ articleId: 'a', facts: 3, studied: 1, mastered: 0, due: 0 })).toEqual(['3 facts', '0% mastered', '0 due']);
    expect(progressFacts({ articleId: 'a', facts: 0, studied: 0, mastered: 0, due: 0 })).toEqual(['No facts to study']);
  });

  it('labels the learner’s own articles with where they came from', async () => {
    const { importedLabel } = await import('../../../src-renderer/screens/library/article-summary');
    const base = { id: 'mine-a-0000000000', title: 'A', wordCount: 10, sectionCount: 1 };
    expect(importedLabel({ ...base, source: null })).toBeNull();
    expect(importedLabel({ ...base, source: 'notes.md', imported: { format: 'md', addedAt: 0 } })).toBe('Yours · notes.md');
    expect(importedLabel({ ...base, source: null, imported: { format: 'paste', addedAt: 0 } })).toBe('Yours · Pasted');
  });
});
