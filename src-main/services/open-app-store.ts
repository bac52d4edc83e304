/** The data folder as the app opens it: answers folded into FSRS memories by the scheduler's reducer. */
import { createMemoryReducer, DEFAULT_SETTINGS } from '../domain/scheduling';
import { openStore, type AppStore, type OpenStoreOptions } from '../store';

export function openAppStore(dataDir: string, options: Omit<OpenStoreOptions, 'reducer'> = {}): Promise<AppStore> {
  return openStore(dataDir, { ...options, reducer: createMemoryReducer(DEFAULT_SETTINGS) });
}
