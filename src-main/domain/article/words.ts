import type { Article } from './model';

const WORD = /\S+/g;

/** Whitespace-separated words, the same count `wc -w` gives; used for size limits and reading time. */
export function countWordsIn(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text) !== null) count += 1;
  return count;
}

/** Words the reader sees under the title: section headings and paragraphs, not dropped furniture. */
export function countWords(article: Article): number {
  let count = 0;
  for (const section of article.sections) {
    if (section.heading !== null) count += countWordsIn(section.heading);
    for (const paragraph of section.paragraphs) {
      count += countWordsIn(article.text.slice(paragraph.span.start, paragraph.span.end));
    }
  }
  return count;
}
