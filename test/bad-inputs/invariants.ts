/**
 * What must hold for any Article, whatever text it came from: the text kept verbatim, indexes in
 * reading order, and every span inside the text, in order, not splitting a surrogate pair, with
 * each sentence's text the exact slice of its span and sentences covering their paragraph's words.
 */
import type { Article, Span } from '../../src-main/domain/article';

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

function spanProblem(text: string, span: Span, what: string, allowEmpty: boolean): string | null {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `${what}: span ${start}..${end} is not integers`;
  if (start < 0 || end > text.length || (allowEmpty ? start > end : start >= end)) return `${what}: span ${start}..${end} outside 0..${text.length}`;
  for (const at of [start, end]) {
    if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) return `${what}: span edge ${at} splits a surrogate pair`;
  }
  return null;
}

/** Every broken invariant, in words; an empty list means the article is sound. */
export function articleProblems(article: Article, text: string): string[] {
  const problems: string[] = [];
  const add = (problem: string | null): void => {
    if (problem !== null && problems.length < 20) problems.push(problem);
  };
  if (article.text !== text) add('article.text is not the input verbatim');
  if (typeof article.title !== 'string' || typeof article.language !== 'string') add('title or language is not a string');
  let paragraphIndex = 0;
  let sentenceIndex = 0;
  let previousEnd = 0;
  article.sections.forEach((section, s) => {
    if (section.index !== s) add(`section ${s} has index ${section.index}`);
    if (section.headingSpan !== null) add(spanProblem(text, section.headingSpan, `section ${s} heading`, false));
    for (const paragraph of section.paragraphs) {
      const where = `paragraph ${paragraphIndex}`;
      if (paragraph.index !== paragraphIndex++) add(`${where} has index ${paragraph.index}`);
      add(spanProblem(text, paragraph.span, where, false));
      if (paragraph.span.start < previousEnd) add(`${where} overlaps what comes before it`);
      previousEnd = paragraph.span.end;
      let covered = paragraph.span.start;
      for (const sentence of paragraph.sentences) {
        const at = `sentence ${sentenceIndex}`;
        if (sentence.index !== sentenceIndex++) add(`${at} has index ${sentence.index}`);
        add(spanProblem(text, sentence.span, at, false));
        if (sentence.span.start < covered || sentence.span.end > paragraph.span.end) add(`${at} is out of order or outside ${where}`);
        if (sentence.text !== text.slice(sentence.span.start, sentence.span.end)) add(`${at} text is not the slice of its span`);
        if (/^\s|\s$/.test(sentence.text)) add(`${at} is not trimmed`);
        if (/\S/.test(text.slice(covered, sentence.span.start))) add(`${at}: words before it belong to no sentence`);
        covered = Math.max(covered, sentence.span.end);
      }
      if (/\S/.test(text.slice(covered, paragraph.span.end))) add(`${where}: words at its end belong to no sentence`);
    }
  });
  article.dropped.forEach((block, i) => add(spanProblem(text, block.span, `dropped block ${i}`, true)));
  return problems;
}
