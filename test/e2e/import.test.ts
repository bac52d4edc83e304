/**
 * Library import, end to end: the built renderer in Chromium (production CSP), the real services
 * and a real data folder. Files come in through the Import button's file chooser and by
 * drag-and-drop, text through the paste dialog; a hostile .html runs no script, fetches nothing
 * and opens no dialog; duplicates, cancel, and delete with undo. Screenshots in light and dark.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../src-main/contract';
import { eventually, launchApp, screenshotDir, type Intercept, type RunningApp } from './harness/app';
import { expectCleanRun } from './harness/clean-run';

const corpus = (name: string) => readFile(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');

let dataDir: string;
const running: RunningApp[] = [];

async function launch(options: { intercept?: Intercept; colorScheme?: 'light' | 'dark' } = {}): Promise<RunningApp> {
  const app = await launchApp({ dataDir, ...options });
  running.push(app);
  return app;
}

/** Records every JavaScript dialog (alert, confirm…) the page tries to open, and dismisses it. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

async function chooseFile(page: Page, name: string, text: string, mimeType = 'text/plain'): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a file…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(text) });
}

async function notice(page: Page, pattern: RegExp): Promise<string> {
  const locator = page.locator('.notice').filter({ hasText: pattern });
  await locator.waitFor();
  return locator.innerText();
}

async function cardTitles(page: Page): Promise<string[]> {
  return page.locator('.card .title').allInnerTexts();
}

async function libraryEntries(): Promise<Array<{ id: string; title: string; format: string; deletedAt: number | null }>> {
  try {
    return (JSON.parse(await readFile(path.join(dataDir, 'library.json'), 'utf8')) as { articles: Array<{ id: string; title: string; format: string; deletedAt: number | null }> }).articles;
  } catch {
    return [];
  }
}

const HOSTILE_HTML = `<!doctype html>
<html><head><title>Deep Sea Vents | Ocean Weekly</title>
<meta http-equiv="refresh" content="0;url=https://evil.example/away">
<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">
<script>window.__pwned = 'head-script'; alert('head');</script>
<style>@import url("https://evil.example/y.css"); body { background: url(https://evil.example/bg.png) }</style>
</head><body onload="window.__pwned='onload'; alert('onload')">
<nav><a href="/">Home</a> <a href="javascript:alert('nav')">Menu</a></nav>
<article>
<h1>Deep Sea Vents</h1>
<p>Hydrothermal vents on the ocean floor release water heated to 400 degrees Celsius by magma below the crust. <img src="https://evil.example/pixel.gif" onerror="window.__pwned='img'; alert('img')"> Scientists first found them near the Galapagos Islands in 1977.</p>
<p>The vents support whole communities of animals that live without sunlight. <a href="javascript:window.__pwned='link'">Giant tube worms</a> grow up to two metres long, the researchers said.</p>
<iframe src="https://evil.example/frame.html"></iframe><iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>
<p>Bacteria turn chemicals from the vents into energy, a process called chemosynthesis. <svg onload="alert('svg')"><circle r="4"/></svg> Marine biologist Cindy Van Dover said the discovery changed biology.</p>
<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.pdf">
<form action="javascript:alert('form')"><input autofocus onfocus="alert('focus')"></form>
</article>
<script src="https://evil.example/steal.js"></script>
</body></html>`;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'factdeck-e2e-import-'));
});

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('Library import', () => {
  it('imports a .txt, a .md and a hostile .html through the Import button; the hostile page runs nothing and fetches nothing', async () => {
    const app = await launch();
    const { page } = app;
    const dialogs = watchDialogs(page);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();

    await chooseFile(page, 'bernoulli.txt', await corpus('06-daniel-bernoulli.txt'));
    expect(await notice(page, /Imported “Daniel Bernoulli”/)).toMatch(/flashcards are made the first time you study it/);
    await eventually(async () => ((await cardTitles(page)).includes('Daniel Bernoulli') ? true : undefined), 5000, 'the imported card');

    const markdown = `# Zaha Hadid\n\n${(await corpus('07-zaha-hadid.txt')).split('\n').slice(4).join('\n')}\n\n<script>window.__pwned = 'md'</script>\n\n[Click](javascript:alert('md'))`;
    await chooseFile(page, 'hadid.md', markdown, 'text/markdown');
    await notice(page, /Imported “Zaha Hadid”/);

    await chooseFile(page, 'vents.html', HOSTILE_HTML, 'text/html');
    await notice(page, /Imported “Deep Sea Vents”/);

    expect(await cardTitles(page)).toEqual(['Mexico Rejects US ‘Invasion’ in Cartel Fight', 'Deep Sea Vents', 'Zaha Hadid', 'Daniel Bernoulli']);
    const ventsCard = page.locator('.card').filter({ hasText: 'Deep Sea Vents' });
    expect(await ventsCard.locator('.source').innerText()).toMatch(/YOURS · VENTS\.HTML/i);
    // Facts, mastery and due counts fill in once the deck is generated.
    await ventsCard.locator('.progress-facts').filter({ hasText: /facts?/ }).waitFor();
    expect(await ventsCard.locator('.progress-facts').innerText()).toMatch(/^\d+ facts?\s+not studied yet$/);
    expect((await libraryEntries()).map((entry) => [entry.title, entry.format])).toEqual([
      ['Daniel Bernoulli', 'txt'],
      ['Zaha Hadid', 'md'],
      ['Deep Sea Vents', 'html'],
    ]);

    await page.screenshot({ path: path.join(screenshotDir, 'library-imported.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(screenshotDir, 'library-imported-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // The Reader shows the page's words as text, with none of its markup.
    await ventsCard.getByRole('button', { name: 'Deep Sea Vents', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Deep Sea Vents' }).waitFor();
    const main = page.locator('main');
    expect(await main.innerText()).toContain('Scientists first found them near the Galapagos Islands in 1977.');
    expect(await main.innerText()).not.toMatch(/Home|Menu|javascript:|evil\.example/);
    expect(await page.evaluate(`document.querySelectorAll('main script, main img, main iframe, main svg circle, main object, main embed, main form, main a[href^="javascript"]').length`)).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();

    // The Markdown's raw HTML never became markup either.
    await page.getByRole('button', { name: 'Back to library' }).first().click();
    await page.getByRole('button', { name: 'Zaha Hadid', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Zaha Hadid' }).waitFor();
    expect(await main.innerText()).not.toMatch(/__pwned|javascript:|<script/);

    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expectCleanRun(app, dialogs);
  });

  it('imports pasted text and dropped files, and says so when the same content comes twice', async () => {
    const app = await launch();
    const { page } = app;
    const dialogs = watchDialogs(page);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();

    await page.getByRole('button', { name: 'Paste text…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste an article' });
    await dialog.waitFor();
    await dialog.getByLabel(/Title/).fill('Lanterns of Taipei');
    await dialog.getByLabel('Text').fill((await corpus('08-taipei-lantern-festival.txt')).split('\n').slice(2).join('\n'));
    await page.screenshot({ path: path.join(screenshotDir, 'library-paste.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(screenshotDir, 'library-paste-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await notice(page, /Imported “Lanterns of Taipei”/);
    expect(await page.locator('.card').filter({ hasText: 'Lanterns of Taipei' }).locator('.source').innerText()).toMatch(/YOURS · PASTED/i);

    // Dropped onto the Library: the same way in as the file chooser.
    const text = await corpus('03-microsoft-ie6-countdown.txt');
    const drop = async (name: string) => {
      // Sent as source text: the Node tsconfig has no DOM types (see harness/page-probes.ts).
      const transfer = await page.evaluateHandle(
        `(() => { const data = new DataTransfer(); data.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'text/plain' })); return data; })()`,
      );
      await page.dispatchEvent('section.library', 'dragenter', { dataTransfer: transfer });
      await page.dispatchEvent('section.library', 'dragover', { dataTransfer: transfer });
      await page.dispatchEvent('section.library', 'drop', { dataTransfer: transfer });
    };
    await drop('ie6.txt');
    await notice(page, /Imported “/);
    const count = (await libraryEntries()).length;
    expect(count).toBe(2);

    // The same words again, under another name: caught, nothing added.
    await drop('ie6-copy.txt');
    expect(await notice(page, /already in your Library/)).toMatch(/nothing was added/);
    await chooseFile(page, 'copy.txt', text.replaceAll('\n\n', '\r\n\r\n'));
    await notice(page, /already in your Library/);
    expect(await libraryEntries()).toHaveLength(count);
    await page.screenshot({ path: path.join(screenshotDir, 'library-duplicate.png') });

    // A file that is not an article is refused in words.
    await chooseFile(page, 'tiny.txt', 'Just a few words.');
    expect(await notice(page, /too short/)).toMatch(/at least 20 words/);
    await chooseFile(page, 'photo.png', 'PNG');
    await notice(page, /not a file Factdeck can import/);
    expect(await libraryEntries()).toHaveLength(count);
    expectCleanRun(app, dialogs);
  });

  it('shows progress while a long import runs, and cancelling it keeps nothing', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const calls: string[] = [];
    const app = await launch({
      intercept: async (method, payload, next): Promise<ApiResult<unknown>> => {
        calls.push(String(method));
        // Hold the second chunk until the test has pressed Cancel.
        if (method === 'appendImport' && (payload as { index: number }).index === 1) await held;
        return next(method, payload);
      },
    });
    const { page } = app;
    const dialogs = watchDialogs(page);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();

    const paragraph = (await corpus('04-scientology-defector-arrested.txt')).replace(/\s+/g, ' ');
    const long = Array.from({ length: 60 }, (_, i) => `Part ${i + 1}. ${paragraph}`).join('\n\n'); // ~290k characters: 18 chunks
    await chooseFile(page, 'long.txt', long);
    const progress = page.getByRole('group', { name: 'Import in progress' });
    await progress.waitFor();
    // The steps go by in order (reading, finding the article, sending): it stops at sending, held.
    await progress.getByText(/Importing long\.txt — Sending the text…/).waitFor();
    const value = Number(await progress.locator('progress').getAttribute('value'));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(100);
    await page.screenshot({ path: path.join(screenshotDir, 'library-importing.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(screenshotDir, 'library-importing-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await progress.getByRole('button', { name: 'Cancel' }).click();
    release();
    await notice(page, /Import cancelled\. Nothing was added\./);
    await eventually(() => (calls.includes('cancelImport') ? true : undefined), 5000, 'cancelImport');
    expect(calls).not.toContain('finishImport');
    expect(await libraryEntries()).toEqual([]);
    expect(await cardTitles(page)).toEqual(['Mexico Rejects US ‘Invasion’ in Cartel Fight']);
    expectCleanRun(app, dialogs);
  });

  it('asks before deleting an article, and Undo brings it back', async () => {
    const app = await launch();
    const { page } = app;
    const dialogs = watchDialogs(page);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await chooseFile(page, 'bernoulli.txt', await corpus('06-daniel-bernoulli.txt'));
    await notice(page, /Imported/);

    // Bundled articles have no Delete button.
    expect(await page.locator('.card').filter({ hasText: 'Mexico Rejects' }).getByRole('button', { name: /Delete/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Delete Daniel Bernoulli' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this article?' });
    await confirm.waitFor();
    // The safe choice has the focus; Escape keeps the article.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Keep it');
    await page.screenshot({ path: path.join(screenshotDir, 'library-delete.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(screenshotDir, 'library-delete-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(await cardTitles(page)).toContain('Daniel Bernoulli');

    await page.getByRole('button', { name: 'Delete Daniel Bernoulli' }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Deleted “Daniel Bernoulli”.' });
    await toast.waitFor();
    expect(await cardTitles(page)).not.toContain('Daniel Bernoulli');
    expect((await libraryEntries())[0]?.deletedAt).toEqual(expect.any(Number));
    await page.screenshot({ path: path.join(screenshotDir, 'library-deleted-toast.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(screenshotDir, 'library-deleted-toast-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await toast.getByRole('button', { name: 'Undo' }).click();
    await eventually(async () => ((await cardTitles(page)).includes('Daniel Bernoulli') ? true : undefined), 5000, 'the card back');
    expect((await libraryEntries())[0]?.deletedAt).toBeNull();
    expectCleanRun(app, dialogs);
  });
});
