/**
 * Browse, edit, export and restore, end to end: the built renderer in Chromium over the real
 * services and a real data folder. An edit survives a restart (every deck is generated again);
 * an export restored into a wiped folder gives the same data. Screenshots light and dark.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchApp, screenshotDir, type RunningApp } from './harness/app';
import { expectCleanRun } from './harness/clean-run';
import { selectWordsInSentence } from './harness/page-probes';

const SEED_ID = 'mexico-rejects-us-invasion';
const WHO_IS = 'q-d8c1bd869d1d'; // "Who is the US Secretary of State?" → Marco Rubio
const RUBIO_FACT = 'fact-94707cb49d2d';

let dataDir: string;
let outDir: string;
const running: RunningApp[] = [];

async function launch(): Promise<RunningApp> {
  const app = await launchApp({ dataDir });
  running.push(app);
  return app;
}

async function closeAll(): Promise<void> {
  for (const app of running.splice(0)) {
    expectCleanRun(app);
    await app.close();
  }
}

/** The window as the learner sees it, light then dark; scrolled to `show` if given, else to the top. */
async function screenshots(page: Page, name: string, show?: Locator): Promise<void> {
  if (show === undefined) await page.evaluate('window.scrollTo(0, 0)');
  else await show.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  await page.screenshot({ path: path.join(screenshotDir, `${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openBrowse(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Browse' }).click();
  await page.getByRole('heading', { level: 1, name: 'Browse' }).waitFor();
  await page.locator('.facts .fact').first().waitFor();
}

async function openDataPanel(page: Page): Promise<void> {
  const summary = page.getByText('Export and restore', { exact: true });
  if ((await page.locator('details.data[open]').count()) === 0) await summary.click();
  await page.locator('details.data[open]').waitFor();
}

/** Types a search and waits for its results (the list is replaced once the typing pauses). */
async function searchFor(page: Page, text: string): Promise<void> {
  const before = await page.locator('.count').innerText();
  await page.getByRole('searchbox', { name: 'Search facts and questions' }).fill(text);
  await eventually(async () => ((await page.locator('.count').innerText()) !== before ? true : undefined), 5000, `the results for "${text}"`);
}

/** Clicks an export button and gives the downloaded file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  await openDataPanel(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const saved = path.join(outDir, file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), text: await readFile(saved, 'utf8') };
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'factdeck-e2e-'));
  outDir = await mkdtemp(path.join(tmpdir(), 'factdeck-e2e-out-'));
});

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

describe('Browse', () => {
  it('searches, edits a question with validation, and the edit survives a restart', async () => {
    const app = await launch();
    const { page } = app;
    await openBrowse(page);
    await page.getByRole('searchbox', { name: 'Search facts and questions' }).fill('secretary rubio');
    await page.locator(`[data-fact-id="${RUBIO_FACT}"]`).waitFor();
    const unfiltered = await page.locator('.facts .fact').count();
    await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'People' }).click();
    await eventually(async () => ((await page.locator('.facts .fact').count()) < unfiltered ? true : undefined), 5000, 'people only');
    expect(await page.locator(`[data-fact-id="${RUBIO_FACT}"]`).count()).toBe(1);
    expect(await page.locator('.facts .fact .badge:text-is("Person")').count()).toBe(await page.locator('.facts .fact').count());
    expect(await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'People' }).getAttribute('aria-pressed')).toBe('true');

    await page.locator(`[data-question-id="${WHO_IS}"]`).click();
    const editor = page.getByRole('form', { name: /Edit question/ });
    await editor.waitFor();
    expect(await editor.getByRole('textbox', { name: 'Question' }).inputValue()).toBe('Who is the US Secretary of State?');
    // An empty answer and a prompt giving the answer away are refused, with the reasons at their fields.
    await editor.getByRole('textbox', { name: 'Answer' }).fill('');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('The answer cannot be empty.').waitFor();
    expect(await editor.getByRole('textbox', { name: 'Answer' }).getAttribute('aria-invalid')).toBe('true');
    await editor.getByRole('textbox', { name: 'Answer' }).fill('Marco Rubio');
    await editor.getByRole('textbox', { name: 'Question' }).fill('Is Marco Rubio the Secretary of State?');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('The question gives the answer away: take the answer out of it.').waitFor();
    await screenshots(page, 'browse-editor-invalid', editor);

    await editor.getByRole('textbox', { name: 'Question' }).fill('Who heads the US State Department?');
    await editor.getByRole('textbox', { name: /Also accept/ }).fill('Rubio\nSecretary Rubio');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('browse-note').getByText('Edit saved').waitFor();
    expect(await editor.getByText('Edited by you').count()).toBe(1);
    await screenshots(page, 'browse-editor', editor);
    await closeAll();

    // A restart generates every deck again; the edit is found by its question's id.
    const again = await launch();
    await openBrowse(again.page);
    await again.page.getByRole('group', { name: 'State' }).getByRole('button', { name: 'Edited' }).click();
    await eventually(async () => ((await again.page.locator('.facts .fact').count()) === 1 ? true : undefined), 5000, 'the edited fact');
    expect(await again.page.locator(`[data-question-id="${WHO_IS}"]`).innerText()).toMatch(/Who heads the US State Department\?/);
    await again.page.locator(`[data-question-id="${WHO_IS}"]`).click();
    const reopened = again.page.getByRole('form', { name: /Edit question/ });
    expect(await reopened.getByRole('textbox', { name: /Also accept/ }).inputValue()).toBe('Rubio\nSecretary Rubio');
    await screenshots(again.page, 'browse-edited-filter');
    await closeAll();
  });

  it('suspends, unsuspends, and deletes with undo', async () => {
    const app = await launch();
    const { page } = app;
    await openBrowse(page);
    const fact = page.locator(`[data-fact-id="${RUBIO_FACT}"]`);
    await searchFor(page, 'Who is the US Secretary of State');
    await fact.getByRole('button', { name: 'Suspend' }).click();
    await fact.getByText('Suspended', { exact: true }).waitFor();
    await fact.getByRole('button', { name: 'Unsuspend' }).click();
    await fact.getByText('New', { exact: true }).waitFor();
    await fact.getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('browse-note').getByText(/Deleted/).waitFor();
    await fact.getByText('Deleted', { exact: true }).waitFor();
    await page.getByTestId('browse-note').getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('browse-note').getByText(/Restored/).waitFor();
    const log = await readFile(path.join(dataDir, 'reviews', `${new Date().toISOString().slice(0, 7)}.jsonl`), 'utf8');
    expect(log.trim().split('\n').map((line) => (JSON.parse(line) as { kind: string }).kind)).toEqual(['suspend', 'unsuspend']);
    expect(JSON.parse(await readFile(path.join(dataDir, 'edits.json'), 'utf8')).facts).toEqual({});
    await closeAll();
  });

  it('opens the editor from Study with E and goes back to the session', async () => {
    const app = await launch();
    const { page } = app;
    await page.getByRole('button', { name: 'Study', exact: true }).first().click();
    await page.getByRole('region', { name: 'Keyboard shortcuts' }).getByText('Edit this question').waitFor();
    await page.keyboard.press('e');
    const editor = page.getByRole('form', { name: /Edit question/ });
    await editor.waitFor();
    // The editor holds the card's question: its preview is the prompt the card showed.
    expect((await editor.getByRole('textbox', { name: 'Question' }).inputValue()).length).toBeGreaterThan(0);
    await editor.getByRole('button', { name: 'Back to study' }).click();
    await page.getByRole('region', { name: 'Keyboard shortcuts' }).waitFor();
    await closeAll();
  });

  it('makes a card from words selected in the Reader', async () => {
    const app = await launch();
    const { page } = app;
    await page.getByRole('button', { name: /Mexico Rejects US/ }).first().click();
    const sentence = page.locator('[data-sentence-index="1"]');
    await sentence.waitFor();
    const text = await sentence.innerText();
    const word = 'narcotics trafficking';
    expect(text).toContain(word);
    await selectWordsInSentence(page, 1, word);
    await page.getByRole('button', { name: 'Make a card' }).click();
    const form = page.getByRole('form', { name: 'Make a card' });
    await form.getByText(word).waitFor();
    await form.getByRole('textbox', { name: /Your question/ }).fill('What is Mexico under pressure to combat, besides illegal migration?');
    await screenshots(page, 'reader-make-card');
    await form.getByRole('button', { name: 'Make the card' }).click();
    await page.getByRole('button', { name: 'Edit it in Browse' }).click();
    const editor = page.getByRole('form', { name: /Edit question/ });
    await editor.waitFor();
    expect(await editor.getByRole('textbox', { name: 'Answer' }).inputValue()).toBe(word);
    expect(await editor.getByRole('textbox', { name: 'Question' }).inputValue()).toContain('combat _____ and illegal migration');
    const edits = JSON.parse(await readFile(path.join(dataDir, 'edits.json'), 'utf8')) as { added: Record<string, { answer: string; kind: string }> };
    expect(Object.values(edits.added)).toEqual([expect.objectContaining({ answer: word, kind: 'term', articleId: SEED_ID })]);
    await closeAll();
  });
});

describe('Export and restore', () => {
  it('exports everything, a TSV and a CSV; a wiped data folder restored from the export holds the same data', async () => {
    const app = await launch();
    const { page } = app;
    await openBrowse(page);
    await searchFor(page, 'Who is the US Secretary of State');
    const fact = page.locator(`[data-fact-id="${RUBIO_FACT}"]`);
    await fact.getByRole('button', { name: 'Suspend' }).click();
    await fact.getByText('Suspended', { exact: true }).waitFor();
    await page.locator(`[data-question-id="${WHO_IS}"]`).click();
    const editor = page.getByRole('form', { name: /Edit question/ });
    await editor.getByRole('textbox', { name: 'Question' }).fill('Who heads the US State Department?');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('browse-note').getByText('Edit saved').waitFor();

    const exported = await download(page, 'Export everything…');
    expect(exported.name).toMatch(/^factdeck-export-\d{4}-\d{2}-\d{2}\.json$/);
    const before = JSON.parse(exported.text) as { files: Record<string, unknown> };
    expect(Object.keys(before.files)).toEqual(expect.arrayContaining(['edits.json', 'progress.json', 'collection.json', 'settings.json']));
    const tsv = await download(page, 'Export for Anki…');
    expect(tsv.name).toBe(`${SEED_ID}.tsv`);
    expect(tsv.text.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Front\tBack\tSource\tTags']);
    expect(tsv.text).toContain('Who heads the US State Department?\tMarco Rubio\t');
    const csv = await download(page, 'Export history…');
    expect(csv.text.split('\r\n')[0]).toBe('time_utc,kind,id,fact_id,question_id,format,rating,rating_name,correct,answer,took_ms,mode,undoes');
    expect(csv.text).toContain(`,suspend,`);
    await page.getByTestId('data-note').getByText(/Saved factdeck-history/).waitFor();
    await screenshots(page, 'browse-export', page.locator('details.data'));
    await closeAll();

    // Wipe the data folder; a fresh Factdeck has none of it.
    await rm(dataDir, { recursive: true, force: true });
    const fresh = await launch();
    await openBrowse(fresh.page);
    const file = path.join(outDir, 'to-restore.json');
    await writeFile(file, exported.text);
    await openDataPanel(fresh.page);
    await fresh.page.getByLabel('Export file to restore').setInputFiles(file);
    await fresh.page.getByRole('alert').getByText(/Replace all your data with/).waitFor();
    await screenshots(fresh.page, 'browse-restore-confirm', fresh.page.locator('details.data'));
    await fresh.page.getByRole('button', { name: 'Replace my data' }).click();
    await fresh.page.getByTestId('data-note').getByText(/Restored from to-restore\.json/).waitFor({ timeout: 15_000 });
    await fresh.page.getByRole('group', { name: 'State' }).getByRole('button', { name: 'Suspended' }).click();
    await eventually(async () => ((await fresh.page.locator(`[data-fact-id="${RUBIO_FACT}"]`).count()) === 1 ? true : undefined), 5000, 'the suspended fact');
    expect(await fresh.page.locator(`[data-question-id="${WHO_IS}"]`).innerText()).toMatch(/Who heads the US State Department\?/);

    const after = JSON.parse((await download(fresh.page, 'Export everything…')).text) as { files: Record<string, unknown> };
    const withoutStamp = (files: Record<string, unknown>) => {
      const { 'collection.json': collection, ...rest } = files;
      return { ...rest, memory: (collection as { memory: unknown }).memory };
    };
    expect(withoutStamp(after.files)).toEqual(withoutStamp(before.files));
    await closeAll();
  });
});
