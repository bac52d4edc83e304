import { afterEach, describe, expect, it } from 'vitest';
import type { LearnerAnswer } from '../../src-main/contract';
import {
  DAY, MINUTE, SEED_ID, SEED_SCOPE, answerCard, answerShown, firstCard, loadSeedDeck, openStudyApp, readLog, rightAnswer, useTempDirs, wrongAnswer, type StudyApp,
} from './study-fixtures';

const tempDir = useTempDirs();
let app: StudyApp;
afterEach(async () => {
  expect(app.unexpected).toEqual([]);
  await app.close();
});

async function start(): Promise<StudyApp> {
  app = await openStudyApp(await tempDir());
  return app;
}

describe('a study session over the seed article', () => {
  it('starts with today’s counts and a card of the article with its interval labels', async () => {
    await start();
    const deck = await loadSeedDeck();
    const session = await app.call('getStudySession', { scope: SEED_SCOPE });
    expect(session.counts).toEqual({ learning: 0, review: 0, new: 20 });
    expect(session.undoDepth).toBe(0);
    const card = session.card;
    expect(card).not.toBeNull();
    if (card === null) return;
    expect(deck.questions.get(card.question.id)).toEqual(card.question);
    expect(card).toMatchObject({ articleId: SEED_ID, articleTitle: deck.article.title, factId: card.question.factId, stage: 'new' });
    expect(card.sentence).toBe(deck.facts.get(card.factId)?.sentence);
    expect(card.intervals).toEqual({ again: '1m', hard: expect.stringMatching(/^\d+m$/), good: '10m', easy: expect.stringMatching(/^\d+d$/) });
  });

  it('grades choice, truth, typed and self-rated answers, logging exactly one line each', async () => {
    await start();
    const deck = await loadSeedDeck();
    const questions = [...deck.questions.values()];
    const pick = (format: string) => questions.find((q) => q.format === format && deck.facts.has(q.factId));
    const cases: { format: string; given: (q: NonNullable<ReturnType<typeof pick>>) => LearnerAnswer; verdict: string | null; rating: number }[] = [
      { format: 'multiple-choice', given: rightAnswer, verdict: 'correct', rating: 3 },
      { format: 'true-false', given: wrongAnswer, verdict: 'wrong', rating: 1 },
      { format: 'question-answer', given: rightAnswer, verdict: 'correct', rating: 4 },
      { format: 'cloze', given: () => ({ kind: 'self', rating: 2 }), verdict: null, rating: 2 },
    ];
    for (const { format, given, verdict, rating } of cases) {
      const question = pick(format);
      expect(question, format).toBeDefined();
      if (question === undefined) continue;
      const before = (await readLog(app.dataDir)).length;
      const outcome = await app.call('answerCard', {
        scope: SEED_SCOPE, factId: question.factId, questionId: question.id, answer: given(question), tookMs: 5_000, usedHint: false,
      });
      expect(outcome.grade?.verdict ?? null).toBe(verdict);
      expect(outcome.rating).toBe(rating);
      expect(outcome.nextDue).toMatch(/^(<1m|\d+[mhd])$/);
      const log = await readLog(app.dataDir);
      expect(log).toHaveLength(before + 1);
      expect(log.at(-1)).toMatchObject({
        id: outcome.reviewId, at: app.now(), factId: question.factId, questionId: question.id, format, rating, correct: rating > 1, mode: 'study',
      });
      expect(app.store.getMemory(question.factId)).toBeDefined();
    }
  });

  it('moves on after a Good, and brings learning facts back within the learn-ahead window', async () => {
    await start();
    const scope = { articleId: SEED_ID, sectionIndex: 1 };
    const first = await firstCard(app, scope);
    const good = await answerCard(app, first, rightAnswer(first.question), scope, 10_000);
    expect(good).toMatchObject({ rating: 3, nextDue: '10m', session: { counts: { new: 9, learning: 0 } } });
    expect(good.session.card?.factId).not.toBe(first.factId);

    const rest = await answerShown(app, 9, scope);
    expect(rest).toHaveLength(9);
    // No new fact left and nothing due yet: the learning steps due within 20 minutes are shown now.
    const ahead = rest.at(-1)?.outcome.session;
    // A fact asked only by a recall format (a list) and answered fast is rated Easy and skips learning.
    const learning = 1 + rest.filter(({ outcome }) => outcome.rating !== 4).length;
    expect(learning).toBeGreaterThanOrEqual(8);
    expect(ahead?.counts).toEqual({ learning, review: 0, new: 0 });
    expect(ahead?.card?.factId).toBe(first.factId);
    expect(ahead?.card?.stage).toBe('learning');

    app.advance(30 * MINUTE);
    expect((await app.call('getStudySession', { scope })).counts).toEqual({ learning, review: 0, new: 0 });
  });

  it('shows a fact answered wrong again once its one-minute step is due', async () => {
    await start();
    const first = await firstCard(app);
    const again = await answerCard(app, first, wrongAnswer(first.question));
    expect(again).toMatchObject({ rating: 1, nextDue: '1m', session: { counts: { new: 19, learning: 0 } } });
    expect(again.session.card?.factId).not.toBe(first.factId);
    app.advance(MINUTE);
    const due = await app.call('getStudySession', { scope: SEED_SCOPE });
    expect(due.counts.learning).toBe(1);
    expect(due.card).toMatchObject({ factId: first.factId, stage: 'learning' });
  });

  it('holds the daily new limit until the next study day', async () => {
    await start();
    const answered = await answerShown(app, 20);
    expect(answered.map(({ card }) => card.stage)).toEqual(Array(20).fill('new'));
    expect(new Set(answered.map(({ card }) => card.factId)).size).toBe(20);
    expect(answered.map(({ outcome }) => outcome.session.counts.new)).toEqual([...Array(20).keys()].map((i) => 19 - i));
    const done = await app.call('getStudySession', { scope: SEED_SCOPE });
    expect(done.counts.new).toBe(0);
    expect(done.card?.stage).toBe('learning');

    app.advance(DAY);
    const tomorrow = await app.call('getStudySession', { scope: SEED_SCOPE });
    // Twenty new facts again; the ones still learning are due and come first.
    expect(tomorrow.counts.new).toBe(20);
    expect(tomorrow.counts.learning).toBeGreaterThan(0);
    expect(tomorrow.card?.stage).toBe('learning');
  });

  it('counts and asks, in a pinned mode, only facts with a question that mode allows', async () => {
    await start();
    for (const mode of ['flashcards', 'typed'] as const) {
      const scope = { articleId: SEED_ID, mode };
      const answered = await answerShown(app, 100, scope);
      const allowed = mode === 'flashcards' ? ['cloze', 'multiple-choice', 'true-false'] : ['cloze', 'question-answer', 'numeric', 'list-recall'];
      for (const { card } of answered) expect(allowed).toContain(card.question.format);
      const end = await app.call('getStudySession', { scope });
      expect({ mode, counts: end.counts, card: end.card }).toEqual({ mode, counts: { learning: 0, review: 0, new: 0 }, card: null });
      app.advance(DAY);
    }
  });

  it('asks only facts of the chosen section', async () => {
    await start();
    const deck = await loadSeedDeck();
    const inSection = new Set(deck.queueFacts.filter((f) => f.sectionIndex === 1).map((f) => f.id));
    const scope = { articleId: SEED_ID, sectionIndex: 1 };
    expect((await app.call('getStudySession', { scope })).counts.new).toBe(inSection.size);
    const answered = await answerShown(app, 40, scope);
    expect(answered.length).toBeGreaterThanOrEqual(inSection.size);
    for (const { card } of answered) expect(inSection.has(card.factId)).toBe(true);
    for (const record of await readLog(app.dataDir)) expect(inSection.has(record.factId)).toBe(true);
    expect(await app.fail('getStudySession', { scope: { articleId: SEED_ID, sectionIndex: 2 } })).toMatchObject({ code: 'not-found' });
  });
});

