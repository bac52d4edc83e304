/**
 * Study and quiz through the real dispatcher, the real store in a temp dir (opened as the app
 * opens it, with the scheduler's reducer) and the real seed content; a clock the test moves and
 * ids it counts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { AnswerOutcome, ApiError, ApiMethod, ApiResults, LearnerAnswer, LogRecord, Payload, Question, StudyCard, StudyScope } from '../../src-main/contract';
import { createDispatcher } from '../../src-main/ipc-dispatch';
import { createApiHandlers, createContentLibrary, openAppStore } from '../../src-main/services';
import { createArticleDecks, type ArticleDeck } from '../../src-main/services/study/article-decks';
import { startOfStudyDay } from '../../src-main/services/study/study-day';
import type { AppStore, StoreIo } from '../../src-main/store';
import { SEED_ID, realContentDir } from './content-fixtures';

export { SEED_ID, realContentDir, useTempDirs } from './content-fixtures';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/**
 * 2026-03-02T09:00:00Z when the machine runs on UTC; elsewhere the same five hours into the
 * study day (which starts at 4 a.m. local time), so "today" never ends inside a test.
 */
export const T0 = startOfStudyDay(Date.parse('2026-03-02T09:00:00Z')) + 5 * HOUR;
export const SEED_SCOPE: StudyScope = { articleId: SEED_ID };

const silent = (): void => {};

export interface StudyApp {
  readonly dataDir: string;
  store: AppStore;
  /** Calls a method that must succeed and gives its value. */
  call<M extends ApiMethod>(method: M, payload: Payload<M>): Promise<ApiResults[M]>;
  /** Calls a method that must fail and gives the error. */
  fail(method: ApiMethod, payload: unknown): Promise<ApiError>;
  now(): number;
  advance(ms: number): void;
  setClock(at: number): void;
  /** Closes the store and opens the folder again, as a restart of the app does. */
  restart(): Promise<void>;
  close(): Promise<void>;
  /** Errors the dispatcher did not expect (turned into 'internal'). */
  readonly unexpected: unknown[];
}

export async function openStudyApp(dataDir: string, { contentDir = realContentDir, io }: { contentDir?: string; io?: StoreIo } = {}): Promise<StudyApp> {
  let clock = T0;
  let counter = 0;
  const now = (): number => clock;
  const newId = (): string => `id-${++counter}`;
  const unexpected: unknown[] = [];
  const open = async () => {
    const store = await openAppStore(dataDir, { now, log: silent, ...(io === undefined ? {} : { io, retryMs: 3_600_000 }) });
    const dispatch = createDispatcher(createApiHandlers({ contentDir, store, now, log: silent, newId }), (error) => unexpected.push(error));
    return { store, dispatch };
  };
  let current = await open();
  const app: StudyApp = {
    dataDir,
    store: current.store,
    unexpected,
    async call(method, payload) {
      const result = await current.dispatch(method, payload);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as ApiResults[typeof method];
    },
    async fail(method, payload) {
      const result = await current.dispatch(method, payload);
      if (result.ok) throw new Error(`${method} succeeded but should have failed`);
      return result.error;
    },
    now,
    advance: (ms) => void (clock += ms),
    setClock: (at) => void (clock = at),
    async restart() {
      await current.store.close();
      current = await open();
      app.store = current.store;
    },
    close: () => current.store.close(),
  };
  return app;
}

let seedDeck: Promise<ArticleDeck> | undefined;
/** The seed article's deck as the services build it, to pick questions and check cards against. */
export function loadSeedDeck(): Promise<ArticleDeck> {
  seedDeck ??= createArticleDecks(createContentLibrary(realContentDir, { log: silent })).deckOf(SEED_ID);
  return seedDeck;
}

/** Every line of the review log, oldest first. */
export async function readLog(dataDir: string): Promise<LogRecord[]> {
  const dir = path.join(dataDir, 'reviews');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.jsonl')).sort();
  const lines: LogRecord[] = [];
  for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    for (const line of text.split('\n')) if (line !== '') lines.push(JSON.parse(line) as LogRecord);
  }
  return lines;
}

/** An answer the grader accepts for this question. */
export function rightAnswer(question: Question): LearnerAnswer {
  switch (question.format) {
    case 'multiple-choice':
      return { kind: 'choice', choice: question.answer };
    case 'true-false':
      return { kind: 'truth', value: question.truth };
    case 'matching':
      return { kind: 'pairs', pairs: question.pairs.map(({ left, right }) => ({ left, right })) };
    default:
      return { kind: 'text', text: question.answer };
  }
}

/** An answer the grader refuses for this question. */
export function wrongAnswer(question: Question): LearnerAnswer {
  switch (question.format) {
    case 'multiple-choice': {
      const other = question.choices.find((choice) => choice !== question.answer);
      expect(other).toBeDefined();
      return { kind: 'choice', choice: other ?? '' };
    }
    case 'true-false':
      return { kind: 'truth', value: !question.truth };
    case 'matching':
      return { kind: 'pairs', pairs: [] };
    default:
      return { kind: 'text', text: 'qwxz' };
  }
}

/** A memory as plain data with its review ids left out, to compare memories built under other ids. */
export function withoutIds(memory: unknown): unknown {
  return JSON.parse(JSON.stringify(memory ?? null, (key, value: unknown) => (key === 'reviewId' ? undefined : value)));
}

export interface Answered {
  readonly card: StudyCard;
  readonly outcome: AnswerOutcome;
}

export function answerCard(app: StudyApp, card: StudyCard, given: LearnerAnswer, scope: StudyScope = SEED_SCOPE, tookMs = 5_000): Promise<AnswerOutcome> {
  return app.call('answerCard', { scope, factId: card.factId, questionId: card.question.id, answer: given, tookMs, usedHint: false });
}

/**
 * Answers the cards the session shows, ten seconds apart, until it shows none or `count` were
 * answered; `choose` says how (right by default).
 */
export async function answerShown(
  app: StudyApp,
  count: number,
  scope: StudyScope = SEED_SCOPE,
  choose: (card: StudyCard, index: number) => LearnerAnswer = (card) => rightAnswer(card.question),
): Promise<Answered[]> {
  const answered: Answered[] = [];
  let card = (await app.call('getStudySession', { scope })).card;
  while (card !== null && answered.length < count) {
    const outcome = await answerCard(app, card, choose(card, answered.length), scope);
    answered.push({ card, outcome });
    card = outcome.session.card;
    app.advance(10_000);
  }
  return answered;
}

export async function firstCard(app: StudyApp, scope: StudyScope = SEED_SCOPE): Promise<StudyCard> {
  const card = (await app.call('getStudySession', { scope })).card;
  if (card === null) throw new Error('the session shows no card');
  return card;
}
