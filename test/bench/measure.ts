/** Small timing helpers for `npm run bench`; never used by tests (no timing assertions there). */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  readonly name: string;
  readonly median: number;
  readonly p95: number;
  readonly unit: string;
  readonly note?: string;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

export function measure(runs: number, work: () => unknown): { median: number; p95: number } {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export function printTable(title: string, rows: readonly BenchRow[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((row) => row.name.length), 10);
  console.log(`${'measure'.padEnd(width)}  ${'median'.padStart(10)}  ${'p95'.padStart(10)}  unit  note`);
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(width)}  ${row.median.toFixed(2).padStart(10)}  ${row.p95.toFixed(2).padStart(10)}  ${row.unit.padEnd(4)}  ${row.note ?? ''}`,
    );
  }
}
