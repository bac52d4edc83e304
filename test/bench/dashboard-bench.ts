/**
 * Dashboard figures: the whole `getDashboard` pipeline (read the log month by month, replay it
 * through the scheduler's reducer, compute every number) at 5k facts / 50k answers and 50k facts /
 * 500k answers. Run on its own: `npx tsx test/bench/dashboard-bench.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMemoryReducer, DEFAULT_SETTINGS } from '../../src-main/domain/scheduling';
import { computeDashboard, LogDigest, type DashboardFact, type FactKindName } from '../../src-main/domain/statistics';
import { localStudyCalendar } from '../../src-main/services/dashboard-service';
import { countingReducer, openStore } from '../../src-main/store';
import { writeFixture, type FixtureSize } from './store-fixture';

const KINDS: FactKindName[] = ['number', 'quote', 'person', 'list', 'event', 'cause', 'term'];

async function benchOne(size: FixtureSize): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factdeck-dash-bench-'));
  try {
    const end = Date.now();
    await writeFixture(dir, size, end);
    // The fixture's collection is the counting reducer's: open with it so nothing is rebuilt.
    const store = await openStore(dir, { reducer: countingReducer, log: () => {} });
    const calendar = localStudyCalendar();
    const reducer = createMemoryReducer(DEFAULT_SETTINGS);
    for (let run = 0; run < 3; run++) {
      const heapBefore = process.memoryUsage().heapUsed;
      const t0 = performance.now();
      const digest = new LogDigest({ calendar, reducer });
      let records = 0;
      let readMs = 0;
      let foldMs = 0;
      let mark = performance.now();
      for await (const { records: month } of store.readReviewLog()) {
        const read = performance.now();
        readMs += read - mark;
        for (const record of month) digest.add(record);
        records += month.length;
        mark = performance.now();
        foldMs += mark - read;
      }
      const facts: DashboardFact[] = [];
      for (let n = 0; n < size.facts; n++) {
        const id = `fact-${n.toString(16).padStart(12, '0')}`;
        facts.push({ id, articleId: `article-${Math.floor(n / 500)}`, kind: KINDS[n % KINDS.length] ?? 'term', memory: digest.memoryOf(id) });
      }
      const articles = [...new Set(facts.map((f) => f.articleId))].map((id) => ({ id, title: id }));
      const t1 = performance.now();
      const dashboard = computeDashboard({ now: end, calendar, digest, facts, articles, quizAttempts: [], desiredRetention: 0.9 });
      const t2 = performance.now();
      const heapAfter = process.memoryUsage().heapUsed;
      console.log(
        `${size.facts / 1000}k facts / ${size.reviews / 1000}k answers, run ${run + 1}: total ${(t2 - t0).toFixed(0)} ms ` +
          `(read+parse ${readMs.toFixed(0)} ms, replay ${foldMs.toFixed(0)} ms, numbers ${(t2 - t1).toFixed(0)} ms); ` +
          `${records} records, ${dashboard.totalAnswers} counted; heap +${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB; ` +
          `JSON ${(JSON.stringify(dashboard).length / 1024).toFixed(0)} KB`,
      );
    }
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

void (async () => {
  for (const size of [{ facts: 5_000, reviews: 50_000 }, { facts: 50_000, reviews: 500_000 }]) await benchOne(size);
})();
