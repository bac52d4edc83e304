/**
 * Every bad input through deck generation in process (`parseArticle` without metadata, as the CLI
 * does, then `generateDeck`), in a worker thread so a hang is stopped and reported. The generator
 * gets at most the first 256 K characters: it runs at roughly 40 s per MB of prose on this machine,
 * so bigger inputs are for the edges to refuse (the CLI test sends them there).
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../store/temp-dir';
import { corpus } from './corpus';
import { DeckRunner } from './deck-runner';
import type { DeckJob } from './deck-worker';

const DECK_CHARS = 256 * 1024;
const DECK_TIMEOUT_MS = 45_000;

const tempDir = useTempDirs();
const runner = new DeckRunner();
afterAll(() => runner.close());

describe('deck generation on bad inputs', () => {
  it.each(corpus.map((input) => [input.name, input] as const))('%s', async (_name, input) => {
    let job: DeckJob;
    if (input.text !== undefined) {
      job = { text: input.text().slice(0, DECK_CHARS), limit: DECK_CHARS };
    } else {
      const target = path.join(await tempDir(), input.file);
      await input.write(target);
      job = { path: target, limit: DECK_CHARS };
    }
    const outcome = await runner.run(job, DECK_TIMEOUT_MS);
    if (input.readable) {
      expect(outcome).toMatchObject({ kind: 'deck', problems: [] });
    } else {
      expect(outcome).toMatchObject({ kind: 'unreadable' });
      expect(['ENOENT', 'EISDIR', 'ELOOP']).toContain(outcome.kind === 'unreadable' ? outcome.code : '');
    }
  }, DECK_TIMEOUT_MS + 30_000);
});
