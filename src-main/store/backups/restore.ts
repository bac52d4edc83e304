/**
 * Putting a backup back. Several files change, so the restore is journalled: `restore.json`
 * names the backup before any file is touched and is removed after the last one. Each file is
 * replaced atomically, and replacing is repeatable, so a restore a crash interrupted is simply
 * run again at the next start: the folder ends up as the backup, never as a mix.
 */
import path from 'node:path';
import * as v from 'valibot';
import { fsyncFolder, makeFolderDurably, writeFileDurably } from '../durable-fs';
import type { StoreIo } from '../io';
import { listArticleFiles } from '../library/article-files';
import { ARTICLES_FOLDER } from '../library/library-file';
import { listShards } from '../reviews/shards';
import { ARTICLE_FILE, BACKED_UP_DOCUMENTS, filePath, isBackupId, type Manifest } from './manifest';

export const RESTORE_JOURNAL = 'restore.json';

const JournalSchema = v.object({ schemaVersion: v.literal(1), backupId: v.pipe(v.string(), v.check(isBackupId)) });

/** The backup an interrupted restore was putting back, if any. */
export async function interruptedRestore(io: StoreIo, dataDir: string): Promise<string | null> {
  try {
    const text = new TextDecoder().decode(await io.readFile(path.join(dataDir, RESTORE_JOURNAL)));
    const parsed = v.safeParse(JournalSchema, JSON.parse(text));
    return parsed.success ? parsed.output.backupId : null;
  } catch {
    return null; // none; or damaged, so it was never complete and no file had been touched yet
  }
}

export async function applyBackup(io: StoreIo, dataDir: string, backupDir: string, backupId: string, manifest: Manifest): Promise<void> {
  const journal = path.join(dataDir, RESTORE_JOURNAL);
  await writeFileDurably(journal, `${JSON.stringify({ schemaVersion: 1, backupId })}\n`, io);
  const names = new Set(manifest.files.map((file) => file.name));
  for (const name of BACKED_UP_DOCUMENTS) {
    if (names.has(name)) await copyDurably(io, filePath(backupDir, name), filePath(dataDir, name));
    else await io.rm(filePath(dataDir, name), { force: true }); // the collection is then rebuilt from the log
  }
  const reviews = path.join(dataDir, 'reviews');
  await makeFolderDurably(reviews, io);
  for (const name of names) {
    if (name.startsWith('reviews/')) await copyDurably(io, filePath(backupDir, name), filePath(dataDir, name));
  }
  for (const shard of await listShards(io, reviews)) {
    if (!names.has(`reviews/${shard}.jsonl`)) await io.rm(path.join(reviews, `${shard}.jsonl`), { force: true });
  }
  await fsyncFolder(reviews, io);
  // Imported articles: the backup's texts, and none it did not have.
  const articles = path.join(dataDir, ARTICLES_FOLDER);
  await makeFolderDurably(articles, io);
  for (const name of names) {
    if (ARTICLE_FILE.test(name)) await copyDurably(io, filePath(backupDir, name), filePath(dataDir, name));
  }
  for (const name of await listArticleFiles(io, dataDir)) {
    if (!names.has(name)) await io.rm(filePath(dataDir, name), { force: true });
  }
  await fsyncFolder(articles, io);
  await io.rm(journal, { force: true });
  await fsyncFolder(dataDir, io);
}

async function copyDurably(io: StoreIo, from: string, to: string): Promise<void> {
  await writeFileDurably(to, await io.readFile(from), io);
}

/** Removes a journal that cannot be finished (its backup is gone). */
export async function dropJournal(io: StoreIo, dataDir: string): Promise<void> {
  await io.rm(path.join(dataDir, RESTORE_JOURNAL), { force: true });
  await fsyncFolder(dataDir, io);
}
