/**
 * The Reader, end to end: the built renderer in Chromium, the real services and store on a
 * temporary data folder, the production CSP. Screenshots land in test-results/.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/electron/csp';
import { eventually, launchApp, screenshotDir, type RunningApp } from './harness/app';
import { expectCleanRun } from './harness/clean-run';
import {
  activeElement,
  bodyColors,
  chromeBottom,
  dataIndexes,
  paragraphAtTop,
  probeCsp,
  scrollParagraphToTop,
} from './harness/page-probes';

const SEED_ID = 'mexico-rejects-us-invasion';
const SEED_TITLE = 'Mexico Rejects US ‘Invasion’ in Cartel Fight';

let dataDir: string;
const running: RunningApp[] = [];

async function launch(options: Partial<Parameters<typeof launchApp>[0]> = {}): Promise<RunningApp> {
  const app = await launchApp({ dataDir, ...options });
  running.push(app);
  return app;
}

/** The article the store will reopen at the next start, as written on disk. */
async function lastOpenedArticle(): Promise<string | null | undefined> {
  try {
    const progress = JSON.parse(await readFile(path.join(dataDir, 'progress.json'), 'utf8')) as { lastOpenedArticleId?: string | null };
    return progress.lastOpenedArticleId;
  } catch {
    return undefined; // caught mid-rename
  }
}

async function savedPosition(articleId: string): Promise<number | undefined> {
  try {
    const progress = JSON.parse(await readFile(path.join(dataDir, 'progress.json'), 'utf8')) as {
      readingPositions?: Record<string, { paragraphIndex: number }>;
    };
    return progress.readingPositions?.[articleId]?.paragraphIndex;
  } catch {
    return undefined; // not written yet, or caught mid-rename
  }
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'factdeck-e2e-'));
});

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('Library and Reader', () => {
  it('shows the seed article in the Library and reads it without page furniture', async () => {
    const app = await launch();
    const { page } = app;

    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    const card = page.getByRole('button', { name: SEED_TITLE });
    await card.waitFor();
    const cardText = await page.locator('.card').first().innerText();
    expect(cardText).toMatch(/\d+ words/);
    expect(cardText).toMatch(/2 sections/);
    await page.screenshot({ path: path.join(screenshotDir, 'library.png'), fullPage: true });

    await card.click();
    const title = page.getByRole('heading', { level: 1, name: SEED_TITLE });
    await title.waitFor();

    const headings = await page.locator('article h2').allInnerTexts();
    expect(headings).toEqual(['Mexico Adjusts Strategy']);
    expect(await page.locator('article section').count()).toBe(2);
    expect(await dataIndexes(page, '[data-paragraph-index]', 'paragraphIndex')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await page.locator('section[data-section-index="1"] [data-paragraph-index]').count()).toBe(2);

    // Sentences are spans in reading order, each under its paragraph.
    const sentenceIndexes = await dataIndexes(page, '[data-paragraph-index] span.sentence[data-sentence-index]', 'sentenceIndex');
    expect(sentenceIndexes.length).toBeGreaterThanOrEqual(9);
    expect(sentenceIndexes).toEqual(sentenceIndexes.map((_, i) => i));

    const text = await page.locator('main').innerText();
    expect(text).toContain('Sheinbaum firmly rejected any possibility of US intervention');
    expect(text).not.toMatch(/Leave a Reply/i);
    expect(text).not.toMatch(/Required fields/i);

    await page.screenshot({ path: path.join(screenshotDir, 'reader.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(screenshotDir, 'reader-dark.png'), fullPage: true });
    const dark = await bodyColors(page);
    expect(dark.backgroundColor).toBe('rgb(22, 24, 27)');
    expect(dark.color).toBe('rgb(222, 218, 210)');

    expectCleanRun(app);
  });

  it('reopens the article at the paragraph the learner left it, and goes back by keyboard', async () => {
    const first = await launch();
    await first.page.getByRole('button', { name: SEED_TITLE }).click();
    await first.page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();

    // Scroll the first paragraph of the second section to the top of the reading area.
    const target = await scrollParagraphToTop(first.page, 'section[data-section-index="1"] [data-paragraph-index]');
    expect(target).toBe(7);
    expect((await paragraphAtTop(first.page))?.index).toBe(7);
    await eventually(async () => ((await savedPosition(SEED_ID)) === target ? true : undefined), 5000, 'the saved position');
    await first.page.screenshot({ path: path.join(screenshotDir, 'reader-scrolled.png') });
    expectCleanRun(first);
    await first.close();

    const second = await launch();
    const { page } = second;
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Library' }).count()).toBe(0);
    // The paragraph opens its section, so it comes back just below the chrome with its heading above it.
    const top = await paragraphAtTop(page);
    expect(top?.index).toBe(target);
    expect(top?.offset).toBeGreaterThan(0);
    expect(top?.offset).toBeLessThan(120);
    const heading = await page.getByRole('heading', { level: 2, name: 'Mexico Adjusts Strategy' }).boundingBox();
    expect(heading?.y).toBeGreaterThanOrEqual(await chromeBottom(page));
    await page.screenshot({ path: path.join(screenshotDir, 'reader-reopened.png') });

    // Keyboard only: focus sits on the title; Shift+Tab reaches "Back to library", Enter leaves.
    expect((await activeElement(page))?.tagName).toBe('H1');
    await page.keyboard.press('Shift+Tab');
    expect((await activeElement(page))?.text).toMatch(/Back to library/);
    await page.screenshot({ path: path.join(screenshotDir, 'reader-focus.png') });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    // Focus returns to the article the learner came from; Enter opens it again where they were.
    expect((await activeElement(page))?.text).toBe(SEED_TITLE);
    await page.screenshot({ path: path.join(screenshotDir, 'library-focus.png') });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    expect((await paragraphAtTop(page))?.index).toBe(target);

    // Leaving for the Library is remembered too: the next start opens the Library.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await eventually(async () => ((await lastOpenedArticle()) === null ? true : undefined), 5000, 'the closed article');
    expectCleanRun(second);
    await second.close();

    const third = await launch();
    await third.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    expect(await third.page.getByRole('heading', { level: 1, name: SEED_TITLE }).count()).toBe(0);
    expectCleanRun(third);
  });

  it('runs under the production Content-Security-Policy', async () => {
    const app = await launch({ waitForStart: false });
    const { page } = app;
    const response = await page.goto(app.server.indexUrl);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    expectCleanRun(app);

    const blocked = await probeCsp(page);
    expect(blocked.evalRan).toBe(false);
    expect(blocked.inlineScriptRan).toBe(false);
    expect(blocked.inlineStyleApplied).toBe(false);
    expect(blocked.violations).toEqual(expect.arrayContaining(['script-src', 'script-src-elem', 'style-src-elem']));
  });
});
