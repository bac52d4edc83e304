/**
 * Opens everything a data folder holds, in the order recovery needs: the review log first (the
 * truth), then the two small documents (restored from a backup if missing or damaged), then the
 * collection (caught up or rebuilt from the log). Restoring a backup closes and reopens them.
 */
import path from 'node:path';
import type { BackupSet } from './backups/backup-set';
import { newestValidCopy, type DocumentSpec } from './backups/recover-document';
import { Collection } from './collection/collection-store';
import type { CollectionReducer, ReducerSource } from './collection/rebuild';
import type { StoreIo } from './io';
import { CollectionFileSchema } from './collection/collection-file';
import { EDITS_SCHEMA_VERSION, EditsFileSchema, defaultEdits, type EditsFile } from './edits-file';
import { migrateProgress, migrateSettings } from './migrations';
import { ReviewLog } from './reviews/review-log';
import { LIBRARY_FILE, LibraryFileSchema, defaultLibrary, type LibraryFile } from './library/library-file';
import { ProgressFileSchema, SettingsFileSchema, defaultProgress, defaultSettings, type ProgressFile, type SettingsFile } from './schemas';
import { StoredDocument } from './stored-document';
import type { Timers } from './timers';

export interface StoreContext {
  readonly dataDir: string;
  readonly io: StoreIo;
  readonly now: () => number;
  /** Set when another Factdeck owns the folder. */
  readonly readOnlyReason: string | null;
  /** A reducer, or one built over the settings (the scheduler reads the retention history). */
  readonly reducer: ReducerSource;
  readonly timers: Timers;
  readonly debounceMs: number;
  readonly backups: BackupSet;
  readonly onError: (error: unknown) => void;
}

/** The stored documents' names, schemas and versions: one place, read by opening, recovery and restore. */
export const PROGRESS_SPEC: DocumentSpec<ProgressFile> = { name: 'progress.json', schema: ProgressFileSchema, schemaVersion: 2, migrate: migrateProgress };
export const SETTINGS_SPEC: DocumentSpec<SettingsFile> = { name: 'settings.json', schema: SettingsFileSchema, schemaVersion: 2, migrate: migrateSettings };
export const LIBRARY_SPEC: DocumentSpec<LibraryFile> = { name: LIBRARY_FILE, schema: LibraryFileSchema, schemaVersion: 1 };
export const EDITS_SPEC: DocumentSpec<EditsFile> = { name: 'edits.json', schema: EditsFileSchema, schemaVersion: EDITS_SCHEMA_VERSION };
/** Every JSON document a backup (and an export) holds, by name; the collection is rebuilt if need be. */
export const DOCUMENT_SPECS: ReadonlyMap<string, DocumentSpec<unknown>> = new Map<string, DocumentSpec<unknown>>(
  [PROGRESS_SPEC, SETTINGS_SPEC, EDITS_SPEC, LIBRARY_SPEC, { name: 'collection.json', schema: CollectionFileSchema, schemaVersion: 1 }].map((spec) => [spec.name, spec as DocumentSpec<unknown>]),
);

export interface Documents {
  readonly log: ReviewLog;
  readonly progress: StoredDocument<ProgressFile>;
  readonly settings: StoredDocument<SettingsFile>;
  /** The learner's imported articles. */
  readonly library: StoredDocument<LibraryFile>;
  readonly edits: StoredDocument<EditsFile>;
  readonly collection: Collection;
  readonly notices: readonly string[];
}

export async function openDocuments(context: StoreContext): Promise<Documents> {
  const { dataDir, io, now, readOnlyReason, backups } = context;
  let collection: Collection | null = null;
  const log = await ReviewLog.open(path.join(dataDir, 'reviews'), {
    io,
    readOnlyReason,
    onDurable: (appended) => collection?.apply(appended),
    onError: context.onError,
  });
  const common = { io, now, readOnlyReason };
  const progressSpec = PROGRESS_SPEC;
  const progress = await StoredDocument.open(path.join(dataDir, progressSpec.name), {
    ...common,
    ...progressSpec,
    label: 'your reading progress',
    defaults: defaultProgress,
    recover: () => newestValidCopy(io, backups, progressSpec),
  });
  const settingsSpec = SETTINGS_SPEC;
  const settings = await StoredDocument.open(path.join(dataDir, settingsSpec.name), {
    ...common,
    ...settingsSpec,
    label: 'your settings',
    defaults: defaultSettings,
    recover: () => newestValidCopy(io, backups, settingsSpec),
  });
  const library = await StoredDocument.open(path.join(dataDir, LIBRARY_SPEC.name), {
    ...common,
    ...LIBRARY_SPEC,
    label: 'your list of imported articles',
    defaults: defaultLibrary,
    createWhenMissing: false, // written with the first import
    recover: () => newestValidCopy(io, backups, LIBRARY_SPEC),
  });
  const edits = await StoredDocument.open(path.join(dataDir, EDITS_SPEC.name), {
    ...common,
    ...EDITS_SPEC,
    label: 'your edits to the questions',
    defaults: defaultEdits,
    recover: () => newestValidCopy(io, backups, EDITS_SPEC),
  });
  const reducer = reducerOf(context.reducer, () => settings.data);
  collection = await Collection.open(dataDir, { ...context, reducer, log: { io, folder: log.folder, sizes: log.sizes } });
  return {
    log, progress, settings, library, edits, collection,
    notices: [...progress.notices, ...settings.notices, ...library.notices, ...edits.notices, ...collection.notices],
  };
}

/** Saves what is unsaved and closes the files; the lock stays with the caller. */
export async function closeDocuments(documents: Documents): Promise<void> {
  await documents.log.close();
  await Promise.all([documents.collection.close(), documents.progress.close(), documents.settings.close(), documents.library.close(), documents.edits.close()]);
}

function reducerOf(source: ReducerSource, settings: () => SettingsFile): CollectionReducer {
  return typeof source === 'function' ? source(settings) : source;
}
