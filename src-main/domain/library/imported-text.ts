/**
 * The text of an article the learner brings in, as the main process receives it: plain text
 * (the renderer has already turned HTML and Markdown into text). Pure rules, so the service and
 * its tests agree on what is kept, what is refused and why, in words a learner can read.
 */
import { countWordsIn } from '../article/words';

/** The most text one article may hold once extracted: 4 MB, like the deck CLI's file limit. */
export const MAX_IMPORT_CHARS = 4_194_304;
/** Fewer words than this give no deck worth studying. */
export const MIN_IMPORT_WORDS = 20;
export const MAX_TITLE_CHARS = 200;
/** Imported ids start with this; bundled ids may not, so the two can never collide. */
export const IMPORTED_ID_PREFIX = 'mine-';

export type ImportFormat = 'txt' | 'md' | 'html' | 'paste';

/**
 * Line ends as `\n`, no byte-order mark, Unicode NFC, no control characters but tab and newline,
 * no trailing spaces, at most one blank line in a row, no blank lines around the text.
 */
export function normalizeImportedText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029]/g, (char) => (char === '\u2028' || char === '\u2029' ? '\n' : ''))
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Why this text cannot become an article, or `null` when it can. `raw` is the text as received
 * (before normalising), so control characters that give a binary file away are still there.
 */
export function problemWithText(raw: string): string | null {
  if (raw.length > MAX_IMPORT_CHARS) return `This article is too long to import (${megabytes(raw.length)} of text; the limit is 4 MB).`;
  if (raw.includes('\u0000') || share(raw, /[\u0001-\u0008\u000E-\u001F]/g) > 0.01) return 'This looks like a binary file, not text.';
  if (share(raw, /\uFFFD/g) > 0.01) return 'This text could not be read: it is not UTF-8, or it is not text at all.';
  const text = normalizeImportedText(raw);
  if (text === '') return 'There is no text in it to import.';
  const visible = text.replace(/\s+/g, '');
  if (share(visible, /\p{L}/gu) < 0.5) return 'This does not read like an article: it is mostly symbols or numbers.';
  const words = countWordsIn(text);
  if (words < MIN_IMPORT_WORDS) {
    return `This is too short to study: an article needs at least ${MIN_IMPORT_WORDS} words, and this has ${words}.`;
  }
  return null;
}

/**
 * What "the same content" means for duplicates: the words, whatever the line breaks, spacing,
 * quote style or case. Hashed by the caller.
 */
export function duplicateKey(text: string): string {
  return normalizeImportedText(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/\s+/g, ' ');
}

/** A readable, stable id: `mine-<title words>-<first 10 hex digits of the content hash>`. */
export function importedArticleId(title: string, contentHash: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const hash = contentHash.toLowerCase().replace(/[^0-9a-f]/g, '').slice(0, 10);
  return `${IMPORTED_ID_PREFIX}${slug === '' ? 'article' : slug}-${hash}`;
}

/** A title as stored: one line, no more than `MAX_TITLE_CHARS`. */
export function cleanTitle(title: string | null | undefined): string | null {
  const line = (title ?? '').replace(/\s+/g, ' ').trim();
  if (line === '') return null;
  return line.length <= MAX_TITLE_CHARS ? line : `${line.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…`;
}

function share(text: string, pattern: RegExp): number {
  if (text.length === 0) return 0;
  return (text.match(pattern)?.length ?? 0) / text.length;
}

function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}
