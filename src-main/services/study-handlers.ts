/** The study and quiz methods of the contract, over the study and quiz services. */
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../ipc-dispatch';
import type { AppStore } from '../store';
import type { SchedulerSettings } from '../domain/scheduling';
import type { ArticleDecks } from './study/article-decks';
import { createQuizService } from './study/quiz-service';
import { createStudyService } from './study/study-service';

type StudyMethods = 'getStudySession' | 'answerCard' | 'undoAnswer' | 'overruleGrade' | 'suspendFact' | 'startQuiz' | 'answerQuizQuestion' | 'finishQuiz' | 'listQuizAttempts';

export interface StudyHandlerDeps {
  readonly store: AppStore;
  readonly decks: ArticleDecks;
  readonly now: () => number;
  readonly settings: () => SchedulerSettings;
  /** Ids for answers and quizzes; random by default, counted in tests. */
  readonly newId?: () => string;
}

export function createStudyHandlers({ store, decks, now, settings, newId = randomUUID }: StudyHandlerDeps): Pick<ApiHandlers, StudyMethods> {
  const study = createStudyService({ store, decks, now, settings, newId });
  const quiz = createQuizService({ store, decks, now, newId });
  return {
    getStudySession: ({ scope }) => study.session(scope),
    answerCard: (request) => study.answer(request),
    undoAnswer: ({ scope }) => study.undo(scope),
    overruleGrade: ({ scope, reviewId }) => study.overrule(scope, reviewId),
    suspendFact: ({ scope, factId }) => study.suspend(scope, factId),
    startQuiz: (request) => quiz.start(request),
    answerQuizQuestion: ({ quizId, questionId, answer, tookMs }) => quiz.answer(quizId, questionId, answer, tookMs),
    finishQuiz: ({ quizId }) => quiz.finish(quizId),
    listQuizAttempts: () => quiz.attempts(),
  };
}
