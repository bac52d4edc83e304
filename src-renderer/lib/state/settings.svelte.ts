import type { AppSettings, BackupInfo, RestoredBackup } from '../../../src-main/contract';
import { api, messageOf } from '../api';
import { applyAppearance } from '../appearance';
import { notices } from './notices.svelte';

/**
 * The learner's settings as saved, applied app-wide as soon as they arrive or change, and the
 * backups Settings lists. Saves run one after another, so the last change wins on disk too.
 */
class Settings {
  current = $state.raw<AppSettings | null>(null);
  /** What went wrong with the latest save, in words; cleared by the next good one. */
  saveError = $state<string | null>(null);
  /** Counts finished saves, so the screen can say "Saved" once per save. */
  savedCount = $state(0);
  /** Grows each time the settings are read from the main process (at start, after a restore). */
  revision = $state(0);
  backups = $state.raw<readonly BackupInfo[] | null>(null);
  backupsFailed = $state(false);
  #saving: Promise<unknown> = Promise.resolve();

  async load(): Promise<void> {
    try {
      this.#adopt(await api.getSettings());
      this.revision++;
    } catch (error) {
      notices.show(error);
    }
  }

  /** Applies `next` at once and saves it; on a refusal, goes back to what is saved. */
  save(next: AppSettings): Promise<void> {
    this.#adopt(next);
    const run = this.#saving.then(async () => {
      try {
        const saved = await api.saveSettings({ settings: next });
        if (this.current === next) this.#adopt(saved);
        this.saveError = null;
        this.savedCount++;
      } catch (error) {
        this.saveError = messageOf(error);
        await this.load();
      }
    });
    this.#saving = run;
    return run;
  }

  async loadBackups(): Promise<void> {
    try {
      this.backups = await api.listBackups();
      this.backupsFailed = false;
    } catch (error) {
      this.backupsFailed = true;
      notices.show(error);
    }
  }

  /** Restores a backup (the data before it is backed up first), then reads what changed. */
  async restore(backupId: string): Promise<RestoredBackup> {
    const restored = await api.restoreBackup({ backupId });
    await Promise.all([this.load(), this.loadBackups()]);
    return restored;
  }

  #adopt(settings: AppSettings): void {
    this.current = settings;
    if (typeof document !== 'undefined') applyAppearance(document.documentElement, settings.appearance);
  }
}

export const settings = new Settings();
