import { dropKeptDocs, handDocsTo } from '../nlp/pipeline';
import { splitBlocks } from './blocks';
import type { Block } from './blocks';
import { readFrontMatter } from './front-matter';
import { isEmptyBlock, peelTrailingFurniture } from './furniture';
import { groupSections } from './headings';
import type { Article, ArticleMeta, DroppedBlock, Paragraph, Section, Sentence } from './model';
import { splitSentences } from './sentences';
import { titleFromSentence } from './title';

const DEFAULT_LANGUAGE = 'en';

/**
 * Reads plain article text into sections, paragraphs and sentences. Pure and total: any string
 * gives an Article (empty text gives one without sections), and every span indexes into `text`,
 * which is kept verbatim as `article.text` (CRLF, BOM and all).
 */
export function parseArticle(text: string, meta: ArticleMeta = {}): Article {
  dropKeptDocs();
  const blocks = splitBlocks(text);
  const emptyBlocks = blocks.filter(isEmptyBlock);
  const front = readFrontMatter(blocks.filter((block) => !isEmptyBlock(block)));
  const tail = peelTrailingFurniture(front.body);
  const sections = buildSections(text, tail.body);

  const dropped: DroppedBlock[] = [
    ...emptyBlocks.map((block): DroppedBlock => ({ span: block.span, reason: 'empty' })),
    ...front.dropped,
    ...tail.dropped,
  ].sort((a, b) => a.span.start - b.span.start);

  const article: Article = {
    title: chooseTitle(meta.title, front.title, sections),
    language: meta.language ?? DEFAULT_LANGUAGE,
    source: meta.source !== undefined ? meta.source : (front.source ?? tail.source),
    dateline: front.dateline,
    text,
    sections,
    dropped,
  };
  // The paragraphs' wink parses go with the article, for the deck analysis (see nlp/pipeline.ts).
  handDocsTo(article);
  return article;
}

function buildSections(text: string, body: readonly Block[]): Section[] {
  let paragraphIndex = 0;
  let sentenceIndex = 0;
  return groupSections(body).map((group, sectionIndex): Section => {
    const paragraphs = group.paragraphs.map((block): Paragraph => {
      const sentences = splitSentences(text, block.span).map(
        (span): Sentence => ({ index: sentenceIndex++, span, text: text.slice(span.start, span.end) }),
      );
      return { index: paragraphIndex++, span: block.span, sentences };
    });
    return {
      index: sectionIndex,
      heading: group.heading?.text ?? null,
      headingSpan: group.heading?.span ?? null,
      paragraphs,
    };
  });
}

/** A title given by the caller wins, then the text's own title line, then its first sentence. */
function chooseTitle(given: string | undefined, titleLine: string | null, sections: readonly Section[]): string {
  const trimmedGiven = given?.trim() ?? '';
  if (trimmedGiven !== '') return trimmedGiven;
  if (titleLine !== null) return titleLine;
  const firstSentence = sections[0]?.paragraphs[0]?.sentences[0];
  return firstSentence ? titleFromSentence(firstSentence.text) : '';
}
