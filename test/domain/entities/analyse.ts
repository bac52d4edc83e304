/**
 * Test support: the article → sentence analyses step the generator's pipeline performs, done
 * the same way (parseArticle, then each sentence tokenized with offsets into `Article.text`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../../src-main/domain/article';
import type { Article } from '../../../src-main/domain/article';
import { tokenize } from '../../../src-main/domain/nlp/tokens';
import type { ExtractionContext, SentenceAnalysis } from '../../../src-main/domain/facts/context';
import { buildEntityIndex } from '../../../src-main/domain/entities';

export function analyseArticle(article: Article): SentenceAnalysis[] {
  return article.sections.flatMap((section) =>
    section.paragraphs.flatMap((paragraph) =>
      paragraph.sentences.map((sentence) => ({
        sentence,
        sectionIndex: section.index,
        paragraphIndex: paragraph.index,
        tokens: tokenize(sentence.text, sentence.span.start),
      })),
    ),
  );
}

export function contextOf(text: string, title?: string): ExtractionContext {
  const article = parseArticle(text, title === undefined ? {} : { title });
  const sentences = analyseArticle(article);
  return { article, sentences, entities: buildEntityIndex(article, sentences) };
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** `content/seed-article.txt` or a `test/fixtures/corpus/` file name. */
export function readArticle(name: string): string {
  const path = name === 'seed' ? 'content/seed-article.txt' : `test/fixtures/corpus/${name}`;
  return readFileSync(`${root}${path}`, 'utf8');
}
