/**
 * Store figures for `npm run bench`: answer-to-durable latency beside a bare append+fsync of the
 * same bytes (same folder, same run, alternating), at 0 / 5k / 50k facts with 0 / 50k / 500k
 * answers in the log; opening such a folder; the main process's memory for it; and the work kept
 * off the answer path (collection save, rebuild from the log, backups). Prints nothing itself.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { openStore } from '../../src-main/store';
import { encodeReview } from '../../src-main/store/reviews/review-record';
import { summarize, type BenchRow } from './measure';
import { fixtureReview, writeFixture, type FixtureSize } from './store-fixture';

export type { BenchRow } from './measure';

const SIZES: readonly FixtureSize[] = [
  { facts: 0, reviews: 0 },
  { facts: 5_000, reviews: 50_000 },
  { facts: 50_000, reviews: 500_000 },
];
const silent = (): void => {};

export async function runStoreBench(options: { appends?: number; loads?: number } = {}): Promise<BenchRow[]> {
  const appends = options.appends ?? 200;
  const loads = options.loads ?? 5;
  const rows: BenchRow[] = [];
  const work = await mkdtemp(path.join(tmpdir(), 'factdeck-bench-'));
  const probe = await bundleProbe(work);
  for (const size of SIZES) {
    const dir = await mkdtemp(path.join(work, 'data-'));
    try {
      const label = `${size.facts / 1000}k facts / ${size.reviews / 1000}k reviews`;
      const end = Date.now();
      await writeFixture(dir, size, end);
      rows.push(...(await measureColdOpen(probe, dir, label, loads)));
      rows.push(await measureWarmOpen(dir, label, loads));
      rows.push(...(await measureAppends(dir, size, label, appends, end)));
      if (size.reviews > 0) rows.push(...(await measureOffPath(dir, label)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  await rm(work, { recursive: true, force: true });
  return rows;
}

/** Opening the folder in fresh processes: cold load time, and the memory the folder takes. */
async function measureColdOpen(probe: string, dir: string, label: string, runs: number): Promise<BenchRow[]> {
  const results: Array<{ openMs: number; rssBefore: number; rssAfter: number; heapBefore: number; heapAfter: number }> = [];
  for (let n = 0; n < runs; n++) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', probe, dir]);
    results.push(JSON.parse(stdout));
  }
  const mb = (bytes: number) => bytes / 1024 / 1024;
  const rss = summarize(results.map((result) => mb(result.rssAfter - result.rssBefore)));
  const heap = summarize(results.map((result) => mb(result.heapAfter - result.heapBefore)));
  const total = summarize(results.map((result) => mb(result.rssAfter)));
  return [
    { name: `cold open, ${label}`, ...summarize(results.map((result) => result.openMs)), unit: 'ms', note: `fresh process each time (${runs}); page cache warm` },
    { name: `memory for the open folder, ${label}`, ...rss, unit: 'MB', note: `rss delta; heap +${heap.median.toFixed(1)} MB; process rss ${total.median.toFixed(0)} MB in all` },
  ];
}

/** Opening again in a process that has opened it before (JIT warm): what a restore's reopen costs. */
async function measureWarmOpen(dir: string, label: string, runs: number): Promise<BenchRow> {
  const samples: number[] = [];
  for (let n = 0; n <= runs; n++) {
    const started = performance.now();
    const store = await openStore(dir, { log: silent });
    if (n > 0) samples.push(performance.now() - started);
    await store.close();
  }
  return { name: `warm open, ${label}`, ...summarize(samples), unit: 'ms', note: `${runs} opens in one process after a first` };
}

/** Store append (log line + fsync + in-memory fold) vs a bare append+fsync of the same bytes. */
async function measureAppends(dir: string, size: FixtureSize, label: string, count: number, end: number): Promise<BenchRow[]> {
  const store = await openStore(dir, { log: silent, collectionDebounceMs: 60_000 });
  const bare = await open(path.join(dir, 'bare.jsonl'), 'a');
  const storeSamples: number[] = [];
  const bareSamples: number[] = [];
  try {
    for (let n = 0; n < count; n++) {
      const record = { ...fixtureReview(size.reviews + n, { ...size, reviews: size.reviews + count }, end + count * 180_000), id: `bench-${n}` };
      const bytes = encodeReview(record);
      let started = performance.now();
      await bare.write(bytes);
      await bare.sync();
      bareSamples.push(performance.now() - started);
      started = performance.now();
      await store.appendReview(record);
      storeSamples.push(performance.now() - started);
    }
  } finally {
    await bare.close();
    await store.close();
  }
  const ours = summarize(storeSamples);
  const base = summarize(bareSamples);
  return [
    { name: `answer → durable, ${label}`, ...ours, unit: 'ms', note: `${(ours.median / base.median).toFixed(2)}× bare median, ${(ours.p95 / base.p95).toFixed(2)}× bare p95; ${count} answers` },
    { name: `bare append+fsync, ${label}`, ...base, unit: 'ms', note: 'same bytes, same folder, alternating with the row above' },
  ];
}

/** Work that never sits on the answer path, at this size, and how much it can disturb it. */
async function measureOffPath(dir: string, label: string): Promise<BenchRow[]> {
  const at = Date.now();
  const answer = (id: string) => ({ ...fixtureReview(0, { facts: 1, reviews: 1 }, at), id });
  let store = await openStore(dir, { log: silent, collectionDebounceMs: 60_000 });
  const saves: number[] = [];
  for (let n = 0; n < 5; n++) {
    await store.appendReview(answer(`save-${n}`));
    saves.push(await timed(() => store.flush()));
  }
  await store.close();
  // Answers while the collection saves all the time (no debounce): the worst case for the answer path.
  store = await openStore(dir, { log: silent, collectionDebounceMs: 0 });
  const contended: number[] = [];
  for (let n = 0; n < 50; n++) contended.push(await timed(() => store.appendReview(answer(`busy-${n}`))));
  const fullBackup = await timed(() => store.takeBackup(true));
  await store.appendReview(answer('after-backup'));
  const nextBackup = await timed(() => store.takeBackup(true));
  await store.close();
  await rm(path.join(dir, 'collection.json'));
  const rebuild = await timed(async () => {
    store = await openStore(dir, { log: silent });
  });
  await store.close();
  const one = (value: number) => ({ median: value, p95: value });
  return [
    { name: `collection save, ${label}`, ...summarize(saves), unit: 'ms', note: '5 saves; off the answer path, serialized in slices' },
    { name: `answer → durable while saving, ${label}`, ...summarize(contended), unit: 'ms', note: '50 answers with the collection saving non-stop (worst case)' },
    { name: `rebuild collection from log, ${label}`, ...one(rebuild), unit: 'ms', note: 'open with collection.json missing (recovery only)' },
    { name: `backup, first, ${label}`, ...one(fullBackup), unit: 'ms', note: 'copies every month file' },
    { name: `backup, next, ${label}`, ...one(nextBackup), unit: 'ms', note: 'unchanged month files hard-linked' },
  ];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The probe as one plain-Node file, so each fresh process starts fast and compiles nothing. */
async function bundleProbe(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'open-probe.mjs');
  const entry = fileURLToPath(new URL('./open-probe.ts', import.meta.url));
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
  return outfile;
}
