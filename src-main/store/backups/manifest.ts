/**
 * A backup is the folder `backups/<id>/` holding copies of the JSON documents and the review
 * log's month files, plus `manifest.json`, written last: a folder without a valid manifest is a
 * backup a crash interrupted, and is never listed or restored.
 */
import path from 'node:path';
import * as v from 'valibot';
import { BACKUP_ID_PATTERN } from '../../contract';
import type { StoreIo } from '../io';
import { ARTICLE_FILE, LIBRARY_FILE } from '../library/library-file';

export const MANIFEST = 'manifest.json';
/** The documents a backup holds, by their name in the data folder. */
export const BACKED_UP_DOCUMENTS = ['progress.json', 'settings.json', 'edits.json', 'collection.json', LIBRARY_FILE] as const;
/** Imported articles' texts (`articles/<id>.txt`) are backed up too; they never change once written. */
export { ARTICLE_FILE } from '../library/library-file';
export const REVIEW_FILE = /^reviews\/\d{4}-\d{2}\.jsonl$/;

export interface BackedUpFile {
  /** Relative to the data folder, with `/`: `progress.json`, `reviews/2026-01.jsonl`. */
  readonly name: string;
  readonly size: number;
  /** The source file's mtime when copied: an unchanged month file is shared with the next backup. */
  readonly mtimeMs: number;
}

export interface Manifest {
  readonly schemaVersion: 1;
  readonly takenAt: number;
  readonly files: readonly BackedUpFile[];
}

const FileName = v.pipe(
  v.string(),
  v.check((name) => (BACKED_UP_DOCUMENTS as readonly string[]).includes(name) || REVIEW_FILE.test(name) || ARTICLE_FILE.test(name), 'a backed-up file'),
);
const Count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const ManifestSchema: v.GenericSchema<unknown, Manifest> = v.object({
  schemaVersion: v.literal(1),
  takenAt: Count,
  files: v.array(v.object({ name: FileName, size: Count, mtimeMs: v.pipe(v.number(), v.finite()) })),
});

export function backupIdOf(takenAt: number, n = 0): string {
  const stamp = new Date(takenAt).toISOString().replace(/:/g, '-').replace('.', '-');
  return n === 0 ? stamp : `${stamp}-${n}`;
}

export function isBackupId(id: string): boolean {
  return BACKUP_ID_PATTERN.test(id);
}

/** The manifest of backup `id`, or `null` when the folder is not a complete backup. */
export async function readManifest(io: StoreIo, backupsDir: string, id: string): Promise<Manifest | null> {
  if (!isBackupId(id)) return null;
  try {
    const text = new TextDecoder().decode(await io.readFile(path.join(backupsDir, id, MANIFEST)));
    const parsed = v.safeParse(ManifestSchema, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** `reviews/2026-01.jsonl` → a path in `root`, whatever the platform's separator. */
export function filePath(root: string, name: string): string {
  return path.join(root, ...name.split('/'));
}

export function describeBackupTime(takenAt: number): string {
  return `${new Date(takenAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
