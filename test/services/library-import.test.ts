/**
 * Importing, deleting and bringing back the learner's own articles, through the real dispatcher
 * and a real store in a temp dir: each format, duplicates, limits, refusals with their messages,
 * delete and undo, restart, backups and restore, and the progress a Library card shows.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportFormat, ImportOutcome } from '../../src-main/contract';
import { IMPORT_LIMITS } from '../../src-main/contract-library';
import { SEED_ID, openStudyApp, rightAnswer, type StudyApp, useTempDirs } from './study-fixtures';

const tempDir = useTempDirs();
const corpus = (name: string) => readFile(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');

let app: StudyApp;
afterEach(async () => {
  await app?.close();
});

async function open(): Promise<StudyApp> {
  app = await openStudyApp(await tempDir());
  return app;
}

interface ImportOptions {
  readonly title?: string | null;
  readonly source?: string | null;
  readonly format?: ImportFormat;
}

/** Sends the text as the renderer does: begin, chunks, finish. */
async function importText(text: string, { title = null, source = null, format = 'txt' }: ImportOptions = {}): Promise<ImportOutcome> {
  const { importId } = await app.call('beginImport', { title, source, format, totalChars: text.length });
  for (let index = 0; index * IMPORT_LIMITS.chunkChars < text.length; index++) {
    const chunk = text.slice(index * IMPORT_LIMITS.chunkChars, (index + 1) * IMPORT_LIMITS.chunkChars);
    await app.call('appendImport', { importId, index, text: chunk });
  }
  return app.call('finishImport', { importId });
}

/** The same, for an import that must be refused at the end: the error's message. */
async function refusedImport(text: string, options: ImportOptions = {}): Promise<string> {
  const { importId } = await app.call('beginImport', { title: null, source: null, format: 'txt', totalChars: text.length, ...options });
  for (let index = 0; index * IMPORT_LIMITS.chunkChars < text.length; index++) {
    await app.call('appendImport', { importId, index, text: text.slice(index * IMPORT_LIMITS.chunkChars, (index + 1) * IMPORT_LIMITS.chunkChars) });
  }
  const error = await app.fail('finishImport', { importId });
  expect(error.code).toBe('invalid-payload');
  return error.message;
}

async function libraryFile(dataDir: string): Promise<{ schemaVersion: number; articles: Array<Record<string, unknown>> }> {
  return JSON.parse(await readFile(path.join(dataDir, 'library.json'), 'utf8'));
}

describe('importing an article', () => {
  it('adds a .txt article after the bundled ones, with its text in articles/<id>.txt and an entry in library.json', async () => {
    await open();
    const text = await corpus('06-daniel-bernoulli.txt');
    const outcome = await importText(text, { source: 'bernoulli.txt' });
    expect(outcome).toMatchObject({ status: 'imported', title: 'Daniel Bernoulli' });
    expect(outcome.articleId).toMatch(/^mine-daniel-bernoulli-[0-9a-f]{10}$/);

    const list = await app.call('listArticles', undefined);
    expect(list.map((article) => article.id)).toEqual([SEED_ID, outcome.articleId]);
    expect(list[1]).toMatchObject({ title: 'Daniel Bernoulli', source: 'bernoulli.txt', imported: { format: 'txt', addedAt: app.now() } });
    expect(list[1]?.wordCount).toBeGreaterThan(600);
    expect(list[0]?.imported).toBeUndefined();

    const stored = await readFile(path.join(app.dataDir, 'articles', `${outcome.articleId}.txt`), 'utf8');
    expect(stored.startsWith('Daniel Bernoulli\n\n')).toBe(true);
    const index = await libraryFile(app.dataDir);
    expect(index).toEqual({
      schemaVersion: 1,
      articles: [
        {
          id: outcome.articleId,
          title: 'Daniel Bernoulli',
          source: 'bernoulli.txt',
          format: 'txt',
          contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          chars: stored.length,
          addedAt: app.now(),
          deletedAt: null,
        },
      ],
    });

    const opened = await app.call('openArticle', { articleId: outcome.articleId });
    expect(opened.article.title).toBe('Daniel Bernoulli');
    expect(opened.article.text).toContain('Swiss mathematician');
  });

  it('keeps the format and the title the renderer extracted from Markdown and HTML, and the pasted title', async () => {
    await open();
    const md = await importText(`Zaha Hadid\n\n${(await corpus('07-zaha-hadid.txt')).split('\n').slice(2).join('\n')}`, { title: 'Zaha Hadid', source: 'hadid.md', format: 'md' });
    const html = await importText(await corpus('08-taipei-lantern-festival.txt'), { title: 'Lanterns in Taipei', source: 'news.example', format: 'html' });
    const paste = await importText((await corpus('03-microsoft-ie6-countdown.txt')).split('\n').slice(2).join('\n'), { title: 'IE6 countdown', format: 'paste' });
    expect([md.status, html.status, paste.status]).toEqual(['imported', 'imported', 'imported']);

    const list = await app.call('listArticles', undefined);
    const mine = list.filter((article) => article.imported !== undefined);
    // Newest first, each with what it came from.
    expect(mine.map((article) => [article.title, article.source, article.imported?.format])).toEqual([
      ['IE6 countdown', null, 'paste'],
      ['Lanterns in Taipei', 'news.example', 'html'],
      ['Zaha Hadid', 'hadid.md', 'md'],
    ]);
  });

  it('keeps markup-looking text as text: the Reader shows what was sent, nothing is interpreted', async () => {
    await open();
    const text = `${await corpus('01-canada-sensitive-document-found.txt')}\n\nA reader wrote <script>alert(1)</script> in a comment.`;
    const outcome = await importText(text);
    const opened = await app.call('openArticle', { articleId: outcome.articleId });
    expect(opened.article.text).toContain('<script>alert(1)</script>');
    // The article is data (spans into text), never HTML: nothing in it is a tag the Reader would render.
    expect(JSON.stringify(opened.article.sections)).not.toContain('innerHTML');
  });

  it('normalises line ends, control characters and blank lines before storing', async () => {
    await open();
    const text = `\uFEFFField Notes\r\n\r\n\r\n\r\nThe first paragraph\u0007 has enough words to count as an article for the importer here.\r\nIt goes on a little.   \r\n\r\nThe second paragraph adds more words, so the text is long enough.\r\n`;
    const outcome = await importText(text);
    const stored = await readFile(path.join(app.dataDir, 'articles', `${outcome.articleId}.txt`), 'utf8');
    expect(stored).toBe('Field Notes\n\nThe first paragraph has enough words to count as an article for the importer here.\nIt goes on a little.\n\nThe second paragraph adds more words, so the text is long enough.');
  });
});

