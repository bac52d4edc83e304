/**
 * Settings and the keyboard shortcut overlay, end to end and by keyboard: the built renderer in
 * Chromium, the real settings and backup services on a temporary data folder. Screenshots of
 * both, light and dark, land in test-results/.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchApp, screenshotDir, type RunningApp } from './harness/app';
import { expectCleanRun } from './harness/clean-run';
import { activeElement, bodyColors } from './harness/page-probes';

const SEED_TITLE = 'Mexico Rejects US ‘Invasion’ in Cartel Fight';
const LIGHT_BG = 'rgb(246, 243, 236)';
const DARK_BG = 'rgb(22, 24, 27)';

let dataDir: string;
const running: RunningApp[] = [];

async function launch(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<RunningApp> {
  const app = await launchApp({ dataDir, ...options });
  running.push(app);
  return app;
}

interface StoredSettings {
  readonly schemaVersion: number;
  readonly scheduler: { readonly newPerDay: number; readonly reviewsPerDay: number; readonly desiredRetention: number; readonly pinnedMode: string };
  readonly appearance: { readonly theme: string; readonly fontScale: number; readonly reducedMotion: string };
}

async function storedSettings(): Promise<StoredSettings | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8')) as StoredSettings;
  } catch {
    return undefined; // caught mid-rename
  }
}

/** Waits until settings.json on disk satisfies `check`. */
function eventuallyStored(check: (settings: StoredSettings) => boolean, what: string): Promise<StoredSettings> {
  return eventually(async () => {
    const settings = await storedSettings();
    return settings !== undefined && check(settings) ? settings : undefined;
  }, 5000, what);
}

const rootAttribute = (page: Page, name: string) => page.locator('html').getAttribute(name);
const rootFontSize = (page: Page) => page.evaluate('getComputedStyle(document.documentElement).fontSize') as Promise<string>;

async function focusedName(page: Page): Promise<string> {
  const focused = page.locator(':focus');
  if ((await focused.count()) === 0) return '';
  return ((await focused.getAttribute('aria-label')) ?? (await focused.innerText().catch(() => ''))).trim();
}

