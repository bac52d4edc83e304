/**
 * The four clause-based extractors over the seed and the whole development corpus, with the
 * real EntityIndex: every fact must point at its own words, and the seed's key facts must be there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src-main/domain/article';
import { buildEntityIndex } from '../../../src-main/domain/entities';
import type { ExtractionContext, FactExtractor } from '../../../src-main/domain/facts/context';
import { extractCauseFacts } from '../../../src-main/domain/facts/extract/cause';
import { extractEventFacts } from '../../../src-main/domain/facts/extract/event';
import { extractListFacts } from '../../../src-main/domain/facts/extract/list';
import { extractTermFacts } from '../../../src-main/domain/facts/extract/term';
import type { Fact } from '../../../src-main/domain/facts/model';
import { analyseSentences } from './clause-fixture';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const seed = new URL('../../../content/seed-article.txt', import.meta.url);
const files = [seed, ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => new URL(f, corpus))];

function factsOf(url: URL): { context: ExtractionContext; facts: Fact[] } {
  const article = parseArticle(readFileSync(url, 'utf8'));
  const sentences = analyseSentences(article);
  const context: ExtractionContext = { article, sentences, entities: buildEntityIndex(article, sentences) };
  const extractors: FactExtractor[] = [extractListFacts, extractEventFacts, extractCauseFacts, extractTermFacts];
  return { context, facts: sentences.flatMap((analysis) => extractors.flatMap((extract) => extract(analysis, context))) };
}

describe.each(files.map((url) => [url.pathname.split('/').pop() ?? '', url] as const))('%s', (_, url) => {
  const { context, facts } = factsOf(url);
  const text = context.article.text;

  it('yields facts whose spans are their own words', () => {
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      expect(text.slice(fact.sentenceSpan.start, fact.sentenceSpan.end)).toBe(fact.sentence);
      expect(fact.answerSpan.start).toBeGreaterThanOrEqual(fact.sentenceSpan.start);
      expect(fact.answerSpan.end).toBeLessThanOrEqual(fact.sentenceSpan.end);
      if (fact.kind === 'list') {
        fact.itemSpans.forEach((span, i) => expect(text.slice(span.start, span.end)).toBe(fact.items[i]));
        expect(fact.items.length).toBeGreaterThanOrEqual(2);
      } else {
        expect(text.slice(fact.answerSpan.start, fact.answerSpan.end)).toBe(fact.answer);
      }
    }
  });

  it('gives every fact its own id', () => {
    const ids = facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the seed article', () => {
  const { facts } = factsOf(seed);
  const find = (kind: Fact['kind'], answer: string): Fact | undefined => facts.find((f) => f.kind === kind && f.answer === answer);

  it('has its key list, events, causes and terms', () => {
    expect(find('list', 'Gulf Cartel; Sinaloa Cartel; Michoacan Family; United Cartels; MS-13; TdA; Jalisco New Generation Cartel')).toMatchObject({ head: 'The sanctioned groups' });
    expect(find('event', 'Sheinbaum')).toMatchObject({ actor: 'Claudia Sheinbaum', when: 'On Wednesday' });
    expect(find('cause', 'to avoid sweeping 25-percent tariffs threatened by Trump')).toMatchObject({ relation: 'purpose' });
    expect(find('cause', 'US-made firearms')).toMatchObject({ effect: 'cartel violence', hedge: { holder: 'Mexico', verb: 'argued' } });
    expect(find('cause', 'the country lost half its territory to the US in the 19th century')).toMatchObject({ relation: 'reason', rule: 'cause:as' });
    expect(find('term', 'hugs not bullets')).toMatchObject({ denotes: 'approach' });
    expect(find('term', 'terrorist entities')).toMatchObject({ denotes: 'seven drug cartels' });
  });

  it('lists "by land, air, or sea" with its governing phrase as head', () => {
    expect(facts.find((f) => f.kind === 'list' && f.answer.includes('air'))).toMatchObject({ items: ['land', 'air', 'sea'], rule: 'list:governed' });
  });
});
