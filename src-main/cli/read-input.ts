/**
 * Reading the article file: UTF-8 text only. A missing, empty, binary (NUL bytes, invalid UTF-8),
 * unreadable file or a directory is refused with one line saying why.
 */
import { readFileSync, statSync } from 'node:fs';

/**
 * The largest article the CLI reads. A long book chapter is ~100k words (~600 KB); above a few
 * megabytes a file is not an article, and generating from it would take minutes.
 */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

export type Input = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message.split('\n')[0] ?? 'cannot be read';
}

export function readInput(path: string): Input {
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return { ok: false, message: `${path}: is a directory, not an article file` };
    if (stats.size > MAX_ARTICLE_BYTES) {
      return { ok: false, message: `${path}: too large for an article (${Math.round(stats.size / 1024 / 1024)} MB; the limit is 4 MB)` };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `${path}: ${describe(error)}` };
  }
  if (bytes.includes(0)) return { ok: false, message: `${path}: binary file (NUL bytes), not UTF-8 text` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${path}: not valid UTF-8 text` };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, message: `${path}: file is empty` };
  return { ok: true, text };
}
