import type { ArticleSummary } from '../../../src-main/contract';
import { api } from '../api';
import { notices } from './notices.svelte';

/** The articles on the Library shelf. */
class Library {
  articles = $state.raw<readonly ArticleSummary[] | null>(null);
  loading = $state(false);
  failed = $state(false);

  async load(): Promise<void> {
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
  }
}

export const library = new Library();
