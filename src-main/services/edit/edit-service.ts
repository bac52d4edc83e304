/**
 * Browse and edit: searching every article's facts, editing a question (checked, then stored in
 * edits.json against its stable id), suspending, deleting, resetting a fact, and making a fact
 * from a selection in the Reader. Memory changes go to the review log like any answer; edits to
 * edits.json. Decks pick both up at once (see article-decks).
 */
import type { AddedFact, BrowseFact, BrowseResult, BrowseState, QuestionEditor, SaveEditOutcome } from '../../contract';
import { draftOf, newUserFact, validateQuestionEdit, type QuestionEdit, type UserFactRequest } from '../../domain/edits';
import type { FactKind } from '../../domain/facts/model';
import type { Question } from '../../domain/questions/model';
import { readMemory, type FactMemory } from '../../domain/scheduling';
import { ServiceError } from '../../service-error';
import type { AppStore } from '../../store';
import type { ArticleSummary } from '../../contract';
import type { ArticleDeck, ArticleDecks } from '../study/article-decks';
import { appendDurably } from '../study/durable-append';
import { BROWSE_LIMIT } from '../../contract-edit';
import { browsableFacts, browseFact, factOf, matches, questionOf, searchWords } from './browse-view';

export interface EditServiceDeps {
  readonly store: AppStore;
  readonly decks: ArticleDecks;
  readonly articles: () => Promise<readonly ArticleSummary[]>;
  readonly now: () => number;
  readonly newId: () => string;
}

export interface BrowseRequest {
  readonly text: string;
  readonly kinds: readonly FactKind[];
  readonly states: readonly BrowseState[];
  readonly articleId: string | null;
}

export interface SaveRequest {
  readonly articleId: string;
  readonly questionId: string;
  readonly prompt: string;
  readonly answer: string;
  readonly accepted: readonly string[];
  readonly choices: readonly string[] | null;
}

const GONE = 'That fact is no longer in this article.';
const SAVE_FAILED = 'Factdeck could not save your edit. Check that your disk has free space, then try again.';

