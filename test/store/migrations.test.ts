import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/store';
import { migrateProgress, migrationOf } from '../../src-main/store/migrations';
import { JAN_2026, silent } from './review-fixtures';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

const v0 = { lastArticle: 'seed-article', positions: { 'seed-article': 7, other: 0, bad: -3, worse: 'x', fractional: 1.5 } };
const v1 = {
  schemaVersion: 1,
  lastOpenedArticleId: 'seed-article',
  readingPositions: { 'seed-article': { paragraphIndex: 7, savedAt: 0 }, other: { paragraphIndex: 0, savedAt: 0 } },
};
/** Version 2 adds the (empty) quiz history. */
const v2 = { ...v1, schemaVersion: 2, quizAttempts: [] };

describe('progress.json v0 → v1 → v2', () => {
  it('renames the fields, dates old positions 0 and drops positions that were never valid', () => {
    expect(migrateProgress(v0)).toEqual(v2);
  });

  it('adds an empty quiz history to a v1 file and keeps the rest', () => {
    expect(migrateProgress(v1)).toEqual(v2);
  });

  it('is idempotent: migrating twice gives the same document, and a current one passes through', () => {
    const once = migrateProgress(v0);
    expect(migrateProgress(once)).toEqual(once);
    expect(migrateProgress(v2)).toEqual(v2);
    expect(migrateProgress({ schemaVersion: 0, lastArticle: null })).toEqual({ schemaVersion: 2, lastOpenedArticleId: null, readingPositions: {}, quizAttempts: [] });
  });

  it('does not change the document it is given', () => {
    const input = structuredClone(v0);
    migrateProgress(input);
    expect(input).toEqual(v0);
  });

  it('refuses what is not a document or has a nonsense version', () => {
    expect(() => migrateProgress([1, 2])).toThrow();
    expect(() => migrateProgress(null)).toThrow();
    expect(() => migrateProgress({ schemaVersion: 'one' })).toThrow();
    expect(() => migrateProgress({ schemaVersion: -1 })).toThrow();
  });

  it('walks several steps in order', () => {
    const migrate = migrationOf([(d) => ({ ...d, a: 1 }), (d) => ({ ...d, b: Number(d.a) + 1 })]);
    expect(migrate({})).toEqual({ a: 1, b: 2, schemaVersion: 2 });
    expect(migrate({ schemaVersion: 1, a: 5 })).toEqual({ a: 5, b: 6, schemaVersion: 2 });
    expect(migrate(migrate({}))).toEqual(migrate({}));
  });
});

describe('opening a folder from an older Factdeck', () => {
  it('reads a v0 progress.json, saves it as v2 at once, and says nothing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'progress.json'), JSON.stringify(v0));
    const store = await openStore(dir, { now: () => JAN_2026, log: silent });
    expect(store.notices).toEqual([]);
    expect(store.getLastOpenedArticleId()).toBe('seed-article');
    expect(store.getReadingPosition('seed-article')).toEqual({ paragraphIndex: 7, savedAt: 0 });
    await store.close();
    expect(JSON.parse(await readFile(path.join(dir, 'progress.json'), 'utf8'))).toEqual(v2);
    const again = await openStore(dir, { now: () => JAN_2026, log: silent });
    expect(again.getReadingPosition('other')).toEqual({ paragraphIndex: 0, savedAt: 0 });
    await again.close();
  });
});