describe('duplicates', () => {
  it('finds the same text imported twice, however it is spaced or cased, and adds nothing', async () => {
    await open();
    const text = await corpus('02-homeopathy-parents-manslaughter-trial.txt');
    const first = await importText(text);
    const again = await importText(text.replaceAll('\n\n', '\r\n\r\n').replaceAll(' ', '  ').toUpperCase(), { format: 'paste', title: 'Another title' });
    expect(again).toEqual({ status: 'duplicate', articleId: first.articleId, title: first.title });
    expect((await libraryFile(app.dataDir)).articles).toHaveLength(1);
  });

  it('finds a bundled article imported again', async () => {
    await open();
    const seed = await readFile(new URL('../../content/seed-article.txt', import.meta.url), 'utf8');
    expect(await importText(seed)).toMatchObject({ status: 'duplicate', articleId: SEED_ID });
    expect((await app.call('listArticles', undefined)).map((article) => article.id)).toEqual([SEED_ID]);
  });
});

describe('refusals', () => {
  it('refuses binary, empty, symbol soup and too-short text with a sentence that says why', async () => {
    await open();
    expect(await refusedImport('PK\u0003\u0004\u0000\u0000binary bytes\u0000 here')).toBe('This looks like a binary file, not text.');
    expect(await refusedImport('   \n\n\t  ')).toBe('There is no text in it to import.');
    expect(await refusedImport('{"a": [1, 2, 3], "b": {"c": 4.5, "d": [6, 7, 8, 9, 10, 11, 12]}} ## ** -- || 12 34 56 78 90')).toBe(
      'This does not read like an article: it is mostly symbols or numbers.',
    );
    expect(await refusedImport('A short note with seven words.')).toBe('This is too short to study: an article needs at least 20 words, and this has 6.');
    expect(await refusedImport('\uFFFD\uFFFDh\uFFFDllo w\uFFFDrld \uFFFD\uFFFD')).toMatch(/not UTF-8/);
    expect(await app.call('listArticles', undefined)).toHaveLength(1);
  });

  it('refuses more than 4 MB of text before any of it is sent, and chunks over the chunk size', async () => {
    await open();
    const tooLong = await app.fail('beginImport', { title: null, source: null, format: 'txt', totalChars: IMPORT_LIMITS.maxChars + 1 });
    expect(tooLong).toEqual({ code: 'invalid-payload', message: expect.stringContaining('too long to import') });
    const { importId } = await app.call('beginImport', { title: null, source: null, format: 'txt', totalChars: 100_000 });
    expect((await app.fail('appendImport', { importId, index: 0, text: 'x'.repeat(IMPORT_LIMITS.chunkChars + 1) })).code).toBe('invalid-payload');
  });

  it('takes exactly 4 MB of text, and refuses a chunk that would go past what was announced', async () => {
    await open();
    const paragraph = `${(await corpus('04-scientology-defector-arrested.txt')).replace(/\s+/g, ' ')}\n\n`;
    const big = paragraph.repeat(Math.ceil(IMPORT_LIMITS.maxChars / paragraph.length)).slice(0, IMPORT_LIMITS.maxChars);
    const outcome = await importText(big);
    expect(outcome.status).toBe('imported');

    const { importId } = await app.call('beginImport', { title: null, source: null, format: 'txt', totalChars: 10 });
    const error = await app.fail('appendImport', { importId, index: 0, text: 'more than ten characters' });
    expect(error).toEqual({ code: 'invalid-payload', message: 'The article was longer than announced. Please import it again.' });
  });

  it('refuses chunks out of order, and anything after a cancel', async () => {
    await open();
    const first = await app.call('beginImport', { title: null, source: null, format: 'txt', totalChars: 20 });
    expect((await app.fail('appendImport', { importId: first.importId, index: 1, text: 'x' })).message).toMatch(/went missing/);
    // The broken import is gone.
    expect((await app.fail('finishImport', { importId: first.importId })).code).toBe('not-found');

    const second = await app.call('beginImport', { title: null, source: null, format: 'txt', totalChars: 5 });
    await app.call('appendImport', { importId: second.importId, index: 0, text: 'hello' });
    expect(await app.call('cancelImport', { importId: second.importId })).toBeNull();
    expect(await app.fail('finishImport', { importId: second.importId })).toEqual({
      code: 'not-found',
      message: 'This import was cancelled or has expired. Please import the article again.',
    });
    expect(await readdir(app.dataDir)).not.toContain('library.json');
  });

  it('refuses a finish before all the text came', async () => {
    await open();
    const { importId } = await app.call('beginImport', { title: null, source: null, format: 'txt', totalChars: 50 });
    await app.call('appendImport', { importId, index: 0, text: 'only part' });
    expect((await app.fail('finishImport', { importId })).message).toMatch(/went missing/);
  });
});

