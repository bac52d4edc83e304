import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile } from '../../src-main/store/durable-json-file';
import { ServiceError } from '../../src-main/service-error';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const schema = v.object({ schemaVersion: v.literal(1), items: v.array(v.string()) });
type Doc = v.InferOutput<typeof schema>;
const NOW = 1_767_225_600_000; // 2026-01-01T00:00:00Z

async function fileIn(dir: string) {
  return new DurableJsonFile<Doc>(path.join(dir, 'doc.json'), { schema, schemaVersion: 1, label: 'your test data', now: () => NOW });
}

describe('DurableJsonFile', () => {
  it('reads a missing file as null', async () => {
    const file = await fileIn(await tempDir());
    expect(await file.read()).toBeNull();
    expect(file.notices).toEqual([]);
    expect(file.readOnlyReason).toBeNull();
  });

  it('reads back exactly what it wrote', async () => {
    const dir = await tempDir();
    const file = await fileIn(dir);
    const doc: Doc = { schemaVersion: 1, items: ['ä', '“quoted”', 'x'.repeat(100_000)] };
    await file.write(doc);
    expect(await file.read()).toEqual(doc);
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('refuses to write data it would not read back', async () => {
    const dir = await tempDir();
    const file = await fileIn(dir);
    await expect(file.write({ schemaVersion: 1, items: [3] } as unknown as Doc)).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('accepts a byte-order mark', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'doc.json'), '\uFEFF{"schemaVersion":1,"items":[]}');
    expect(await (await fileIn(dir)).read()).toEqual({ schemaVersion: 1, items: [] });
  });

  it('sets a damaged file aside with its bytes and says so', async () => {
    const dir = await tempDir();
    const bytes = Buffer.from('{"schemaVersion":1,"items":["a"');
    await writeFile(path.join(dir, 'doc.json'), bytes);
    const file = await fileIn(dir);
    expect(await file.read()).toBeNull();
    expect(await readdir(dir)).toEqual([`doc.json.corrupt-${NOW}`]);
    expect(await readFile(path.join(dir, `doc.json.corrupt-${NOW}`))).toEqual(bytes);
    expect(file.quarantined).toEqual({ reason: 'the file was damaged', keptAs: `doc.json.corrupt-${NOW}` });
    expect(file.outcome).toBe('corrupt');
    expect(file.readOnlyReason).toBeNull();
  });

  it('leaves a file from a newer version in place and refuses to write over it', async () => {
    const dir = await tempDir();
    const original = '{"schemaVersion":2,"whatever":true}';
    await writeFile(path.join(dir, 'doc.json'), original);
    const file = await fileIn(dir);
    expect(await file.read()).toBeNull();
    expect(file.notices).toEqual([expect.stringContaining('newer version of Factdeck')]);
    const attempt = file.write({ schemaVersion: 1, items: [] });
    await expect(attempt).rejects.toBeInstanceOf(ServiceError);
    await expect(attempt).rejects.toMatchObject({ code: 'storage-failed', message: expect.stringContaining('newer Factdeck') });
    expect(await readFile(path.join(dir, 'doc.json'), 'utf8')).toBe(original);
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('refuses to write over a file it could not open', async () => {
    const dir = await tempDir();
    const file = new DurableJsonFile<Doc>(dir, { schema, schemaVersion: 1, label: 'your test data' }); // a folder: EISDIR
    expect(await file.read()).toBeNull();
    expect(file.readOnlyReason).not.toBeNull();
    expect(file.notices).toHaveLength(1);
    await expect(file.write({ schemaVersion: 1, items: [] })).rejects.toMatchObject({ code: 'storage-failed' });
  });
});
