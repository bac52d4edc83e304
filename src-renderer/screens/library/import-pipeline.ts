/**
 * One import, step by step: read the file, extract its text, send the text in chunks, let the
 * main process check and save it. Progress is reported across the steps, and a cancel between
 * any two of them (or between two chunks) stops it and discards what the main process received.
 * The api and the clock-free `pause` come in, so the steps are tested without a browser.
 */
import type { ImportFormat, ImportOutcome } from '../../../src-main/contract';
import type { Api } from '../../lib/api';
import { htmlToText, type ParseHtml } from './extract-html';
import { markdownToText } from './extract-markdown';
import { decodeFile, formatOfFile, IMPORT_LIMITS, sourceOfFile, unsupportedFileMessage } from './import-file';

export type ImportStep = 'reading' | 'extracting' | 'sending' | 'saving';

/** Where each step starts on the progress bar, and where it ends. */
const STEP_RANGE: Record<ImportStep, readonly [number, number]> = {
  reading: [0, 0.1],
  extracting: [0.1, 0.3],
  sending: [0.3, 0.9],
  saving: [0.9, 1],
};

export interface ImportText {
  readonly title: string | null;
  readonly source: string | null;
  readonly format: ImportFormat;
  readonly text: string;
}

export type PipelineResult =
  | { readonly kind: 'done'; readonly outcome: ImportOutcome }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'cancelled' };

export interface PipelineHooks {
  readonly api: Pick<Api, 'beginImport' | 'appendImport' | 'finishImport' | 'cancelImport'>;
  /** Called with the step and the overall fraction done (0–1). */
  readonly progress: (step: ImportStep, fraction: number) => void;
  readonly cancelled: () => boolean;
  /** Lets the page paint (and the Cancel button be pressed) between steps. */
  readonly pause: () => Promise<void>;
  readonly parseHtml?: ParseHtml;
}

class Cancelled extends Error {}

/** Text from a file's bytes, by its format; or why it cannot be imported. */
export function extractFile(name: string, bytes: Uint8Array, parseHtml?: ParseHtml): ImportText | { readonly message: string } {
  const format = formatOfFile(name);
  if (format === null) return { message: unsupportedFileMessage(name) };
  const decoded = decodeFile(name, bytes);
  if (!decoded.ok) return { message: decoded.message };
  const source = sourceOfFile(name);
  if (format === 'txt') return { title: null, source, format, text: decoded.text };
  if (format === 'md') return { ...markdownToText(decoded.text), source, format };
  const html = htmlToText(decoded.text, parseHtml);
  return { title: html.title, source: html.siteName ?? source, format, text: html.text };
}

export async function importFile(name: string, read: () => Promise<Uint8Array>, hooks: PipelineHooks): Promise<PipelineResult> {
  try {
    step(hooks, 'reading', 0);
    const bytes = await read();
    await checkpoint(hooks);
    step(hooks, 'extracting', 0);
    await checkpoint(hooks);
    const extracted = extractFile(name, bytes, hooks.parseHtml);
    if ('message' in extracted) return { kind: 'refused', message: extracted.message };
    await checkpoint(hooks);
    return await send(extracted, hooks);
  } catch (error) {
    if (error instanceof Cancelled) return { kind: 'cancelled' };
    throw error;
  }
}

export async function importPasted(title: string, text: string, hooks: PipelineHooks): Promise<PipelineResult> {
  try {
    return await send({ title: title.trim() === '' ? null : title, source: null, format: 'paste', text }, hooks);
  } catch (error) {
    if (error instanceof Cancelled) return { kind: 'cancelled' };
    throw error;
  }
}

async function send(item: ImportText, hooks: PipelineHooks): Promise<PipelineResult> {
  const { api } = hooks;
  // Control characters are dropped here too: JSON would escape each into six characters.
  const text = item.text.replace(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  if (text.includes('\u0000')) return { kind: 'refused', message: 'This looks like a binary file, not text.' };
  if (text.length > IMPORT_LIMITS.maxChars) {
    return { kind: 'refused', message: `This article is too long to import (${(text.length / 1024 / 1024).toFixed(1)} MB of text; the limit is 4 MB).` };
  }
  if (text.trim() === '') return { kind: 'refused', message: 'There is no text in it to import.' };
  step(hooks, 'sending', 0);
  const { importId } = await api.beginImport({ title: item.title, source: item.source, format: item.format, totalChars: text.length });
  const chunks = Math.max(1, Math.ceil(text.length / IMPORT_LIMITS.chunkChars));
  try {
    for (let index = 0; index < chunks; index++) {
      await checkpoint(hooks);
      const chunk = text.slice(index * IMPORT_LIMITS.chunkChars, (index + 1) * IMPORT_LIMITS.chunkChars);
      await api.appendImport({ importId, index, text: chunk });
      step(hooks, 'sending', (index + 1) / chunks);
    }
    await checkpoint(hooks);
  } catch (error) {
    if (error instanceof Cancelled) await api.cancelImport({ importId }).catch(() => null);
    throw error;
  }
  step(hooks, 'saving', 0);
  const outcome = await api.finishImport({ importId });
  step(hooks, 'saving', 1);
  return { kind: 'done', outcome };
}

function step(hooks: PipelineHooks, name: ImportStep, within: number): void {
  const [start, end] = STEP_RANGE[name];
  hooks.progress(name, Math.round((start + (end - start) * within) * 1000) / 1000);
}

async function checkpoint(hooks: PipelineHooks): Promise<void> {
  await hooks.pause();
  if (hooks.cancelled()) throw new Cancelled();
}

/** What the learner reads about an outcome. */
export function outcomeMessage(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return `Imported “${outcome.title}”. Its flashcards are made the first time you study it.`;
    case 'duplicate':
      return `“${outcome.title}” is already in your Library, so nothing was added.`;
    case 'restored':
      return `You had deleted “${outcome.title}”; it is back in your Library, with your progress.`;
  }
}