async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (name.test(await focusedName(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}; focus is on "${await focusedName(page)}"`);
}

/** Opens Settings from the Library with the keyboard. */
async function openSettings(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  await tabTo(page, /^Settings$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
}

async function framesPass(page: Page): Promise<void> {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

/** Full-page shots from the top (a sticky header scrolled away would be drawn mid-page). */
async function screenshotBoth(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.emulateMedia({ colorScheme: 'light' });
  await framesPass(page);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
  await page.emulateMedia({ colorScheme: 'dark' });
  await framesPass(page);
  await page.screenshot({ path: path.join(screenshotDir, `${name}-dark.png`), fullPage });
  await page.emulateMedia({ colorScheme: 'light' });
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'factdeck-settings-e2e-'));
});

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('Settings', () => {
  it('checks the study fields as the learner types, says what is wrong, and saves only what is valid', async () => {
    const app = await launch();
    const { page } = app;
    await openSettings(page);
    expect(await focusedName(page)).toBe('Settings'); // the heading, so a screen reader starts there

    const newPerDay = page.getByRole('textbox', { name: 'New facts per day' });
    expect(await newPerDay.inputValue()).toBe('20');
    await newPerDay.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2.5');
    const error = page.getByText('New facts per day must be a whole number from 0 to 9999.');
    await error.waitFor();
    expect(await newPerDay.getAttribute('aria-invalid')).toBe('true');
    expect(await newPerDay.getAttribute('aria-describedby')).toContain('setting-newPerDay-error');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('5');
    await error.waitFor({ state: 'hidden' });
    expect(await newPerDay.getAttribute('aria-invalid')).toBe('false');
    await page.keyboard.press('Tab'); // leaving the field saves at once
    await eventuallyStored((stored) => stored.scheduler.newPerDay === 5, 'newPerDay 5 on disk');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const retention = page.getByRole('textbox', { name: 'Desired retention' });
    await retention.fill('99');
    await page.getByText('Desired retention must be between 70 % and 97 %.').waitFor();
    await retention.fill('87.5');
    await retention.press('Enter');
    const stored = await eventuallyStored((settings) => settings.scheduler.desiredRetention === 0.875, 'retention 0.875 on disk');
    expect(stored).toMatchObject({ schemaVersion: 2, scheduler: { newPerDay: 5, reviewsPerDay: 200, pinnedMode: 'mixed' } });

    await page.getByRole('radio', { name: /^Flashcards/ }).check();
    await eventuallyStored((settings) => settings.scheduler.pinnedMode === 'flashcards', 'flashcards mode on disk');

    // A value the screen would refuse never reaches the disk.
    await retention.fill('60');
    await page.getByText('Desired retention must be between 70 % and 97 %.').waitFor();
    await retention.press('Tab');
    // A later save (saves run in order) finds the last good retention still on disk.
    await page.getByRole('radio', { name: 'Dark' }).check();
    const later = await eventuallyStored((settings) => settings.appearance.theme === 'dark', 'the theme on disk');
    expect(later.scheduler.desiredRetention).toBe(0.875);

    // A restart shows what was saved.
    await app.close();
    const again = await launch();
    await openSettings(again.page);
    expect(await again.page.getByRole('textbox', { name: 'New facts per day' }).inputValue()).toBe('5');
    expect(await again.page.getByRole('textbox', { name: 'Desired retention' }).inputValue()).toBe('87.5');
    expect(await again.page.getByRole('radio', { name: /^Flashcards/ }).isChecked()).toBe(true);
    expectCleanRun(app);
    expectCleanRun(again);
  });

  it('applies theme, text size and reduced motion at once, app-wide, over the system scheme, and keeps them', async () => {
    const app = await launch({ colorScheme: 'light' });
    const { page } = app;
    await openSettings(page);
    expect(await rootAttribute(page, 'data-theme')).toBeNull();
    expect((await bodyColors(page)).backgroundColor).toBe(LIGHT_BG);

    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await rootAttribute(page, 'data-theme')).toBe('dark');
    await eventually(async () => ((await bodyColors(page)).backgroundColor === DARK_BG ? true : undefined), 2000, 'a dark page');

    await page.getByRole('combobox', { name: 'Text size' }).selectOption('120');
    expect(await rootFontSize(page)).toBe('19.2px');
    await page.getByRole('radio', { name: 'Always reduce motion' }).check();
    expect(await rootAttribute(page, 'data-motion')).toBe('reduce');
    await eventuallyStored((stored) => stored.appearance.theme === 'dark' && stored.appearance.fontScale === 120 && stored.appearance.reducedMotion === 'on', 'appearance on disk');
    await screenshotBoth(page, 'settings-dark-theme-120');

    // The Library follows too: it is the whole app, not the Settings screen.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: SEED_TITLE }).waitFor();
    expect((await bodyColors(page)).backgroundColor).toBe(DARK_BG);

    // Next start: applied before the first screen is used, even with the system in light.
    await app.close();
    const again = await launch({ colorScheme: 'light' });
    expect(await rootAttribute(again.page, 'data-theme')).toBe('dark');
    expect(await rootFontSize(again.page)).toBe('19.2px');
    expect((await bodyColors(again.page)).backgroundColor).toBe(DARK_BG);

    // Light overrides a dark system; System follows it again.
    await again.page.emulateMedia({ colorScheme: 'dark' });
    await openSettings(again.page);
    await again.page.getByRole('radio', { name: 'Light' }).check();
    await eventually(async () => ((await bodyColors(again.page)).backgroundColor === LIGHT_BG ? true : undefined), 2000, 'a light page');
    await again.page.getByRole('radio', { name: 'Same as the system' }).first().check();
    expect(await rootAttribute(again.page, 'data-theme')).toBeNull();
    await eventually(async () => ((await bodyColors(again.page)).backgroundColor === DARK_BG ? true : undefined), 2000, 'the system dark page');
    await again.page.getByRole('combobox', { name: 'Text size' }).selectOption('100');
    expect(await rootFontSize(again.page)).toBe('16px');
    expectCleanRun(app);
    expectCleanRun(again);
  });

  it('lists the backups and restores one only after a confirmation, with clear messages', async () => {
    const app = await launch();
    const { page, store } = app;
    const old = await store.takeBackup(true); // the defaults
    await openSettings(page);
    await page.getByRole('radio', { name: 'Always reduce motion' }).check();
    await page.getByRole('textbox', { name: 'New facts per day' }).fill('7');
    await page.getByRole('textbox', { name: 'New facts per day' }).press('Tab');
    await eventuallyStored((stored) => stored.appearance.reducedMotion === 'on' && stored.scheduler.newPerDay === 7, 'changes on disk');

    // The list is read when Settings opens: leave and come back to see the backup.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
    await openSettings(page);
    const restoreButtons = page.getByRole('button', { name: /^Restore the backup from/ });
    await restoreButtons.first().waitFor();
    expect(await restoreButtons.count()).toBe(1);

    // Cancel changes nothing, and focus goes back to the button that opened the dialog.
    await restoreButtons.first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.waitFor();
    expect(await focusedName(page)).toBe('Cancel'); // the safe choice first
    await screenshotBoth(page, 'settings-restore-confirm', false);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => (/^Restore the backup from/.test(await focusedName(page)) ? true : undefined), 2000, 'focus back on Restore');
    expect(await dialog.isVisible()).toBe(false); // Enter on Cancel did not press Restore on its way back
    expect((await storedSettings())?.appearance.reducedMotion).toBe('on');

    // Confirm restores: the settings come back at once, and the message names both backups.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, /^Restore backup$/);
    await page.keyboard.press('Enter');
    const message = page.getByRole('status').filter({ hasText: 'Restored the backup from' });
    await message.waitFor();
    expect(await message.innerText()).toContain('so you can go back to it');
    expect(await rootAttribute(page, 'data-motion')).toBeNull();
    expect(await page.getByRole('textbox', { name: 'New facts per day' }).inputValue()).toBe('20');
    expect(await page.getByRole('radio', { name: 'Same as the system' }).last().isChecked()).toBe(true);
    expect((await storedSettings())?.appearance.reducedMotion).toBe('system');
    // The safety backup (taken just before) is listed now too.
    await eventually(async () => ((await restoreButtons.count()) === 2 ? true : undefined), 5000, 'the safety backup listed');
    expect((await store.listBackups()).map((backup) => backup.id)).toContain(old?.id);
    await screenshotBoth(page, 'settings');
    expectCleanRun(app);
  });

  it('says so when there are no backups yet', async () => {
    const app = await launch();
    await openSettings(app.page);
    await app.page.getByText('No backups yet.').waitFor();
    expectCleanRun(app);
  });
});

describe('the keyboard shortcut overlay', () => {
  it('opens on ?, traps focus, closes on Esc and gives focus back', async () => {
    const app = await launch();
    const { page } = app;
    await page.getByRole('button', { name: SEED_TITLE }).waitFor();
    await tabTo(page, /^Quiz$/);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const title of ['Everywhere', 'Library', 'Reader', 'Study', 'Quiz']) {
      await dialog.getByRole('heading', { level: 3, name: title }).waitFor();
    }
    expect(await dialog.innerText()).toContain('Undo the last answer');
    await screenshotBoth(page, 'shortcut-overlay', false);

    // Tab and Shift+Tab never leave the dialog (the list and the Close button).
    for (let presses = 0; presses < 6; presses++) {
      await page.keyboard.press(presses % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate('document.activeElement?.closest("dialog") !== null')).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => ((await activeElement(page))?.text === 'Quiz' ? true : undefined), 2000, 'focus back on Quiz');
    expect(await activeElement(page)).toEqual({ tagName: 'BUTTON', text: 'Quiz' });
    expect(await page.getByRole('heading', { level: 1, name: 'Library' }).isVisible()).toBe(true); // ? did not press the button
    expectCleanRun(app);
  });

  it('is not opened by ? typed in a box, and keys pressed in it do not reach the screen behind', async () => {
    const app = await launch();
    const { page } = app;
    await openSettings(page);
    const box = page.getByRole('textbox', { name: 'Reviews per day' });
    await box.focus();
    await page.keyboard.type('?');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByText('Reviews per day must be a whole number').waitFor();
    await box.fill('200');

    // In Study, "1" with the overlay open must not answer the card.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Study', exact: true }).first().click();
    const card = page.getByTestId('study-card');
    await card.waitFor();
    expect(await card.getAttribute('data-phase')).toBe('question');
    await page.locator('body').press('?');
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await overlay.waitFor();
    // Focus starts on the list, so Space and the arrows scroll it.
    expect(await page.evaluate('document.activeElement?.getAttribute("role")')).toBe('region');
    for (const key of ['1', 't', 'Space', 'ArrowDown', 's', 'u', 'o']) {
      await page.keyboard.press(key);
      expect(await overlay.isVisible()).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await card.getAttribute('data-phase')).toBe('question');
    expect(app.store.reviewCount).toBe(0);
    expectCleanRun(app);
  });

  it('opens from the Settings screen too', async () => {
    const app = await launch();
    const { page } = app;
    await openSettings(page);
    await page.getByRole('button', { name: 'Show keyboard shortcuts' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await eventually(async () => ((await focusedName(page)) === 'Show keyboard shortcuts' ? true : undefined), 2000, 'focus back on the button');
    expectCleanRun(app);
  });
});
