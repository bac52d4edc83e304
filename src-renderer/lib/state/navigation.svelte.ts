export type Screen = 'library' | 'reader';

/** Which screen is showing, and for the Reader, which article. */
class Navigation {
  /** False until the startup state has been read, so the app never flashes the wrong screen. */
  started = $state(false);
  screen = $state<Screen>('library');
  articleId = $state<string | null>(null);
  /** The article the learner last came back from, so the Library can return focus to it. */
  returnedFrom = $state<string | null>(null);

  showLibrary(): void {
    this.returnedFrom = this.screen === 'reader' ? this.articleId : null;
    this.screen = 'library';
    this.articleId = null;
    this.started = true;
  }

  showReader(articleId: string): void {
    this.screen = 'reader';
    this.articleId = articleId;
    this.started = true;
  }
}

export const navigation = new Navigation();
