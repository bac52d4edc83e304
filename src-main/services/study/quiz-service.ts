/**
 * Quizzes over whole articles: one question per fact (of the formats the learner chose), in a
 * shuffled order, graded as they go. The first answer to each fact also counts as a review of it
 * (mode 'quiz'), so a quiz moves the scheduler once per fact; a later answer to a question is
 * graded but neither logged nor scored. Finishing stores the attempt.
 * A quiz in progress lives in memory only: leaving it half-way loses the score, never an answer.
 */
import type { GradeView, LearnerAnswer, QuizAttempt, QuizMode, QuizSession, ReviewRecord } from '../../contract';
import { gradeAnswer, ratingFor, type Grade } from '../../domain/grading';
import type { Fact } from '../../domain/facts/model';
import type { Question, QuestionFormat } from '../../domain/questions/model';
import { ServiceError } from '../../service-error';
import type { AppStore } from '../../store';
import type { ArticleDecks } from './article-decks';
import { answerText, gradeView } from './card-view';
import { appendDurably } from './durable-append';
import { seededShuffle } from './seeded-shuffle';

export interface QuizRequest {
  readonly articleIds: readonly string[];
  readonly length: 10 | 20 | 'all';
  readonly formats: readonly QuestionFormat[];
  readonly mode: QuizMode;
  readonly questionIds?: readonly string[];
}

export interface QuizService {
  start(request: QuizRequest): Promise<QuizSession>;
  answer(quizId: string, questionId: string, answer: LearnerAnswer, tookMs: number): Promise<{ grade: GradeView }>;
  finish(quizId: string): Promise<QuizAttempt>;
  attempts(): readonly QuizAttempt[];
}

interface QuizInProgress {
  readonly session: QuizSession;
  readonly startedAt: number;
  /** Each question's fact, for the tolerance its wording implies. */
  readonly facts: ReadonlyMap<string, Fact>;
  readonly graded: Map<string, { readonly grade: Grade; readonly tookMs: number }>;
  /** Facts already counted as reviewed by this quiz. */
  readonly reviewedFacts: Set<string>;
}

/** Unfinished quizzes kept at once; the oldest is dropped past this (a learner rarely has two). */
const MAX_OPEN_QUIZZES = 5;

export function createQuizService(deps: { store: AppStore; decks: ArticleDecks; now: () => number; newId: () => string }): QuizService {
  const { store, decks, now, newId } = deps;
  const open = new Map<string, QuizInProgress>();

  function quiz(quizId: string): QuizInProgress {
    const found = open.get(quizId);
    if (found === undefined) throw new ServiceError('not-found', 'That quiz is no longer open (Factdeck was restarted, or it was finished). Start a new one.');
    return found;
  }

  return {
    async start({ articleIds, length, formats, mode, questionIds }) {
      const quizId = newId();
      const candidates: Question[] = [];
      const facts = new Map<string, Fact>();
      for (const articleId of new Set(articleIds)) {
        const deck = await decks.deckOf(articleId);
        for (const [id, fact] of deck.facts) facts.set(id, fact);
        if (questionIds !== undefined) {
          for (const id of new Set(questionIds)) {
            const question = deck.questions.get(id);
            if (question !== undefined) candidates.push(question);
          }
          continue;
        }
        for (const { id } of deck.queueFacts) {
          const ofFact = (deck.questionsOfFact.get(id) ?? []).filter((q) => formats.includes(q.format));
          const pick = seededShuffle(ofFact, `${quizId}:${id}`)[0];
          if (pick !== undefined) candidates.push(pick);
        }
      }
      if (candidates.length === 0) {
        throw new ServiceError('not-found', 'There are no questions of those kinds in the chosen articles. Choose more kinds of question.');
      }
      const questions = questionIds !== undefined ? candidates : seededShuffle(candidates, quizId).slice(0, length === 'all' ? undefined : length);
      const session: QuizSession = { quizId, mode, articleIds: [...new Set(articleIds)], questions };
      open.set(quizId, { session, startedAt: now(), facts, graded: new Map(), reviewedFacts: new Set() });
      while (open.size > MAX_OPEN_QUIZZES) open.delete(open.keys().next().value as string);
      return session;
    },

    async answer(quizId, questionId, answer, tookMs) {
      const current = quiz(quizId);
      const question = current.session.questions.find((q) => q.id === questionId);
      if (question === undefined) throw new ServiceError('not-found', 'That question is not part of this quiz.');
      if (answer.kind === 'self') throw new ServiceError('invalid-payload', 'A quiz question needs an answer, not a rating.');
      const grade = gradeAnswer(question, answer, current.facts.get(question.factId));
      // The first answer is the one scored (and logged): the grade shows the expected answer, so a
      // second try would otherwise turn every mistake into a right answer.
      if (!current.graded.has(questionId)) current.graded.set(questionId, { grade, tookMs });
      if (!current.reviewedFacts.has(question.factId)) {
        const record: ReviewRecord = {
          v: 1, id: newId(), at: now(), factId: question.factId, questionId, format: question.format,
          rating: ratingFor(grade, { format: question.format, usedHint: false, tookMs }),
          correct: grade.verdict === 'correct', answer: answerText(answer).slice(0, 4000), tookMs, mode: 'quiz',
        };
        // Counted before the write: an answer the disk refused is kept by the store and written
        // later, so answering again after the error must not log the fact a second time.
        current.reviewedFacts.add(question.factId);
        await appendDurably(store, record);
      }
      return { grade: gradeView(grade, question) };
    },

    async finish(quizId) {
      const current = quiz(quizId);
      const attempt = scoreQuiz(current, newId(), now());
      await store.saveQuizAttempt(attempt).catch((error: unknown) => {
        if (error instanceof ServiceError) throw error;
        throw new ServiceError('storage-failed', 'Factdeck could not save this quiz to your history. Your answers are saved; check that your disk has free space.');
      });
      open.delete(quizId);
      return attempt;
    },

    attempts: () => [...store.listQuizAttempts()].reverse(),
  };
}

function scoreQuiz({ session, startedAt, graded }: QuizInProgress, id: string, finishedAt: number): QuizAttempt {
  const byFormat: Record<string, { total: number; correct: number }> = {};
  const mistakes: string[] = [];
  let correct = 0;
  let tookMs = 0;
  for (const question of session.questions) {
    const result = graded.get(question.id);
    const credit = result?.grade.credit ?? 0;
    const tally = (byFormat[question.format] ??= { total: 0, correct: 0 });
    tally.total++;
    tally.correct += credit;
    correct += credit;
    tookMs += result?.tookMs ?? 0;
    if (result?.grade.verdict !== 'correct') mistakes.push(question.id);
  }
  return { id, startedAt, finishedAt, articleIds: session.articleIds, mode: session.mode, total: session.questions.length, correct, tookMs, byFormat, mistakes };
}
