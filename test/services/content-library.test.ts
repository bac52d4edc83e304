import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src-main/services/content-library';
import { SEED_ID, SMALL_ARTICLE, realContentDir, useTempDirs, writeContent } from './content-fixtures';

const tempDir = useTempDirs();

describe('the bundled content library', () => {
  const library = createContentLibrary(realContentDir, { log: (message) => expect.fail(message) });

  it('lists the seed article with its counts', async () => {
    const summaries = await library.list();
    expect(summaries).toEqual([
      {
        id: SEED_ID,
        title: 'Mexico Rejects US ‘Invasion’ in Cartel Fight',
        source: null,
        wordCount: expect.any(Number),
        sectionCount: expect.any(Number),
      },
    ]);
    expect(summaries[0]?.wordCount).toBeGreaterThan(300);
    expect(summaries[0]?.sectionCount).toBeGreaterThanOrEqual(1);
  });

  it('returns the parsed article under its id, parsed once', async () => {
    const article = await library.get(SEED_ID);
    expect(article.id).toBe(SEED_ID);
    expect(article.language).toBe('en');
    expect(article.text).toContain('Claudia Sheinbaum');
    expect(article.sections.flatMap((section) => section.paragraphs).length).toBeGreaterThan(3);
    expect(await library.get(SEED_ID)).toBe(article);
    expect(await library.has(SEED_ID)).toBe(true);
  });

  it('answers not-found for an id it does not have', async () => {
    await expect(library.get('no-such-article')).rejects.toMatchObject({
      name: 'ServiceError',
      code: 'not-found',
      message: 'That article is not in your library.',
    });
    expect(await library.has('no-such-article')).toBe(false);
  });
});

describe('a content folder with broken entries', () => {
  async function brokenLibrary() {
    const dir = await writeContent(
      await tempDir(),
      [
        { id: 'good', file: 'good.txt', title: 'Tiny Test Article', language: 'en', source: 'https://example.org/tiny' },
        { id: 'Bad Id', file: 'good.txt', title: 'Bad id' },
        { id: 'no-title', file: 'good.txt' },
        { id: 'escapes', file: '../outside.txt', title: 'Escapes the folder' },
        { id: 'absolute', file: '/etc/hostname', title: 'Absolute path' },
        { id: 'good', file: 'good.txt', title: 'Duplicate id' },
        { id: 'missing-file', file: 'missing.txt', title: 'Missing file' },
        'not even an object',
        { id: 'defaults', file: 'good.txt', title: 'Defaults' },
        { id: 'mine-taken', file: 'good.txt', title: 'Uses the prefix kept for imported articles' },
      ],
      { 'good.txt': SMALL_ARTICLE },
    );
    const logged: string[] = [];
    return { library: createContentLibrary(dir, { log: (message) => logged.push(message) }), logged };
  }

  it('lists only the good entries and logs why each other one was skipped', async () => {
    const { library, logged } = await brokenLibrary();
    const summaries = await library.list();
    expect(summaries.map((summary) => summary.id)).toEqual(['good', 'defaults']);
    expect(summaries[0]).toMatchObject({ title: 'Tiny Test Article', source: 'https://example.org/tiny' });
    expect(summaries[1]).toMatchObject({ source: null });
    expect(logged).toHaveLength(8);
    expect(logged.join('\n')).toMatch(/entry 9 of articles.json.*kept for imported articles/);
    expect(logged.join('\n')).toMatch(/entry 1 of articles.json.*article id/);
    expect(logged.join('\n')).toMatch(/entry 3 of articles.json.*inside the content folder/);
    expect(logged.join('\n')).toMatch(/entry 5 of articles.json.*"good" is already used/);
    expect(logged.join('\n')).toMatch(/Skipping article "missing-file" \(missing.txt\)/);
  });

  it('answers not-found for skipped entries', async () => {
    const { library } = await brokenLibrary();
    await expect(library.get('missing-file')).rejects.toMatchObject({ code: 'not-found' });
    await expect(library.get('escapes')).rejects.toMatchObject({ code: 'not-found' });
    expect((await library.get('defaults')).language).toBe('en');
  });

  it('fails loudly when articles.json is not a list, and reads nothing until asked', async () => {
    const dir = await writeContent(await tempDir(), '{"id":"x"}', {});
    const library = createContentLibrary(dir);
    await expect(library.list()).rejects.toThrow(/JSON array/);
    expect(() => createContentLibrary('/no/such/folder')).not.toThrow();
  });
});
