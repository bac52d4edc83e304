import type { StudyScope } from '../../../src-main/contract';

export type Screen = 'library' | 'reader' | 'study' | 'quiz' | 'browse' | 'dashboard' | 'settings';

/** A question to open in Browse's editor, and where to go back to once done. */
export interface EditTarget {
  readonly articleId: string;
  readonly questionId: string;
  /** The study session the learner came from (`e` on a card), to return to. */
  readonly returnTo: StudyScope | null;
}

/** Which screen is showing, and for the Reader, which article. */
class Navigation {
  /** False until the startup state has been read, so the app never flashes the wrong screen. */
  started = $state(false);
  screen = $state<Screen>('library');
  articleId = $state<string | null>(null);
  /** What the Study screen covers (an article, or a section of it). */
  studyScope = $state.raw<StudyScope | null>(null);
  /** The sentence to bring into view and highlight when the Reader opens ("show in article"). */
  highlightSentence = $state<number | null>(null);
  /** The article the learner last came back from, so the Library can return focus to it. */
  returnedFrom = $state<string | null>(null);

  showLibrary(): void {
    this.returnedFrom = this.screen === 'reader' || this.screen === 'study' ? this.articleId : null;
    this.screen = 'library';
    this.articleId = null;
    this.started = true;
  }

  showReader(articleId: string, sentenceIndex: number | null = null): void {
    this.screen = 'reader';
    this.articleId = articleId;
    this.highlightSentence = sentenceIndex;
    this.started = true;
  }

  showStudy(scope: StudyScope): void {
    this.screen = 'study';
    this.articleId = scope.articleId;
    this.studyScope = scope;
    this.started = true;
  }

  /** The question Browse opens in its editor, if the learner came to edit one. */
  editTarget = $state.raw<EditTarget | null>(null);

  showBrowse(target: EditTarget | null = null): void {
    this.screen = 'browse';
    this.articleId = null;
    this.editTarget = target;
    this.started = true;
  }

  showQuiz(): void {
    this.screen = 'quiz';
    this.articleId = null;
    this.started = true;
  }

  showDashboard(): void {
    this.screen = 'dashboard';
    this.articleId = null;
    this.started = true;
  }

  showSettings(): void {
    this.screen = 'settings';
    this.articleId = null;
    this.started = true;
  }
}

export const navigation = new Navigation();
