/** Words a learner reads on a Library card, from an article summary. */
import type { ArticleProgressView, ArticleSummary } from '../../../src-main/contract';

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

/**
 * The study facts on a card: ["42 facts", "10% mastered", "3 due"], or ["42 facts", "not studied
 * yet"] before the first answer. Mastered means a memory
 * stability of 21 days or more (the main process counts it).
 */
export function progressFacts(progress: ArticleProgressView): string[] {
  if (progress.facts === 0) return ['No facts to study'];
  if (progress.studied === 0) return [plural(progress.facts, 'fact'), 'not studied yet'];
  const mastered = Math.round((progress.mastered / progress.facts) * 100);
  return [plural(progress.facts, 'fact'), `${mastered}% mastered`, `${numbers.format(progress.due)} due`];
}

const FORMAT_LABELS = { txt: 'Text file', md: 'Markdown', html: 'Web page', paste: 'Pasted' } as const;

/** The line above an imported article's title: where it came from. */
export function importedLabel(summary: ArticleSummary): string | null {
  if (summary.imported === undefined) return null;
  const kind = FORMAT_LABELS[summary.imported.format];
  return summary.source === null ? `Yours · ${kind}` : `Yours · ${summary.source}`;
}
