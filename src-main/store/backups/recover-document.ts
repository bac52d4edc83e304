/**
 * For a document that is missing or damaged: the newest backup copy that reads back as valid
 * (after migrations), checked with the same rules as the live file.
 */
import path from 'node:path';
import type * as v from 'valibot';
import type { StoreIo } from '../io';
import { inspectJson, type Migrate } from '../inspect-json';
import type { Recovered } from '../stored-document';
import type { BackupSet } from './backup-set';
import { describeBackupTime } from './manifest';

export interface DocumentSpec<T> {
  readonly name: string;
  readonly schema: v.GenericSchema<unknown, T>;
  readonly schemaVersion: number;
  readonly migrate?: Migrate;
}

export async function newestValidCopy<T>(io: StoreIo, backups: BackupSet, spec: DocumentSpec<T>): Promise<Recovered<T> | null> {
  for (const backup of await backups.list()) {
    if (!backup.manifest.files.some((file) => file.name === spec.name)) continue;
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(path.join(backups.folder, backup.id, spec.name));
    } catch {
      continue;
    }
    const found = inspectJson(bytes, spec.schema, spec.schemaVersion, spec.migrate);
    if (found.kind === 'valid') return { data: found.data, from: `the backup from ${describeBackupTime(backup.takenAt)}` };
  }
  return null;
}
