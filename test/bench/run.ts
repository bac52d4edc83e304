/**
 * `npm run bench`: speed and quality figures, printed as tables and as one JSON document.
 * Nothing here is asserted; tests never time anything.
 */
import { coverageRows } from '../domain/deck/coverage-report';
import { runGeneratorBench } from './generator-bench';
import { printTable, type BenchRow } from './measure';
import { runQueueBench } from './queue-bench';
import { runStoreBench } from './store-bench';
import { runStudyUiBench } from './study-ui-bench';

function printQuality(): unknown {
  const rows = coverageRows().map(({ missed, ...row }) => ({ ...row, coverage: row.covered / row.keyFacts, missed: missed.map((key) => key.id) }));
  console.log('\nGenerator quality (teacher key facts covered by a kept question)');
  console.log(`${'article'.padEnd(44)}  facts  questions  covered`);
  for (const row of rows) {
    const share = `${row.covered}/${row.keyFacts} (${Math.round(row.coverage * 100)} %)`;
    console.log(`${row.article.padEnd(44)}  ${String(row.facts).padStart(5)}  ${String(row.questions).padStart(9)}  ${share}`);
  }
  return rows;
}

async function main(): Promise<void> {
  const report: Record<string, unknown> = {};
  report.quality = printQuality();
  const generator: readonly BenchRow[] = runGeneratorBench();
  report.generator = generator;
  printTable('Generator speed (ms)', generator);
  const store: readonly BenchRow[] = await runStoreBench();
  report.store = store;
  printTable('Store', store);
  const scheduler: readonly BenchRow[] = runQueueBench();
  report.scheduler = scheduler;
  printTable('Scheduler (ms)', scheduler);
  const studyUi: readonly BenchRow[] = await runStudyUiBench();
  report.studyUi = studyUi;
  printTable('Study in Chromium (ms)', studyUi);
  console.log(`\nJSON ${JSON.stringify(report)}`);
}

void main();
