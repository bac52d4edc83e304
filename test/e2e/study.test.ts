/**
 * The Study screen, end to end and by keyboard only: the built renderer in Chromium, the real
 * study services and review log on a temporary data folder, the seed article.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchApp, screenshotDir, type Intercept, type RunningApp } from './harness/app';
import { expectCleanRun } from './harness/clean-run';

const SEED_TITLE = 'Mexico Rejects US ‘Invasion’ in Cartel Fight';

let dataDir: string;
const running: RunningApp[] = [];

async function launch(intercept?: Intercept): Promise<RunningApp> {
  const app = await launchApp({ dataDir, intercept });
  running.push(app);
  return app;
}

interface LogLine {
  readonly id: string;
  readonly kind?: 'undo' | 'suspend' | 'unsuspend';
  readonly mode?: string;
  readonly correct?: boolean;
  readonly rating?: number;
  readonly questionId?: string;
  readonly undoes?: string;
}

/** Every line of the review log, in the order written. */
async function reviewLog(): Promise<LogLine[]> {
  const folder = path.join(dataDir, 'reviews');
  let files: string[];
  try {
    files = (await readdir(folder)).filter((name) => name.endsWith('.jsonl')).sort();
  } catch {
    return [];
  }
  const lines: LogLine[] = [];
  for (const file of files) {
    const text = await readFile(path.join(folder, file), 'utf8');
    for (const line of text.split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as LogLine);
  }
  return lines;
}

const answersIn = (log: readonly LogLine[]) => log.filter((line) => line.kind === undefined);

/**
 * A full-page screenshot in the dark scheme, then back to light. Two frames pass first: right
 * after the switch Chromium may still paint some inherited colours of the light scheme.
 */
