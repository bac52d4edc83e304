/** How a fact of a deck shows in Browse, and whether it matches a search. */
import type { BrowseFact, BrowseQuestion, BrowseState, FactState } from '../../contract';
import type { Fact, FactKind } from '../../domain/facts/model';
import type { Question } from '../../domain/questions/model';
import { MemoryState, type FactMemory } from '../../domain/scheduling';
import type { ArticleDeck } from '../study/article-decks';

export function factState(memory: FactMemory | undefined): FactState {
  if (memory === undefined) return 'new';
  if (memory.suspended) return 'suspended';
  if (memory.card.state === MemoryState.New) return 'new';
  return memory.card.state === MemoryState.Review ? 'review' : 'learning';
}

export function browseFact(deck: ArticleDeck, fact: Fact, memory: FactMemory | undefined): BrowseFact {
  const deleted = deck.deletedFacts.has(fact.id);
  const questions = (deleted ? deck.deletedQuestionsOfFact : deck.questionsOfFact).get(fact.id) ?? [];
  const views: BrowseQuestion[] = questions.map((question) => ({
    id: question.id,
    format: question.format,
    prompt: question.prompt,
    answer: question.answer,
    edited: deck.editedQuestionIds.has(question.id),
  }));
  return {
    factId: fact.id,
    articleId: deck.article.id,
    articleTitle: deck.article.title,
    kind: fact.kind,
    answer: fact.answer,
    sentence: fact.sentence,
    sentenceIndex: fact.sentenceIndex,
    state: factState(memory),
    deleted,
    edited: views.some((view) => view.edited),
    added: deck.userFactIds.has(fact.id),
    due: memory === undefined || memory.card.last_review === null ? null : memory.card.due,
    reviews: memory?.card.reps ?? 0,
    questions: views,
  };
}

/** The deck's facts Browse can show: those with a question, deleted ones included, in reading order. */
export function browsableFacts(deck: ArticleDeck): Fact[] {
  return [...deck.facts.values(), ...deck.deletedFacts.values()].sort((a, b) => a.answerSpan.start - b.answerSpan.start);
}

export interface BrowseFilter {
  readonly text: string;
  readonly kinds: readonly FactKind[];
  readonly states: readonly BrowseState[];
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'");
}

/**
 * Every word of the search appears in the fact (its answer, sentence, or a question); its kind is
 * one of `kinds` (any when none); and it is in one of `states` (any when none). A deleted fact
 * shows only when 'deleted' is asked for, so a plain search lists what is studied.
 */
export function matches(view: BrowseFact, filter: BrowseFilter, words: readonly string[]): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(view.kind)) return false;
  const wantsDeleted = filter.states.includes('deleted');
  if (view.deleted && !wantsDeleted) return false;
  if (filter.states.length > 0) {
    const states = filter.states;
    const fits = (view.deleted && wantsDeleted) || (!view.deleted && states.includes(view.state)) || (view.edited && states.includes('edited')) || (view.added && states.includes('added'));
    if (!fits) return false;
  }
  if (words.length === 0) return true;
  const haystack = fold([view.answer, view.sentence, ...view.questions.flatMap((q) => [q.prompt, q.answer])].join('\n'));
  return words.every((word) => haystack.includes(word));
}

export function searchWords(text: string): string[] {
  return fold(text).split(/\s+/).filter((word) => word !== '');
}

export function questionOf(deck: ArticleDeck, questionId: string): Question | undefined {
  if (deck.questions.has(questionId)) return deck.questions.get(questionId);
  for (const list of deck.deletedQuestionsOfFact.values()) {
    const found = list.find((question) => question.id === questionId);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function factOf(deck: ArticleDeck, factId: string): Fact | undefined {
  return deck.facts.get(factId) ?? deck.deletedFacts.get(factId);
}
