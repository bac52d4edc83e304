/**
 * Studying one article (or one section): the queue, the next card, answers written to the review
 * log before they are acknowledged, multi-step undo, overruling a grade and suspending a fact.
 * The memory itself lives in the store, folded from the log by the scheduler's reducer, so what
 * the learner sees after a restart is exactly what they saw before it.
 */
import type { AnswerOutcome, LearnerAnswer, ReviewRecord, StudyCard, StudyScope, StudySession } from '../../contract';
import { gradeAnswer, overruleGrade, ratingFor, type Grade } from '../../domain/grading';
import type { Question } from '../../domain/questions/model';
import {
  buildQueue,
  chooseFormat,
  createUndoStack,
  formatInterval,
  latestReviewId,
  pushUndo,
  readMemory,
  undo,
  type FactMemory,
  type PinnedMode,
  type QueueFact,
  type SchedulerSettings,
} from '../../domain/scheduling';
import { ServiceError } from '../../service-error';
import type { AppStore } from '../../store';
import type { ArticleDeck, ArticleDecks } from './article-decks';
import { answerText, cardView, gradeView } from './card-view';
import { appendDurably } from './durable-append';
import { startOfStudyDay } from './study-day';

/** Anki's learn-ahead limit: a learning step due within 20 minutes is shown now rather than ending the session. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export interface StudyServiceDeps {
  readonly store: AppStore;
  readonly decks: ArticleDecks;
  readonly now: () => number;
  readonly settings: () => SchedulerSettings;
  readonly newId: () => string;
}

export interface AnswerRequest {
  readonly scope: StudyScope;
  readonly factId: string;
  readonly questionId: string;
  readonly answer: LearnerAnswer;
  readonly tookMs: number;
  readonly usedHint: boolean;
}

export interface StudyService {
  session(scope: StudyScope): Promise<StudySession>;
  answer(request: AnswerRequest): Promise<AnswerOutcome>;
  undo(scope: StudyScope): Promise<StudySession>;
  overrule(scope: StudyScope, reviewId: string): Promise<AnswerOutcome>;
  suspend(scope: StudyScope, factId: string): Promise<StudySession>;
}

interface Answered {
  readonly record: ReviewRecord;
  readonly grade: Grade | null;
  readonly usedHint: boolean;
}

export function createStudyService({ store, decks, now, settings, newId }: StudyServiceDeps): StudyService {
  let undoStack = createUndoStack();
  /** The answers undo can still reach, for overruling and for bringing their card back. */
  const answered = new Map<string, Answered>();
  /** After an undo, the card taken back is shown again first. */
  let comeBack: { readonly factId: string; readonly questionId: string } | null = null;

  const memoryOf = (factId: string): FactMemory | undefined => readMemory(store.getMemory(factId));
  /** Only a fact's latest answer can be annulled: the reducer ignores an undo of any other. */
  const isLatestAnswer = (factId: string, reviewId: string): boolean => latestReviewId(memoryOf(factId)) === reviewId;

  async function deckIn(scope: StudyScope): Promise<ArticleDeck> {
    const deck = await decks.deckOf(scope.articleId);
    if (scope.sectionIndex !== undefined && scope.sectionIndex >= deck.article.sections.length) {
      throw new ServiceError('not-found', `This article has ${deck.article.sections.length} sections; there is no section ${scope.sectionIndex + 1} to study.`);
    }
    return deck;
  }

  function cardFor(deck: ArticleDeck, factId: string, scope: StudyScope, at: number, questionId?: string): StudyCard | null {
    const fact = deck.facts.get(factId);
    const questions = deck.questionsOfFact.get(factId) ?? [];
    if (fact === undefined || questions.length === 0) return null;
    const memory = memoryOf(factId);
    const mode = scope.mode ?? settings().pinnedMode;
    let question: Question | undefined = questionId === undefined ? undefined : questions.find((q) => q.id === questionId);
    // A card brought back by undo is asked as before, unless this session's mode does not allow it.
    if (question !== undefined && chooseFormat(undefined, [question.format], mode, at) === null) question = undefined;
    if (question === undefined) {
      const format = chooseFormat(memory, [...new Set(questions.map((q) => q.format))], mode, at);
      if (format === null) return null;
      const ofFormat = questions.filter((q) => q.format === format);
      // Rotate through a fact's questions of one format as it is reviewed, so the prompt varies.
      question = ofFormat[(memory?.card.reps ?? 0) % ofFormat.length];
    }
    return question === undefined ? null : cardView(deck.article, fact, question, memory, at, settings());
  }

  async function session(scope: StudyScope): Promise<StudySession> {
    const deck = await deckIn(scope);
    const at = now();
    const facts = askableIn(deck, scope.mode ?? settings().pinnedMode);
    const input = { facts, memories: memoryOf, settings: settings(), doneToday: doneToday(deck.queueFacts, memoryOf, startOfStudyDay(at)), scope };
    let queue = buildQueue({ ...input, now: at });
    if (queue.items.length === 0) queue = buildQueue({ ...input, now: at + LEARN_AHEAD_MS });
    let card: StudyCard | null = null;
    if (comeBack !== null && inScope(deck, comeBack.factId, scope) && memoryOf(comeBack.factId)?.suspended !== true) {
      card = cardFor(deck, comeBack.factId, scope, at, comeBack.questionId);
    }
    for (const item of queue.items) {
      if (card !== null) break;
      card = cardFor(deck, item.factId, scope, at);
    }
    return { scope, counts: queue.counts, card, undoDepth: undoStack.steps.length };
  }

  async function outcome(scope: StudyScope, record: ReviewRecord, grade: Grade | null, question: Question): Promise<AnswerOutcome> {
    const memory = memoryOf(record.factId);
    return {
      reviewId: record.id,
      grade: grade === null ? null : gradeView(grade, question),
      rating: record.rating,
      nextDue: memory === undefined ? '' : formatInterval(memory.card.due - record.at),
      session: await session(scope),
    };
  }

  function remember(record: ReviewRecord, grade: Grade | null, usedHint: boolean): void {
    answered.set(record.id, { record, grade, usedHint });
    const reachable = new Set(undoStack.steps.map((step) => step.reviewId));
    for (const id of answered.keys()) if (!reachable.has(id)) answered.delete(id);
  }

  return {
    session,

    async answer({ scope, factId, questionId, answer, tookMs, usedHint }) {
      const deck = await deckIn(scope);
      const fact = deck.facts.get(factId);
      const question = deck.questions.get(questionId);
      if (fact === undefined || question === undefined || question.factId !== factId) {
        throw new ServiceError('not-found', 'That card is no longer in this article (it may have been edited). The next card is ready.');
      }
      let grade: Grade | null = null;
      let rating = answer.kind === 'self' ? answer.rating : 1;
      if (answer.kind !== 'self') {
        grade = gradeAnswer(question, answer, fact);
        rating = ratingFor(grade, { format: question.format, usedHint, tookMs });
      }
      const record: ReviewRecord = {
        v: 1, id: newId(), at: now(), factId, questionId, format: question.format, rating,
        correct: grade === null ? rating > 1 : grade.verdict === 'correct',
        answer: answerText(answer).slice(0, 4000), tookMs, mode: 'study',
      };
      const previous = memoryOf(factId);
      await appendDurably(store, record);
      undoStack = pushUndo(undoStack, { factId, reviewId: record.id, previous, at: record.at });
      remember(record, grade, usedHint);
      comeBack = null;
      return outcome(scope, record, grade, question);
    },

    async undo(scope) {
      const popped = undo(undoStack);
      if (popped === null) return session(scope);
      const { step } = popped;
      if (!isLatestAnswer(step.factId, step.reviewId)) {
        // The log would ignore this undo: the fact was answered since (in a quiz) or a backup was
        // restored. The answer is dropped from the stack; the next undo reaches the one before.
        undoStack = popped.stack;
        answered.delete(step.reviewId);
        if (comeBack?.factId === step.factId) comeBack = null;
        throw new ServiceError('not-found', 'That answer can no longer be undone: you answered it since (in a quiz), or restored a backup. Undo again to take back the answer before it.');
      }
      await appendDurably(store, { v: 1, kind: 'undo', id: newId(), at: now(), factId: step.factId, undoes: step.reviewId });
      undoStack = popped.stack;
      const questionId = answered.get(step.reviewId)?.record.questionId;
      answered.delete(step.reviewId);
      comeBack = questionId === undefined ? null : { factId: step.factId, questionId };
      return session(scope);
    },

    async overrule(scope, reviewId) {
      const top = undoStack.steps.at(-1);
      const entry = answered.get(reviewId);
      if (top === undefined || top.reviewId !== reviewId || entry === undefined || !isLatestAnswer(top.factId, reviewId)) {
        throw new ServiceError('invalid-payload', 'Only your latest answer can be overruled.');
      }
      if (entry.grade === null) {
        throw new ServiceError('invalid-payload', 'A flashcard you rated yourself cannot be overruled: undo it and rate it again.');
      }
      if (entry.grade.verdict === 'correct') {
        throw new ServiceError('invalid-payload', 'That answer already counts as right.');
      }
      const deck = await deckIn(scope);
      const question = deck.questions.get(entry.record.questionId);
      if (question === undefined) throw new ServiceError('not-found', 'That card is no longer in this article.');
      const grade = overruleGrade(entry.grade);
      const at = now();
      // The log is append-only: the wrong answer is annulled by an undo, then written again as right.
      await appendDurably(store, { v: 1, kind: 'undo', id: newId(), at, factId: top.factId, undoes: reviewId });
      const record: ReviewRecord = {
        ...entry.record, id: newId(), at, correct: true,
        rating: ratingFor(grade, { format: question.format, usedHint: entry.usedHint, tookMs: entry.record.tookMs }),
      };
      await appendDurably(store, record);
      undoStack = pushUndo(undo(undoStack)?.stack ?? undoStack, { factId: top.factId, reviewId: record.id, previous: top.previous, at: record.at });
      answered.delete(reviewId);
      remember(record, grade, entry.usedHint);
      return outcome(scope, record, grade, question);
    },

    async suspend(scope, factId) {
      const deck = await deckIn(scope);
      if (!deck.facts.has(factId)) throw new ServiceError('not-found', 'That card is no longer in this article.');
      await appendDurably(store, { v: 1, kind: 'suspend', id: newId(), at: now(), factId });
      if (comeBack?.factId === factId) comeBack = null;
      return session(scope);
    },
  };
}

