/**
 * What the learner can do, as plain functions over the state classes. Components call these;
 * they never sequence api calls themselves.
 */
import type { StudyScope } from '../../src-main/contract';
import { api } from './api';
import { library } from './state/library.svelte';
import { navigation, type EditTarget } from './state/navigation.svelte';
import { notices } from './state/notices.svelte';
import { reader } from './state/reader.svelte';
import { settings } from './state/settings.svelte';

export function showLibrary(): void {
  if (navigation.articleId !== null) void api.closeArticle().catch((error: unknown) => notices.show(error));
  reader.close();
  navigation.showLibrary();
  void library.load();
}

export async function openArticle(articleId: string, sentenceIndex: number | null = null): Promise<void> {
  notices.dismiss();
  navigation.showReader(articleId, sentenceIndex);
  try {
    await reader.open(articleId);
  } catch (error) {
    notices.show(error);
    if (navigation.articleId === articleId) showLibrary();
  }
}

/** Reopens the article the learner had open when they left, or shows the Library. */
export async function start(): Promise<void> {
  // The learner's theme and text size first, so the first screen appears as they chose.
  await settings.load();
  let lastOpened: string | null = null;
  try {
    const startup = await api.getStartup();
    lastOpened = startup.lastOpenedArticleId;
    notices.startup = startup.notices;
  } catch (error) {
    notices.show(error);
  }
  if (lastOpened) await openArticle(lastOpened);
  else showLibrary();
}

export async function saveReadingPosition(articleId: string, paragraphIndex: number): Promise<void> {
  try {
    await api.saveReadingPosition({ articleId, paragraphIndex });
  } catch (error) {
    notices.show(error);
  }
}

export function startStudy(scope: StudyScope): void {
  notices.dismiss();
  navigation.showStudy(scope);
}

/** The Progress dashboard: it loads its own numbers when it opens. */
export function showDashboard(): void {
  notices.dismiss();
  if (navigation.articleId !== null) void api.closeArticle().catch((error: unknown) => notices.show(error));
  reader.close();
  navigation.showDashboard();
}

export function showQuiz(): void {
  notices.dismiss();
  if (navigation.articleId !== null) void api.closeArticle().catch((error: unknown) => notices.show(error));
  reader.close();
  navigation.showQuiz();
}

export function showSettings(): void {
  notices.dismiss();
  if (navigation.articleId !== null) void api.closeArticle().catch((error: unknown) => notices.show(error));
  reader.close();
  navigation.showSettings();
  void settings.loadBackups();
}

/** Browse: search and edit facts and questions; with a target, its editor opens on that question. */
export function showBrowse(target: EditTarget | null = null): void {
  notices.dismiss();
  if (navigation.articleId !== null && navigation.screen === 'reader') void api.closeArticle().catch((error: unknown) => notices.show(error));
  reader.close();
  navigation.showBrowse(target);
}
