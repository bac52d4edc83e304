/**
 * Exports (everything as JSON, an article as Anki TSV, the history as CSV) and the restore from an
 * exported file. Each export is made from a backup taken now, so it is one consistent moment of
 * the data; a restore checks the whole file first, then goes through the store's journalled
 * restore (a safety backup first), so the folder is never left half-restored.
 */
import { randomBytes } from 'node:crypto';
import type { ExportedFile, RestoredExport } from '../../contract';
import { RESTORE_LIMITS } from '../../contract-edit';
import { questionsTsv } from '../../domain/deck/anki-tsv';
import { ServiceError } from '../../service-error';
import { decodeReview, type AppStore } from '../../store';
import type { LogRecord } from '../../contract';
import type { ArticleDecks } from '../study/article-decks';
import { exportDocument, readExport } from './export-format';
import { historyCsv } from './history-csv';

interface Upload {
  readonly totalChars: number;
  readonly chunks: string[];
  received: number;
}

/** Restores being sent at once; a learner starts one, a crashed renderer may leave one behind. */
const MAX_UPLOADS = 2;
const EXPORT_FAILED = 'Factdeck could not read your data to export it. Check that your disk has free space, then try again.';

export function createExportService(deps: { store: AppStore; decks: ArticleDecks; now: () => number; log: (message: string) => void }) {
  const { store, decks, now, log } = deps;
  const uploads = new Map<string, Upload>();

  async function dataFiles() {
    try {
      return await store.exportFiles();
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      log(`Could not read the data folder for an export: ${error instanceof Error ? error.message : String(error)}`);
      throw new ServiceError('storage-failed', EXPORT_FAILED);
    }
  }

  function upload(restoreId: string): Upload {
    const found = uploads.get(restoreId);
    if (found === undefined) throw new ServiceError('not-found', 'That restore was cancelled or has already finished. Choose the file again.');
    return found;
  }

  const day = () => new Date(now()).toISOString().slice(0, 10);

  return {
    async exportAll(): Promise<ExportedFile> {
      const text = `${JSON.stringify(exportDocument(await dataFiles(), now()), null, 1)}\n`;
      return { fileName: `factdeck-export-${day()}.json`, mimeType: 'application/json', text };
    },

    async articleTsv(articleId: string): Promise<ExportedFile> {
      const deck = await decks.deckOf(articleId);
      return { fileName: `${articleId}.tsv`, mimeType: 'text/tab-separated-values', text: questionsTsv([...deck.questions.values()]) };
    },

    async historyCsv(): Promise<ExportedFile> {
      const files = (await dataFiles()).filter((file) => file.name.startsWith('reviews/')).sort((a, b) => (a.name < b.name ? -1 : 1));
      const records: LogRecord[] = [];
      const decoder = new TextDecoder();
      for (const file of files) {
        for (const line of decoder.decode(file.bytes).split('\n')) {
          const record = line === '' ? null : decodeReview(line);
          if (record !== null) records.push(record);
        }
      }
      return { fileName: `factdeck-history-${day()}.csv`, mimeType: 'text/csv', text: historyCsv(records) };
    },

    beginRestore(totalChars: number): { restoreId: string } {
      while (uploads.size >= MAX_UPLOADS) uploads.delete(uploads.keys().next().value as string);
      const restoreId = `rst-${randomBytes(8).toString('hex')}`;
      uploads.set(restoreId, { totalChars, chunks: [], received: 0 });
      return { restoreId };
    },

    appendRestore(restoreId: string, index: number, text: string): { receivedChars: number } {
      const found = upload(restoreId);
      if (index !== found.chunks.length) throw new ServiceError('invalid-payload', 'Part of the file arrived out of order. Choose the file again.');
      if (found.received + text.length > found.totalChars) throw new ServiceError('invalid-payload', 'The file is longer than announced. Choose the file again.');
      found.chunks.push(text);
      found.received += text.length;
      return { receivedChars: found.received };
    },

    cancelRestore(restoreId: string): null {
      uploads.delete(restoreId);
      return null;
    },

    async finishRestore(restoreId: string): Promise<RestoredExport> {
      const found = upload(restoreId);
      uploads.delete(restoreId);
      if (found.received !== found.totalChars) throw new ServiceError('invalid-payload', 'The file did not arrive whole. Choose it again.');
      const read = readExport(found.chunks.join(''));
      if (!read.ok) throw new ServiceError('invalid-payload', `${read.reason} Nothing was changed.`);
      try {
        const restored = await store.restoreFiles(read.files);
        return { exportedAt: read.exportedAt, files: read.files.length, reviews: read.reviews, safetyBackup: restored.safetyBackup };
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        log(`Could not restore an export: ${error instanceof Error ? error.message : String(error)}`);
        throw new ServiceError('storage-failed', 'Factdeck could not restore that export. Your data is as it was before; a backup of it was kept if one could be taken.');
      }
    },
  };
}
