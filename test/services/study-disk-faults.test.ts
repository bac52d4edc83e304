import { afterEach, describe, expect, it } from 'vitest';
import { faultyIo } from '../fault/faulty-io';
import { SEED_ID, openStudyApp, readLog, rightAnswer, useTempDirs, type StudyApp } from './study-fixtures';

const tempDir = useTempDirs();
let app: StudyApp;
afterEach(async () => {
  expect(app.unexpected).toEqual([]);
  await app.close();
});

describe('a full disk while answering a quiz', () => {
  it('says the answer is kept, and an answer given again is not logged twice', async () => {
    const io = faultyIo();
    app = await openStudyApp(await tempDir(), { io });
    const quiz = await app.call('startQuiz', { articleIds: [SEED_ID], length: 10, formats: ['cloze'], mode: 'practice' });
    const [question] = quiz.questions;
    if (question === undefined) throw new Error('no question');
    const payload = { quizId: quiz.quizId, questionId: question.id, answer: rightAnswer(question), tookMs: 2_000 };

    io.failWith = 'ENOSPC';
    expect(await app.fail('answerQuizQuestion', payload)).toMatchObject({ code: 'storage-failed' });
    io.failWith = null;
    expect(await app.call('answerQuizQuestion', payload)).toMatchObject({ grade: { verdict: 'correct' } });
    await app.store.retryPendingReviews();

    const log = await readLog(app.dataDir);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ factId: question.factId, questionId: question.id, mode: 'quiz', correct: true });
    expect(await app.call('finishQuiz', { quizId: quiz.quizId })).toMatchObject({ correct: 1, total: 10 });
  });
});
