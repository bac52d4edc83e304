/** The small facts printed under an article's title in the Reader. */
import type { ArticleDocument } from '../../../src-main/contract';
import { readingMinutes } from '../library/article-summary';

/**
 * Roughly how many words the paragraphs hold, for the reading time only: the exact count a
 * learner compares between articles is the Library's, which the main process computes.
 */
export function countWords(article: Pick<ArticleDocument, 'sections'>): number {
  let words = 0;
  for (const section of article.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        words += sentence.text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      }
    }
  }
  return words;
}

/** e.g. ["Friday, August 15, 2008", "Wikinews", "3 min read"]; the dateline and source only when known. */
export function articleByline(article: Pick<ArticleDocument, 'dateline' | 'source' | 'sections'>): string[] {
  return [
    ...(article.dateline ? [article.dateline] : []),
    ...(article.source ? [article.source] : []),
    `${readingMinutes(countWords(article))} min read`,
  ];
}
