/**
 * Export and restore through the real dispatcher and store: everything out as JSON, the data
 * folder wiped, everything back, equal; files that cannot be restored are refused before anything
 * changes. The Anki TSV of an article and the CSV of the history, checked line by line.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RESTORE_LIMITS } from '../../src-main/contract-edit';
import { historyCsv } from '../../src-main/services/export/history-csv';
import { loadSeedDeck, openStudyApp, rightAnswer, SEED_ID, useTempDirs, wrongAnswer, type StudyApp } from './study-fixtures';

const tempDir = useTempDirs();
const apps: StudyApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function open(dataDir?: string): Promise<StudyApp> {
  const app = await openStudyApp(dataDir ?? (await tempDir()));
  apps.push(app);
  return app;
}

/** Sends a file's text as the renderer does: begin, chunks in order, finish. */
async function restore(app: StudyApp, text: string) {
  const { restoreId } = await app.call('beginRestore', { totalChars: text.length });
  for (let index = 0; index * RESTORE_LIMITS.chunkChars < text.length; index++) {
    await app.call('appendRestore', { restoreId, index, text: text.slice(index * RESTORE_LIMITS.chunkChars, (index + 1) * RESTORE_LIMITS.chunkChars) });
  }
  return restoreId;
}

/** The data folder's files (backups, lock and journal aside), by name, as text. */
async function dataFiles(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((name) => !name.startsWith('backups/') && name !== 'factdeck.lock')
    .sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')])));
}

/** Studies a few cards (right and wrong), edits a question, reads, finishes a quiz. */
async function makeHistory(app: StudyApp): Promise<void> {
  const scope = { articleId: SEED_ID, mode: 'typed' as const };
  for (let n = 0; n < 4; n++) {
    const { card } = await app.call('getStudySession', { scope });
    if (card === null) break;
    const answer = n % 2 === 0 ? rightAnswer(card.question) : wrongAnswer(card.question);
    await app.call('answerCard', { scope, factId: card.factId, questionId: card.question.id, answer, tookMs: 3000, usedHint: false });
    app.advance(60_000);
  }
  const deck = await loadSeedDeck();
  const question = [...deck.questions.values()].find((q) => q.format === 'question-answer');
  expect(question).toBeDefined();
  if (question === undefined) return;
  expect((await app.call('saveQuestionEdit', { articleId: SEED_ID, questionId: question.id, prompt: `${question.prompt.replace(/\?$/, '')}, in the article?`, answer: question.answer, accepted: ['an "answer", with a comma'], choices: null })).saved).toBe(true);
  await app.call('saveReadingPosition', { articleId: SEED_ID, paragraphIndex: 2 });
  const quiz = await app.call('startQuiz', { articleIds: [SEED_ID], length: 10, formats: ['cloze'], mode: 'practice' });
  const first = quiz.questions[0];
  if (first !== undefined) await app.call('answerQuizQuestion', { quizId: quiz.quizId, questionId: first.id, answer: rightAnswer(first), tookMs: 1500 });
  await app.call('finishQuiz', { quizId: quiz.quizId });
  await app.store.flush();
}

