import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OVERRULED_REASON } from '../../src-main/domain/grading';
import {
  SEED_ID, SEED_SCOPE, answerCard, answerShown, firstCard, loadSeedDeck, openStudyApp, readLog, rightAnswer, useTempDirs, withoutIds, wrongAnswer, type StudyApp,
} from './study-fixtures';

const tempDir = useTempDirs();
const apps: StudyApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) {
    expect(app.unexpected).toEqual([]);
    await app.close();
  }
});

async function start(): Promise<StudyApp> {
  const app = await openStudyApp(await tempDir());
  apps.push(app);
  return app;
}

const memories = async (app: StudyApp) => {
  const deck = await loadSeedDeck();
  return new Map([...deck.facts.keys()].map((id) => [id, structuredClone(app.store.getMemory(id))]));
};

describe('undo', () => {
  it('takes back 30 answers exactly, one undo line each, bringing each undone card back first', async () => {
    const app = await start();
    // Five answers first, then thirty more to take back: right and wrong, new and learning facts.
    await answerShown(app, 5);
    const before = await memories(app);
    const answered = await answerShown(app, 30, SEED_SCOPE, (card, i) => (i % 3 === 0 ? wrongAnswer(card.question) : rightAnswer(card.question)));
    expect(answered).toHaveLength(30);
    expect(answered.at(-1)?.outcome.session.undoDepth).toBe(30);
    expect(await memories(app)).not.toEqual(before);

    for (const { card, outcome } of answered.reverse()) {
      const lines = (await readLog(app.dataDir)).length;
      const session = await app.call('undoAnswer', { scope: SEED_SCOPE });
      const log = await readLog(app.dataDir);
      expect(log).toHaveLength(lines + 1);
      expect(log.at(-1)).toMatchObject({ kind: 'undo', factId: card.factId, undoes: outcome.reviewId });
      expect(session.card).toMatchObject({ factId: card.factId, question: { id: card.question.id } });
    }
    expect(await memories(app)).toEqual(before);

    // The stack held thirty answers: the five before stay, and one more undo changes nothing.
    const lines = (await readLog(app.dataDir)).length;
    const idle = await app.call('undoAnswer', { scope: SEED_SCOPE });
    expect(idle.undoDepth).toBe(0);
    expect(await readLog(app.dataDir)).toHaveLength(lines);
    expect(await memories(app)).toEqual(before);
  });

  it('is harmless with nothing to undo', async () => {
    const app = await start();
    const fresh = await app.call('getStudySession', { scope: SEED_SCOPE });
    expect(await app.call('undoAnswer', { scope: SEED_SCOPE })).toEqual(fresh);
    expect(await readLog(app.dataDir)).toEqual([]);
  });

  it('brings an undone card back only into a session whose section holds it', async () => {
    const app = await start();
    const deck = await loadSeedDeck();
    const sectionOne = { articleId: SEED_ID, sectionIndex: 1 };
    const card = await firstCard(app, { articleId: SEED_ID, sectionIndex: 0 });
    await answerCard(app, card, rightAnswer(card.question), { articleId: SEED_ID, sectionIndex: 0 });
    const session = await app.call('undoAnswer', { scope: sectionOne });
    expect(app.store.getMemory(card.factId)).toBeUndefined();
    expect(deck.queueFacts.find((f) => f.id === session.card?.factId)?.sectionIndex).toBe(1);
    expect((await firstCard(app, SEED_SCOPE)).factId).toBe(card.factId);
  });
  it('asks an undone card again in a format the session’s mode allows', async () => {
    const app = await start();
    const deck = await loadSeedDeck();
    const question = [...deck.questions.values()].find((q) => q.format === 'question-answer' && deck.facts.has(q.factId));
    if (question === undefined) throw new Error('no question-answer question');
    await answerCard(app, { factId: question.factId, question } as Parameters<typeof answerCard>[1], rightAnswer(question));
    const session = await app.call('undoAnswer', { scope: { articleId: SEED_ID, mode: 'flashcards' } });
    expect(['cloze', 'multiple-choice', 'true-false']).toContain(session.card?.question.format);
  });
});

