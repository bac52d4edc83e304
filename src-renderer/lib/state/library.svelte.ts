import type { ArticleProgressView, ArticleSummary } from '../../../src-main/contract';
import { api } from '../api';
import { notices } from './notices.svelte';
import { toasts } from './toast.svelte';

/** The articles on the Library shelf, with each one's progress as it comes in. */
class Library {
  articles = $state.raw<readonly ArticleSummary[] | null>(null);
  loading = $state(false);
  failed = $state(false);
  /** Facts, mastery and due counts by article id; filled in after the list, one article at a time. */
  progress = $state.raw<ReadonlyMap<string, ArticleProgressView>>(new Map());
  #loads = 0;

  async load(): Promise<void> {
    const load = ++this.#loads;
    this.loading = true;
    try {
      this.articles = await api.listArticles();
      this.failed = false;
    } catch (error) {
      this.failed = true;
      notices.show(error);
    } finally {
      this.loading = false;
    }
    await this.#loadProgress(load);
  }

  /** Deletes an imported article and offers to undo it. */
  async remove(summary: ArticleSummary): Promise<boolean> {
    try {
      await api.deleteArticle({ articleId: summary.id });
    } catch (error) {
      notices.show(error);
      return false;
    }
    this.articles = (this.articles ?? []).filter((article) => article.id !== summary.id);
    toasts.show({ message: `Deleted “${summary.title}”.`, action: { label: 'Undo', run: () => void this.restore(summary) } });
    return true;
  }

  async restore(summary: ArticleSummary): Promise<void> {
    toasts.dismiss();
    try {
      await api.restoreArticle({ articleId: summary.id });
      toasts.show({ message: `“${summary.title}” is back in your Library.`, action: null });
    } catch (error) {
      notices.show(error);
    }
    await this.load();
  }

  /** One article at a time: a deck is generated on first ask, and the first cards fill in first. */
  async #loadProgress(load: number): Promise<void> {
    for (const article of this.articles ?? []) {
      if (load !== this.#loads) return;
      try {
        const progress = await api.getArticleProgress({ articleId: article.id });
        if (load !== this.#loads) return;
        this.progress = new Map([...this.progress, [article.id, progress]]);
      } catch {
        // The card shows its words without the counts; opening the article says what is wrong.
      }
    }
  }
}

export const library = new Library();
