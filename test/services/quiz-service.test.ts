import { afterEach, describe, expect, it } from 'vitest';
import type { Payload, QuestionFormat } from '../../src-main/contract';
import { SMALL_ARTICLE, writeContent } from './content-fixtures';
import { MINUTE, SEED_ID, loadSeedDeck, openStudyApp, readLog, rightAnswer, useTempDirs, wrongAnswer, type StudyApp } from './study-fixtures';

const tempDir = useTempDirs();
let app: StudyApp;
afterEach(async () => {
  expect(app.unexpected).toEqual([]);
  await app.close();
});

async function start(contentDir?: string): Promise<StudyApp> {
  app = await openStudyApp(await tempDir(), contentDir === undefined ? {} : { contentDir });
  return app;
}

function quiz(formats: QuestionFormat[], length: 10 | 20 | 'all' = 10, more: Partial<Payload<'startQuiz'>> = {}) {
  return app.call('startQuiz', { articleIds: [SEED_ID], length, formats, mode: 'practice', ...more });
}

describe('starting a quiz', () => {
  it('asks one question per fact, of the chosen formats only, as many as asked', async () => {
    await start();
    const deck = await loadSeedDeck();
    const ten = await quiz(['cloze', 'multiple-choice']);
    expect(ten).toMatchObject({ quizId: expect.any(String), mode: 'practice', articleIds: [SEED_ID] });
    expect(ten.questions).toHaveLength(10);
    expect(new Set(ten.questions.map((q) => q.factId)).size).toBe(10);
    for (const question of ten.questions) {
      expect(['cloze', 'multiple-choice']).toContain(question.format);
      expect(deck.questions.get(question.id)).toEqual(question);
    }

    const factsWithTruth = new Set([...deck.questions.values()].filter((q) => q.format === 'true-false' && deck.facts.has(q.factId)).map((q) => q.factId));
    const all = await quiz(['true-false'], 'all');
    expect(all.questions.map((q) => q.format)).toEqual(Array(factsWithTruth.size).fill('true-false'));
    expect(new Set(all.questions.map((q) => q.factId))).toEqual(factsWithTruth);
    expect(await readLog(app.dataDir)).toEqual([]);
  });

  it('says not-found, in words, when the chosen formats have no question or the article is unknown', async () => {
    const contentDir = await writeContent(await tempDir(), [{ id: 'tiny', file: 'tiny.txt', title: 'Tiny Test Article' }], { 'tiny.txt': SMALL_ARTICLE });
    await start(contentDir);
    const none = await app.fail('startQuiz', { articleIds: ['tiny'], length: 10, formats: ['matching', 'numeric'], mode: 'exam' });
    expect(none).toEqual({ code: 'not-found', message: 'There are no questions of those kinds in the chosen articles. Choose more kinds of question.' });
    expect(await app.fail('startQuiz', { articleIds: ['gone'], length: 10, formats: ['cloze'], mode: 'exam' })).toMatchObject({ code: 'not-found' });
    expect(await app.fail('startQuiz', { articleIds: ['tiny'], length: 10, formats: [], mode: 'exam' })).toMatchObject({ code: 'invalid-payload' });
    expect(await app.fail('startQuiz', { articleIds: ['tiny'], length: 15, formats: ['cloze'], mode: 'exam' })).toMatchObject({ code: 'invalid-payload' });
  });
});