describe('overruling a grade', () => {
  it('rewrites the latest wrong answer as right: an undo line and a new correct review', async () => {
    const app = await start();
    const deck = await loadSeedDeck();
    const question = [...deck.questions.values()].find((q) => q.format === 'question-answer' && deck.facts.has(q.factId));
    if (question === undefined) throw new Error('no question-answer question');
    const card = { factId: question.factId, question } as Parameters<typeof answerCard>[1];

    const wrong = await answerCard(app, card, { kind: 'text', text: 'qwxz' }, SEED_SCOPE, 12_000);
    expect(wrong).toMatchObject({ rating: 1, grade: { verdict: 'wrong' } });
    const overruled = await app.call('overruleGrade', { scope: SEED_SCOPE, reviewId: wrong.reviewId });
    expect(overruled).toMatchObject({ rating: 3, grade: { verdict: 'correct', credit: 1, reason: OVERRULED_REASON } });
    const log = await readLog(app.dataDir);
    expect(log).toHaveLength(3);
    expect(log[1]).toMatchObject({ kind: 'undo', factId: question.factId, undoes: wrong.reviewId });
    expect(log[2]).toMatchObject({ id: overruled.reviewId, factId: question.factId, questionId: question.id, correct: true, rating: 3, answer: 'qwxz', mode: 'study' });

    // The same as answering right at once, in another data folder.
    const other = await start();
    await answerCard(other, card, rightAnswer(question), SEED_SCOPE, 12_000);
    expect(withoutIds(app.store.getMemory(question.factId))).toEqual(withoutIds(other.store.getMemory(question.factId)));

    // It can be overruled once; undo then takes the whole answer back.
    expect(await app.fail('overruleGrade', { scope: SEED_SCOPE, reviewId: overruled.reviewId })).toMatchObject({ code: 'invalid-payload' });
    await app.call('undoAnswer', { scope: SEED_SCOPE });
    expect(app.store.getMemory(question.factId)).toBeUndefined();
  });

  it('refuses anything but the latest answer, and right or self-rated ones', async () => {
    const app = await start();
    const [first, second] = await answerShown(app, 2, SEED_SCOPE, (card) => wrongAnswer(card.question));
    if (first === undefined || second === undefined) throw new Error('two cards expected');
    const lines = (await readLog(app.dataDir)).length;
    expect(await app.fail('overruleGrade', { scope: SEED_SCOPE, reviewId: first.outcome.reviewId })).toEqual({
      code: 'invalid-payload', message: 'Only your latest answer can be overruled.',
    });
    expect(await app.fail('overruleGrade', { scope: SEED_SCOPE, reviewId: 'id-999' })).toMatchObject({ code: 'invalid-payload' });
    const [right] = await answerShown(app, 1);
    expect(await app.fail('overruleGrade', { scope: SEED_SCOPE, reviewId: right?.outcome.reviewId })).toMatchObject({ code: 'invalid-payload' });
    const [rated] = await answerShown(app, 1, SEED_SCOPE, () => ({ kind: 'self', rating: 1 }));
    expect(await app.fail('overruleGrade', { scope: SEED_SCOPE, reviewId: rated?.outcome.reviewId })).toEqual({
      code: 'invalid-payload', message: expect.stringContaining('rated yourself'),
    });
    expect(await readLog(app.dataDir)).toHaveLength(lines + 2);
  });
});

describe('an answer given since, elsewhere', () => {
  it('stops undo and overrule from taking back a study answer a quiz answer followed', async () => {
    const app = await start();
    const [earlier, wrong] = await answerShown(app, 2, SEED_SCOPE, (card) => wrongAnswer(card.question));
    if (earlier === undefined || wrong === undefined) throw new Error('two cards expected');
    const quiz = await app.call('startQuiz', { articleIds: [SEED_ID], length: 10, formats: ['cloze'], mode: 'practice', questionIds: [wrong.card.question.id] });
    await app.call('answerQuizQuestion', { quizId: quiz.quizId, questionId: wrong.card.question.id, answer: rightAnswer(wrong.card.question), tookMs: 3_000 });
    const afterQuiz = structuredClone(app.store.getMemory(wrong.card.factId));
    const lines = (await readLog(app.dataDir)).length;

    expect(await app.fail('overruleGrade', { scope: SEED_SCOPE, reviewId: wrong.outcome.reviewId })).toMatchObject({ code: 'invalid-payload' });
    expect(await app.fail('undoAnswer', { scope: SEED_SCOPE })).toEqual({ code: 'not-found', message: expect.stringContaining('answered it since') });
    expect(await readLog(app.dataDir)).toHaveLength(lines);
    expect(app.store.getMemory(wrong.card.factId)).toEqual(afterQuiz);

    // The answer before it can still be taken back.
    const session = await app.call('undoAnswer', { scope: SEED_SCOPE });
    expect(session).toMatchObject({ undoDepth: 0, card: { factId: earlier.card.factId } });
    expect(app.store.getMemory(earlier.card.factId)).toBeUndefined();
  });
});

describe('suspending and restarting', () => {
  it('takes a suspended fact out of the queue, also after a restart', async () => {
    const app = await start();
    const scope = { articleId: SEED_ID, sectionIndex: 1 };
    const card = await firstCard(app, scope);
    const session = await app.call('suspendFact', { scope, factId: card.factId });
    expect(session.counts.new).toBe(9);
    expect(session.card?.factId).not.toBe(card.factId);
    expect((await readLog(app.dataDir)).at(-1)).toMatchObject({ kind: 'suspend', factId: card.factId });

    await app.restart();
    expect(app.store.getMemory(card.factId)).toMatchObject({ suspended: true });
    const answered = await answerShown(app, 40, scope);
    expect(answered.map((a) => a.card.factId)).not.toContain(card.factId);
    expect((await app.call('getStudySession', { scope })).card).toBeNull();
  });

  it('gives the same counts, card and memories after the store is closed and opened again', async () => {
    const app = await start();
    const answered = await answerShown(app, 12, SEED_SCOPE, (card, i) => (i % 4 === 0 ? wrongAnswer(card.question) : rightAnswer(card.question)));
    const before = await app.call('getStudySession', { scope: SEED_SCOPE });
    const remembered = await memories(app);
    await app.restart();
    const after = await app.call('getStudySession', { scope: SEED_SCOPE });
    expect({ ...after, undoDepth: 12 }).toEqual(before);
    expect(after.undoDepth).toBe(0);
    expect(await memories(app)).toEqual(remembered);

    // Without collection.json the memories are rebuilt from the log alone, to the same state.
    await app.close();
    await rm(path.join(app.dataDir, 'collection.json'));
    await app.restart();
    expect(await app.call('getStudySession', { scope: SEED_SCOPE })).toEqual(after);
    expect(await memories(app)).toEqual(remembered);
    expect(new Set(answered.map((a) => a.card.factId)).size).toBeGreaterThan(5);
  });
});