describe('export and restore', () => {
  it('exports everything, and a wiped folder restored from the export holds equal data', async () => {
    const dataDir = await tempDir();
    const first = await open(dataDir);
    await makeHistory(first);
    const exported = await first.call('exportData', undefined);
    expect(exported.fileName).toBe('factdeck-export-2026-03-02.json');
    const document = JSON.parse(exported.text) as { format: string; files: Record<string, unknown> };
    expect(document.format).toBe('factdeck-export');
    expect(Object.keys(document.files).sort()).toEqual(['collection.json', 'edits.json', 'progress.json', 'reviews/2026-03.jsonl', 'settings.json']);
    expect(document.files['reviews/2026-03.jsonl']).toHaveLength(5);
    const before = await dataFiles(dataDir);
    const memoryBefore = JSON.parse(before['collection.json'] ?? '{}').memory as Record<string, unknown>;
    await first.close();
    apps.splice(0);

    await rm(dataDir, { recursive: true, force: true });
    const fresh = await open(dataDir);
    expect((await fresh.call('browseFacts', { text: '', kinds: [], states: ['edited'], articleId: null })).facts).toEqual([]);
    const restored = await fresh.call('finishRestore', { restoreId: await restore(fresh, exported.text) });
    expect(restored).toMatchObject({ files: 5, reviews: 5, exportedAt: first.now() });
    expect((await fresh.call('listBackups', undefined)).map((backup) => backup.id)).toContain(restored.safetyBackup.id);

    const after = await dataFiles(dataDir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after['reviews/2026-03.jsonl']).toBe(before['reviews/2026-03.jsonl']);
    for (const name of ['progress.json', 'settings.json', 'edits.json']) expect(JSON.parse(after[name] ?? '')).toEqual(JSON.parse(before[name] ?? ''));
    for (const [factId, memory] of Object.entries(memoryBefore)) expect(fresh.store.getMemory(factId)).toEqual(memory);
    expect(fresh.store.listQuizAttempts()).toHaveLength(1);
    expect((await fresh.call('browseFacts', { text: '', kinds: [], states: ['edited'], articleId: null })).facts).toHaveLength(1);
    // And exporting again gives the same files.
    const again = JSON.parse((await fresh.call('exportData', undefined)).text) as { files: Record<string, unknown> };
    expect(again.files).toEqual({ ...document.files, 'collection.json': again.files['collection.json'] });
    expect((again.files['collection.json'] as { memory: unknown }).memory).toEqual((document.files['collection.json'] as { memory: unknown }).memory);
  });

  it.each([
    ['not JSON', () => '{"format": "factdeck-export", "files": {', /not a Factdeck export.*cut short/],
    ['another JSON file', () => '{"hello": "world"}', /not a Factdeck export/],
    ['a newer export', (text: string) => text.replace('"schemaVersion": 1,', '"schemaVersion": 7,'), /newer version of Factdeck/],
    ['a document from a newer Factdeck', (text: string) => replaceFile(text, 'progress.json', (progress) => ({ ...(progress as object), schemaVersion: 9 })), /newer version of Factdeck \(progress.json/],
    ['a damaged document', (text: string) => replaceFile(text, 'edits.json', () => ({ schemaVersion: 1, questions: 'none' })), /edits.json/],
    ['a damaged answer', (text: string) => replaceFile(text, 'reviews/2026-03.jsonl', (records) => [...(records as object[]), { v: 1, id: 'x', rating: 9 }]), /line 6 of reviews\/2026-03.jsonl/],
    ['an answer in the wrong month', (text: string) => replaceFile(text, 'reviews/2026-03.jsonl', (records) => (records as { at: number }[]).map((r) => ({ ...r, at: 0 }))), /dated outside 2026-03/],
    ['a file it does not know', (text: string) => replaceFile(text, '../../etc/passwd', () => 'root'), /does not know/],
  ])('refuses %s and changes nothing', async (_name, corrupt, message) => {
    const app = await open();
    await makeHistory(app);
    const exported = await app.call('exportData', undefined);
    const before = await dataFiles(app.dataDir);
    const backups = await app.call('listBackups', undefined);
    const error = await app.fail('finishRestore', { restoreId: await restore(app, corrupt(exported.text)) });
    expect(error.code).toBe('invalid-payload');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Nothing was changed\.$/);
    expect(await dataFiles(app.dataDir)).toEqual(before);
    expect(await app.call('listBackups', undefined)).toEqual(backups);
  });

  it('refuses chunks out of order, past the announced length, or after a cancel', async () => {
    const app = await open();
    const { restoreId } = await app.call('beginRestore', { totalChars: 10 });
    expect((await app.fail('appendRestore', { restoreId, index: 1, text: 'x' })).message).toMatch(/out of order/);
    expect((await app.fail('appendRestore', { restoreId, index: 0, text: 'x'.repeat(11) })).message).toMatch(/longer than announced/);
    await app.call('appendRestore', { restoreId, index: 0, text: 'x'.repeat(5) });
    expect((await app.fail('finishRestore', { restoreId })).message).toMatch(/did not arrive whole/);
    const second = await app.call('beginRestore', { totalChars: 10 });
    await app.call('cancelRestore', { restoreId: second.restoreId });
    expect((await app.fail('appendRestore', { restoreId: second.restoreId, index: 0, text: 'x' })).code).toBe('not-found');
    expect((await app.fail('beginRestore', { totalChars: RESTORE_LIMITS.maxChars + 1 })).code).toBe('invalid-payload');
  });
});