const askableByMode = new WeakMap<ArticleDeck, Map<PinnedMode, readonly QueueFact[]>>();

/**
 * The deck's facts that have a question the mode allows. Queued without one, a fact would be
 * counted and hold a place in the daily new limit, yet never be shown.
 */
function askableIn(deck: ArticleDeck, mode: PinnedMode): readonly QueueFact[] {
  let byMode = askableByMode.get(deck);
  if (byMode === undefined) askableByMode.set(deck, (byMode = new Map()));
  let facts = byMode.get(mode);
  if (facts === undefined) {
    facts = deck.queueFacts.filter(({ id }) => {
      const formats = [...new Set((deck.questionsOfFact.get(id) ?? []).map((q) => q.format))];
      // Whether a format is allowed does not depend on the memory, only which one is asked.
      return chooseFormat(undefined, formats, mode, 0) !== null;
    });
    byMode.set(mode, facts);
  }
  return facts;
}

/** The fact is in the deck and, for a section's session, in that section. */
function inScope(deck: ArticleDeck, factId: string, scope: StudyScope): boolean {
  if (!deck.facts.has(factId)) return false;
  return scope.sectionIndex === undefined || deck.queueFacts.some((fact) => fact.id === factId && fact.sectionIndex === scope.sectionIndex);
}

/** What was already studied today in these facts, counted against the daily limits. */
function doneToday(facts: readonly QueueFact[], memoryOf: (id: string) => FactMemory | undefined, dayStart: number) {
  let newCount = 0;
  let reviewCount = 0;
  for (const { id } of facts) {
    const memory = memoryOf(id);
    const last = memory?.card.last_review;
    if (memory === undefined || last === null || last === undefined || last < dayStart) continue;
    if (memory.history.some((step) => step.createdMemory && step.review >= dayStart)) newCount++;
    else reviewCount++;
  }
  return { newCount, reviewCount };
}
