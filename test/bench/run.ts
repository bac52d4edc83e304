/**
 * `npm run bench`: speed and quality figures, printed as tables and as one JSON document.
 * Nothing here is asserted; tests never time anything.
 */
import { runGeneratorBench } from './generator-bench';
import { printTable, type BenchRow } from './measure';

function main(): void {
  const report: Record<string, readonly BenchRow[]> = {};
  report.generator = runGeneratorBench();
  printTable('Generator (ms)', report.generator);
  console.log(`\nJSON ${JSON.stringify(report)}`);
}

main();
