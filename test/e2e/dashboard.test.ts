/**
 * The Progress dashboard, end to end: a two-week study history scripted through the real
 * services (with a clock the script moves) into a temporary data folder, then the built renderer
 * in Chromium under the production CSP. The numbers on screen must be the statistics computed,
 * here in the test, from the review log on disk. Screenshots land in test-results/.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard, ReviewRecord } from '../../src-main/contract';
import { createMemoryReducer, DEFAULT_SETTINGS, readMemory } from '../../src-main/domain/scheduling';
import { computeDashboard, LogDigest } from '../../src-main/domain/statistics';
import { localStudyCalendar } from '../../src-main/services/dashboard-service';
import { startOfStudyDay } from '../../src-main/services/study/study-day';
import { cellText, forecastSummary, percent, quizSummary } from '../../src-renderer/screens/dashboard/dashboard-view';
import { HISTORY_END, scriptTwoWeeks } from '../services/study-history';
import { loadSeedDeck, openStudyApp, readLog } from '../services/study-fixtures';
import { launchApp, screenshotDir, type RunningApp } from './harness/app';
import { expectCleanRun } from './harness/clean-run';

/** The little of the DOM used inside the page (the Node tsconfig has no DOM library). */
interface PageGlobals {
  cspViolations: string[];
  document: { addEventListener(type: 'securitypolicyviolation', listener: (event: { effectiveDirective: string; blockedURI: string }) => void): void };
}
interface CanvasLike {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

let dataDir: string;
const running: RunningApp[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'factdeck-e2e-dashboard-'));
});

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The dashboard as the statistics functions compute it from the log on disk and the store's memories. */
async function expectedDashboard(app: RunningApp): Promise<Dashboard> {
  const calendar = localStudyCalendar();
  const digest = new LogDigest({ calendar, reducer: createMemoryReducer(DEFAULT_SETTINGS) });
  for (const record of await readLog(dataDir)) digest.add(record);
  const deck = await loadSeedDeck();
  const facts = [...deck.facts.values()].map((fact) => ({ id: fact.id, articleId: deck.article.id, kind: fact.kind, memory: readMemory(app.store.getMemory(fact.id)) }));
  return computeDashboard({
    now: HISTORY_END,
    calendar,
    digest,
    facts,
    articles: [{ id: deck.article.id, title: deck.article.title }],
    quizAttempts: app.store.listQuizAttempts(),
    desiredRetention: DEFAULT_SETTINGS.desiredRetention,
  });
}

