/**
 * Test fixture for the clause-based extractors: an article parsed with the real `parseArticle`
 * and `tokenize`, and a tiny fake EntityIndex that knows only the names a test lists. (The real
 * EntityIndex is another module's job; these tests must not depend on its rules.)
 */
import { parseArticle } from '../../../src-main/domain/article';
import type { Article, Span } from '../../../src-main/domain/article/model';
import type { EntityIndex, EntityType, ExtractionContext, Mention, SentenceAnalysis } from '../../../src-main/domain/facts/context';
import type { Fact } from '../../../src-main/domain/facts/model';
import { analyseArticle } from '../../../src-main/domain/deck';

export interface KnownName {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
}

/** The pipeline's own step, so tests analyse sentences exactly as the deck does. */
export const analyseSentences: (article: Article) => SentenceAnalysis[] = analyseArticle;

export function fakeEntities(sentences: readonly SentenceAnalysis[], names: readonly KnownName[]): EntityIndex {
  const forms = names
    .flatMap((n) => [n.name, ...(n.aliases ?? [])].map((form) => ({ form, entity: n })))
    .sort((a, b) => b.form.length - a.form.length);
  const find = (name: string): KnownName | undefined => names.find((n) => n.name === name || n.aliases?.includes(name));
  const mentionsIn = (index: number): Mention[] => {
    const analysis = sentences.find((s) => s.sentence.index === index);
    if (!analysis) return [];
    const taken: Span[] = [];
    const mentions: Mention[] = [];
    for (const { form, entity } of forms) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of analysis.sentence.text.matchAll(pattern)) {
        const start = analysis.sentence.span.start + (match.index ?? 0);
        const span = { start, end: start + form.length };
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        taken.push(span);
        const first = analysis.tokens.findIndex((t) => t.start >= span.start);
        const last = analysis.tokens.findIndex((t) => t.end >= span.end);
        mentions.push({ span, text: form, type: entity.type, canonical: entity.name, tokenRange: [first, last] });
      }
    }
    return mentions.sort((a, b) => a.span.start - b.span.start);
  };
  return {
    mentionsIn,
    canonicalOf: (name) => find(name)?.name ?? name,
    aliasesOf: (name) => {
      const entity = find(name);
      return entity ? [entity.name, ...(entity.aliases ?? [])] : [name];
    },
    sameEntity: (a, b) => find(a) !== undefined && find(a) === find(b),
    persons: () => names.filter((n) => n.type === 'person').map((n) => ({ name: n.name, aliases: n.aliases ?? [], roles: [] })),
    entitiesOfType: (type) => names.filter((n) => n.type === type).map((n) => n.name),
  };
}

/** Parses `text` (a bare body is fine) and builds the context the extractors receive. */
export function contextFor(text: string, names: readonly KnownName[] = []): ExtractionContext {
  const article = parseArticle(text, { title: 'Test' });
  const sentences = analyseSentences(article);
  return { article, sentences, entities: fakeEntities(sentences, names) };
}

/** Runs an extractor over every sentence. */
export function runAll<T extends Fact>(context: ExtractionContext, extract: (a: SentenceAnalysis, c: ExtractionContext) => T[]): T[] {
  return context.sentences.flatMap((analysis) => extract(analysis, context));
}

export const slice = (context: ExtractionContext, span: Span): string => context.article.text.slice(span.start, span.end);