async function screenshotDark(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The accessible name of the focused element (its label, else its text). */
async function focusedName(page: Page): Promise<string> {
  const focused = page.locator(':focus');
  if ((await focused.count()) === 0) return '';
  return ((await focused.getAttribute('aria-label')) ?? (await focused.innerText())).trim();
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails when it never does. */
async function tabTo(page: Page, name: RegExp, backwards = false): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (name.test(await focusedName(page))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${name}; focus is on "${await focusedName(page)}"`);
}

interface CardState {
  readonly phase: string;
  readonly kind: string;
  readonly shown: number;
  readonly prompt: string;
}

async function cardState(page: Page): Promise<CardState | 'summary' | undefined> {
  if ((await page.getByTestId('study-summary').count()) > 0) return 'summary';
  const area = page.locator('.card-area');
  const card = page.getByTestId('study-card');
  if ((await area.count()) === 0 || (await card.count()) === 0) return undefined;
  try {
    return {
      phase: (await card.getAttribute('data-phase', { timeout: 500 })) ?? '',
      kind: (await card.getAttribute('data-kind', { timeout: 500 })) ?? '',
      shown: Number(await area.getAttribute('data-shown', { timeout: 500 })),
      prompt: (await card.getByTestId('prompt').innerText({ timeout: 500 })).trim(),
    };
  } catch {
    return undefined; // the card changed while it was read
  }
}

/** Waits for a card in `phase` (and, when given, a different one from `after`), or the summary. */
async function waitForCard(page: Page, phase: string, after?: number): Promise<CardState | 'summary'> {
  return eventually(
    async () => {
      const state = await cardState(page);
      if (state === 'summary') return state;
      if (state && state.phase === phase && (after === undefined || state.shown > after)) return state;
      return undefined;
    },
    5000,
    `a card in phase ${phase}`,
  );
}

async function counts(page: Page): Promise<{ new: number; learning: number; review: number }> {
  const read = async (name: string) => Number(await page.locator(`[data-count="${name}"] strong`).innerText());
  return { new: await read('new'), learning: await read('learning'), review: await read('review') };
}

/** From the Library, by keyboard: Tab to the article's Study button and press Enter. */
async function studyFromLibrary(page: Page): Promise<CardState> {
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  await tabTo(page, /^Study$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  const first = await waitForCard(page, 'question');
  if (first === 'summary') throw new Error('No card to study');
  return first;
}

/** The answer side of a flashcard is photographed once per run. */
let revealedShot = false;

/**
 * Answers the card on screen by keys alone, the way its kind asks, and goes on to the next card.
 * `turn` varies the answers: some typed, some left empty to reveal and rate.
 */
async function answerByKeys(page: Page, card: CardState, turn: number): Promise<{ kind: string; graded: boolean }> {
  let graded = true;
  switch (card.kind) {
    case 'choice':
      await page.keyboard.press(String((turn % 2) + 1));
      break;
    case 'truth':
      await page.keyboard.press(turn % 2 === 0 ? 't' : 'f');
      break;
    case 'typed':
      if (turn % 2 === 0) {
        await page.keyboard.type('Sheinbaum');
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press('Enter'); // empty: "I don't know", show the answer
        graded = false;
      }
      break;
    case 'reveal':
      await page.keyboard.press('Space');
      graded = false;
      break;
    case 'pairs': {
      const selects = await page.locator('[data-testid="study-card"] select').count();
      for (let index = 0; index < selects; index++) {
        await page.keyboard.press('Tab');
        await page.keyboard.press('ArrowDown');
      }
      await tabTo(page, /^Check/);
      await page.keyboard.press('Enter');
      break;
    }
    default:
      throw new Error(`Unknown answer kind ${card.kind}`);
  }
  if (graded) {
    await waitForCard(page, 'feedback');
    await page.getByTestId('grade').waitFor();
    await page.keyboard.press('Space');
  } else {
    await waitForCard(page, 'revealed');
    await page.getByRole('group', { name: 'How well did you remember?' }).waitFor();
    if (!revealedShot) {
      revealedShot = true;
      await page.screenshot({ path: path.join(screenshotDir, 'study-revealed.png'), fullPage: true });
      await screenshotDark(page, 'study-revealed-dark');
    }
    await page.keyboard.press(String((turn % 4) + 1));
  }
  return { kind: card.kind, graded };
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'factdeck-study-e2e-'));
});

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('Study', () => {
  it('studies a session of mixed cards with the keyboard only, every answer in the review log', async () => {
    const app = await launch();
    const { page } = app;
    let card: CardState | 'summary' = await studyFromLibrary(page);
    expect(await counts(page)).toEqual({ new: 20, learning: 0, review: 0 });
    expect(await page.getByRole('group', { name: 'Question mode' }).getByRole('button', { name: 'Mixed' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('region', { name: 'Keyboard shortcuts' }).innerText()).toMatch(/E\s*Edit this question/);

    await page.screenshot({ path: path.join(screenshotDir, 'study-card.png'), fullPage: true });
    await screenshotDark(page, 'study-card-dark');

    const kinds = new Set<string>();
    let answered = 0;
    for (let turn = 0; turn < 14 && card !== 'summary'; turn++) {
      if (turn === 8) {
        // Halfway, switch to flashcards by keyboard: back from the card to the mode switch.
        await tabTo(page, /^Flashcards$/, true);
        await page.keyboard.press('Enter');
        card = await waitForCard(page, 'question', card.shown);
        if (card === 'summary') break;
      }
      if (turn === 0 && card.kind === 'choice') {
        // The feedback phase, in both schemes, for the first graded answer.
        await page.keyboard.press('2');
        await waitForCard(page, 'feedback');
        await page.getByTestId('source-sentence').waitFor();
        expect(await page.getByTestId('next-due').innerText()).toMatch(/^Back in \d+[smhdwy]/);
        await page.screenshot({ path: path.join(screenshotDir, 'study-feedback.png'), fullPage: true });
        await screenshotDark(page, 'study-feedback-dark');
        await page.keyboard.press('Enter');
        kinds.add('choice');
      } else {
        const done = await answerByKeys(page, card, turn);
        kinds.add(done.graded ? done.kind : `${done.kind}/self`);
      }
      answered++;
      const previous = card.shown;
      await eventually(async () => ((await answersIn(await reviewLog())).length === answered ? true : undefined), 5000, `answer ${answered} in the log`);
      card = await waitForCard(page, 'question', previous);
    }

    expect(answered).toBeGreaterThanOrEqual(10);
    // Choices, true/false, typed and self-rated cards all came up.
    for (const kind of ['choice', 'truth', 'typed']) expect(kinds).toContain(kind);
    // Rated by the learner: an empty typed answer, and a flashcard revealed with Space.
    expect(kinds).toContain('typed/self');
    expect(kinds).toContain('reveal/self');

    const log = await reviewLog();
    const answers = answersIn(log);
    expect(answers).toHaveLength(answered);
    expect(answers.every((line) => line.mode === 'study')).toBe(true);
    expect(new Set(answers.map((line) => line.id)).size).toBe(answered);
    expect(await counts(page)).not.toEqual({ new: 20, learning: 0, review: 0 });

    // End the session by keyboard: back from the card to the header's button.
    await tabTo(page, /^End session$/, true);
    await page.keyboard.press('Enter');
    const summary = page.getByTestId('study-summary');
    await summary.waitFor();
    expect(await summary.locator('[data-stat="studied"]').innerText()).toBe(`${answered} cards`);
    expect(await summary.locator('[data-stat="correct"]').innerText()).toMatch(/^\d+ %$/);
    expect(Number(await summary.locator('[data-stat="again"]').innerText())).toBe(answers.filter((line) => line.rating === 1).length);
    expect(await page.getByTestId('due-next').innerText()).toMatch(/still due today|Nothing more due today/);
    await page.screenshot({ path: path.join(screenshotDir, 'study-summary.png'), fullPage: true });
    await screenshotDark(page, 'study-summary-dark');

    // Back to the Library by keyboard, focus on the article studied.
    await tabTo(page, /^Back to library$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    expect(await focusedName(page)).toBe(SEED_TITLE);
    expectCleanRun(app);
  });

  it('takes the last answer back with U and brings its card back; R counts a wrong answer as right', async () => {
    const app = await launch();
    const { page } = app;
    const first = await studyFromLibrary(page);
    expect(first.kind).toBe('choice');
    await page.keyboard.press('1');
    await waitForCard(page, 'feedback');
    await page.keyboard.press('Space');
    const second = await waitForCard(page, 'question', first.shown);
    if (second === 'summary') throw new Error('The session ended after one card');
    const [answer] = answersIn(await reviewLog());
    expect(answer?.mode).toBe('study');

    await page.keyboard.press('u');
    const back = await waitForCard(page, 'question', second.shown);
    if (back === 'summary') throw new Error('Undo ended the session');
    expect(back.prompt).toBe(first.prompt);
    expect(await page.getByTestId('study-note').innerText()).toMatch(/Answer taken back/);
    const log = await reviewLog();
    expect(log.at(-1)).toMatchObject({ kind: 'undo', undoes: answer?.id });
    expect(await counts(page)).toEqual({ new: 20, learning: 0, review: 0 });

    // Answer the card again, then typed mode: a wrong answer, and "I was right" with R.
    await page.keyboard.press('1');
    await waitForCard(page, 'feedback');
    await page.keyboard.press('Space');
    const next = await waitForCard(page, 'question', back.shown);
    if (next === 'summary') throw new Error('The session ended');
    await tabTo(page, /^Typed$/, true);
    await page.keyboard.press('Enter');
    const typed = await waitForCard(page, 'question', next.shown);
    if (typed === 'summary') throw new Error('No typed card');
    expect(typed.kind).toBe('typed');
    await page.keyboard.type('certainly not this');
    await page.keyboard.press('Enter');
    await waitForCard(page, 'feedback');
    expect(await page.getByTestId('grade').getAttribute('data-verdict')).not.toBe('correct');
    await page.screenshot({ path: path.join(screenshotDir, 'study-feedback-wrong.png'), fullPage: true });
    await page.keyboard.press('r');
    await eventually(async () => ((await page.getByTestId('grade').getAttribute('data-verdict')) === 'correct' ? true : undefined), 5000, 'the overruled grade');
    const after = await reviewLog();
    const [undoLine, rewritten] = after.slice(-2);
    expect(undoLine?.kind).toBe('undo');
    expect(rewritten).toMatchObject({ mode: 'study', correct: true });
    expect(undoLine?.undoes).not.toBe(rewritten?.id);
    expect(await page.getByRole('button', { name: /I was right/ }).count()).toBe(0);
    expectCleanRun(app);
  });

  it('keeps the progress over a restart: fewer new cards when studying again', async () => {
    const first = await launch();
    let card: CardState | 'summary' = await studyFromLibrary(first.page);
    expect((await counts(first.page)).new).toBe(20);
    for (let turn = 0; turn < 3 && card !== 'summary'; turn++) {
      await answerByKeys(first.page, card, turn);
      card = await waitForCard(first.page, 'question', card.shown);
    }
    await eventually(async () => ((await answersIn(await reviewLog())).length === 3 ? true : undefined), 5000, 'three answers in the log');
    expectCleanRun(first);
    await first.close();

    const second = await launch();
    await studyFromLibrary(second.page);
    expect(await counts(second.page)).toMatchObject({ new: 17 });
    expectCleanRun(second);
  });

  it('starts from the Reader, and O shows the answered card in the article', async () => {
    const app = await launch();
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await tabTo(page, new RegExp(`^${SEED_TITLE}$`));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    await tabTo(page, /^Study this article$/);
    await page.screenshot({ path: path.join(screenshotDir, 'reader-study-button.png') });
    await page.keyboard.press('Enter');
    const card = await waitForCard(page, 'question');
    if (card === 'summary') throw new Error('No card to study');
    expect(await page.getByRole('heading', { level: 1, name: SEED_TITLE }).count()).toBe(1);

    await page.keyboard.press('o'); // nothing to show before the answer
    expect(await cardState(page)).toMatchObject({ phase: 'question', shown: card.shown });
    await page.keyboard.press('1');
    await waitForCard(page, 'feedback');
    await page.keyboard.press('o');
    await page.locator('article [data-paragraph-index]').first().waitFor();
    expect(await page.getByTestId('study-card').count()).toBe(0);
    expect(answersIn(await reviewLog())).toHaveLength(1);
    expectCleanRun(app);
  });

  it('says why an answer could not be saved, and keeps the card to answer again', async () => {
    const message = 'Your answer could not be saved: the disk is full. Free some space and try again.';
    let failures = 1;
    const app = await launch(async (method, payload, next) => {
      if (method === 'answerCard' && failures > 0) {
        failures -= 1;
        return { ok: false, error: { code: 'storage-failed', message } };
      }
      return next(method, payload);
    });
    const { page } = app;
    const card = await studyFromLibrary(page);
    await page.keyboard.press('1');
    const alert = page.getByRole('alert');
    await alert.getByText(message).waitFor();
    expect(await cardState(page)).toMatchObject({ phase: 'question', shown: card.shown, prompt: card.prompt });
    expect(answersIn(await reviewLog())).toHaveLength(0);
    await page.screenshot({ path: path.join(screenshotDir, 'study-error.png') });

    await page.keyboard.press('1');
    await waitForCard(page, 'feedback');
    expect(await alert.innerText()).toBe('');
    expect(answersIn(await reviewLog())).toHaveLength(1);
    expect(app.pageErrors).toEqual([]);
    expect(app.mainLog).toEqual([]);
  });

  it('suspends the fact on screen with S, says so, and goes on to another card', async () => {
    const app = await launch();
    const { page } = app;
    const card = await studyFromLibrary(page);
    await page.keyboard.press('s');
    const next = await waitForCard(page, 'question', card.shown);
    if (next === 'summary') throw new Error('The session ended');
    expect(next.prompt).not.toBe(card.prompt);
    expect(await page.getByTestId('study-note').innerText()).toMatch(/Suspended/);
    const log = await reviewLog();
    expect(log).toHaveLength(1);
    expect(log[0]?.kind).toBe('suspend');
    expectCleanRun(app);
  });

  it('ends with a summary when nothing more is due, and can undo from it', async () => {
    const app = await launch();
    const { page } = app;
    const first = await studyFromLibrary(page);
    await tabTo(page, /^Typed$/, true);
    await page.keyboard.press('Enter');
    let card: CardState | 'summary' = await waitForCard(page, 'question', first.shown);
    let answered = 0;
    // Typed mode, every answer left empty and rated Easy: nothing comes back today, so the day's new cards run out.
    for (let turn = 0; turn < 80 && card !== 'summary'; turn++) {
      if (card.kind === 'typed') {
        await page.keyboard.press('Enter');
        await waitForCard(page, 'revealed');
        await page.keyboard.press('4');
      } else if (card.kind === 'reveal') {
        await page.keyboard.press('Space');
        await waitForCard(page, 'revealed');
        await page.keyboard.press('4');
      } else {
        await answerByKeys(page, card, 0);
      }
      answered++;
      card = await waitForCard(page, 'question', card.shown);
    }
    expect(card).toBe('summary');
    await page.screenshot({ path: path.join(screenshotDir, 'study-done.png'), fullPage: true });
    const summary = page.getByTestId('study-summary');
    expect(await summary.getByRole('heading', { level: 2 }).innerText()).toBe('Done for today');
    expect(await page.getByTestId('due-next').innerText()).toBe('Nothing more due today.');
    expect(await summary.locator('[data-stat="studied"]').innerText()).toBe(`${answered} cards`);
    expect(answersIn(await reviewLog())).toHaveLength(answered);
    await page.screenshot({ path: path.join(screenshotDir, 'study-done.png'), fullPage: true });

    // Undo from the summary brings the last card back.
    await page.keyboard.press('u');
    const back = await eventually(async () => {
      const state = await cardState(page);
      return state !== 'summary' && state?.phase === 'question' ? state : undefined;
    }, 5000, 'the card taken back');
    expect(back.kind).toBe('typed');
    expect(await page.getByTestId('study-note').innerText()).toMatch(/Answer taken back/);
    expect((await reviewLog()).at(-1)?.kind).toBe('undo');
    expectCleanRun(app);
  });
});
