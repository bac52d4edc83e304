import type { ArticleSummary, GradeView, LearnerAnswer, Question, QuestionFormat, QuizAttempt, QuizMode, QuizSession } from '../../../src-main/contract';
import { api } from '../api';
import { notices } from './notices.svelte';

export type QuizLength = 10 | 20 | 'all';

/** What the learner chose on the setup: the quiz `start` asks for. */
export interface QuizChoices {
  readonly articleIds: readonly string[];
  readonly length: QuizLength;
  readonly formats: readonly QuestionFormat[];
  readonly mode: QuizMode;
}

export type QuizPhase = 'setup' | 'taking' | 'results';

/** One question as answered in this quiz: `answer` null when skipped. */
export interface AnsweredQuestion {
  readonly question: Question;
  readonly answer: LearnerAnswer | null;
  readonly grade: GradeView;
}

/** The longest a single answer may take, as the contract accepts it. */
const MAX_TOOK_MS = 86_400_000;

/** The Quiz screen: the setup choices, the quiz being taken, its result, and the history. */
class Quiz {
  phase = $state<QuizPhase>('setup');
  articles = $state.raw<readonly ArticleSummary[] | null>(null);
  attempts = $state.raw<readonly QuizAttempt[] | null>(null);
  /** Null until the setup fills in its defaults. */
  choices = $state.raw<QuizChoices | null>(null);
  session = $state.raw<QuizSession | null>(null);
  /** The question showing, as an index into the session's questions. */
  index = $state(0);
  answered = $state.raw<readonly AnsweredQuestion[]>([]);
  attempt = $state.raw<QuizAttempt | null>(null);
  /** A request is on its way: answers and buttons wait for it. */
  busy = $state(false);
  /** When the quiz started (epoch ms), for the timer. */
  startedAt = $state(0);
  #shownAt = 0;

  get question(): Question | null {
    return this.session?.questions[this.index] ?? null;
  }

  /** The current question's answer, once given (practice shows its feedback). */
  get current(): AnsweredQuestion | null {
    const question = this.question;
    return question === null ? null : (this.answered.find((entry) => entry.question.id === question.id) ?? null);
  }

  /** Loads the articles and the history; `initial` gives the choices the first time. */
  async load(initial: (articles: readonly ArticleSummary[]) => QuizChoices): Promise<void> {
    try {
      const [articles, attempts] = await Promise.all([api.listArticles(), api.listQuizAttempts()]);
      this.articles = articles;
      this.attempts = attempts;
      const kept = this.choices?.articleIds.filter((id) => articles.some((article) => article.id === id)) ?? [];
      this.choices = this.choices !== null && kept.length > 0 ? { ...this.choices, articleIds: kept } : initial(articles);
    } catch (error) {
      notices.show(error);
    }
  }

  async start(questionIds?: readonly string[]): Promise<void> {
    if (this.busy || this.choices === null) return;
    this.busy = true;
    notices.dismiss();
    try {
      const { articleIds, length, formats, mode } = this.choices;
      const session = await api.startQuiz({ articleIds: [...articleIds], length, formats: [...formats], mode, ...(questionIds ? { questionIds: [...questionIds] } : {}) });
      this.session = session;
      this.index = 0;
      this.answered = [];
      this.attempt = null;
      this.startedAt = Date.now();
      this.#shownAt = this.startedAt;
      this.phase = 'taking';
    } catch (error) {
      notices.show(error);
    } finally {
      this.busy = false;
    }
  }

  /** Grades the answer (null: skipped, counted wrong); exam mode moves straight on. */
  async answer(answer: LearnerAnswer | null): Promise<void> {
    const session = this.session;
    const question = this.question;
    if (this.busy || session === null || question === null || this.current !== null) return;
    this.busy = true;
    notices.dismiss();
    const tookMs = Math.min(MAX_TOOK_MS, Math.max(0, Math.round(Date.now() - this.#shownAt)));
    try {
      // A skip is an empty answer: graded wrong, and the fact counts as not recalled.
      const sent = answer ?? { kind: 'text', text: '' };
      const payload = sent.kind === 'pairs' ? { kind: 'pairs' as const, pairs: sent.pairs.map((pair) => ({ ...pair })) } : sent;
      const { grade } = await api.answerQuizQuestion({ quizId: session.quizId, questionId: question.id, answer: payload, tookMs });
      if (this.session !== session) return;
      this.answered = [...this.answered, { question, answer, grade }];
    } catch (error) {
      notices.show(error);
      return;
    } finally {
      this.busy = false;
    }
    if (session.mode === 'exam') await this.next();
  }

  /** The next question, or the results after the last one. */
  async next(): Promise<void> {
    const session = this.session;
    if (session === null || this.busy || this.current === null) return;
    if (this.index + 1 < session.questions.length) {
      this.index++;
      this.#shownAt = Date.now();
      return;
    }
    this.busy = true;
    try {
      const attempt = await api.finishQuiz({ quizId: session.quizId });
      this.attempt = attempt;
      this.attempts = [attempt, ...(this.attempts ?? []).filter((a) => a.id !== attempt.id)];
      this.phase = 'results';
    } catch (error) {
      notices.show(error);
    } finally {
      this.busy = false;
    }
  }

  /** A quiz of exactly the last attempt's mistakes, over the same articles and in the same mode. */
  async retryMistakes(): Promise<void> {
    const attempt = this.attempt;
    if (attempt === null || attempt.mistakes.length === 0) return;
    if (this.choices !== null) this.choices = { ...this.choices, articleIds: attempt.articleIds, mode: attempt.mode };
    await this.start(attempt.mistakes);
  }

  /** Back to the setup, with the same choices. */
  newQuiz(): void {
    this.session = null;
    this.attempt = null;
    this.answered = [];
    this.phase = 'setup';
  }
}

export const quiz = new Quiz();
