import type { OpenedArticle } from '../../../src-main/contract';
import { api } from '../api';

/** The article open in the Reader, with the position it was left at. */
class Reader {
  opened = $state.raw<OpenedArticle | null>(null);
  #request = 0;

  /** Resolves to true when this request is still the latest one and the article is showing. */
  async open(articleId: string): Promise<boolean> {
    const request = ++this.#request;
    this.opened = null;
    const opened = await api.openArticle({ articleId });
    if (request !== this.#request) return false;
    this.opened = opened;
    return true;
  }

  close(): void {
    this.#request++;
    this.opened = null;
  }
}

export const reader = new Reader();
