/**
 * The Quiz screen, end to end: the built renderer in Chromium, the real services and store on a
 * temporary data folder with the seed article. Screenshots land in test-results/.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuizAttempt, ReviewRecord } from '../../src-main/contract';
import { launchApp, screenshotDir, type Intercept, type RunningApp } from './harness/app';
import { expectCleanRun } from './harness/clean-run';

const SEED_TITLE = 'Mexico Rejects US ‘Invasion’ in Cartel Fight';

let dataDir: string;
const running: RunningApp[] = [];

async function launch(options: { intercept?: Intercept } = {}): Promise<RunningApp> {
  const app = await launchApp({ dataDir, ...options });
  running.push(app);
  return app;
}

async function storedAttempts(): Promise<QuizAttempt[]> {
  const progress = JSON.parse(await readFile(path.join(dataDir, 'progress.json'), 'utf8')) as { quizAttempts: QuizAttempt[] };
  return progress.quizAttempts;
}

async function quizReviews(): Promise<ReviewRecord[]> {
  const folder = path.join(dataDir, 'reviews');
  const lines: ReviewRecord[] = [];
  for (const file of (await readdir(folder)).filter((name) => name.endsWith('.jsonl')).sort()) {
    for (const line of (await readFile(path.join(folder, file), 'utf8')).split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as ReviewRecord;
      if (record.mode === 'quiz') lines.push(record);
    }
  }
  return lines;
}

interface Focused {
  readonly tag: string;
  readonly type: string;
  readonly label: string;
  readonly checked: boolean;
}

/** What has the keyboard focus: its tag, input type, label text (or own text) and checked state. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    const label = el.closest('label');
    return { tag: el.tagName, type: el.type ?? '', label: (label ?? el).textContent.trim(), checked: el.checked === true };
  })()`);
}

/** Presses Tab until `match` holds for the focused element; fails after `limit` presses. */
async function tabTo(page: Page, match: (f: Focused) => boolean, limit = 40): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error('Tab never reached the element');
}

/** The quiz showing: which question of how many, and its format and id. */
async function currentQuestion(page: Page): Promise<{ index: number; total: number; format: string; id: string }> {
  const taking = page.locator('.taking');
  await taking.waitFor();
  const progress = await page.locator('.progress').innerText();
  const match = /Question (\d+) of (\d+)/.exec(progress);
  expect(match).not.toBeNull();
  return {
    index: Number(match?.[1]),
    total: Number(match?.[2]),
    format: (await taking.getAttribute('data-format')) ?? '',
    id: (await taking.getAttribute('data-question-id')) ?? '',
  };
}

/** Answers by keys: option 1, True, or the typed text (empty: Enter on an empty box, a skip). */
async function answerByKeys(page: Page, format: string, typed: string): Promise<void> {
  if (format === 'multiple-choice') await page.keyboard.press('1');
  else if (format === 'true-false') await page.keyboard.press('t');
  else {
    const box = page.getByRole('textbox').first();
    await box.waitFor();
    await expect.poll(() => box.evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)).toBe(true);
    if (typed !== '') await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
  }
}

/** Opens the Quiz from the Library by the main nav. */
async function openQuiz(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Quiz' }).click();
  await page.getByRole('heading', { level: 1, name: 'Quiz' }).waitFor();
  await page.getByRole('button', { name: 'Start quiz' }).waitFor();
}

/** Sets the kinds of question to exactly `formats` (by their labels) and the mode, with the mouse. */
async function choose(page: Page, formats: readonly string[], mode: 'Practice' | 'Exam'): Promise<void> {
  for (const label of ['Multiple choice', 'True or false', 'Fill in the blank', 'Short answer', 'Numbers', 'Lists', 'Matching']) {
    await page.getByRole('checkbox', { name: label }).setChecked(formats.includes(label));
  }
  await page.getByRole('radio', { name: mode }).check();
}

