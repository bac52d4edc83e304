/**
 * When a call to the main process fails, the learner reads why in an alert banner and can carry
 * on; the window is never blank.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiMethods } from '../../src-main/contract';
import { launchApp, screenshotDir, type Intercept, type RunningApp } from './harness/app';
import { apiMethodNames } from './harness/page-probes';

const SEED_TITLE = 'Mexico Rejects US ‘Invasion’ in Cartel Fight';

let dataDir: string;
let app: RunningApp | null = null;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'factdeck-e2e-'));
});

afterEach(async () => {
  await app?.close();
  app = null;
  await rm(dataDir, { recursive: true, force: true });
});

/** Fails the first `times` calls of `method` with the given answer, then lets calls through. */
function failing(method: string, times: number, answer: (next: () => never) => unknown): Intercept {
  let left = times;
  return async (called, payload, next) => {
    if (called === method && left > 0) {
      left -= 1;
      return answer(() => {
        throw new Error('bridge down');
      }) as ReturnType<Intercept>;
    }
    return next(called, payload);
  };
}

async function alertText(running: RunningApp): Promise<string> {
  const alert = running.page.getByRole('alert');
  await alert.getByRole('button', { name: 'Dismiss' }).waitFor();
  return alert.innerText();
}

describe('errors the learner can read', () => {
  it('exposes exactly the contract methods as window.api', async () => {
    app = await launchApp({ dataDir });
    expect(await apiMethodNames(app.page)).toEqual([...apiMethods].sort());
  });

  it('says why the Library could not load, and loads it on "Try again"', async () => {
    const message = 'Factdeck could not read its articles. Please try again.';
    app = await launchApp({
      dataDir,
      intercept: failing('listArticles', 1, () => ({ ok: false, error: { code: 'internal', message } })),
    });
    const { page } = app;
    expect(await alertText(app)).toContain(message);
    await page.getByText('Your articles could not be loaded.').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'library-error.png') });

    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: SEED_TITLE }).waitFor();
    expect(await page.getByRole('alert').innerText()).toBe(''); // a fresh attempt clears the old message
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('returns to the Library with a message when an article cannot be opened', async () => {
    const message = 'That article is no longer in your library.';
    app = await launchApp({
      dataDir,
      intercept: failing('openArticle', 1, () => ({ ok: false, error: { code: 'not-found', message } })),
    });
    await app.page.getByRole('button', { name: SEED_TITLE }).click();
    expect(await alertText(app)).toContain(message);
    await app.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await app.page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    expect(await app.page.getByRole('alert').innerText()).toBe('');
    expect(app.pageErrors).toEqual([]);
  });

  it('explains a broken bridge in words at startup instead of showing a blank window', async () => {
    app = await launchApp({ dataDir, intercept: failing('getStartup', 1, (boom) => boom()) });
    expect(await alertText(app)).toMatch(/could not reach its storage/);
    await app.page.getByRole('button', { name: SEED_TITLE }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