export function createEditService({ store, decks, articles, now, newId }: EditServiceDeps) {
  const memoryOf = (factId: string): FactMemory | undefined => readMemory(store.getMemory(factId));

  async function factIn(articleId: string, factId: string) {
    const deck = await decks.deckOf(articleId);
    const fact = factOf(deck, factId);
    if (fact === undefined) throw new ServiceError('not-found', GONE);
    return { deck, fact };
  }

  async function viewOf(articleId: string, factId: string): Promise<BrowseFact> {
    const { deck, fact } = await factIn(articleId, factId);
    return browseFact(deck, fact, memoryOf(factId));
  }

  async function editorOf(articleId: string, questionId: string): Promise<QuestionEditor> {
    const deck = await decks.deckOf(articleId);
    const question = questionOf(deck, questionId);
    const fact = question === undefined ? undefined : factOf(deck, question.factId);
    if (question === undefined || fact === undefined) throw new ServiceError('not-found', 'That question is no longer in this article.');
    return {
      fact: browseFact(deck, fact, memoryOf(fact.id)),
      question,
      generated: deck.generatedQuestions.get(questionId) ?? question,
      edited: deck.editedQuestionIds.has(questionId),
      editable: { answer: question.format !== 'numeric' && question.format !== 'matching', choices: question.format === 'multiple-choice' },
    };
  }

  async function saveEdits(change: Parameters<AppStore['updateEdits']>[0]): Promise<void> {
    try {
      await store.updateEdits(change);
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      throw new ServiceError('storage-failed', SAVE_FAILED);
    }
  }

  /** The edit as stored: only the fields that differ from the generator's question. */
  function editOf(generated: Question, request: SaveRequest, factId: string): QuestionEdit | null {
    const prompt = request.prompt.trim();
    const answer = request.answer.trim();
    const accepted = request.accepted.map((item) => item.trim());
    const choices = request.choices?.map((item) => item.trim()) ?? null;
    const base = draftOf(generated);
    const edit: QuestionEdit = {
      articleId: request.articleId,
      factId,
      editedAt: now(),
      ...(prompt === base.prompt ? {} : { prompt }),
      ...(answer === base.answer ? {} : { answer }),
      ...(sameList(accepted, base.accepted) ? {} : { accepted }),
      ...(choices === null || sameList(choices, base.choices ?? []) ? {} : { choices }),
    };
    return Object.keys(edit).length === 3 ? null : edit;
  }

  return {
    async browse({ text, kinds, states, articleId }: BrowseRequest): Promise<BrowseResult> {
      const words = searchWords(text);
      const ids = articleId === null ? (await articles()).map((article) => article.id) : [articleId];
      const found: BrowseFact[] = [];
      let total = 0;
      const orphaned = [];
      for (const id of ids) {
        const deck = await decks.deckOf(id);
        orphaned.push(...deck.orphaned);
        for (const fact of browsableFacts(deck)) {
          const view = browseFact(deck, fact, memoryOf(fact.id));
          if (!matches(view, { text, kinds, states }, words)) continue;
          total++;
          if (found.length < BROWSE_LIMIT) found.push(view);
        }
      }
      return { facts: found, total, orphaned };
    },

    editor: editorOf,

    async save(request: SaveRequest): Promise<SaveEditOutcome> {
      const deck = await decks.deckOf(request.articleId);
      const current = questionOf(deck, request.questionId);
      const generated = deck.generatedQuestions.get(request.questionId) ?? current;
      if (current === undefined || generated === undefined) throw new ServiceError('not-found', 'That question is no longer in this article.');
      const draft = { prompt: request.prompt, answer: request.answer, accepted: request.accepted, ...(request.choices === null ? {} : { choices: request.choices }) };
      const issues = validateQuestionEdit(generated, draft);
      if (issues.length > 0) return { saved: false, issues };
      const edit = editOf(generated, request, current.factId);
      await saveEdits((edits) => {
        const questions = { ...edits.questions };
        if (edit === null) delete questions[request.questionId];
        else questions[request.questionId] = edit;
        return { ...edits, questions };
      });
      return { saved: true, editor: await editorOf(request.articleId, request.questionId) };
    },

    async revert(articleId: string, questionId: string): Promise<QuestionEditor> {
      await editorOf(articleId, questionId);
      await saveEdits((edits) => {
        const questions = { ...edits.questions };
        delete questions[questionId];
        return { ...edits, questions };
      });
      return editorOf(articleId, questionId);
    },

    async setSuspended(articleId: string, factId: string, suspended: boolean): Promise<BrowseFact> {
      await factIn(articleId, factId);
      if ((memoryOf(factId)?.suspended === true) !== suspended) {
        await appendDurably(store, { v: 1, kind: suspended ? 'suspend' : 'unsuspend', id: newId(), at: now(), factId });
      }
      return viewOf(articleId, factId);
    },

    async setDeleted(articleId: string, factId: string, deleted: boolean): Promise<BrowseFact> {
      await factIn(articleId, factId);
      await saveEdits((edits) => {
        const facts = { ...edits.facts };
        if (deleted) facts[factId] = { articleId, deleted: true, editedAt: now() };
        else delete facts[factId];
        return { ...edits, facts };
      });
      return viewOf(articleId, factId);
    },

    async reset(articleId: string, factId: string): Promise<BrowseFact> {
      await factIn(articleId, factId);
      if (memoryOf(factId) !== undefined) await appendDurably(store, { v: 1, kind: 'reset', id: newId(), at: now(), factId });
      return viewOf(articleId, factId);
    },

    async addFact(request: UserFactRequest): Promise<AddedFact> {
      const deck: ArticleDeck = await decks.deckOf(request.articleId);
      const made = newUserFact(deck.article, request, now());
      if ('error' in made) throw new ServiceError('invalid-payload', made.error);
      if (factOf(deck, made.id) !== undefined || Object.hasOwn(store.getEdits().added, made.id)) {
        throw new ServiceError('invalid-payload', 'There is already a card for those words in this sentence.');
      }
      await saveEdits((edits) => ({ ...edits, added: { ...edits.added, [made.id]: made } }));
      const after = await decks.deckOf(request.articleId);
      const questions = after.questionsOfFact.get(made.id) ?? [];
      const fact = after.facts.get(made.id);
      const cloze = questions[0];
      if (fact === undefined || cloze === undefined) throw new ServiceError('not-found', 'That sentence is no longer in this article.');
      return { fact: browseFact(after, fact, memoryOf(made.id)), questionId: cloze.id };
    },
  };
}

export type EditService = ReturnType<typeof createEditService>;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
