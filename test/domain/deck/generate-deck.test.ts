import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src-main/domain/article';
import { analyseArticle, dedupeFacts, generateDeck } from '../../../src-main/domain/deck';
import type { Fact } from '../../../src-main/domain/facts/model';
import { BLANK } from '../../../src-main/domain/questions/formats/shared';
import { containsPhrase, normalizeAnswer, normalizeText } from '../../../src-main/domain/questions/text/normalize';
import { keyFiles, loadArticle } from './key-facts';

const articles = keyFiles().map((file) => ({ name: file.name, article: loadArticle(file.article) }));
const decks = articles.map(({ name, article }) => ({ name, article, deck: generateDeck(article) }));

describe('every kept question, on every test article', () => {
  it('has an answer key written at its span in the article', () => {
    for (const { article, deck } of decks) {
      const facts = new Map(deck.facts.map((f) => [f.id, f]));
      for (const q of deck.questions) {
        if (q.format === 'matching') continue;
        const span = q.answerSpan ?? facts.get(q.factId)?.answerSpan;
        expect(span, q.id).toBeDefined();
        const source = normalizeText(article.text.slice(span?.start ?? 0, span?.end ?? 0));
        const expected = q.format === 'list-recall' ? q.items : q.format === 'true-false' ? [facts.get(q.factId)?.answer ?? ''] : q.answer.split('; ');
        for (const answer of expected) expect(` ${source} `, `${q.id} ${q.prompt}`).toContain(` ${normalizeAnswer(answer)} `);
      }
    }
  });

  it('does not show its answer in its prompt', () => {
    for (const { deck } of decks) {
      for (const q of deck.questions) {
        if (q.format === 'true-false' || q.format === 'matching') continue;
        expect(containsPhrase(q.prompt.split(BLANK).join(' '), q.answer), `${q.id} ${q.prompt}`).toBe(false);
      }
    }
  });

  it('carries a rule and a quality at or above the threshold; the dropped carry reasons', () => {
    for (const { deck } of decks) {
      for (const q of deck.questions) expect(q.quality).toBeGreaterThanOrEqual(0.6);
      for (const d of deck.dropped) expect(d.reasons.length).toBeGreaterThan(0);
    }
  });

  it('has a unique id', () => {
    for (const { deck } of decks) expect(new Set(deck.questions.map((q) => q.id)).size).toBe(deck.questions.length);
  });
});

describe('the analysis', () => {
  it('gives each sentence its own tokens, at their offsets, indexed from 0 (one parse per paragraph)', () => {
    for (const { article } of articles) {
      for (const { sentence, tokens } of analyseArticle(article)) {
        tokens.forEach((token, i) => {
          expect(token.index).toBe(i);
          expect(token.start >= sentence.span.start && token.end <= sentence.span.end, `${token.text} in ${sentence.text}`).toBe(true);
          expect(article.text.slice(token.start, token.end)).toBe(token.text);
        });
        if (/\w/.test(sentence.text)) expect(tokens.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('the deck', () => {
  it('is the same every time for the same article', () => {
    const seed = articles.find((a) => a.name === 'seed-article');
    expect(seed).toBeDefined();
    if (seed) expect(generateDeck(seed.article)).toEqual(generateDeck(seed.article));
  });

  it('keeps fact and question ids when an unrelated paragraph is edited', () => {
    const seed = articles.find((a) => a.name === 'seed-article');
    if (!seed) throw new Error('seed missing');
    const text = seed.article.text;
    const target = 'Sheinbaum announced a constitutional reform proposal';
    const edited = text.replace(target, 'Sheinbaum unveiled a sweeping constitutional reform proposal');
    const before = generateDeck(seed.article);
    const after = generateDeck(parseArticle(edited));
    const touched = (sentence: string) => sentence.includes('constitutional reform proposal');
    const keptFacts = before.facts.filter((f) => !touched(f.sentence)).map((f) => f.id);
    expect(keptFacts.length).toBeGreaterThan(10);
    expect(after.facts.map((f) => f.id)).toEqual(expect.arrayContaining(keptFacts));
    const keptQuestions = before.questions.filter((q) => q.format !== 'matching' && !touched(q.sentence)).map((q) => q.id);
    expect(after.questions.map((q) => q.id)).toEqual(expect.arrayContaining(keptQuestions));
  });

  it('never asks about page furniture', () => {
    const deck = generateDeck(parseArticle('Title\n\nThe council approved 12 new parks in 2019.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *'));
    for (const q of deck.questions) expect(q.sentence).not.toMatch(/Leave a Reply|Required fields/);
  });

  it('keeps one fact per answer span and kind', () => {
    const base = decks[0]?.deck.facts[0] as Fact;
    expect(dedupeFacts([base, { ...base, id: 'other' }, { ...base, kind: 'term', id: 'term' } as Fact])).toHaveLength(2);
  });
});
