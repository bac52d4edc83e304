/**
 * Bringing files from older Factdecks up to date. Each step turns version n into n + 1 and a
 * document is walked up step by step; a current document passes through untouched, so running
 * the migration again changes nothing. A document without `schemaVersion` is version 0.
 */
import type { Migrate } from './inspect-json';
import { versionOf } from './inspect-json';
import { DEFAULT_APP_SETTINGS } from '../contract-settings';

export type MigrationStep = (value: Record<string, unknown>) => Record<string, unknown>;

/** `steps[n]` turns version n into n + 1. */
export function migrationOf(steps: readonly MigrationStep[]): Migrate {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('Not a document.');
    let document = value as Record<string, unknown>;
    const found = versionOf(document) ?? 0;
    if (typeof found !== 'number' || !Number.isInteger(found) || found < 0) throw new Error('Not a schema version.');
    for (let version = found; version < steps.length; version++) {
      const step = steps[version];
      if (step === undefined) throw new Error(`No migration from version ${version}.`);
      document = { ...step(document), schemaVersion: version + 1 };
    }
    return document;
  };
}

/**
 * progress.json before version 1 (Factdeck 0.0.x): `{ lastArticle, positions: { id: paragraph } }`,
 * with no dates. Version 1 names them as today and dates old positions 0 ("unknown").
 */
const progressV0toV1: MigrationStep = (old) => {
  const positions = typeof old.positions === 'object' && old.positions !== null ? (old.positions as Record<string, unknown>) : {};
  const readingPositions = Object.fromEntries(
    Object.entries(positions).flatMap(([id, paragraph]) =>
      typeof paragraph === 'number' && Number.isSafeInteger(paragraph) && paragraph >= 0 ? [[id, { paragraphIndex: paragraph, savedAt: 0 }]] : [],
    ),
  );
  const lastArticle = typeof old.lastArticle === 'string' ? old.lastArticle : null;
  return { schemaVersion: 1, lastOpenedArticleId: lastArticle, readingPositions };
};

/** Version 2 adds the quiz history (issue 5); older files had none. */
const progressV1toV2: MigrationStep = (old) => ({ ...old, quizAttempts: [] });

export const migrateProgress: Migrate = migrationOf([progressV0toV1, progressV1toV2]);

/**
 * settings.json had no version 0 (version 1 was the first); a file without one keeps a window
 * only if it is an object, and the schema judges it.
 */
const settingsV0toV1: MigrationStep = (old) => ({ window: typeof old.window === 'object' ? old.window : null });

/**
 * Version 2 (issue 6) adds what the learner chooses in Settings, at the defaults every earlier
 * Factdeck used, and an empty retention history (every earlier answer used the default).
 */
const settingsV1toV2: MigrationStep = (old) => ({
  ...old,
  scheduler: { ...DEFAULT_APP_SETTINGS.scheduler },
  appearance: { ...DEFAULT_APP_SETTINGS.appearance },
  retentionHistory: [],
});

export const migrateSettings: Migrate = migrationOf([settingsV0toV1, settingsV1toV2]);
