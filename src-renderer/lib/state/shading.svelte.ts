import type { ArticleMemory, FactHistoryView, FactMemoryView } from '../../../src-main/contract';
import { api } from '../api';
import { notices } from './notices.svelte';

/**
 * The Reader's memory shading: how well each fact of the open article is remembered, whether the
 * learner shows the shading, and the fact open in the side panel with its answer history.
 */
class Shading {
  /** The learner's choice, kept while the app runs. */
  visible = $state(true);
  memory = $state.raw<ArticleMemory | null>(null);
  /** The fact in the side panel, and the other facts sharing the text the learner clicked. */
  selectedId = $state<string | null>(null);
  alsoHere = $state.raw<readonly string[]>([]);
  history = $state.raw<FactHistoryView | null>(null);
  historyFailed = $state(false);
  #request = 0;
  #historyRequest = 0;

  readonly selected: FactMemoryView | null = $derived(this.memory?.facts.find((fact) => fact.factId === this.selectedId) ?? null);

  async load(articleId: string): Promise<void> {
    const request = ++this.#request;
    this.memory = null;
    this.close();
    try {
      const memory = await api.getArticleMemory({ articleId });
      if (request === this.#request) this.memory = memory;
    } catch (error) {
      // The article still reads without shading; the banner says why.
      if (request === this.#request) notices.show(error);
    }
  }

  /** Opens the panel on a fact; `alsoHere` are the other facts under the same words. */
  async select(factId: string, alsoHere: readonly string[] = []): Promise<void> {
    const request = ++this.#historyRequest;
    this.selectedId = factId;
    this.alsoHere = alsoHere.filter((id) => id !== factId);
    this.history = null;
    this.historyFailed = false;
    try {
      const history = await api.getFactHistory({ factId });
      if (request === this.#historyRequest) this.history = history;
    } catch (error) {
      if (request !== this.#historyRequest) return;
      this.historyFailed = true;
      notices.show(error);
    }
  }

  close(): void {
    this.#historyRequest++;
    this.selectedId = null;
    this.alsoHere = [];
    this.history = null;
    this.historyFailed = false;
  }

  leave(): void {
    this.#request++;
    this.memory = null;
    this.close();
  }
}

export const shading = new Shading();
