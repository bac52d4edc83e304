import { describe, expect, it, vi } from 'vitest';
import type { ImportOutcome } from '../../../src-main/contract';
import { ApiCallError } from '../../../src-renderer/lib/api';
import { importFile, importPasted, outcomeMessage, type ImportStep, type PipelineHooks } from '../../../src-renderer/screens/library/import-pipeline';

const OUTCOME: ImportOutcome = { status: 'imported', articleId: 'mine-notes-0123456789', title: 'Notes' };

function fakeHooks(options: { cancelAfterChunks?: number; finish?: () => Promise<ImportOutcome> } = {}) {
  const sent: { index: number; text: string }[] = [];
  const progress: [ImportStep, number][] = [];
  let cancel = false;
  const api = {
    beginImport: vi.fn(async () => ({ importId: 'imp-1' })),
    appendImport: vi.fn(async ({ index, text }: { importId: string; index: number; text: string }) => {
      sent.push({ index, text });
      if (options.cancelAfterChunks !== undefined && sent.length >= options.cancelAfterChunks) cancel = true;
      return { receivedChars: 0 };
    }),
    finishImport: vi.fn(options.finish ?? (async () => OUTCOME)),
    cancelImport: vi.fn(async () => null),
  };
  const hooks: PipelineHooks = {
    api,
    progress: (step, fraction) => progress.push([step, fraction]),
    cancelled: () => cancel,
    pause: async () => {},
  };
  return { hooks, api, sent, progress, cancelNow: () => (cancel = true) };
}

const read = (text: string) => async () => new TextEncoder().encode(text);

describe('importing a file', () => {
  it('sends the text in order in chunks of 16,384 characters, with progress rising to the end', async () => {
    const { hooks, api, sent, progress } = fakeHooks();
    const text = 'word '.repeat(10_000); // 50,000 characters: four chunks
    expect(await importFile('notes.txt', read(text), hooks)).toEqual({ kind: 'done', outcome: OUTCOME });
    expect(api.beginImport).toHaveBeenCalledWith({ title: null, source: 'notes.txt', format: 'txt', totalChars: text.length });
    expect(sent.map((chunk) => chunk.index)).toEqual([0, 1, 2, 3]);
    expect(sent.map((chunk) => chunk.text).join('')).toBe(text);
    expect(sent.every((chunk) => chunk.text.length <= 16_384)).toBe(true);
    const fractions = progress.map(([, fraction]) => fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.map(([step]) => step)).toEqual(expect.arrayContaining(['reading', 'extracting', 'sending', 'saving']));
    expect(fractions.at(-1)).toBe(1);
  });

  it('sends Markdown as text with its title', async () => {
    const { hooks, api, sent } = fakeHooks();
    await importFile('lakes.md', read('# Lakes\n\nSome *text* about lakes.'), hooks);
    expect(api.beginImport).toHaveBeenCalledWith(expect.objectContaining({ title: 'Lakes', format: 'md', source: 'lakes.md' }));
    expect(sent.map((chunk) => chunk.text).join('')).toBe('Lakes\n\nSome text about lakes.');
  });

  it('stops when cancelled between chunks and tells the main process to discard what it got', async () => {
    const { hooks, api } = fakeHooks({ cancelAfterChunks: 2 });
    expect(await importFile('long.txt', read('x'.repeat(100_000)), hooks)).toEqual({ kind: 'cancelled' });
    expect(api.appendImport).toHaveBeenCalledTimes(2);
    expect(api.cancelImport).toHaveBeenCalledWith({ importId: 'imp-1' });
    expect(api.finishImport).not.toHaveBeenCalled();
  });

  it('stops before anything is sent when cancelled while reading', async () => {
    const { hooks, api, cancelNow } = fakeHooks();
    cancelNow();
    expect(await importFile('a.txt', read('text'), hooks)).toEqual({ kind: 'cancelled' });
    expect(api.beginImport).not.toHaveBeenCalled();
  });

  it('refuses unsupported and binary files without calling the main process', async () => {
    const { hooks, api } = fakeHooks();
    expect(await importFile('report.pdf', read('%PDF'), hooks)).toEqual({ kind: 'refused', message: expect.stringContaining('Choose a .txt, .md or .html file') });
    expect(await importFile('x.txt', async () => new Uint8Array([1, 0, 2]), hooks)).toEqual({ kind: 'refused', message: '“x.txt” looks like a binary file, not text.' });
    expect(api.beginImport).not.toHaveBeenCalled();
  });

  it('lets a refusal from the main process through, for the learner to read', async () => {
    const { hooks } = fakeHooks({ finish: async () => Promise.reject(new ApiCallError('invalid-payload', 'This is too short to study.')) });
    await expect(importPasted('', 'Too short.', hooks)).rejects.toThrow('This is too short to study.');
  });
});

describe('pasted text', () => {
  it('is sent with its title, or none when the title is blank', async () => {
    const { hooks, api } = fakeHooks();
    await importPasted('  ', 'Some pasted text.', hooks);
    expect(api.beginImport).toHaveBeenCalledWith({ title: null, source: null, format: 'paste', totalChars: 17 });
    await importPasted('My title', 'Some pasted text.', hooks);
    expect(api.beginImport).toHaveBeenLastCalledWith({ title: 'My title', source: null, format: 'paste', totalChars: 17 });
  });

  it('drops control characters and refuses blank text', async () => {
    const { hooks, sent } = fakeHooks();
    await importPasted('', 'a\u0007b\u001bc', hooks);
    expect(sent[0]?.text).toBe('abc');
    expect(await importPasted('', ' \n ', hooks)).toEqual({ kind: 'refused', message: 'There is no text in it to import.' });
  });
});

describe('outcomeMessage', () => {
  it('says what happened in words', () => {
    expect(outcomeMessage(OUTCOME)).toBe('Imported “Notes”. Its flashcards are made the first time you study it.');
    expect(outcomeMessage({ ...OUTCOME, status: 'duplicate' })).toBe('“Notes” is already in your Library, so nothing was added.');
    expect(outcomeMessage({ ...OUTCOME, status: 'restored' })).toBe('You had deleted “Notes”; it is back in your Library, with your progress.');
  });
});
