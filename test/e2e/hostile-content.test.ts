/**
 * Hostile articles in Chromium under the production CSP: HTML, script, mXSS and Markdown payloads
 * (test/fixtures/bad-inputs/) plus invisible and bidirectional text, served from a temporary
 * content folder, with hostile titles too. Reading them must run nothing (each payload would set
 * `window.__pwned`), open no dialog, navigate nowhere, request nothing outside the app, and show
 * the markup as text: no element is made from an article.
 */
import { readdir, readFile, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src-main/services';
import { fixturesDir } from '../bad-inputs/case';
import { corpus } from '../bad-inputs/corpus';
import { launchApp, screenshotDir, waitForFirstScreen, type RunningApp } from './harness/app';

interface ProbeWindow {
  __pwned?: unknown;
  __violations?: string[];
}
interface ProbeDocument {
  querySelectorAll(selectors: string): { readonly length: number };
  querySelector(selectors: string): { readonly textContent: string | null } | null;
  addEventListener(type: 'securitypolicyviolation', listener: (event: { effectiveDirective: string; blockedURI: string }) => void): void;
}
declare const window: ProbeWindow;
declare const document: ProbeDocument;

/** What article text must never become in the page (the Library's cards are buttons of its own). */
const MADE_FROM_MARKUP = 'script, iframe, frame, img, svg, math, object, embed, style, link, meta, base, form, input, textarea, a, video, audio, source, details, noscript, template, xmp';
const GENERATED = ['bidi-overrides', 'zero-width', 'control-characters', 'lone-surrogates'];

interface Entry {
  readonly id: string;
  readonly file: string;
  readonly title: string;
}

let contentDir: string;
let dataDir: string;
let entries: Entry[];
let app: RunningApp;
const dialogs: string[] = [];
const navigations: string[] = [];
const popups: string[] = [];

beforeAll(async () => {
  contentDir = await mkdtemp(path.join(tmpdir(), 'factdeck-hostile-content-'));
  dataDir = await mkdtemp(path.join(tmpdir(), 'factdeck-hostile-data-'));
  const fixtures = (await readdir(fixturesDir)).filter((file) => file !== 'README.md').sort();
  for (const file of fixtures) await writeFile(path.join(contentDir, file), await readFile(path.join(fixturesDir, file)));
  for (const input of corpus.filter((c) => GENERATED.includes(c.name))) await input.write(path.join(contentDir, input.file));
  entries = [
    ...fixtures.map((file, i) => ({ id: path.basename(file, path.extname(file)), file, title: `${file} <img src=x onerror="window.__pwned='title-${i}'">` })),
    ...GENERATED.map((name) => ({ id: name, file: `${name}.txt`, title: `${name} \u202e<svg onload="window.__pwned='title'">` })),
  ];
  await writeFile(path.join(contentDir, 'articles.json'), JSON.stringify(entries));

  app = await launchApp({ dataDir, contentDir, waitForStart: false });
  const { page, context } = app;
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  context.on('page', (opened) => popups.push(opened.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations?.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  await page.goto(app.server.indexUrl);
  await waitForFirstScreen(page);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await rm(contentDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('hostile article text in the Reader', () => {
  it('lists every hostile title as text', async () => {
    const { page } = app;
    for (const entry of entries) await page.getByRole('button', { name: entry.title, exact: true }).waitFor();
    // The article cards (the Library's own import controls, a file input and the paste form, sit outside them).
    expect(await page.locator('main .shelf').count()).toBe(1);
    expect(await page.locator('main .shelf').locator(MADE_FROM_MARKUP).count()).toBe(0);
  });

  it('shows each article as text and runs none of it', async () => {
    const { page } = app;
    const library = createContentLibrary(contentDir);
    const pageElements = await page.evaluate(() => document.querySelectorAll('script, iframe, img, svg, object, embed, meta, base, link').length);
    for (const entry of entries) {
      await page.getByRole('button', { name: entry.title, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: entry.title, exact: true }).waitFor();
      await page.waitForTimeout(150); // room for anything that would fire late (onerror, refresh)

      expect(await page.locator('main article').locator(`${MADE_FROM_MARKUP}, button`).count(), entry.id).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('script, iframe, img, svg, object, embed, meta, base, link').length), entry.id).toBe(pageElements);
      const shown = collapse(await page.evaluate(() => document.querySelector('main article')?.textContent ?? ''));
      const article = await library.get(entry.id);
      for (const sentence of article.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))) {
        expect(shown.includes(collapse(sentence.text)), `${entry.id}: sentence ${sentence.index} shown as text`).toBe(true);
      }
      if (entry.id === 'html-mxss') await page.screenshot({ path: path.join(screenshotDir, 'hostile-article.png'), fullPage: true });
      expect(await page.evaluate(() => window.__pwned), entry.id).toBeUndefined();
      expect(page.url()).toBe(app.server.indexUrl);

      await page.getByRole('button', { name: 'Back to library', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    }
  });

  it('opened no dialog or window, went nowhere, broke no policy and fetched only from the app', async () => {
    expect(await app.page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await app.page.evaluate(() => window.__violations ?? ['no probe'])).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(popups).toEqual([]);
    expect(navigations.filter((url) => url !== app.server.indexUrl)).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.mainLog).toEqual([]);
  });
});

describe('the request recorder', () => {
  it('catches a request that leaves the app, and close() says so', async () => {
    const data = await mkdtemp(path.join(tmpdir(), 'factdeck-hostile-data-'));
    const leaky = await launchApp({ dataDir: data });
    await leaky.page.goto('http://localhost:9/outside').catch(() => {}); // refused at once, but asked
    expect(leaky.foreignRequests()).toEqual(['http://localhost:9/outside']);
    await expect(leaky.close()).rejects.toThrow(/Requests left the app: http:\/\/localhost:9\/outside/);
    await rm(data, { recursive: true, force: true });
  });
});

describe('a huge grapheme cluster', () => {
  // Chromium 156 here: one base letter with 65,536 combining marks kills the renderer ("Target
  // crashed") after seconds of layout; 65,534 still renders. The corpus case 'combining-flood' has
  // 100,000. The Reader cuts such runs to the 30 marks of Unicode's stream-safe format (lib/display-text.ts).
  it('does not crash the Reader', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'factdeck-hostile-cluster-'));
    const data = await mkdtemp(path.join(tmpdir(), 'factdeck-hostile-data-'));
    await writeFile(path.join(dir, 'cluster.txt'), `The council approved 12 bridges in 2019.\n\nx${'\u0301'.repeat(65_536)}.\n`);
    await writeFile(path.join(dir, 'articles.json'), JSON.stringify([{ id: 'cluster', file: 'cluster.txt', title: 'Cluster' }]));
    const cluster = await launchApp({ dataDir: data, contentDir: dir });
    let crashed = false;
    cluster.page.on('crash', () => (crashed = true));
    try {
      await cluster.page.getByRole('button', { name: 'Cluster', exact: true }).click();
      await cluster.page.getByRole('heading', { level: 1, name: 'Cluster' }).waitFor();
      await cluster.page.locator('[data-paragraph-index="1"]').waitFor();
      await cluster.page.evaluate(() => document.querySelectorAll('p').length); // a round trip after layout
      expect(crashed).toBe(false);
    } finally {
      await cluster.close();
      await rm(dir, { recursive: true, force: true });
      await rm(data, { recursive: true, force: true });
    }
  }, 120_000);
});
