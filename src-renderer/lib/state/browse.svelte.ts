import type { BrowseFact, BrowseResult, BrowseState, EditIssueView, FactKind, QuestionEditor } from '../../../src-main/contract';
import { api } from '../api';
import { notices } from './notices.svelte';

/** What the learner saves from the editor. */
export interface QuestionDraft {
  readonly prompt: string;
  readonly answer: string;
  readonly accepted: readonly string[];
  readonly choices: readonly string[] | null;
}

/** Browse: the search, its results, the question in the editor, and what just happened. */
class Browse {
  text = $state('');
  kinds = $state.raw<readonly FactKind[]>([]);
  states = $state.raw<readonly BrowseState[]>([]);
  articleId = $state<string | null>(null);
  result = $state.raw<BrowseResult | null>(null);
  editor = $state.raw<QuestionEditor | null>(null);
  issues = $state.raw<readonly EditIssueView[]>([]);
  /** A short word on what just happened, read out politely. */
  note = $state<string | null>(null);
  /** The fact just deleted, so the note can offer to undo it. */
  undoable = $state.raw<BrowseFact | null>(null);
  busy = $state(false);
  /** The export and restore panel is open. */
  dataOpen = $state(false);
  #search = 0;

  async search(): Promise<void> {
    const request = ++this.#search;
    try {
      const result = await api.browseFacts({ text: this.text, kinds: [...this.kinds], states: [...this.states], articleId: this.articleId });
      if (request === this.#search) this.result = result;
    } catch (error) {
      if (request === this.#search) notices.show(error);
    }
  }

  async openEditor(articleId: string, questionId: string): Promise<void> {
    const editor = await this.#call(() => api.getQuestionEditor({ articleId, questionId }));
    if (editor === undefined) return;
    this.editor = editor;
    this.issues = [];
  }

  closeEditor(): void {
    this.editor = null;
    this.issues = [];
  }

  /** True when saved; otherwise the issues say what to fix. */
  async save(draft: QuestionDraft): Promise<boolean> {
    const editor = this.editor;
    if (editor === null) return false;
    const outcome = await this.#call(() =>
      api.saveQuestionEdit({
        articleId: editor.fact.articleId,
        questionId: editor.question.id,
        prompt: draft.prompt,
        answer: draft.answer,
        accepted: [...draft.accepted],
        choices: draft.choices === null ? null : [...draft.choices],
      }),
    );
    if (outcome === undefined) return false;
    if (!outcome.saved) {
      this.issues = outcome.issues;
      this.note = 'Not saved: see what to fix below.';
      return false;
    }
    this.issues = [];
    this.editor = outcome.editor;
    this.note = outcome.editor.edited ? 'Edit saved. It applies to study and quizzes at once.' : 'Saved: the question is as Factdeck wrote it.';
    this.#replace(outcome.editor.fact);
    return true;
  }

  async revert(): Promise<void> {
    const editor = this.editor;
    if (editor === null) return;
    const reverted = await this.#call(() => api.revertQuestionEdit({ articleId: editor.fact.articleId, questionId: editor.question.id }));
    if (reverted === undefined) return;
    this.editor = reverted;
    this.issues = [];
    this.note = 'Back to the question as Factdeck wrote it.';
    this.#replace(reverted.fact);
  }

  async setSuspended(fact: BrowseFact, suspended: boolean): Promise<void> {
    const changed = await this.#call(() => api.setFactSuspended({ articleId: fact.articleId, factId: fact.factId, suspended }));
    if (changed === undefined) return;
    this.#replace(changed);
    this.note = suspended ? 'Suspended: this fact will not be asked until you unsuspend it.' : 'Unsuspended: this fact will be asked again.';
  }

  async setDeleted(fact: BrowseFact, deleted: boolean): Promise<void> {
    const changed = await this.#call(() => api.setFactDeleted({ articleId: fact.articleId, factId: fact.factId, deleted }));
    if (changed === undefined) return;
    this.#replace(changed);
    this.undoable = deleted ? changed : null;
    this.note = deleted ? 'Deleted: this fact is no longer studied or quizzed.' : 'Restored: this fact is studied again.';
  }

  async reset(fact: BrowseFact): Promise<void> {
    const changed = await this.#call(() => api.resetFact({ articleId: fact.articleId, factId: fact.factId }));
    if (changed === undefined) return;
    this.#replace(changed);
    this.note = 'Reset: Factdeck has forgotten your memory of this fact; it is new again.';
  }

  /** Puts a changed fact in place in the results and the editor. */
  #replace(fact: BrowseFact): void {
    const result = this.result;
    if (result !== null) this.result = { ...result, facts: result.facts.map((other) => (other.factId === fact.factId ? fact : other)) };
    if (this.editor?.fact.factId === fact.factId) this.editor = { ...this.editor, fact };
  }

  async #call<T>(request: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.note = null;
    try {
      const value = await request();
      notices.dismiss();
      return value;
    } catch (error) {
      notices.show(error);
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}

export const browse = new Browse();
