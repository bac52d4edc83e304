import { afterEach, describe, expect, it } from 'vitest';
import type { LogRecord, ReviewRecord } from '../../src-main/contract';
import { readMemory } from '../../src-main/domain/scheduling';
import { startOfStudyDay } from '../../src-main/services/study/study-day';
import { HISTORY_DAYS, HISTORY_END, HISTORY_PLAN, scriptTwoWeeks } from './study-history';
import { answerShown, DAY, loadSeedDeck, openStudyApp, readLog, SEED_ID, SEED_SCOPE, T0, useTempDirs, type StudyApp } from './study-fixtures';

const tempDir = useTempDirs();
let app: StudyApp;
afterEach(async () => {
  expect(app.unexpected).toEqual([]);
  await app.close();
});

/** The answers the log counts: every answer record but those an undo took back. */
function countedAnswers(log: readonly LogRecord[]): ReviewRecord[] {
  const undone = new Set(log.flatMap((record) => ('kind' in record && record.kind === 'undo' ? [record.undoes] : [])));
  return log.filter((record): record is ReviewRecord => !('kind' in record) && !undone.has(record.id));
}

describe('getDashboard', () => {
  it('shows an empty dashboard for a new learner', async () => {
    app = await openStudyApp(await tempDir());
    const dashboard = await app.call('getDashboard', undefined);
    const deck = await loadSeedDeck();
    expect(dashboard.totalAnswers).toBe(0);
    expect(dashboard.today).toMatchObject({ done: 0, dueReviews: 0, newLearned: 0, unstudied: deck.facts.size, minutes: 0 });
    expect(dashboard.streak).toMatchObject({ current: 0, longest: 0, todayCounts: false });
    expect(dashboard.days).toHaveLength(365);
    expect(dashboard.mastery.byArticle).toEqual([{ key: SEED_ID, label: deck.article.title, facts: deck.facts.size, studied: 0, mastered: 0 }]);
    expect(dashboard.quizTrend).toEqual([]);
  });

  it('adds up a scripted two-week history as the log records it', async () => {
    app = await openStudyApp(await tempDir());
    await scriptTwoWeeks(app);
    const dashboard = await app.call('getDashboard', undefined);
    const log = await readLog(app.dataDir);
    const answers = countedAnswers(log);
    expect(log.some((record) => 'kind' in record && record.kind === 'undo')).toBe(true);
    expect(dashboard.totalAnswers).toBe(answers.length);

    // Answers per study day, recounted from the log lines with the study queue's day boundary.
    const dayStarts = Array.from({ length: HISTORY_DAYS }, (_, day) => startOfStudyDay(T0 + day * DAY));
    const perDay = dayStarts.map((start) => answers.filter((a) => startOfStudyDay(a.at) === start));
    expect(dashboard.days.slice(-HISTORY_DAYS).map((day) => day.total)).toEqual(perDay.map((list) => list.length));
    expect(dashboard.days.slice(-HISTORY_DAYS).map((day) => day.quiz)).toEqual(perDay.map((list) => list.filter((a) => a.mode === 'quiz').length));
    HISTORY_PLAN.forEach((plan, day) => expect(perDay[day]?.length === 0).toBe(plan === 'skip'));
    const today = perDay.at(-1) ?? [];
    expect(dashboard.today.done).toBe(today.length);
    expect(dashboard.today.passed).toBe(today.filter((a) => a.rating > 1).length);
    expect(dashboard.today.minutes).toBe(Math.round(today.reduce((sum, a) => sum + Math.min(a.tookMs, 60_000), 0) / 60_000));
    expect(dashboard.days.slice(-HISTORY_DAYS).reduce((sum, day) => sum + day.new, 0)).toBe(new Set(answers.map((a) => a.factId)).size);

    // Mastery and due counts from the store's memories.
    const deck = await loadSeedDeck();
    const memories = [...deck.facts.keys()].map((id) => readMemory(app.store.getMemory(id)));
    expect(dashboard.mastery.byArticle[0]?.studied).toBe(memories.filter((m) => m !== undefined && m.card.state !== 0).length);
    expect(dashboard.today.unstudied).toBe(memories.filter((m) => m === undefined || (m.card.state === 0 && !m.suspended)).length);

    // Streak: the skipped days and the day with a single card (reviews left waiting) do not count.
    const counts = dashboard.days.slice(-HISTORY_DAYS).map((day) => (day.counts ? 'T' : 'F')).join('');
    expect(counts).toBe('TTTTFFFTTTTTTT');
    expect(dashboard.streak).toMatchObject({ current: 7, longest: 7, todayCounts: true, dueNow: 0 });
    expect(dashboard.quizTrend.map((point) => point.total)).toEqual([10, 10]);
    expect(dashboard.computedAt).toBe(HISTORY_END);
  });

  it('folds only new answers on a later call, with the same numbers as a fresh fold', async () => {
    app = await openStudyApp(await tempDir());
    app.setClock(T0);
    await answerShown(app, 30, SEED_SCOPE);
    const first = await app.call('getDashboard', undefined);
    app.setClock(T0 + 2 * DAY);
    await answerShown(app, 30, SEED_SCOPE);
    await app.call('undoAnswer', { scope: SEED_SCOPE });
    const later = await app.call('getDashboard', undefined);
    expect(later.totalAnswers).toBeGreaterThan(first.totalAnswers);
    await app.restart(); // new services: the digest is folded from the whole log
    expect(await app.call('getDashboard', undefined)).toEqual(later);
  });
});
