/**
 * axe-core on the screens added after the first accessibility pass (see accessibility.test.ts),
 * in the light and the dark scheme: Progress (empty and after a short history), Browse (results,
 * editor, editor in error, export panel, restore confirmation), the Library's import UI (paste
 * dialog, delete confirmation, import progress), the Reader with memory shading, its fact panel
 * and the "Make a card" form, and the Study session summary. Each is also walked with Tab: the
 * main controls must be reached and every stop must show its focus (`:focus-visible` outlined).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../src-main/contract';
import { answerShown, DAY, openStudyApp, rightAnswer, wrongAnswer } from '../services/study-fixtures';
import { launchApp, type Intercept, type RunningApp } from './harness/app';
import { expectCleanRun } from './harness/clean-run';
import { selectWordsInSentence } from './harness/page-probes';
import { axeNeedsReview, axeViolations, blocking, tabStops } from './harness/axe';

/**
 * Rules axe leaves "to review" rather than failing, that are still wrong here: an aria-label on
 * an element without a role (a <div>, a <p>) is ignored by screen readers whatever its content.
 */
const NAMING_RULES = ['aria-prohibited-attr'];

const SEED_TITLE = 'Mexico Rejects US ‘Invasion’ in Cartel Fight';
const WHO_IS = 'q-d8c1bd869d1d'; // "Who is the US Secretary of State?"

let dataDir: string;
let outDir: string;
const running: RunningApp[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'factdeck-a11y-more-'));
  outDir = await mkdtemp(path.join(tmpdir(), 'factdeck-a11y-more-out-'));
});

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

async function launch(colorScheme: 'light' | 'dark', intercept?: Intercept): Promise<RunningApp> {
  const app = await launchApp({ dataDir, colorScheme, ...(intercept ? { intercept } : {}) });
  running.push(app);
  return app;
}

/** A short history written through the real services: a few cards two days ago and yesterday. */
async function studyAFewCards(): Promise<void> {
  const study = await openStudyApp(dataDir);
  study.setClock(Date.now() - 2 * DAY);
  await answerShown(study, 6);
  study.setClock(Date.now() - DAY);
  await answerShown(study, 6, undefined, (card, index) => (index % 3 === 2 ? wrongAnswer(card.question) : rightAnswer(card.question)));
  await study.close();
}

/**
 * What the checks found, screen by screen: axe's serious and critical violations, main controls
 * Tab never reached, and tab stops whose focus does not show. Collected so one run lists them all.
 */
class Audit {
  readonly checked: string[] = [];
  readonly problems: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly scheme: string,
  ) {}

  /** Runs axe; then, from `from` (or the focus as it is), Tabs through and expects `reach`. */
  async check(where: string, reach: readonly RegExp[], from?: Locator): Promise<void> {
    const label = `${where} (${this.scheme})`;
    this.problems.push(...blocking(await axeViolations(this.page)).map((found) => `${label}: ${found}`));
    this.problems.push(...(await axeNeedsReview(this.page, NAMING_RULES)).map((found) => `${label}: needs review, ${found}`));
    if (from !== undefined) await from.focus();
    const stops = await tabStops(this.page, 80);
    for (const name of reach) if (!stops.some((stop) => name.test(stop.name))) this.problems.push(`${label}: Tab never reached ${name} (stops: ${stops.map((s) => s.name).join(' | ')})`);
    for (const stop of stops.filter((s) => !s.visible)) this.problems.push(`${label}: no visible focus on <${stop.tag}> “${stop.name}”`);
    this.checked.push(where);
  }
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const navButton = (page: Page, name: string) => mainNav(page).getByRole('button', { name });

