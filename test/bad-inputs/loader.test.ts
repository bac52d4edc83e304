/**
 * Every bad input through the app's article loader (the content library, which reads the file and
 * calls `parseArticle`): an Article whose invariants hold, or the services' clear not-found error
 * for what cannot be read. Never a throw of anything else, never a hang.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceError, createContentLibrary } from '../../src-main/services';
import { useTempDirs } from '../store/temp-dir';
import { corpus, type BadInput } from './corpus';
import { articleProblems } from './invariants';

const tempDir = useTempDirs();

async function contentFolder(input: BadInput): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'articles.json'), JSON.stringify([{ id: input.name, file: input.file, title: input.name }]));
  await input.write(path.join(dir, input.file));
  return dir;
}

describe('the article loader on bad inputs', () => {
  it('has at least 50 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
  });

  it.each(corpus.map((input) => [input.name, input] as const))('%s', async (_name, input) => {
    const dir = await contentFolder(input);
    const log: string[] = [];
    const library = createContentLibrary(dir, { log: (message) => log.push(message) });

    if (!input.readable) {
      const error: unknown = await library.get(input.name).then(() => null, (reason: unknown) => reason);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe('not-found');
      expect((error as ServiceError).message).toMatch(/\w/);
      expect(log.join('\n')).toContain(input.name); // the skipped file is reported with a reason
      expect(await library.list()).toEqual([]);
      return;
    }

    const article = await library.get(input.name);
    const text = new TextDecoder('utf-8').decode(await readFile(path.join(dir, input.file)));
    expect(articleProblems(article, text)).toEqual([]);
    expect(article.id).toBe(input.name);
    const [summary] = await library.list();
    expect(summary?.sectionCount).toBe(article.sections.length);
    expect(Number.isInteger(summary?.wordCount)).toBe(true);
    expect(log).toEqual([]);
  }, 180_000);
});
