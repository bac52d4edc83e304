/** edits.json as a stored document: durable, validated, versioned, backed up, recovered. */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/store';
import { checkDataFile } from '../../src-main/store';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const NOW = 1_767_225_600_000;
const now = () => NOW;
const edit = { articleId: 'seed', factId: 'fact-1', answer: 'Sheinbaum', editedAt: NOW };

describe('edits.json', () => {
  it('keeps an edit across a restart, and is in every backup', async () => {
    const dir = await tempDir();
    const store = await openStore(dir, { now });
    expect(store.getEdits()).toEqual({ schemaVersion: 1, questions: {}, facts: {}, added: {} });
    await store.updateEdits((edits) => ({ ...edits, questions: { 'q-1': edit } }));
    const backup = await store.takeBackup(true);
    await store.close();
    expect(JSON.parse(await readFile(path.join(dir, 'edits.json'), 'utf8')).questions['q-1']).toEqual(edit);
    expect(await readdir(path.join(dir, 'backups', backup?.id ?? ''))).toContain('edits.json');
    const reopened = await openStore(dir, { now });
    expect(reopened.getEdits().questions['q-1']).toEqual(edit);
    await reopened.close();
  });

  it('sets a damaged file aside and restores the newest backup’s copy, saying so', async () => {
    const dir = await tempDir();
    const store = await openStore(dir, { now });
    await store.updateEdits((edits) => ({ ...edits, facts: { 'fact-9': { articleId: 'seed', deleted: true, editedAt: NOW } } }));
    await store.takeBackup(true);
    await store.close();
    await writeFile(path.join(dir, 'edits.json'), '{"schemaVersion":1,"questions":{"q-1":{"answer":""}}}');
    const reopened = await openStore(dir, { now });
    expect(reopened.getEdits().facts['fact-9']).toMatchObject({ deleted: true });
    expect(reopened.notices.join(' ')).toMatch(/could not read your edits to the questions because the file did not hold what Factdeck expected, so it restored it from the backup/);
    await reopened.close();
    expect((await readdir(dir)).some((name) => name.startsWith('edits.json.corrupt-'))).toBe(true);
  });

  it('is checked like the live file when it comes back from outside', () => {
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    expect(checkDataFile('edits.json', bytes({ schemaVersion: 1, questions: { 'q-1': edit }, facts: {}, added: {} }))).toEqual({ ok: true, records: 0 });
    expect(checkDataFile('edits.json', bytes({ schemaVersion: 2, questions: {} }))).toMatchObject({ ok: false, newer: true });
    expect(checkDataFile('edits.json', bytes({ schemaVersion: 1, questions: { '../q': edit }, facts: {}, added: {} }))).toMatchObject({ ok: false, newer: false });
    expect(checkDataFile('edits.json', bytes({ schemaVersion: 1, questions: { 'q-1': { ...edit, choices: ['only one'] } }, facts: {}, added: {} }))).toMatchObject({ ok: false });
    expect(checkDataFile('edits.json', bytes({ schemaVersion: 1, questions: {}, facts: {}, added: { 'uf-1': { id: 'uf-2' } } }))).toMatchObject({ ok: false });
  });
});
