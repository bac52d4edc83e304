/**
 * What every fact extractor is given: the article, each sentence analysed once (tokens with
 * offsets into `Article.text`), and the article-wide index of named entities.
 */
import type { Article, Sentence, Span } from '../article/model';
import type { Token } from '../nlp/tokens';
import type { Fact } from './model';

export interface SentenceAnalysis {
  readonly sentence: Sentence;
  readonly sectionIndex: number;
  readonly paragraphIndex: number;
  readonly tokens: readonly Token[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'nationality' | 'other';

/** A name found in a sentence ("Sheinbaum", "the Gulf Cartel", "Washington"). */
export interface Mention {
  readonly span: Span;
  readonly text: string;
  readonly type: EntityType;
  /** The fullest form of the same entity in the article ("Claudia Sheinbaum"). */
  readonly canonical: string;
  /** Token index range [first, last] in the sentence's analysis. */
  readonly tokenRange: readonly [number, number];
}

export interface PersonEntity {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Roles or descriptions the article attaches to the person, in order of appearance. */
  readonly roles: readonly string[];
}

export interface EntityIndex {
  mentionsIn(sentenceIndex: number): readonly Mention[];
  /** The fullest name of the entity a name refers to, or the name itself when unknown. */
  canonicalOf(name: string): string;
  /** Every name that refers to the same entity, the canonical one first. */
  aliasesOf(name: string): readonly string[];
  sameEntity(a: string, b: string): boolean;
  persons(): readonly PersonEntity[];
  /** All entities of a type (canonical names), in order of first appearance. */
  entitiesOfType(type: EntityType): readonly string[];
}

export interface ExtractionContext {
  readonly article: Article;
  readonly sentences: readonly SentenceAnalysis[];
  readonly entities: EntityIndex;
}

export type FactExtractor = (analysis: SentenceAnalysis, context: ExtractionContext) => Fact[];
