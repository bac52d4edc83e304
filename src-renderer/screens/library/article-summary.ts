/** Words a learner reads on a Library card, from an article summary. */
import type { ArticleSummary } from '../../../src-main/contract';

const numbers = new Intl.NumberFormat('en');

/** Adult silent reading of non-fiction, words per minute. */
export const READING_WORDS_PER_MINUTE = 230;

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${numbers.format(count)} ${count === 1 ? one : many}`;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}

/** The facts shown under a card's title, e.g. ["420 words", "2 min read", "2 sections"]. */
export function summaryFacts(summary: Pick<ArticleSummary, 'wordCount' | 'sectionCount'>): string[] {
  return [
    plural(summary.wordCount, 'word'),
    `${readingMinutes(summary.wordCount)} min read`,
    plural(summary.sectionCount, 'section'),
  ];
}
