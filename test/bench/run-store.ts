/** `npx tsx test/bench/run-store.ts`: the store rows of `npm run bench` on their own. */
import { printTable } from './measure';
import { runStoreBench } from './store-bench';

async function main(): Promise<void> {
  const rows = await runStoreBench();
  printTable('Store (answer path, open, memory, off-path work)', rows);
  console.log(`\nJSON ${JSON.stringify({ store: rows })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
