import type { ExportedFile, RestoredExport } from '../../../src-main/contract';
import { api } from '../api';
import { chunksOf } from '../chunks';
import { notices } from './notices.svelte';

/** Characters per restore chunk, as the contract's RESTORE_LIMITS states (it may import only types). */
const CHUNK_CHARS = 16_384;

/**
 * Exports and the restore. An export arrives as text and is offered as a download (a Blob and an
 * a[download]); in Factdeck's window that opens the system's save dialog. A restore reads the file
 * chosen in the page and sends it in chunks.
 */
class DataTransfer {
  working = $state<string | null>(null);
  /** 0–1 while a restore is being sent. */
  progress = $state<number | null>(null);
  note = $state<string | null>(null);
  restored = $state.raw<RestoredExport | null>(null);

  async export(what: string, request: () => Promise<ExportedFile>): Promise<void> {
    if (this.working !== null) return;
    this.working = what;
    this.note = null;
    try {
      const file = await request();
      offerDownload(file);
      this.note = `Saved ${file.fileName}.`;
      notices.dismiss();
    } catch (error) {
      notices.show(error);
    } finally {
      this.working = null;
    }
  }

  /** True when the data was replaced by the file's. */
  async restore(file: File): Promise<boolean> {
    if (this.working !== null) return false;
    this.working = 'restore';
    this.note = null;
    this.restored = null;
    this.progress = 0;
    let restoreId: string | null = null;
    try {
      const text = await file.text();
      ({ restoreId } = await api.beginRestore({ totalChars: Math.max(1, text.length) }));
      const chunks = chunksOf(text, CHUNK_CHARS);
      for (const [index, chunk] of chunks.entries()) {
        await api.appendRestore({ restoreId, index, text: chunk });
        this.progress = (index + 1) / chunks.length;
      }
      const id = restoreId;
      restoreId = null;
      this.restored = await api.finishRestore({ restoreId: id });
      this.note = `Restored from ${file.name}: ${this.restored.reviews.toLocaleString('en-US')} answers and everything else. A backup of your data as it was is kept.`;
      notices.dismiss();
      return true;
    } catch (error) {
      if (restoreId !== null) void api.cancelRestore({ restoreId }).catch(() => {});
      notices.show(error);
      return false;
    } finally {
      this.working = null;
      this.progress = null;
    }
  }
}

/** Hands the file to the browser as a download; the object URL is let go once the click is done. */
function offerDownload(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const dataTransfer = new DataTransfer();
