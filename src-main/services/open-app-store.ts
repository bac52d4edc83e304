/**
 * The data folder as the app opens it: answers folded into FSRS memories by the scheduler's
 * reducer, each with the desired retention in force when it was given. A change of retention in
 * Settings closes a period in the retention history (settings.json), so it changes future
 * intervals only, and a rebuild from the log (a damaged collection, a restore) schedules every
 * old answer exactly as it was scheduled live. The reducer id does not change: with no history
 * (every folder before settings existed) the reducer is the one those folders were built with.
 */
import { createMemoryReducer, DEFAULT_SETTINGS, settingsOverTime, type MemoryReducer } from '../domain/scheduling';
import { openStore, type AppStore, type OpenStoreOptions } from '../store';
import type { RetentionPeriod } from '../store/schemas';
import type { AppSettings } from '../contract';
import { schedulerSettingsOf } from './settings-handlers';

interface SettingsSource {
  readonly retentionHistory: readonly RetentionPeriod[];
  readonly scheduler: AppSettings['scheduler'];
}

/** The reducer the store folds answers with; the dashboard replays the log with the very same one. */
export function appMemoryReducer(settings: () => SettingsSource): MemoryReducer {
  return createMemoryReducer(
    settingsOverTime(
      DEFAULT_SETTINGS,
      () => settings().retentionHistory,
      () => schedulerSettingsOf(settings().scheduler).desiredRetention,
    ),
  );
}

export function openAppStore(dataDir: string, options: Omit<OpenStoreOptions, 'reducer'> = {}): Promise<AppStore> {
  return openStore(dataDir, { ...options, reducer: (settings) => appMemoryReducer(settings) });
}
