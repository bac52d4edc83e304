/**
 * Each article's deck, generated on first use and kept: generation is pure and deterministic, so
 * the same text always gives the same facts, questions and ids. The study and quiz services read
 * facts and questions through here, by id, never by position.
 */
import type { ArticleDocument } from '../../contract';
import { generateDeck } from '../../domain/deck';
import type { Fact } from '../../domain/facts/model';
import type { Question } from '../../domain/questions/model';
import type { QueueFact } from '../../domain/scheduling';
import type { ContentLibrary } from '../content-library';

export interface ArticleDeck {
  readonly article: ArticleDocument;
  /** In reading order, as the queue wants them. */
  readonly queueFacts: readonly QueueFact[];
  readonly facts: ReadonlyMap<string, Fact>;
  /** Each fact's questions, in the order the generator wrote them. */
  readonly questionsOfFact: ReadonlyMap<string, readonly Question[]>;
  readonly questions: ReadonlyMap<string, Question>;
}

export interface ArticleDecks {
  deckOf(articleId: string): Promise<ArticleDeck>;
}

export function createArticleDecks(library: ContentLibrary): ArticleDecks {
  const decks = new Map<string, Promise<ArticleDeck>>();
  return {
    deckOf(articleId) {
      let deck = decks.get(articleId);
      if (deck === undefined) {
        deck = library.get(articleId).then(buildDeck);
        // A failed read (a missing file) must not be cached: the next call tries again.
        deck.catch(() => decks.delete(articleId));
        decks.set(articleId, deck);
      }
      return deck;
    },
  };
}

function buildDeck(article: ArticleDocument): ArticleDeck {
  const { facts, questions } = generateDeck(article);
  const sectionOfSentence = new Map<number, number>();
  for (const section of article.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) sectionOfSentence.set(sentence.index, section.index);
    }
  }
  const questionsOfFact = new Map<string, Question[]>();
  for (const question of questions) {
    const list = questionsOfFact.get(question.factId) ?? [];
    list.push(question);
    questionsOfFact.set(question.factId, list);
  }
  // Only facts that have a question can be studied.
  const askable = [...facts].filter((fact) => questionsOfFact.has(fact.id)).sort((a, b) => a.answerSpan.start - b.answerSpan.start);
  return {
    article,
    queueFacts: askable.map((fact, order) => ({ id: fact.id, articleId: article.id, sectionIndex: sectionOfSentence.get(fact.sentenceIndex) ?? 0, order })),
    facts: new Map(askable.map((fact) => [fact.id, fact])),
    questionsOfFact,
    questions: new Map(questions.map((question) => [question.id, question])),
  };
}
