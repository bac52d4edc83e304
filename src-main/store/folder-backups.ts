/**
 * Backups and restores of an open data folder. A backup saves the collection first and copies the
 * review log's complete lines while answers go on; a restore takes a safety backup, closes the
 * documents, puts the backup back (journalled) and opens them again.
 */
import path from 'node:path';
import type { BackupInfo, RestoredBackup } from '../contract';
import { ServiceError } from '../service-error';
import { filePath, isBackupId } from './backups/manifest';
import { applyBackup } from './backups/restore';
import { closeDocuments, openDocuments, type Documents, type StoreContext } from './open-documents';
import { describeStorageError } from './storage-error';

export async function backupNow(context: StoreContext, docs: Documents, force: boolean): Promise<BackupInfo | null> {
  await docs.collection.flush().catch(context.onError);
  const taken = await context.backups.take(() => docs.log.sizes, force);
  await context.backups.prune();
  return taken;
}

/** `adopt` receives the reopened documents, also when putting the backup back failed half-way. */
export async function restoreFromBackup(context: StoreContext, docs: Documents, id: string, adopt: (docs: Documents) => void): Promise<RestoredBackup> {
  const target = isBackupId(id) ? (await context.backups.list()).find((backup) => backup.id === id) : undefined;
  if (target === undefined) throw new ServiceError('not-found', 'That backup is no longer there.');
  const safety = await backupNow(context, docs, true);
  if (safety === null) throw new Error('The safety backup was not taken.');
  await closeDocuments(docs);
  try {
    await applyBackup(context.io, context.dataDir, path.join(context.backups.folder, id), id, target.manifest);
  } catch (error) {
    // The journal stays, so the next start finishes the restore; until then, keep working on what is there.
    adopt(await openDocuments(context));
    context.onError(error);
    throw new ServiceError('storage-failed', `Factdeck could not finish restoring the backup because ${describeStorageError(error)}. It will finish the next time Factdeck starts.`);
  }
  adopt(await openDocuments(context));
  return { restored: { id: target.id, takenAt: target.takenAt, sizeBytes: target.sizeBytes }, safetyBackup: safety };
}

export interface DataFile {
  /** As a backup names it: `progress.json`, `reviews/2026-01.jsonl`. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What a backup taken now holds (or the newest, when nothing changed since it), for an export. */
export async function filesNow(context: StoreContext, docs: Documents): Promise<DataFile[]> {
  const taken = await backupNow(context, docs, false);
  const listed = await context.backups.list();
  const backup = (taken === null ? listed[0] : listed.find((entry) => entry.id === taken.id)) ?? null;
  if (backup === null) return [];
  const folder = path.join(context.backups.folder, backup.id);
  return Promise.all(backup.manifest.files.map(async (file) => ({ name: file.name, bytes: await context.io.readFile(filePath(folder, file.name)) })));
}

/** Files already checked by the caller become a backup, which is then restored as any other. */
export async function restoreFromFiles(context: StoreContext, docs: Documents, files: readonly DataFile[], adopt: (docs: Documents) => void): Promise<RestoredBackup> {
  const made = await context.backups.adopt(files);
  return restoreFromBackup(context, docs, made.id, adopt);
}
