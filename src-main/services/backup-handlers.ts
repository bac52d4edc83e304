/**
 * Backups through the contract: the list for Settings, and a restore. The id arrives checked
 * against the contract's strict pattern; the store checks again that it names a complete backup.
 */
import type { ApiHandlers } from '../ipc-dispatch';
import { ServiceError } from '../service-error';
import type { AppStore } from '../store';

type BackupHandlers = Pick<ApiHandlers, 'listBackups' | 'restoreBackup'>;

export function createBackupHandlers(store: AppStore, log: (message: string) => void): BackupHandlers {
  return {
    listBackups: () => store.listBackups(),

    async restoreBackup({ backupId }) {
      try {
        return await store.restoreBackup(backupId);
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        log(`Could not restore backup ${backupId}: ${error instanceof Error ? error.message : String(error)}`);
        throw new ServiceError(
          'storage-failed',
          'Factdeck could not restore that backup. Your data is as it was before; a backup of it was kept if one could be taken.',
        );
      }
    },
  };
}
