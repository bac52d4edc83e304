/**
 * Test support: the article → sentence analyses step the generator's pipeline performs, done
 * with the pipeline's own analyseArticle (each sentence tokenized with offsets into `Article.text`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../../src-main/domain/article';
import type { Article } from '../../../src-main/domain/article';
import { analyseArticle } from '../../../src-main/domain/deck';
import type { ExtractionContext, SentenceAnalysis } from '../../../src-main/domain/facts/context';
import { buildEntityIndex } from '../../../src-main/domain/entities';

/** The pipeline's own step, so tests analyse sentences exactly as the deck does. */
export { analyseArticle };

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
