/**
 * Each article's deck, generated on first use and kept: generation is pure and deterministic, so
 * the same text always gives the same facts, questions and ids. The learner's edits (edits.json)
 * are applied on top of the generated deck here, so study, quizzes and every view see them, and
 * they apply again to every regenerated deck. The services read facts and questions through
 * here, by id, never by position.
 */
import type { ArticleDocument } from '../../contract';
import { generateDeck } from '../../domain/deck';
import { applyEdits, NO_EDITS, type DeckEdits, type OrphanedEdit } from '../../domain/edits';
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
  /** The questions as generated, before the learner's edits (the editor shows what changed). */
  readonly generatedQuestions: ReadonlyMap<string, Question>;
  /** Facts the learner deleted, and their questions: not studied, but shown in Browse. */
  readonly deletedFacts: ReadonlyMap<string, Fact>;
  readonly deletedQuestionsOfFact: ReadonlyMap<string, readonly Question[]>;
  readonly editedQuestionIds: ReadonlySet<string>;
  readonly userFactIds: ReadonlySet<string>;
  /** Edits of this article that no longer find their question or fact. */
  readonly orphaned: readonly OrphanedEdit[];
}

export interface ArticleDecks {
  deckOf(articleId: string): Promise<ArticleDeck>;
}

interface Generated {
  readonly article: ArticleDocument;
  readonly facts: readonly Fact[];
  readonly questions: readonly Question[];
}

export function createArticleDecks(library: ContentLibrary, edits: () => DeckEdits = () => NO_EDITS): ArticleDecks {
  const generated = new Map<string, Promise<Generated>>();
  /** Decks with edits applied, per edits document (a new one after every change or restore). */
  let applied = new WeakMap<DeckEdits, Map<string, ArticleDeck>>();
  return {
    async deckOf(articleId) {
      let made = generated.get(articleId);
      if (made === undefined) {
        made = library.get(articleId).then((article) => ({ article, ...generateDeck(article) }));
        // A failed read (a missing file) must not be cached: the next call tries again.
        made.catch(() => generated.delete(articleId));
        generated.set(articleId, made);
      }
      const deck = await made;
      const current = edits();
      let decks = applied.get(current);
      if (decks === undefined) {
        applied = new WeakMap([[current, (decks = new Map())]]);
      }
      let built = decks.get(articleId);
      if (built === undefined) decks.set(articleId, (built = buildDeck(deck, current)));
      return built;
    },
  };
}

function groupByFact(questions: readonly Question[]): Map<string, Question[]> {
  const byFact = new Map<string, Question[]>();
  for (const question of questions) {
    const list = byFact.get(question.factId) ?? [];
    list.push(question);
    byFact.set(question.factId, list);
  }
  return byFact;
}

function buildDeck({ article, facts: generatedFacts, questions: generatedQuestions }: Generated, edits: DeckEdits): ArticleDeck {
  const edited = applyEdits(article.id, article, { facts: generatedFacts, questions: generatedQuestions }, edits);
  const sectionOfSentence = new Map<number, number>();
  for (const section of article.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) sectionOfSentence.set(sentence.index, section.index);
    }
  }
  const questionsOfFact = groupByFact(edited.questions);
  // Only facts that have a question can be studied.
  const askable = [...edited.facts].filter((fact) => questionsOfFact.has(fact.id)).sort((a, b) => a.answerSpan.start - b.answerSpan.start);
  return {
    article,
    queueFacts: askable.map((fact, order) => ({ id: fact.id, articleId: article.id, sectionIndex: sectionOfSentence.get(fact.sentenceIndex) ?? 0, order })),
    facts: new Map(askable.map((fact) => [fact.id, fact])),
    questionsOfFact,
    questions: new Map(edited.questions.map((question) => [question.id, question])),
    generatedQuestions: new Map(generatedQuestions.map((question) => [question.id, question])),
    deletedFacts: new Map(edited.deletedFacts.map((fact) => [fact.id, fact])),
    deletedQuestionsOfFact: groupByFact(edited.deletedQuestions),
    editedQuestionIds: edited.editedQuestionIds,
    userFactIds: edited.userFactIds,
    orphaned: edited.orphaned,
  };
}
