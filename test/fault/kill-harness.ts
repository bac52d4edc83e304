/** Running and killing the answering child, and checking a data folder after a kill. */
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { LogRecord } from '../../src-main/contract';
import { parseShard } from '../../src-main/store/reviews/shards';

/** Bundles the child once, so each of the hundreds of runs starts in milliseconds, not a second. */
export async function bundleChild(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'answer-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./answer-child.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  return outfile;
}

export interface KilledRun {
  /** Ids the child printed, i.e. answers it was told were durable. */
  readonly acknowledged: string[];
  readonly signal: NodeJS.Signals | null;
  readonly exitCode: number | null;
  readonly stderr: string;
  readonly reachedReady: boolean;
}

/** Starts the child, kills it with SIGKILL after `delayMs` (counted from spawn or from "ready"). */
export function runAndKill(script: string, dataDir: string, run: number, delayMs: number, fromReady: boolean): Promise<KilledRun> {
  const child = spawn(process.execPath, [script, dataDir, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let reachedReady = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const kill = () => child.kill('SIGKILL');
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!reachedReady && stdout.startsWith('ready\n')) {
      reachedReady = true;
      if (fromReady) timer = setTimeout(kill, delayMs);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (!fromReady) timer = setTimeout(kill, delayMs);
  // A child that never gets ready would hang the test: kill it after 10 s whatever happens.
  const guard = setTimeout(kill, 10_000);
  return new Promise((resolve) => {
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      const lines = stdout.split('\n').slice(0, -1); // the last piece has no newline yet: not acknowledged
      resolve({ acknowledged: lines.filter((line) => line !== 'ready'), signal, exitCode, stderr, reachedReady });
    });
  });
}

export interface LogContents {
  readonly records: LogRecord[];
  readonly badLines: number;
  readonly tornBytes: number;
}

/** Every record of the log, month by month, read straight from the files. */
export async function readLog(dataDir: string): Promise<LogContents> {
  const folder = path.join(dataDir, 'reviews');
  const shards = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.jsonl')).sort();
  const records: LogRecord[] = [];
  let badLines = 0;
  let tornBytes = 0;
  for (const shard of shards) {
    const parsed = parseShard(await readFile(path.join(folder, shard)));
    records.push(...parsed.records);
    badLines += parsed.badLines;
    tornBytes += parsed.tornBytes;
  }
  return { records, badLines, tornBytes };
}

/** Seeded, so a failing run can be replayed with FACTDECK_KILL_SEED. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
