/**
 * Runs the number extractor over a whole article the way the pipeline does: parseArticle, one
 * tokenize per sentence (offsets into Article.text), and an entity index that knows no names.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../../src-main/domain/article';
import type { Article } from '../../../src-main/domain/article';
import type { EntityIndex, ExtractionContext, SentenceAnalysis } from '../../../src-main/domain/facts/context';
import { extractNumberFacts } from '../../../src-main/domain/facts/extract/number';
import type { NumberFact } from '../../../src-main/domain/facts/model';
import { tokenize } from '../../../src-main/domain/nlp/tokens';

const noEntities: EntityIndex = {
  mentionsIn: () => [],
  canonicalOf: (name) => name,
  aliasesOf: (name) => [name],
  sameEntity: (a, b) => a === b,
  persons: () => [],
  entitiesOfType: () => [],
};

export function analyse(article: Article): SentenceAnalysis[] {
  return article.sections.flatMap((section, sectionIndex) =>
    section.paragraphs.flatMap((paragraph) =>
      paragraph.sentences.map((sentence) => ({
        sentence,
        sectionIndex,
        paragraphIndex: paragraph.index,
        tokens: tokenize(sentence.text, sentence.span.start),
      })),
    ),
  );
}

export function numberFactsOf(text: string): { article: Article; facts: NumberFact[] } {
  const article = parseArticle(text);
  const sentences = analyse(article);
  const context: ExtractionContext = { article, sentences, entities: noEntities };
  const facts = sentences.flatMap((analysis) => extractNumberFacts(analysis, context)).filter((f): f is NumberFact => f.kind === 'number');
  return { article, facts };
}

export function readFixture(relative: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../${relative}`, import.meta.url)), 'utf8');
}

/** An article made of one paragraph, for single-sentence cases. */
export function factsInSentence(sentence: string): NumberFact[] {
  return numberFactsOf(`Test article\n\n${sentence}\n`).facts;
}
