/** Steps of opening a data folder that come before its documents: the lock, an unfinished restore. */
import path from 'node:path';
import type { OpenStoreOptions } from './app-store';
import { BackupSet } from './backups/backup-set';
import { describeBackupTime, readManifest } from './backups/manifest';
import { applyBackup, dropJournal, interruptedRestore } from './backups/restore';
import type { ReducerSource } from './collection/rebuild';
import { makeFolderDurably } from './durable-fs';
import { nodeIo, type StoreIo } from './io';
import type { StoreContext } from './open-documents';
import { realTimers } from './timers';
import { describeStorageError } from './storage-error';
import { acquireLock, defaultLockEnvironment, type LockEnvironment, type LockResult } from './lock-file';

/** The folder's lock; a disk that refuses the lock file (full, read-only) means a read-only session. */
export async function lockFolder(io: StoreIo, dataDir: string, now: () => number, overrides: Partial<LockEnvironment> = {}): Promise<LockResult> {
  try {
    return await acquireLock(io, dataDir, { ...defaultLockEnvironment(now), ...overrides });
  } catch (error) {
    return {
      held: false,
      reason: `Factdeck opened your data read-only because it could not write to its data folder (${describeStorageError(error)}). Nothing you do in this window will be saved; fix the disk, then restart Factdeck.`,
    };
  }
}

/** Finishes a restore a crash interrupted; answers notices for the learner. */
export async function finishInterruptedRestore(io: StoreIo, dataDir: string, backups: BackupSet): Promise<string[]> {
  const backupId = await interruptedRestore(io, dataDir);
  if (backupId === null) return [];
  const manifest = await readManifest(io, backups.folder, backupId);
  if (manifest === null) {
    await dropJournal(io, dataDir);
    return ['Factdeck was restoring a backup when it stopped, and that backup is gone. Your data was left as the restore had made it.'];
  }
  await applyBackup(io, dataDir, path.join(backups.folder, backupId), backupId, manifest);
  return [`Factdeck finished restoring the backup from ${describeBackupTime(manifest.takenAt)}, which had been interrupted.`];
}

/** Creates the folder, takes its lock (or not) and finishes an interrupted restore. */
export async function prepareFolder(
  dataDir: string,
  options: OpenStoreOptions & { readonly reducer: ReducerSource },
): Promise<{ context: StoreContext; lock: LockResult; notices: string[] }> {
  const io = options.io ?? nodeIo;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string) => console.warn(message));
  await makeFolderDurably(dataDir, io);
  const lock = await lockFolder(io, dataDir, now, options.lock);
  const backups = new BackupSet(dataDir, io, now);
  const context: StoreContext = {
    dataDir,
    io,
    now,
    backups,
    readOnlyReason: lock.held ? null : lock.reason,
    reducer: options.reducer,
    timers: options.timers ?? realTimers,
    debounceMs: options.collectionDebounceMs ?? 2000,
    onError: (error) => log(`Factdeck storage: ${error instanceof Error ? error.message : String(error)}`),
  };
  const notices = lock.held ? await finishInterruptedRestore(io, dataDir, backups) : [lock.reason];
  return { context, lock, notices };
}
