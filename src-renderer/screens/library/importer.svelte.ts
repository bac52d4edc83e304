/** The import in progress (one at a time; dropped files wait their turn) and its last result. */
import type { ImportOutcome } from '../../../src-main/contract';
import { importFile, importPasted, outcomeMessage, type ImportStep, type PipelineHooks, type PipelineResult } from './import-pipeline';
import { api, messageOf } from '../../lib/api';
import { library } from '../../lib/state/library.svelte';

export interface ImportNotice {
  readonly kind: 'ok' | 'info' | 'error';
  readonly message: string;
  /** The article to open from the notice. */
  readonly articleId: string | null;
}

const STEP_LABELS: Record<ImportStep, string> = {
  reading: 'Reading the file',
  extracting: 'Finding the article',
  sending: 'Sending the text',
  saving: 'Checking and saving',
};

const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

class Importer {
  /** What is being imported ("notes.md"), or null when idle. */
  current = $state<string | null>(null);
  step = $state<ImportStep | null>(null);
  fraction = $state(0);
  /** Files still waiting after the current one. */
  waiting = $state(0);
  notice = $state.raw<ImportNotice | null>(null);
  #cancelled = false;

  get busy(): boolean {
    return this.current !== null;
  }

  get stepLabel(): string {
    return this.step === null ? '' : STEP_LABELS[this.step];
  }

  /** Cancel is possible until the text is handed over for saving. */
  get cancellable(): boolean {
    return this.busy && this.step !== 'saving' && !this.#cancelled;
  }

  async importFiles(files: readonly File[]): Promise<void> {
    if (this.busy || files.length === 0) return;
    this.notice = null;
    this.#cancelled = false;
    const results: { name: string; result: PipelineResult | { kind: 'failed'; message: string } }[] = [];
    for (const [position, file] of files.entries()) {
      if (this.#cancelled) break;
      this.waiting = files.length - position - 1;
      const result = await this.#run(file.name, () => importFile(file.name, async () => new Uint8Array(await file.arrayBuffer()), this.#hooks()));
      results.push({ name: file.name, result });
    }
    this.#finish(results);
  }

  async importText(title: string, text: string): Promise<boolean> {
    if (this.busy) return false;
    this.notice = null;
    this.#cancelled = false;
    const result = await this.#run(title.trim() || 'pasted text', () => importPasted(title, text, this.#hooks()));
    this.#finish([{ name: 'pasted text', result }]);
    return result.kind === 'done';
  }

  cancel(): void {
    if (this.cancellable) this.#cancelled = true;
  }

  dismiss(): void {
    this.notice = null;
  }

  #hooks(): PipelineHooks {
    return {
      api,
      progress: (step, fraction) => {
        this.step = step;
        this.fraction = fraction;
      },
      cancelled: () => this.#cancelled,
      pause: paint,
    };
  }

  async #run(name: string, task: () => Promise<PipelineResult>): Promise<PipelineResult | { kind: 'failed'; message: string }> {
    this.current = name;
    this.fraction = 0;
    try {
      return await task();
    } catch (error) {
      return { kind: 'failed', message: messageOf(error) };
    } finally {
      this.current = null;
      this.step = null;
    }
  }

  #finish(results: readonly { name: string; result: PipelineResult | { kind: 'failed'; message: string } }[]): void {
    this.waiting = 0;
    const imported = results.flatMap(({ result }) => (result.kind === 'done' ? [result.outcome] : []));
    if (imported.length > 0) void library.load();
    this.notice = summarize(results, imported);
  }
}

function summarize(results: readonly { name: string; result: PipelineResult | { kind: 'failed'; message: string } }[], imported: readonly ImportOutcome[]): ImportNotice | null {
  if (results.length === 0) return null;
  if (results.every(({ result }) => result.kind === 'cancelled')) return { kind: 'info', message: 'Import cancelled. Nothing was added.', articleId: null };
  const lines = results.map(({ name, result }) => {
    switch (result.kind) {
      case 'done':
        return outcomeMessage(result.outcome);
      case 'cancelled':
        return `${name}: cancelled.`;
      default:
        return results.length === 1 ? result.message : `${name}: ${result.message}`;
    }
  });
  const failed = results.some(({ result }) => result.kind === 'refused' || result.kind === 'failed');
  const last = imported.at(-1);
  return {
    kind: failed ? 'error' : imported.every((outcome) => outcome.status !== 'duplicate') ? 'ok' : 'info',
    message: lines.join(' '),
    articleId: last?.articleId ?? null,
  };
}

export const importer = new Importer();