describe('answers the service refuses', () => {
  it('says not-found for an unknown fact or question, with a sentence for the learner, and logs nothing', async () => {
    await start();
    const card = await firstCard(app);
    const deck = await loadSeedDeck();
    const otherQuestion = [...deck.questions.values()].find((q) => q.factId !== card.factId);
    const base = { scope: SEED_SCOPE, factId: card.factId, questionId: card.question.id, answer: rightAnswer(card.question), tookMs: 1_000, usedHint: false };
    for (const payload of [{ ...base, factId: 'fact-000000000000' }, { ...base, questionId: 'q-000000000000' }, { ...base, questionId: otherQuestion?.id }]) {
      expect(await app.fail('answerCard', payload)).toEqual({ code: 'not-found', message: expect.stringMatching(/^That card is no longer in this article/) });
    }
    expect(await app.fail('answerCard', { ...base, scope: { articleId: 'no-such-article' } })).toMatchObject({ code: 'not-found' });
    expect(await app.fail('suspendFact', { scope: SEED_SCOPE, factId: 'fact-000000000000' })).toMatchObject({ code: 'not-found' });
    expect(await readLog(app.dataDir)).toEqual([]);
  });

  it('says invalid-payload for a bad rating, a huge answer, a negative time or an unknown field', async () => {
    await start();
    const card = await firstCard(app);
    const base = { scope: SEED_SCOPE, factId: card.factId, questionId: card.question.id, answer: { kind: 'self', rating: 3 }, tookMs: 1_000, usedHint: false };
    const bad = [
      { ...base, answer: { kind: 'self', rating: 5 } },
      { ...base, answer: { kind: 'self', rating: 0 } },
      { ...base, answer: { kind: 'text', text: 'x'.repeat(4001) } },
      { ...base, tookMs: -1 },
      { ...base, extra: true },
      { ...base, scope: { articleId: SEED_ID, sectionIndex: -1 } },
    ];
    for (const payload of bad) expect(await app.fail('answerCard', payload)).toMatchObject({ code: 'invalid-payload', message: expect.stringMatching(/^The request was not valid/) });
    expect(await readLog(app.dataDir)).toEqual([]);
  });
});
