/**
 * The process the kill test kills: it opens the data folder and answers as fast as it can,
 * printing each answer's id once `appendReview` has resolved (stdout to a pipe is synchronous
 * on Linux, so a printed id was acknowledged). It also saves reading positions, lets the
 * collection save every few milliseconds and takes backups often, so the kills land in every
 * kind of write. It never stops on its own.
 */
import { openStore } from '../../src-main/store';
import { review } from '../store/review-fixtures';

const [dataDir, runText] = process.argv.slice(2);
if (dataDir === undefined || runText === undefined) throw new Error('usage: answer-child <dataDir> <run>');
const run = Number(runText);
// Each run starts three days after the previous one, so month files start often (new-file fsyncs).
const start = Date.UTC(2026, 0, 1) + run * 3 * 86_400_000;

const store = await openStore(dataDir, {
  now: Date.now,
  collectionDebounceMs: 10,
  autoBackup: { everyMs: 60 },
  log: (message) => process.stderr.write(`${message}\n`),
});
if (store.readOnlyReason !== null) throw new Error(store.readOnlyReason);
process.stdout.write('ready\n');

for (let n = 0; ; n++) {
  const id = `k${run}-${n}`;
  await store.appendReview(review(n, { id, at: start + n * 60_000, factId: `fact-${(run * 7 + n) % 23}` }));
  process.stdout.write(`${id}\n`);
  if (n % 5 === 0) await store.saveReadingPosition(`article-${n % 3}`, { paragraphIndex: n, savedAt: Date.now() });
}
