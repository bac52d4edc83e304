/**
 * The deck: an article's facts and the questions written from them. Pure and deterministic — the
 * same article gives the same deck, and ids follow content, not position (see ids.ts).
 */
import type { Article } from '../article/model';
import { buildEntityIndex } from '../entities';
import type { EntityIndex, ExtractionContext, FactExtractor, SentenceAnalysis } from '../facts/context';
import type { Fact } from '../facts/model';
import { uniquifyIds } from '../ids';
import { clearMemos } from '../memo';
import { isFurniture } from '../questions/quality/furniture';
import type { Question } from '../questions/model';
import { writeQuestions, type DroppedQuestion } from '../questions/write-questions';
import { analyseArticle } from './analyse';
import { EXTRACTORS } from './extractors';

export interface Deck {
  readonly facts: Fact[];
  readonly questions: Question[];
  readonly dropped: DroppedQuestion[];
}

export interface DeckParts {
  readonly extractors: readonly FactExtractor[];
  readonly buildEntities: (article: Article, sentences: readonly SentenceAnalysis[]) => EntityIndex;
}

const DEFAULT_PARTS: DeckParts = { extractors: EXTRACTORS, buildEntities: buildEntityIndex };

/**
 * Longer "sentences" are not prose (a CSV or a list of lines with no full stops): no learner
 * question comes from them, and the per-fact work on them grows with their length.
 */
export const MAX_SENTENCE_CHARS = 1500;

/** One fact per answer span and kind: the first extractor's wins. */
export function dedupeFacts(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = `${fact.kind}:${fact.answerSpan.start}:${fact.answerSpan.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function extractFacts(context: ExtractionContext, extractors: readonly FactExtractor[]): Fact[] {
  const facts: Fact[] = [];
  for (const analysis of context.sentences) {
    if (isFurniture(analysis.sentence.text) || analysis.sentence.text.length > MAX_SENTENCE_CHARS) continue;
    for (const extract of extractors) facts.push(...extract(analysis, context));
  }
  return uniquifyIds(dedupeFacts(facts));
}

export function generateDeck(article: Article, parts: DeckParts = DEFAULT_PARTS): Deck {
  clearMemos();
  try {
    return buildDeck(article, parts);
  } finally {
    clearMemos();
  }
}

function buildDeck(article: Article, parts: DeckParts): Deck {
  const sentences = analyseArticle(article);
  const entities = parts.buildEntities(article, sentences);
  const facts = extractFacts({ article, sentences, entities }, parts.extractors);
  const analyses = new Map(sentences.map((analysis) => [analysis.sentence.index, analysis]));
  const { questions, dropped } = writeQuestions({ article, analyses, entities, facts });
  return { facts, questions, dropped };
}
