/**
 * Run in a fresh process by the store bench: opens a data folder once and reports how long that
 * took and how much memory the process gained, as one JSON line. A fresh process is the honest
 * "cold load" (nothing compiled or cached in it yet) and its rss delta is not blurred by garbage
 * the bench left behind.
 */
import { performance } from 'node:perf_hooks';
import { openStore } from '../../src-main/store';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: open-probe <dataDir>');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
gc();
const before = process.memoryUsage();
const started = performance.now();
const store = await openStore(dataDir, { log: () => {} });
const openMs = performance.now() - started;
gc();
const after = process.memoryUsage();
await store.close();
process.stdout.write(`${JSON.stringify({ openMs, rssBefore: before.rss, rssAfter: after.rss, heapBefore: before.heapUsed, heapAfter: after.heapUsed, reviews: store.reviewCount })}\n`);
