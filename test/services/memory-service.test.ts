/**
 * The Reader's memory view through the real dispatcher, study service and store on a temp data
 * folder: facts answered with known ratings at a fixed time show the bands the FSRS forgetting
 * curve gives them days later, and a fact's history is its answers minus those taken back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FactMemoryView, LearnerAnswer, ReviewRating } from '../../src-main/contract';
import { DAY, SEED_ID, SEED_SCOPE, T0, loadSeedDeck, openStudyApp, readLog, rightAnswer, useTempDirs, type StudyApp } from './study-fixtures';

const tempDir = useTempDirs();
let app: StudyApp;
afterEach(async () => {
  expect(app.unexpected).toEqual([]);
  await app.close();
});

const self = (rating: ReviewRating): LearnerAnswer => ({ kind: 'self', rating });

/** The first four studiable facts in reading order, each with its first question. */
async function fourFacts() {
  const deck = await loadSeedDeck();
  return deck.queueFacts.slice(0, 4).map(({ id }) => {
    const question = deck.questionsOfFact.get(id)?.[0];
    if (question === undefined) throw new Error(`fact ${id} has no question`);
    return { id, question };
  });
}

async function answer(factId: string, questionId: string, given: LearnerAnswer): Promise<void> {
  await app.call('answerCard', { scope: SEED_SCOPE, factId, questionId, answer: given, tookMs: 4_000, usedHint: false });
  app.advance(10_000);
}

async function bandsAt(at: number): Promise<Map<string, FactMemoryView>> {
  app.setClock(at);
  const memory = await app.call('getArticleMemory', { articleId: SEED_ID });
  expect(memory.at).toBe(at);
  return new Map(memory.facts.map((fact) => [fact.factId, fact]));
}

describe('getArticleMemory', () => {
  it('lists every studiable fact in reading order with its span, section and questions, all not studied yet', async () => {
    app = await openStudyApp(await tempDir());
    const deck = await loadSeedDeck();
    const memory = await app.call('getArticleMemory', { articleId: SEED_ID });
    expect(memory.articleId).toBe(SEED_ID);
    expect(memory.facts.map((fact) => fact.factId)).toEqual(deck.queueFacts.map((fact) => fact.id));
    for (const view of memory.facts) {
      const fact = deck.facts.get(view.factId);
      expect(view).toMatchObject({
        kind: fact?.kind, answer: fact?.answer, answerSpan: fact?.answerSpan, sentenceIndex: fact?.sentenceIndex,
        band: 'new', retrievability: null, stage: 'new', due: null, stability: null, reps: 0, lapses: 0, leech: false,
      });
      expect(view.sectionIndex).toBe(deck.queueFacts.find((queued) => queued.id === view.factId)?.sectionIndex);
      expect(view.questions).toEqual(deck.questionsOfFact.get(view.factId));
      expect(deck.article.text.slice(view.answerSpan.start, view.answerSpan.end).length).toBeGreaterThan(0);
    }
    // The seed article has two sections, and facts in both.
    expect(new Set(memory.facts.map((fact) => fact.sectionIndex))).toEqual(new Set([0, 1]));
  });

  it('shows facts answered Again, Good and Easy in the bands the forgetting curve gives them 3 and 30 days later', async () => {
    app = await openStudyApp(await tempDir());
    const [again, good, easy, suspended] = await fourFacts();
    if (again === undefined || good === undefined || easy === undefined || suspended === undefined) throw new Error('four facts expected');
    await answer(again.id, again.question.id, self(1));
    await answer(good.id, good.question.id, self(3));
    await answer(easy.id, easy.question.id, self(4));
    await answer(suspended.id, suspended.question.id, self(3));
    await app.call('suspendFact', { scope: SEED_SCOPE, factId: suspended.id });

    const justAfter = await bandsAt(T0 + 60_000);
    expect([again, good, easy].map(({ id }) => justAfter.get(id)?.band)).toEqual(['strong', 'strong', 'strong']);
    expect(justAfter.get(suspended.id)?.band).toBe('suspended');
    expect(justAfter.get(again.id)).toMatchObject({ stage: 'learning', reps: 1, lapses: 0, lastReview: T0 });
    expect(justAfter.get(again.id)?.due).toBe(T0 + 60_000); // Again: the first one-minute learning step

    // Recall after 3 days at stability 0.21 / 2.31 / 8.30 days (FSRS-6 first-answer stabilities): 0.66, 0.88, 0.95.
    const threeDays = await bandsAt(T0 + 3 * DAY);
    expect([again, good, easy].map(({ id }) => threeDays.get(id)?.band)).toEqual(['shaky', 'good', 'strong']);
    expect(threeDays.get(good.id)?.retrievability).toBeCloseTo(0.881, 2);
    expect(threeDays.get(good.id)?.stability).toBeCloseTo(2.3065, 3);
    // … and after 30 days: 0.47, 0.67, 0.79.
    const monthLater = await bandsAt(T0 + 30 * DAY);
    expect([again, good, easy].map(({ id }) => monthLater.get(id)?.band)).toEqual(['fading', 'shaky', 'good']);
    expect(monthLater.get(suspended.id)?.band).toBe('suspended');
    // Every other fact is still not studied.
    const others = [...monthLater.values()].filter((fact) => ![again.id, good.id, easy.id, suspended.id].includes(fact.factId));
    expect(others.length).toBeGreaterThan(5);
    expect(new Set(others.map((fact) => fact.band))).toEqual(new Set(['new']));
  });

  it('reads the same memory after a restart, rebuilt or reloaded from disk', async () => {
    app = await openStudyApp(await tempDir());
    const [first] = await fourFacts();
    if (first === undefined) throw new Error('a fact expected');
    await answer(first.id, first.question.id, rightAnswer(first.question));
    const before = await bandsAt(T0 + 5 * DAY);
    await app.restart();
    expect(await bandsAt(T0 + 5 * DAY)).toEqual(before);
  });

  it('refuses an article that does not exist, and a malformed id, in words', async () => {
    app = await openStudyApp(await tempDir());
    expect(await app.fail('getArticleMemory', { articleId: 'no-such-article' })).toMatchObject({ code: 'not-found' });
    expect(await app.fail('getArticleMemory', { articleId: '../etc/passwd' })).toMatchObject({ code: 'invalid-payload' });
    expect(await app.fail('getArticleMemory', { articleId: SEED_ID, extra: 1 })).toMatchObject({ code: 'invalid-payload' });
  });
});