describe('deleting', () => {
  it('takes an article out of the Library and brings it back on undo, text and progress intact', async () => {
    await open();
    const { articleId } = await importText(await corpus('07-zaha-hadid.txt'));
    expect(await app.call('deleteArticle', { articleId })).toBeNull();
    expect((await app.call('listArticles', undefined)).map((article) => article.id)).toEqual([SEED_ID]);
    expect((await app.fail('openArticle', { articleId })).code).toBe('not-found');
    expect((await libraryFile(app.dataDir)).articles[0]).toMatchObject({ id: articleId, deletedAt: app.now() });
    // The text stays until the delete can no longer be undone.
    expect(await readdir(path.join(app.dataDir, 'articles'))).toEqual([`${articleId}.txt`]);

    app.advance(5000);
    expect(await app.call('restoreArticle', { articleId })).toBeNull();
    expect((await app.call('listArticles', undefined)).map((article) => article.id)).toEqual([SEED_ID, articleId]);
    expect((await app.call('openArticle', { articleId })).article.text).toContain('Hadid');
  });

  it('brings a deleted article back when its text is imported again', async () => {
    await open();
    const text = await corpus('05-self-medicating-ants-interview.txt');
    const { articleId } = await importText(text);
    await app.call('deleteArticle', { articleId });
    expect(await importText(text)).toMatchObject({ status: 'restored', articleId });
    expect((await app.call('listArticles', undefined)).map((article) => article.id)).toContain(articleId);
  });

  it('refuses to delete a bundled article or an unknown one', async () => {
    await open();
    expect(await app.fail('deleteArticle', { articleId: SEED_ID })).toEqual({
      code: 'not-found',
      message: 'That article is not one you imported. Articles that come with Factdeck cannot be deleted.',
    });
    expect((await app.fail('restoreArticle', { articleId: 'mine-nothing-0000000000' })).code).toBe('not-found');
    expect((await app.call('listArticles', undefined)).map((article) => article.id)).toEqual([SEED_ID]);
  });
});

