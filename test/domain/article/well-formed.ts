import { expect } from 'vitest';
import type { Article } from '../../../src-main/domain/article';

/**
 * The offset contract every consumer relies on, checked on a whole article: indexes run in
 * reading order, each sentence is the exact, trimmed, non-empty slice of `article.text` at its
 * span, sentences lie in order inside their paragraph without overlapping, and together they
 * cover every non-space character of the paragraph.
 */
export function expectWellFormed(article: Article): void {
  const { text } = article;
  const problems: string[] = [];
  let paragraphIndex = 0;
  let sentenceIndex = 0;
  article.sections.forEach((section, sectionIndex) => {
    if (section.index !== sectionIndex) problems.push(`section ${sectionIndex} has index ${section.index}`);
    if (section.headingSpan !== null && text.slice(section.headingSpan.start, section.headingSpan.end) !== section.heading) {
      problems.push(`heading "${section.heading}" does not match its span`);
    }
    if (section.paragraphs.length === 0) problems.push(`section ${sectionIndex} is empty`);
    for (const paragraph of section.paragraphs) {
      if (paragraph.index !== paragraphIndex++) problems.push(`paragraph ${paragraph.index} out of order`);
      if (paragraph.sentences.length === 0) problems.push(`paragraph ${paragraph.index} has no sentences`);
      let previousEnd = paragraph.span.start;
      let uncovered = '';
      for (const sentence of paragraph.sentences) {
        const { start, end } = sentence.span;
        if (sentence.index !== sentenceIndex++) problems.push(`sentence ${sentence.index} out of order`);
        if (sentence.text !== text.slice(start, end)) problems.push(`sentence ${sentence.index} text != slice`);
        if (sentence.text === '' || sentence.text !== sentence.text.trim()) problems.push(`sentence ${sentence.index} empty or untrimmed`);
        if (start < previousEnd || end > paragraph.span.end) problems.push(`sentence ${sentence.index} outside paragraph or overlapping`);
        uncovered += text.slice(previousEnd, start);
        previousEnd = end;
      }
      uncovered += text.slice(previousEnd, paragraph.span.end);
      if (uncovered.trim() !== '') problems.push(`paragraph ${paragraph.index} leaves "${uncovered.trim()}" out of its sentences`);
    }
  });
  expect(problems).toEqual([]);
}

/** Every sentence of the article, in order. */
export function sentenceTexts(article: Article): string[] {
  return article.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.sentences.map((s) => s.text)));
}
