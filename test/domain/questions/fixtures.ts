/**
 * Hand-built facts and a small entity index over a real parsed article, so the question layer is
 * tested on its own, independent of the extractors.
 */
import { parseArticle } from '../../../src-main/domain/article';
import type { Article, Sentence, Span } from '../../../src-main/domain/article/model';
import type { EntityIndex, EntityType, Mention, PersonEntity, SentenceAnalysis } from '../../../src-main/domain/facts/context';
import type { Fact, NumberFact } from '../../../src-main/domain/facts/model';
import { stableId } from '../../../src-main/domain/ids';
import { tokenize } from '../../../src-main/domain/nlp/tokens';
import type { QuestionContext } from '../../../src-main/domain/questions/context';

export interface EntitySpec {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
  readonly roles?: readonly string[];
}

export function sentencesOf(article: Article): Sentence[] {
  return article.sections.flatMap((s) => s.paragraphs.flatMap((p) => [...p.sentences]));
}

export function stubEntities(article: Article, specs: readonly EntitySpec[]): EntityIndex {
  const groups = specs.map((spec) => [spec.name, ...(spec.aliases ?? [])]);
  const groupOf = (name: string) => groups.find((g) => g.some((n) => n.toLowerCase() === name.trim().toLowerCase()));
  const mentions = new Map<number, Mention[]>();
  for (const sentence of sentencesOf(article)) {
    const found: Mention[] = [];
    specs.forEach((spec, i) => {
      for (const name of [...(groups[i] ?? [])].sort((a, b) => b.length - a.length)) {
        let at = sentence.text.indexOf(name);
        while (at >= 0) {
          const start = sentence.span.start + at;
          if (!found.some((m) => m.span.start <= start && start < m.span.end)) {
            found.push({ span: { start, end: start + name.length }, text: name, type: spec.type, canonical: spec.name, tokenRange: [0, 0] });
          }
          at = sentence.text.indexOf(name, at + name.length);
        }
      }
    });
    mentions.set(sentence.index, found.sort((a, b) => a.span.start - b.span.start));
  }
  return {
    mentionsIn: (index) => mentions.get(index) ?? [],
    canonicalOf: (name) => groupOf(name)?.[0] ?? name,
    aliasesOf: (name) => groupOf(name) ?? [name],
    sameEntity: (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase() || (groupOf(a) !== undefined && groupOf(a) === groupOf(b)),
    persons: () => specs.filter((s) => s.type === 'person').map((s): PersonEntity => ({ name: s.name, aliases: s.aliases ?? [], roles: s.roles ?? [] })),
    entitiesOfType: (type) => specs.filter((s) => s.type === type).map((s) => s.name),
  };
}

export function contextOf(text: string, specs: readonly EntitySpec[], facts: readonly Fact[] = []): QuestionContext {
  const article = parseArticle(text);
  const analyses = new Map<number, SentenceAnalysis>();
  article.sections.forEach((section, sectionIndex) =>
    section.paragraphs.forEach((paragraph) =>
      paragraph.sentences.forEach((sentence) =>
        analyses.set(sentence.index, { sentence, sectionIndex, paragraphIndex: paragraph.index, tokens: tokenize(sentence.text, sentence.span.start) }),
      ),
    ),
  );
  return { article, analyses, entities: stubEntities(article, specs), facts };
}

/** The sentence containing `needle` and the absolute span of `needle` (its `occurrence`-th match). */
export function locateIn(article: Article, needle: string, within?: string): { sentence: Sentence; span: Span } {
  const sentence = sentencesOf(article).find((s) => s.text.includes(within ?? needle) && s.text.includes(needle));
  if (sentence === undefined) throw new Error(`no sentence with "${needle}"`);
  const base = within !== undefined ? sentence.text.indexOf(within) : 0;
  const at = sentence.text.indexOf(needle, base);
  return { sentence, span: { start: sentence.span.start + at, end: sentence.span.start + at + needle.length } };
}

type Extra<F extends Fact> = Omit<F, 'id' | 'sentenceIndex' | 'sentenceSpan' | 'sentence' | 'answerSpan' | 'answer' | 'rule' | 'aliases'> &
  Partial<Pick<F, 'aliases' | 'rule'>>;

export function factAt<F extends Fact>(article: Article, answer: string, extra: Extra<F>, within?: string): F {
  const { sentence, span } = locateIn(article, answer, within);
  return {
    id: stableId('fact', extra.kind, sentence.text, answer),
    sentenceIndex: sentence.index,
    sentenceSpan: sentence.span,
    sentence: sentence.text,
    answerSpan: span,
    answer,
    aliases: [],
    rule: 'test',
    ...extra,
  } as unknown as F;
}

export function numberAt(article: Article, answer: string, extra: Partial<NumberFact> & Pick<NumberFact, 'form' | 'value'>, within?: string): NumberFact {
  return factAt<NumberFact>(
    article,
    answer,
    { kind: 'number', valueMax: null, counted: null, qualifier: null, tolerance: { kind: 'exact' }, ...extra } as Extra<NumberFact>,
    within,
  );
}
