export { openStore, type AppStore, type OpenStoreOptions, type ReviewLogSlice } from './app-store';
export { countingReducer, rebuildCollection, applyReviews, type CollectionReducer, type CollectionState } from './collection/rebuild';
export { thinBackups, type BackupStamp } from './backups/thin';
export { nodeIo, type StoreIo, type StoreFileHandle } from './io';
export type { Timers } from './timers';
export type { WindowState } from './schemas';
export type { LibraryEntry, LibraryFile, ImportedFormat } from './library/library-file';
