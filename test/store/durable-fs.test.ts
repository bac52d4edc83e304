import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveAside, removeStaleTempFiles, renameWithRetry, writeFileDurably } from '../../src-main/store/durable-fs';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

function failing(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('writeFileDurably', () => {
  it('replaces the target and leaves no temp file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a.json');
    await writeFile(target, 'old');
    await writeFileDurably(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('never lets a reader see a partial file while writes run', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'big.json');
    const documents = Array.from({ length: 12 }, (_, n) => JSON.stringify({ n, filler: 'x'.repeat(200_000 + n) }));
    await writeFileDurably(target, documents[0] ?? '');
    let writing = true;
    const writes = (async () => {
      for (const document of documents) await writeFileDurably(target, document);
      writing = false;
    })();
    let reads = 0;
    while (writing) {
      const text = await readFile(target, 'utf8');
      expect(documents).toContain(text);
      reads++;
    }
    await writes;
    expect(reads).toBeGreaterThan(0);
    expect(await readFile(target, 'utf8')).toBe(documents.at(-1));
  });

  it('cleans up its temp file and leaves the target alone when the rename fails', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'taken');
    await mkdir(target); // a folder cannot be replaced by a file
    await expect(writeFileDurably(target, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });
});

describe('renameWithRetry', () => {
  it('retries while Windows reports the target busy', async () => {
    const calls: string[] = [];
    const rename = async (from: string) => {
      calls.push(from);
      if (calls.length < 3) throw failing(calls.length === 1 ? 'EPERM' : 'EBUSY');
    };
    await renameWithRetry('a', 'b', { rename, delayMs: 1 });
    expect(calls).toHaveLength(3);
  });

  it('gives up after the last attempt and on other errors at once', async () => {
    let calls = 0;
    const busy = async () => {
      calls++;
      throw failing('EBUSY');
    };
    await expect(renameWithRetry('a', 'b', { rename: busy, attempts: 3, delayMs: 1 })).rejects.toThrow('EBUSY');
    expect(calls).toBe(3);
    calls = 0;
    const missing = async () => {
      calls++;
      throw failing('ENOENT');
    };
    await expect(renameWithRetry('a', 'b', { rename: missing, delayMs: 1 })).rejects.toThrow('ENOENT');
    expect(calls).toBe(1);
  });
});

describe('removeStaleTempFiles', () => {
  it("removes this file's temp files (ours and steno's) and nothing else", async () => {
    const dir = await tempDir();
    const names = ['p.json', '.p.json.123-abc.tmp', '.p.json.tmp', '.q.json.1-a.tmp', 'p.json.tmp', 'p.json.corrupt-5'];
    await Promise.all(names.map((name) => writeFile(path.join(dir, name), 'x')));
    const removed = await removeStaleTempFiles(path.join(dir, 'p.json'));
    expect(removed.sort()).toEqual(['.p.json.123-abc.tmp', '.p.json.tmp']);
    expect((await readdir(dir)).sort()).toEqual(['.q.json.1-a.tmp', 'p.json', 'p.json.corrupt-5', 'p.json.tmp']);
  });
});

describe('moveAside', () => {
  it('never replaces an earlier set-aside file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'p.json');
    await writeFile(target, 'first');
    expect(path.basename(await moveAside(target, 42))).toBe('p.json.corrupt-42');
    await writeFile(target, 'second');
    expect(path.basename(await moveAside(target, 42))).toBe('p.json.corrupt-42-1');
    expect(await readFile(path.join(dir, 'p.json.corrupt-42'), 'utf8')).toBe('first');
    expect(await readFile(path.join(dir, 'p.json.corrupt-42-1'), 'utf8')).toBe('second');
  });
});