describe('getFactHistory', () => {
  it('lists a fact’s answers newest first from the review log, leaving out the ones taken back', async () => {
    app = await openStudyApp(await tempDir());
    const [fact, other] = await fourFacts();
    if (fact === undefined || other === undefined) throw new Error('two facts expected');
    await answer(fact.id, fact.question.id, self(1));
    await answer(other.id, other.question.id, self(3));
    await answer(fact.id, fact.question.id, self(2));
    await app.call('undoAnswer', { scope: SEED_SCOPE }); // takes back Hard on `fact`
    await answer(fact.id, fact.question.id, rightAnswer(fact.question));

    const history = await app.call('getFactHistory', { factId: fact.id });
    expect(history.factId).toBe(fact.id);
    expect(history.undone).toBe(1);
    const log = (await readLog(app.dataDir)).filter((record) => record.factId === fact.id && !('kind' in record));
    expect(log).toHaveLength(3);
    const [first, , third] = log;
    expect(history.entries.map((entry) => entry.id)).toEqual([third?.id, first?.id]);
    expect(history.entries[1]).toEqual({ id: first?.id, at: T0, format: fact.question.format, rating: 1, correct: false, answer: 'rated 1', mode: 'study' });
    expect(history.entries[0]).toMatchObject({ correct: true, mode: 'study', format: fact.question.format });
    expect(history.entries[0]?.at).toBeGreaterThan(T0);
  });

  it('reads the log as it is on disk', async () => {
    app = await openStudyApp(await tempDir());
    const [fact] = await fourFacts();
    if (fact === undefined) throw new Error('a fact expected');
    await answer(fact.id, fact.question.id, self(3));
    const fromStore = [];
    for await (const month of app.store.readReviewLog()) fromStore.push(...month.records);
    expect(fromStore).toEqual(await readLog(app.dataDir));
  });

  it('is empty for a fact never answered, and refuses a malformed id', async () => {
    app = await openStudyApp(await tempDir());
    expect(await app.call('getFactHistory', { factId: 'never-answered' })).toEqual({ factId: 'never-answered', entries: [], undone: 0 });
    expect(await app.fail('getFactHistory', { factId: '' })).toMatchObject({ code: 'invalid-payload' });
    expect(await app.fail('getFactHistory', { factId: 'x'.repeat(500) })).toMatchObject({ code: 'invalid-payload' });
  });
});