describe('keeping imported articles', () => {
  it('keeps them across a restart', async () => {
    await open();
    const { articleId } = await importText(await corpus('06-daniel-bernoulli.txt'));
    await app.restart();
    expect((await app.call('listArticles', undefined)).map((article) => article.id)).toEqual([SEED_ID, articleId]);
    expect((await app.call('openArticle', { articleId })).article.title).toBe('Daniel Bernoulli');
  });

  it('backs up library.json and the texts, and a restore brings back exactly the articles the backup had', async () => {
    await open();
    const kept = await importText(await corpus('06-daniel-bernoulli.txt'));
    const backup = await app.store.takeBackup(true);
    const backupDir = path.join(app.dataDir, 'backups', backup?.id ?? '');
    expect(await readdir(path.join(backupDir, 'articles'))).toEqual([`${kept.articleId}.txt`]);
    expect(JSON.parse(await readFile(path.join(backupDir, 'manifest.json'), 'utf8')).files.map((file: { name: string }) => file.name)).toEqual(
      expect.arrayContaining(['library.json', `articles/${kept.articleId}.txt`]),
    );

    app.advance(60_000);
    const later = await importText(await corpus('08-taipei-lantern-festival.txt'));
    await app.call('deleteArticle', { articleId: kept.articleId });
    await app.call('restoreBackup', { backupId: backup?.id ?? '' });

    expect((await app.call('listArticles', undefined)).map((article) => article.id)).toEqual([SEED_ID, kept.articleId]);
    expect(await readdir(path.join(app.dataDir, 'articles'))).toEqual([`${kept.articleId}.txt`]);
    expect((await app.call('openArticle', { articleId: kept.articleId })).article.text).toContain('Bernoulli');
    expect((await app.fail('openArticle', { articleId: later.articleId })).code).toBe('not-found');
  });

  it('shares an unchanged text with the previous backup instead of copying it again', async () => {
    await open();
    const { articleId } = await importText(await corpus('06-daniel-bernoulli.txt'));
    const first = await app.store.takeBackup(true);
    app.advance(60_000);
    await importText(await corpus('07-zaha-hadid.txt'));
    const second = await app.store.takeBackup(true);
    const { stat } = await import('node:fs/promises');
    const a = await stat(path.join(app.dataDir, 'backups', first?.id ?? '', 'articles', `${articleId}.txt`));
    const b = await stat(path.join(app.dataDir, 'backups', second?.id ?? '', 'articles', `${articleId}.txt`));
    expect(b.ino).toBe(a.ino);
  });

  it('recovers a damaged library.json from the newest backup and says so', async () => {
    await open();
    const { articleId } = await importText(await corpus('06-daniel-bernoulli.txt'));
    await app.store.takeBackup(true);
    await app.close();
    await writeFile(path.join(app.dataDir, 'library.json'), '{"schemaVersion": 1, "articles": [{"id": 4');
    app = await openStudyApp(app.dataDir);
    expect(app.store.notices.join('\n')).toMatch(/could not read your list of imported articles because the file was damaged, so it restored it from the backup/);
    expect((await app.call('listArticles', undefined)).map((article) => article.id)).toEqual([SEED_ID, articleId]);
  });

  it('lists the other articles when one imported text is missing', async () => {
    await open();
    const gone = await importText(await corpus('06-daniel-bernoulli.txt'));
    const kept = await importText(await corpus('07-zaha-hadid.txt'));
    await rm(path.join(app.dataDir, 'articles', `${gone.articleId}.txt`));
    await app.restart();
    expect((await app.call('listArticles', undefined)).map((article) => article.id)).toEqual([SEED_ID, kept.articleId]);
  });
});

describe('article progress for the Library cards', () => {
  it('counts facts, studied, mastered and due from the deck and the memories', async () => {
    await open();
    const before = await app.call('getArticleProgress', { articleId: SEED_ID });
    expect(before).toMatchObject({ articleId: SEED_ID, studied: 0, mastered: 0, due: 0 });
    expect(before.facts).toBeGreaterThan(10);

    const session = await app.call('getStudySession', { scope: { articleId: SEED_ID } });
    const card = session.card;
    if (card === null) throw new Error('no card');
    await app.call('answerCard', { scope: { articleId: SEED_ID }, factId: card.factId, questionId: card.question.id, answer: rightAnswer(card.question), tookMs: 3000, usedHint: false });
    expect(await app.call('getArticleProgress', { articleId: SEED_ID })).toEqual({ ...before, studied: 1 });
    // A learning step comes due within the day.
    app.advance(24 * 60 * 60 * 1000);
    expect(await app.call('getArticleProgress', { articleId: SEED_ID })).toEqual({ ...before, studied: 1, due: 1 });
  });

  it('generates an imported article deck on first ask', async () => {
    await open();
    const { articleId } = await importText(await corpus('06-daniel-bernoulli.txt'));
    const progress = await app.call('getArticleProgress', { articleId });
    expect(progress.facts).toBeGreaterThan(5);
    expect(progress.studied).toBe(0);
  });
});
