/**
 * A representative part of the corpus through the deck CLI, spawned as a user runs it (tsx on the
 * TypeScript entry), two at a time: exit 0 with valid JSON, or exit 2 with exactly one line on
 * stderr. Never a stack trace, never an "unexpected error", never a hang (killed after 45 s).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { corpus } from './corpus';

const root = path.join(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const CLI_TIMEOUT_MS = 45_000;
// One folder for the file, removed at the end: the tests run concurrently.
const temp = mkdtempSync(path.join(tmpdir(), 'factdeck-bad-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

let running = 0;
const waiting: Array<() => void> = [];
async function twoAtATime<T>(task: () => Promise<T>): Promise<T> {
  while (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await task();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** Its own process group, so a hang is killed with everything tsx started. */
function deck(file: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [path.join(root, 'src-main', 'cli', 'deck.ts'), file], { cwd: root, detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, CLI_TIMEOUT_MS);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}

interface DeckJson {
  readonly facts: unknown[];
  readonly questions: Array<{ prompt: string; answer: string; sentence: string }>;
}

const cliCases = corpus.filter((input) => input.cli);

describe('the deck CLI on bad inputs', () => {
  it('runs a representative set', ({ expect }) => {
    expect(cliCases.length).toBeGreaterThanOrEqual(20);
  });

  it.concurrent.for(cliCases.map((input) => [input.name, input] as const))('%s', { timeout: CLI_TIMEOUT_MS * 3 }, async ([, input], { expect }) => {
    const file = path.join(temp, input.file);
    await input.write(file);
    const run = await twoAtATime(() => deck(file));
    const summary = `exit ${run.status}, stderr: ${run.stderr.slice(0, 300)}`;

    expect(run.timedOut, `no answer within ${CLI_TIMEOUT_MS / 1000} s`).toBe(false);
    expect(run.stderr, summary).not.toMatch(/^\s+at |node:internal|unexpected error/m);
    expect([0, 2], summary).toContain(run.status);
    if (input.cliExit !== undefined) expect(run.status, summary).toBe(input.cliExit);
    if (run.status === 2) {
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^deck: [^\n]+\n$/);
      return;
    }
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as DeckJson;
    expect(Array.isArray(json.facts) && Array.isArray(json.questions)).toBe(true);
    if (input.file.endsWith('.md')) {
      // The CLI's Markdown reader drops raw HTML: no tag may reach a card.
      for (const question of json.questions) expect(`${question.prompt} ${question.answer}`).not.toMatch(/<\/?[a-z][^>]*>|onerror|javascript:/i);
    }
  });
});
