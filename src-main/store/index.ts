export { openStore, type AppStore, type OpenStoreOptions } from './app-store';
export type { WindowState } from './schemas';
