/**
 * Judges a file that is to come back into the data folder from outside (a restored export) with
 * the same rules the store reads its own files by: a document must read back as valid (after any
 * migration), a month of the review log must hold only records the log would read. A document
 * from a newer Factdeck, or a file this Factdeck does not know, is refused, never guessed at.
 */
import { ARTICLE_FILE, REVIEW_FILE } from './backups/manifest';
import { inspectJson } from './inspect-json';
import { DOCUMENT_SPECS } from './open-documents';
import { decodeReview } from './reviews/review-record';
import { shardOf } from './reviews/shards';

export type FileCheck =
  | { readonly ok: true; readonly records: number }
  | { readonly ok: false; readonly newer: boolean; readonly reason: string };

/** The names a backup (and so an export) can hold. */
export function isDataFileName(name: string): boolean {
  return DOCUMENT_SPECS.has(name) || REVIEW_FILE.test(name) || ARTICLE_FILE.test(name);
}

/** An imported article's text: UTF-8 that decodes cleanly, within the import limit. */
const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

function checkArticleText(name: string, bytes: Uint8Array): FileCheck {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) return { ok: false, newer: false, reason: `${name} is larger than an imported article can be` };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, newer: false, reason: `${name} is not UTF-8 text` };
  }
  return { ok: true, records: 0 };
}

export function checkDataFile(name: string, bytes: Uint8Array): FileCheck {
  const spec = DOCUMENT_SPECS.get(name);
  if (spec !== undefined) {
    const found = inspectJson(bytes, spec.schema, spec.schemaVersion, spec.migrate);
    if (found.kind === 'valid') return { ok: true, records: 0 };
    if (found.kind === 'newer') return { ok: false, newer: true, reason: `${name} was saved by a newer version of Factdeck` };
    return { ok: false, newer: false, reason: `${name}: ${found.reason.replace(/^the file/, 'it')}` };
  }
  if (ARTICLE_FILE.test(name)) return checkArticleText(name, bytes);
  if (!REVIEW_FILE.test(name)) return { ok: false, newer: true, reason: `it holds ${JSON.stringify(name.slice(0, 80))}, which this version of Factdeck does not know` };
  const month = name.slice('reviews/'.length, -'.jsonl'.length);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text !== '' && !text.endsWith('\n')) return { ok: false, newer: false, reason: `${name} ends in the middle of a line` };
  let records = 0;
  for (const [index, line] of text.split('\n').slice(0, -1).entries()) {
    const record = decodeReview(line);
    if (record === null) return { ok: false, newer: false, reason: `line ${index + 1} of ${name} is not an answer Factdeck can read` };
    if (shardOf(record.at) !== month) return { ok: false, newer: false, reason: `line ${index + 1} of ${name} is dated outside ${month}` };
    records++;
  }
  return { ok: true, records };
}