describe.each(['light', 'dark'] as const)('the %s scheme', (scheme) => {
  it('Progress: empty, then after a few studied cards', async () => {
    let app = await launch(scheme);
    let audit = new Audit(app.page, scheme);
    await navButton(app.page, 'Progress').click();
    await app.page.getByTestId('today-done').waitFor();
    await audit.check('Progress, empty', [/^Progress$/, /^30 days$/, /^365 days$/], navButton(app.page, 'Library'));
    const problems = [...audit.problems];
    expectCleanRun(app);
    await app.close();

    await studyAFewCards();
    app = await launch(scheme);
    audit = new Audit(app.page, scheme);
    await navButton(app.page, 'Progress').click();
    await app.page.getByTestId('quiz-summary').waitFor();
    expect(await app.page.locator('[data-testid=today-done] .value').innerText()).toBe('0');
    expect(await app.page.getByTestId('activity-summary').innerText()).not.toBe('No answers in the last 30 days.');
    await audit.check('Progress, with history', [/^30 days$/, /^90 days$/], navButton(app.page, 'Library'));
    expect([...problems, ...audit.problems]).toEqual([]);
    expectCleanRun(app);
  });

  it('Browse: results, editor, editor in error, export panel and restore confirmation', async () => {
    const app = await launch(scheme);
    const { page } = app;
    const audit = new Audit(page, scheme);
    await navButton(page, 'Browse').click();
    await page.getByRole('heading', { level: 1, name: 'Browse' }).waitFor();
    await page.locator('.facts .fact').first().waitFor();
    await audit.check('Browse, results', [/Search facts/, /^People$/, /^Suspend$/], navButton(page, 'Library'));

    await page.locator(`[data-question-id="${WHO_IS}"]`).click();
    const editor = page.getByRole('form', { name: /Edit question/ });
    await editor.waitFor();
    await audit.check('Browse, question editor', [/^Question$/, /^Answer$/, /^Save$/], editor.getByRole('textbox', { name: 'Question' }));
    await editor.getByRole('textbox', { name: 'Answer' }).fill('');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('The answer cannot be empty.').waitFor();
    await audit.check('Browse, editor with an error', [/^Save$/], editor.getByRole('textbox', { name: 'Question' }));

    await page.getByText('Export and restore', { exact: true }).click();
    await page.locator('details.data[open]').waitFor();
    await audit.check('Browse, export and restore', [/^Export everything/, /^Export for Anki/, /^Export history/], page.getByText('Export and restore', { exact: true }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything…' }).click()]);
    const file = path.join(outDir, 'export.json');
    await download.saveAs(file);
    expect(JSON.parse(await readFile(file, 'utf8'))).toHaveProperty('files');
    await page.getByLabel('Export file to restore').setInputFiles(file);
    await page.getByRole('alert').getByText(/Replace all your data with/).waitFor();
    await audit.check('Browse, restore confirmation', [/^Replace my data$/], page.getByText('Export and restore', { exact: true }));

    expect(audit.problems).toEqual([]);
    expect(audit.checked).toHaveLength(5);
    expectCleanRun(app);
  });

  it('Library import: paste dialog, delete confirmation, import progress', async () => {
    let hold = false;
    let release: () => void = () => {};
    const app = await launch(scheme, async (method, payload, next): Promise<ApiResult<unknown>> => {
      // While `hold` is on, the second chunk of an import waits: the progress bar stays up.
      if (hold && method === 'appendImport' && (payload as { index: number }).index === 1) await new Promise<void>((resolve) => (release = resolve));
      return next(method, payload);
    });
    const { page } = app;
    const audit = new Audit(page, scheme);
    const corpus = (name: string) => readFile(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');

    await page.getByRole('button', { name: 'Paste text…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste an article' });
    await paste.waitFor();
    await paste.getByLabel(/Title/).fill('Daniel Bernoulli');
    await paste.getByLabel('Text').fill((await corpus('06-daniel-bernoulli.txt')).split('\n').slice(2).join('\n'));
    await audit.check('Library, paste dialog', [/Title/, /^Text$/, /^Import$/, /^Cancel$/]);
    await paste.getByRole('button', { name: 'Import' }).click();
    await page.locator('.notice').filter({ hasText: /Imported “Daniel Bernoulli”/ }).waitFor();
    await audit.check('Library, with an imported article', [/^Delete Daniel Bernoulli$/, /^Paste text…$/], navButton(page, 'Library'));

    await page.getByRole('button', { name: 'Delete Daniel Bernoulli' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this article?' });
    await confirm.waitFor();
    await audit.check('Library, delete confirmation', [/^Keep it$/, /^Delete$/]);
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });

    hold = true;
    const paragraph = (await corpus('04-scientology-defector-arrested.txt')).replace(/\s+/g, ' ');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a file…' }).click();
    await (await chooser).setFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(Array.from({ length: 60 }, (_, i) => `Part ${i + 1}. ${paragraph}`).join('\n\n')) });
    const progress = page.getByRole('group', { name: 'Import in progress' });
    await progress.getByText(/Sending the text…/).waitFor();
    await audit.check('Library, import in progress', [/^Cancel$/], navButton(page, 'Library'));
    await progress.getByRole('button', { name: 'Cancel' }).click();
    release();
    await page.locator('.notice').filter({ hasText: /Import cancelled/ }).waitFor();

    expect(audit.problems).toEqual([]);
    expect(audit.checked).toHaveLength(4);
    expectCleanRun(app);
  });

  it('Reader: memory shading, the fact panel, the "Make a card" form', async () => {
    await studyAFewCards();
    const app = await launch(scheme);
    const { page } = app;
    const audit = new Audit(page, scheme);
    await page.getByRole('button', { name: SEED_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    await page.locator('[data-legend-band] [data-count]').first().waitFor();
    const studied = page.locator('.shade:not([data-band="new"])').first();
    await studied.waitFor();
    await audit.check('Reader, memory shading', [/^Memory shading$/, /^Study this section$/], navButton(page, 'Library'));

    await studied.click();
    const panel = page.getByTestId('fact-panel');
    await panel.waitFor();
    await panel.getByTestId('fact-history').locator('li').first().waitFor();
    await audit.check('Reader, fact panel', [/^Close the fact panel$/, /^Edit$/, /^Study this fact’s section$/]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    const word = 'narcotics trafficking';
    await selectWordsInSentence(page, 1, word);
    await page.getByRole('button', { name: 'Make a card' }).click();
    const form = page.getByRole('form', { name: 'Make a card' });
    await form.getByText(word).waitFor();
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('SELECT'); // the form's first field
    await audit.check('Reader, Make a card', [/^Kind/, /Your question/, /^Make the card$/, /^Cancel$/]);
    await form.getByRole('button', { name: 'Make the card' }).click();
    await page.getByRole('button', { name: 'Edit it in Browse' }).waitFor();
    await audit.check('Reader, card made', [/^Edit it in Browse$/], navButton(page, 'Library'));

    expect(audit.problems).toEqual([]);
    expect(audit.checked).toHaveLength(4);
    expectCleanRun(app);
  });

  it('Study: the session summary', async () => {
    const app = await launch(scheme);
    const { page } = app;
    const audit = new Audit(page, scheme);
    await page.getByRole('button', { name: 'Study', exact: true }).first().click();
    await page.getByTestId('study-card').waitFor();
    await page.getByRole('button', { name: 'End session' }).click();
    const summary = page.getByTestId('study-summary');
    await summary.getByRole('heading', { level: 2 }).waitFor();
    await audit.check('Study, session summary', [/^Keep studying$/, /^Back to the article$/, /^Back to library$/]);
    expect(audit.problems).toEqual([]);
    expectCleanRun(app);
  });
});