describe('the Anki TSV of an article', () => {
  it('has Anki’s header and one card per question, edits included, with no tab or line break inside a field', async () => {
    const app = await open();
    await makeHistory(app);
    const file = await app.call('exportArticleTsv', { articleId: SEED_ID });
    expect(file).toMatchObject({ fileName: `${SEED_ID}.tsv`, mimeType: 'text/tab-separated-values' });
    const lines = file.text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Front\tBack\tSource\tTags']);
    expect(lines.at(-1)).toBe('');
    const deck = await loadSeedDeck();
    const rows = lines.slice(3, -1);
    expect(rows).toHaveLength(deck.questions.size);
    for (const row of rows) {
      const fields = row.split('\t');
      expect(fields).toHaveLength(4);
      expect(fields[3]).toMatch(/^factdeck [a-z-]+ [a-z]+$/);
    }
    expect(rows.some((row) => row.includes(', in the article?\t'))).toBe(true);
  });
});

describe('the CSV of the review history', () => {
  it('has a row per log line, CRLF line ends and RFC 4180 quoting', () => {
    const at = Date.parse('2026-03-02T09:00:00Z');
    const csv = historyCsv([
      { v: 1, id: 'r1', at, factId: 'f1', questionId: 'q1', format: 'cloze', rating: 3, correct: true, answer: 'plain', tookMs: 1200, mode: 'study' },
      { v: 1, id: 'r2', at: at + 1000, factId: 'f1', questionId: 'q1', format: 'cloze', rating: 1, correct: false, answer: 'said "no", then\nleft', tookMs: 900, mode: 'quiz' },
      { v: 1, kind: 'undo', id: 'u1', at: at + 2000, factId: 'f1', undoes: 'r2' },
      { v: 1, kind: 'reset', id: 'x1', at: at + 3000, factId: 'f1' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'time_utc,kind,id,fact_id,question_id,format,rating,rating_name,correct,answer,took_ms,mode,undoes',
      '2026-03-02T09:00:00.000Z,answer,r1,f1,q1,cloze,3,good,true,plain,1200,study,',
      '2026-03-02T09:00:01.000Z,answer,r2,f1,q1,cloze,1,again,false,"said ""no"", then\nleft",900,quiz,',
      '2026-03-02T09:00:02.000Z,undo,u1,f1,,,,,,,,,r2',
      '2026-03-02T09:00:03.000Z,reset,x1,f1,,,,,,,,,',
      '',
    ]);
  });

  it('exports the whole log through the contract', async () => {
    const app = await open();
    await makeHistory(app);
    const file = await app.call('exportReviewsCsv', undefined);
    expect(file).toMatchObject({ fileName: 'factdeck-history-2026-03-02.csv', mimeType: 'text/csv' });
    expect(file.text.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + 5);
  });
});

function replaceFile(text: string, name: string, change: (value: unknown) => unknown): string {
  const document = JSON.parse(text) as { files: Record<string, unknown> };
  return JSON.stringify({ ...document, files: { ...document.files, [name]: change(document.files[name]) } });
}
