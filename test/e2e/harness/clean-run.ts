/** The check every e2e test ends with: the app ran without an error anywhere and fetched nothing from outside. */
import { expect } from 'vitest';
import type { RunningApp } from './app';

export function expectCleanRun(app: RunningApp, dialogs: readonly string[] = []): void {
  expect(app.consoleErrors).toEqual([]);
  expect(app.pageErrors).toEqual([]);
  expect(app.mainLog).toEqual([]);
  expect(app.foreignRequests()).toEqual([]);
  expect(dialogs).toEqual([]);
}