describe('answering and finishing a quiz', () => {
  it('logs one quiz review per fact and scores the attempt: correct, by format, mistakes', async () => {
    await start();
    const started = app.now();
    const session = await quiz(['cloze', 'multiple-choice', 'true-false']);
    const [wrongOne, skipped, ...rest] = session.questions;
    if (wrongOne === undefined || skipped === undefined) throw new Error('a quiz of ten expected');

    app.advance(MINUTE);
    const wrong = await app.call('answerQuizQuestion', { quizId: session.quizId, questionId: wrongOne.id, answer: wrongAnswer(wrongOne), tookMs: 4_000 });
    expect(wrong.grade).toMatchObject({ verdict: 'wrong', credit: 0, expected: wrongOne.answer });
    for (const question of rest) {
      const { grade } = await app.call('answerQuizQuestion', { quizId: session.quizId, questionId: question.id, answer: rightAnswer(question), tookMs: 2_000 });
      expect(grade.verdict).toBe('correct');
    }
    let log = await readLog(app.dataDir);
    expect(log).toHaveLength(9);
    expect(log.map((r) => ('kind' in r ? r.kind : r.mode))).toEqual(Array(9).fill('quiz'));
    expect(log[0]).toMatchObject({ factId: wrongOne.factId, questionId: wrongOne.id, format: wrongOne.format, correct: false, rating: 1, tookMs: 4_000, at: started + MINUTE });
    expect(app.store.getMemory(wrongOne.factId)).toBeDefined();

    // A second answer to the same fact is graded, but neither logged nor scored again.
    const again = await app.call('answerQuizQuestion', { quizId: session.quizId, questionId: wrongOne.id, answer: rightAnswer(wrongOne), tookMs: 1_000 });
    expect(again.grade.verdict).toBe('correct');
    log = await readLog(app.dataDir);
    expect(log).toHaveLength(9);

    app.advance(MINUTE);
    const attempt = await app.call('finishQuiz', { quizId: session.quizId });
    const byFormat: Record<string, { total: number; correct: number }> = {};
    for (const question of session.questions) {
      const tally = (byFormat[question.format] ??= { total: 0, correct: 0 });
      tally.total++;
      if (question !== wrongOne && question !== skipped) tally.correct++;
    }
    expect(attempt).toEqual({
      id: expect.any(String), startedAt: started, finishedAt: started + 2 * MINUTE, articleIds: [SEED_ID], mode: 'practice',
      total: 10, correct: 8, tookMs: 4_000 + 8 * 2_000, byFormat, mistakes: [wrongOne.id, skipped.id],
    });
    expect(await app.fail('finishQuiz', { quizId: session.quizId })).toMatchObject({ code: 'not-found' });
    expect(await app.fail('answerQuizQuestion', { quizId: session.quizId, questionId: skipped.id, answer: rightAnswer(skipped), tookMs: 1 })).toMatchObject({ code: 'not-found' });
  });

  it('keeps the history newest first across a restart, and retries exactly the mistakes', async () => {
    await start();
    const first = await quiz(['cloze'], 10, { mode: 'exam' });
    const [missed] = first.questions;
    if (missed === undefined) throw new Error('no question');
    await app.call('answerQuizQuestion', { quizId: first.quizId, questionId: missed.id, answer: wrongAnswer(missed), tookMs: 3_000 });
    const firstAttempt = await app.call('finishQuiz', { quizId: first.quizId });
    expect(firstAttempt.mistakes).toEqual(first.questions.map((q) => q.id));

    app.advance(MINUTE);
    // A retry asks exactly the questions given, once each, whatever formats and length say.
    const retry = await quiz(['true-false'], 10, { questionIds: [...firstAttempt.mistakes, missed.id, 'q-000000000000'] });
    expect(retry.questions.map((q) => q.id).sort()).toEqual([...firstAttempt.mistakes].sort());
    for (const question of retry.questions) {
      await app.call('answerQuizQuestion', { quizId: retry.quizId, questionId: question.id, answer: rightAnswer(question), tookMs: 1_000 });
    }
    const secondAttempt = await app.call('finishQuiz', { quizId: retry.quizId });
    expect(secondAttempt).toMatchObject({ total: 10, correct: 10, mistakes: [], byFormat: { cloze: { total: 10, correct: 10 } } });
    // Each quiz logs its first answer to each fact: one in the first, ten in the retry.
    expect(await readLog(app.dataDir)).toHaveLength(1 + 10);

    expect(await app.call('listQuizAttempts', undefined)).toEqual([secondAttempt, firstAttempt]);
    await app.restart();
    expect(await app.call('listQuizAttempts', undefined)).toEqual([secondAttempt, firstAttempt]);
  });

  it('refuses an unknown quiz, a question from elsewhere and a self-rating', async () => {
    await start();
    const deck = await loadSeedDeck();
    const session = await quiz(['multiple-choice']);
    const [question] = session.questions;
    if (question === undefined) throw new Error('no question');
    const outside = [...deck.questions.values()].find((q) => q.format === 'cloze');
    const answer = rightAnswer(question);
    expect(await app.fail('answerQuizQuestion', { quizId: 'id-999', questionId: question.id, answer, tookMs: 1 })).toEqual({
      code: 'not-found', message: expect.stringMatching(/^That quiz is no longer open/),
    });
    expect(await app.fail('finishQuiz', { quizId: 'id-999' })).toMatchObject({ code: 'not-found' });
    expect(await app.fail('answerQuizQuestion', { quizId: session.quizId, questionId: outside?.id, answer, tookMs: 1 })).toMatchObject({ code: 'not-found' });
    expect(await app.fail('answerQuizQuestion', { quizId: session.quizId, questionId: question.id, answer: { kind: 'self', rating: 3 }, tookMs: 1 })).toEqual({
      code: 'invalid-payload', message: 'A quiz question needs an answer, not a rating.',
    });
    expect(await readLog(app.dataDir)).toEqual([]);
    expect(await app.call('listQuizAttempts', undefined)).toEqual([]);
  });
});