async function text(app: RunningApp, selector: string): Promise<string> {
  return ((await app.page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

describe('the Progress dashboard', () => {
  it('shows the numbers of a scripted two-week history, charts drawn under the production CSP', async () => {
    const study = await openStudyApp(dataDir);
    await scriptTwoWeeks(study);
    await study.close();

    const app = await launchApp({ dataDir, now: () => HISTORY_END });
    running.push(app);
    const { page } = app;
    await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      page.cspViolations = [];
      page.document.addEventListener('securitypolicyviolation', (event) => page.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await page.getByRole('button', { name: 'Progress' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    await page.getByTestId('today-done').waitFor();
    const expected = await expectedDashboard(app);

    // An independent recount of today's answers straight from the log lines.
    const log = await readLog(dataDir);
    const undone = new Set(log.flatMap((r) => ('kind' in r && r.kind === 'undo' ? [r.undoes] : [])));
    const todayAnswers = log.filter((r): r is ReviewRecord => !('kind' in r) && !undone.has(r.id) && r.at >= startOfStudyDay(HISTORY_END));
    expect(expected.today.done).toBe(todayAnswers.length);

    // Today and the streak.
    const { today, streak } = expected;
    expect(await text(app, '[data-testid=today-due] .value')).toBe(String(today.dueReviews + today.dueLearning));
    expect(await text(app, '[data-testid=today-new] .value')).toBe(String(today.newLearned));
    expect(await text(app, '[data-testid=today-new] .hint')).toBe(`${today.unstudied} not studied yet`);
    expect(await text(app, '[data-testid=today-done] .value')).toBe(String(today.done));
    expect(await text(app, '[data-testid=today-done] .hint')).toBe(`${today.passed} passed`);
    expect(await text(app, '[data-testid=today-minutes] .value')).toBe(String(today.minutes));
    expect(await text(app, '[data-testid=streak] .value')).toBe(`${streak.current} ${streak.current === 1 ? 'day' : 'days'}`);
    expect(await text(app, '[data-testid=streak] .hint')).toBe(`longest ${streak.longest} ${streak.longest === 1 ? 'day' : 'days'}`);
    expect(await text(app, '[data-testid=streak-rule]')).toBe(streak.rule);

    // The heatmap: one square per day of the last 365, each with that day's answers.
    const cells = await page.locator('[data-testid=heatmap] rect[data-date]').evaluateAll((rects) => rects.map((r) => [r.getAttribute('data-date'), Number(r.getAttribute('data-total'))]));
    expect(cells).toEqual(expected.days.map((day) => [day.date, day.total]));

    // Reviews per day: the hidden table behind the chart, for each range.
    for (const range of [30, 90, 365] as const) {
      await page.getByRole('button', { name: `${range} days` }).click();
      const totals = await page.locator('[data-testid=activity-table] tbody tr td:nth-child(6)').allTextContents();
      expect(totals.map(Number)).toEqual(expected.days.slice(-range).map((day) => day.total));
    }
    await page.getByRole('button', { name: '30 days' }).click();

    // True retention, mastery, forecast and quizzes.
    for (const row of expected.retention.rows) {
      const cellsShown = await page.locator(`[data-testid=retention] tr[data-period=${row.period}] td`).allTextContents();
      expect(cellsShown.map((c) => c.trim())).toEqual([cellText(row.young), cellText(row.mature), cellText(row.all)]);
    }
    expect(await text(app, '[data-testid=desired-retention]')).toBe(percent(expected.retention.desired));
    for (const [testid, rows] of [['mastery-articles', expected.mastery.byArticle], ['mastery-kinds', expected.mastery.byKind]] as const) {
      const shown = await page.locator(`[data-testid=${testid}] tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => (td.textContent ?? '').trim().split(' ')[0])));
      expect(shown).toEqual(rows.map((row) => [String(row.facts), String(row.studied), String(row.mastered)]));
    }
    expect(await text(app, '[data-testid=forecast-summary]')).toBe(forecastSummary(expected.forecast));
    expect(await text(app, '[data-testid=quiz-summary]')).toBe(quizSummary(expected.quizTrend));

    // Every chart drew something, and nothing broke the CSP.
    for (const testid of ['activity-chart', 'forecast-chart', 'quiz-chart']) {
      const painted = await page.locator(`[data-testid=${testid}] canvas`).evaluate((element) => {
        const canvas = element as unknown as CanvasLike;
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        let opaque = 0;
        for (let n = 3; n < data.length; n += 4) if ((data[n] ?? 0) > 0) opaque++;
        return { width: canvas.width, opaque };
      });
      expect(painted.width).toBeGreaterThan(100);
      expect(painted.opaque).toBeGreaterThan(500);
      expect(await page.getByTestId(testid).getAttribute('aria-label')).toMatch(/chart/);
    }
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).cspViolations)).toEqual([]);

    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    // Charts take their colors when drawn: open the screen again in the dark scheme.
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Progress' }).click();
    await page.getByTestId('today-done').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-dark.png'), fullPage: true });
    expectCleanRun(app);
    console.log(`dashboard after the two-week history: ${JSON.stringify({ today, streak: { ...streak, rule: undefined }, lastDays: expected.days.slice(-14).map((d) => `${d.date}:${d.total}${d.counts ? '✓' : ''}`), retention: expected.retention.rows.map((r) => `${r.label} young ${cellText(r.young)} mature ${cellText(r.mature)} all ${cellText(r.all)}`), forecast: forecastSummary(expected.forecast), mastery: expected.mastery.byArticle.concat(expected.mastery.byKind).map((r) => `${r.label} ${r.mastered}/${r.studied}/${r.facts}`), quiz: quizSummary(expected.quizTrend), totalAnswers: expected.totalAnswers })}`);
  });

  it('shows an empty dashboard on a first start, reachable by keyboard', async () => {
    const app = await launchApp({ dataDir });
    running.push(app);
    const { page } = app;
    const progress = page.getByRole('button', { name: 'Progress' });
    await progress.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('today-done').waitFor();
    expect(await progress.getAttribute('aria-current')).toBe('page');
    expect(await text(app, '[data-testid=today-done] .value')).toBe('0');
    expect(await text(app, '[data-testid=streak] .value')).toBe('0 days');
    expect(await text(app, '[data-testid=activity-summary]')).toBe('No answers in the last 30 days.');
    expect(await text(app, '[data-testid=quiz-summary]')).toBe('No quizzes yet.');
    expect(await page.getByTestId('quiz-chart').count()).toBe(0);
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-empty-light.png'), fullPage: true });
    expectCleanRun(app);
  });
});