/** Answers every question of a practice quiz by keys, continuing with Enter; returns the verdicts. */
async function takePractice(page: Page, typed: (index: number) => string, onFirst?: (phase: 'question' | 'feedback') => Promise<void>): Promise<{ ids: string[]; verdicts: string[] }> {
  const ids: string[] = [];
  const verdicts: string[] = [];
  for (;;) {
    const question = await currentQuestion(page);
    expect(question.index).toBe(ids.length + 1);
    ids.push(question.id);
    if (question.index === 1) await onFirst?.('question');
    await answerByKeys(page, question.format, typed(question.index));
    const grade = page.getByTestId('grade');
    await grade.waitFor();
    verdicts.push((await grade.getAttribute('data-verdict')) ?? '');
    await page.getByTestId('source-sentence').waitFor();
    if (question.index === 1) await onFirst?.('feedback');
    await page.keyboard.press('Enter');
    if (question.index === question.total) break;
    await page.locator('.progress', { hasText: `Question ${question.index + 1} of ${question.total}` }).waitFor();
  }
  await page.getByRole('heading', { level: 1, name: 'Quiz results' }).waitFor();
  return { ids, verdicts };
}

/** Chromium can keep a few light colours after the scheme switches until styles are recomputed. */
async function settleStyles(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const root = document.documentElement;
    const focused = document.activeElement;
    root.style.display = 'none';
    void root.offsetHeight;
    root.style.display = '';
    focused?.focus({ preventScroll: true });
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  })`);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await settleStyles(page);
  await page.screenshot({ path: path.join(screenshotDir, `${name}-dark.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The percent and "x of n" shown on the results. */
