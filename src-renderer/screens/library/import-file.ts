/**
 * Reading a file the learner chose or dropped: which format it is, and its bytes as text. Binary
 * files, files over 4 MB and text that is not UTF-8 (or Windows-1252, the usual other encoding of
 * old .txt files) are refused with a sentence that says why.
 */
import type { ImportFormat, ImportLimits } from '../../../src-main/contract';

/** The same numbers as the main process (the type makes a drift a compile error). */
export const IMPORT_LIMITS: ImportLimits = { maxChars: 4_194_304, maxFileBytes: 4_194_304, chunkChars: 16_384 };

/** What the file picker offers. */
export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export type FileFormat = Exclude<ImportFormat, 'paste'>;

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

export function formatOfFile(name: string): FileFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'txt' || extension === 'text') return 'txt';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'html' || extension === 'htm') return 'html';
  return null;
}

export function unsupportedFileMessage(name: string): string {
  return `“${name}” is not a file Factdeck can import. Choose a .txt, .md or .html file, or paste the text.`;
}

export function decodeFile(name: string, bytes: Uint8Array): Decoded {
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    return { ok: false, message: `“${name}” is too large to import (${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is 4 MB).` };
  }
  if (bytes.length === 0) return { ok: false, message: `“${name}” is empty.` };
  if (bytes.includes(0)) return { ok: false, message: `“${name}” looks like a binary file, not text.` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: an old Windows text file reads as Windows-1252; anything else is not text.
    let controls = 0;
    for (const byte of bytes) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls += 1;
    if (controls > bytes.length / 100) return { ok: false, message: `“${name}” looks like a binary file, not text.` };
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

/** A file name as a source line: without the folder. */
export function sourceOfFile(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}