async function shownScore(page: Page): Promise<{ percent: number; correct: number; total: number }> {
  const text = await page.getByTestId('quiz-score').innerText();
  const match = /(\d+) %\s*([\d.]+) of (\d+) right/.exec(text);
  expect(match, text).not.toBeNull();
  return { percent: Number(match?.[1]), correct: Number(match?.[2]), total: Number(match?.[3]) };
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'factdeck-quiz-e2e-'));
});

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('Quiz', () => {
  it('runs a practice quiz by keyboard only, scores it as stored, and reviews each fact once', async () => {
    const app = await launch();
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();

    // Into the Quiz by the main nav, by keyboard.
    const nav = await tabTo(page, (f) => f.tag === 'BUTTON' && f.label === 'Quiz');
    expect(nav.label).toBe('Quiz');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Quiz' }).waitFor();
    await page.getByRole('button', { name: 'Start quiz' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Quiz' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).getAttribute('aria-current')).toBeNull();
    expect(await page.getByText('No quizzes yet').count()).toBe(1);
    await shoot(page, 'quiz-setup');

    // Only multiple choice and true/false: Tab through the form, Space where a box must change.
    const wanted = new Set(['Multiple choice', 'True or false']);
    const formatLabels = new Set(['Multiple choice', 'True or false', 'Fill in the blank', 'Short answer', 'Numbers', 'Lists', 'Matching']);
    let seenArticle = false;
    for (let presses = 0; ; presses++) {
      expect(presses).toBeLessThan(30);
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.tag === 'BUTTON' && now.label === 'Start quiz') break;
      if (now.type === 'checkbox' && now.label === SEED_TITLE) {
        seenArticle = true;
        expect(now.checked).toBe(true); // the first article is chosen already
      } else if (now.type === 'checkbox' && formatLabels.has(now.label) && now.checked !== wanted.has(now.label)) {
        await page.keyboard.press('Space');
        expect((await focused(page)).checked).toBe(wanted.has(now.label));
      }
    }
    expect(seenArticle).toBe(true);
    expect(await page.getByRole('radio', { name: '10 questions' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Practice' }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');

    const { ids, verdicts } = await takePractice(page, () => '', async (phase) => {
      if (phase === 'question') await shoot(page, 'quiz-question');
      else await shoot(page, 'quiz-feedback');
    });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(10);
    expect(new Set(ids).size).toBe(ids.length);

    // The score shown is the one stored.
    const shown = await shownScore(page);
    const [stored] = await storedAttempts();
    expect(stored).toBeDefined();
    expect(stored?.mode).toBe('practice');
    expect(stored?.total).toBe(ids.length);
    expect(shown.total).toBe(stored?.total);
    expect(shown.correct).toBe(stored?.correct);
    expect(shown.percent).toBe(Math.round(((stored?.correct ?? 0) / ids.length) * 100));
    expect(stored?.correct).toBe(verdicts.filter((v) => v === 'correct').length);
    expect(Object.keys(stored?.byFormat ?? {}).every((format) => format === 'multiple-choice' || format === 'true-false')).toBe(true);
    expect(await page.locator('tbody tr[data-format]').count()).toBe(Object.keys(stored?.byFormat ?? {}).length);
    expect(await page.getByTestId('review-item').count()).toBe(ids.length);
    await shoot(page, 'quiz-results');

    // One review line per fact, in quiz mode, for exactly the questions asked.
    const reviews = await quizReviews();
    expect(reviews.length).toBe(ids.length);
    expect(new Set(reviews.map((r) => r.factId)).size).toBe(ids.length);
    expect(new Set(reviews.map((r) => r.questionId))).toEqual(new Set(ids));
    expect(reviews.every((r) => r.format === 'multiple-choice' || r.format === 'true-false')).toBe(true);

    // "New quiz" goes back to the setup, which lists the attempt.
    await page.getByRole('button', { name: 'New quiz' }).press('Enter');
    await page.getByRole('button', { name: 'Start quiz' }).waitFor();
    expect(await page.getByTestId('attempt').count()).toBe(1);
    expect(await page.getByTestId('attempt').innerText()).toContain(`${shown.percent} %`);
    await shoot(page, 'quiz-history');
    expectCleanRun(app);
  });

  it('keeps the feedback of an exam until the results', async () => {
    const app = await launch();
    const { page } = app;
    await openQuiz(page);
    await choose(page, ['Multiple choice', 'True or false', 'Fill in the blank', 'Short answer', 'Numbers'], 'Exam');
    await page.getByRole('button', { name: 'Start quiz' }).click();

    let skipped = 0;
    let total = 0;
    for (;;) {
      const question = await currentQuestion(page);
      total = question.total;
      expect(await page.locator('.mode').innerText()).toMatch(/exam/i);
      // Typed questions: the first is skipped (an empty Enter), the rest get a wrong guess.
      const typed = skipped === 0 ? '' : 'zzz';
      if (!['multiple-choice', 'true-false'].includes(question.format) && typed === '') skipped++;
      await answerByKeys(page, question.format, typed);
      if (question.index === question.total) break;
      await page.locator('.progress', { hasText: `Question ${question.index + 1} of ${question.total}` }).waitFor();
      // No verdict, no source sentence, no filled blank: nothing gives the answer away.
      expect(await page.getByTestId('grade').count()).toBe(0);
      expect(await page.getByTestId('source-sentence').count()).toBe(0);
      expect(await page.locator('mark.filled').count()).toBe(0);
    }
    await page.getByRole('heading', { level: 1, name: 'Quiz results' }).waitFor();
    expect(await page.getByTestId('review-item').count()).toBe(total);
    const [stored] = await storedAttempts();
    expect(stored?.mode).toBe('exam');
    expect(stored?.total).toBe(total);
    // The results give the feedback now: one grade per question not fully right.
    expect(await page.getByTestId('grade').count()).toBe(stored?.mistakes.length);
    if (skipped > 0) expect(await page.getByText('Skipped', { exact: true }).count()).toBe(skipped);
    expect(await page.locator('.meta').innerText()).toMatch(/^Exam/);
    await shoot(page, 'quiz-exam-results');
    expectCleanRun(app);
  });

  it('retries exactly the mistakes, in the same articles and mode', async () => {
    const app = await launch();
    const { page } = app;
    await openQuiz(page);
    // Multiple choice (some right, likely) and fill-in-the-blank answered "zzz" (surely wrong).
    await choose(page, ['Multiple choice', 'Fill in the blank'], 'Practice');
    await page.getByRole('button', { name: 'Start quiz' }).click();
    const first = await takePractice(page, () => 'zzz');
    const [attempt] = await storedAttempts();
    expect(attempt?.mistakes.length).toBeGreaterThan(0);
    const wrongShown = first.ids.filter((_, i) => first.verdicts[i] !== 'correct');
    expect(new Set(attempt?.mistakes)).toEqual(new Set(wrongShown));

    await page.getByRole('button', { name: `Retry the mistakes (${attempt?.mistakes.length})` }).click();
    const retry = await takePractice(page, () => 'zzz');
    expect(retry.ids.length).toBe(attempt?.mistakes.length);
    expect(new Set(retry.ids)).toEqual(new Set(attempt?.mistakes));

    const attempts = await storedAttempts();
    expect(attempts).toHaveLength(2);
    expect(attempts[1]?.total).toBe(attempt?.mistakes.length);
    expect(attempts[1]?.articleIds).toEqual(attempt?.articleIds);
    expect(attempts[1]?.mode).toBe('practice');
    expectCleanRun(app);
  });

  it('lists the attempts again after the app is reopened', async () => {
    const first = await launch();
    await openQuiz(first.page);
    await choose(first.page, ['Multiple choice', 'True or false'], 'Exam');
    await first.page.getByRole('button', { name: 'Start quiz' }).click();
    for (;;) {
      const question = await currentQuestion(first.page);
      await answerByKeys(first.page, question.format, '');
      if (question.index === question.total) break;
      await first.page.locator('.progress', { hasText: `Question ${question.index + 1} of ${question.total}` }).waitFor();
    }
    await first.page.getByRole('heading', { level: 1, name: 'Quiz results' }).waitFor();
    const shown = await shownScore(first.page);
    expectCleanRun(first);
    await first.close();

    const second = await launch();
    const { page } = second;
    await openQuiz(page);
    const rows = page.getByTestId('attempt');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const text = await rows.first().innerText();
    expect(text).toContain(SEED_TITLE);
    expect(text).toContain('Exam');
    expect(text).toContain(`${shown.percent} %`);
    expect(text).toContain(`${shown.correct} of ${shown.total}`);
    expectCleanRun(second);
  });

  it('shows a failed answer in the error banner and lets the learner answer again', async () => {
    const message = 'Factdeck could not save your answer. Check that your disk has free space.';
    let failures = 1;
    const app = await launch({
      intercept: (method, payload, next) => {
        if (method === 'answerQuizQuestion' && failures > 0) {
          failures--;
          return Promise.resolve({ ok: false, error: { code: 'storage-failed', message } });
        }
        return next(method, payload);
      },
    });
    const { page } = app;
    await openQuiz(page);
    await choose(page, ['Multiple choice', 'True or false'], 'Practice');
    await page.getByRole('button', { name: 'Start quiz' }).click();
    const question = await currentQuestion(page);
    await answerByKeys(page, question.format, '');
    await page.getByRole('alert').getByText(message).waitFor();
    expect(await page.getByTestId('grade').count()).toBe(0);
    expect(await quizReviews().catch(() => [])).toEqual([]);
    // The same question is still open: answering again goes through.
    await answerByKeys(page, question.format, '');
    await page.getByTestId('grade').waitFor();
    expect(await page.getByRole('alert').getByText(message).count()).toBe(0);
    expect((await currentQuestion(page)).id).toBe(question.id);
    expect((await quizReviews()).map((r) => r.questionId)).toEqual([question.id]);
    expectCleanRun(app);
  });
});
