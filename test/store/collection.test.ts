import { appendFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../src-main/contract';
import { countingReducer, openStore, rebuildCollection, type CollectionReducer, type OpenStoreOptions } from '../../src-main/store';
import { encodeReview } from '../../src-main/store/reviews/review-record';
import { manualTimers } from './manual-timers';
import { JAN_2026, review, silent } from './review-fixtures';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const answers = Array.from({ length: 30 }, (_, n) => review(n));

function options(extra: OpenStoreOptions = {}): OpenStoreOptions {
  return { now: () => JAN_2026, log: silent, ...extra };
}

async function collectionFile(dir: string): Promise<{ reviewCount: number; memory: Record<string, unknown>; applied: Record<string, number>; reducer: string }> {
  return JSON.parse(await readFile(path.join(dir, 'collection.json'), 'utf8'));
}

/** A folder whose log holds `records` and whose collection.json is up to date. */
async function folderWith(records: readonly ReviewRecord[]): Promise<string> {
  const dir = await tempDir();
  const store = await openStore(dir, options());
  for (const record of records) await store.appendReview(record);
  await store.close();
  return dir;
}

const expected = { ...rebuildCollection(answers, countingReducer).memory };

describe('rebuildCollection', () => {
  it('replays answers through the reducer, one memory state per fact', () => {
    const state = rebuildCollection(answers, countingReducer);
    expect(state.reviewCount).toBe(30);
    expect(Object.keys(state.memory)).toHaveLength(7);
    expect(state.memory['fact-0']).toEqual({ reviews: 5, correct: 3, lastAt: JAN_2026 + 28_000 });
  });

  it('is pure: the same answers give the same collection, and the input is untouched', () => {
    const frozen = Object.freeze(answers.map((answer) => Object.freeze({ ...answer })));
    expect(rebuildCollection(frozen, countingReducer)).toEqual(rebuildCollection(frozen, countingReducer));
  });
});

describe('the collection in a data folder', () => {
  it('applies each answer once it is durable and saves the file after the debounce, not per answer', async () => {
    const dir = await tempDir();
    const timers = manualTimers(JAN_2026);
    const store = await openStore(dir, options({ timers, now: timers.now, collectionDebounceMs: 2000 }));
    for (const answer of answers.slice(0, 5)) await store.appendReview(answer);
    expect(store.getMemory('fact-1')).toEqual({ reviews: 1, correct: 1, lastAt: JAN_2026 + 1000 });
    expect(store.reviewCount).toBe(5);
    expect((await collectionFile(dir)).reviewCount).toBe(0); // not on the answer path
    timers.advance(1999);
    expect((await collectionFile(dir)).reviewCount).toBe(0);
    timers.advance(1);
    await store.flush(); // waits for the save the timer started
    expect((await collectionFile(dir)).reviewCount).toBe(5);
    for (const answer of answers.slice(5)) await store.appendReview(answer);
    await store.close(); // saves on quit
    expect(await collectionFile(dir)).toMatchObject({ reviewCount: 30, memory: expected, reducer: 'count-1' });
  });

  it('catches up from the log when the app stopped before the save', async () => {
    const dir = await folderWith(answers.slice(0, 20));
    const shard = path.join(dir, 'reviews', '2026-01.jsonl');
    await appendFile(shard, Buffer.concat(answers.slice(20).map(encodeReview)));
    const store = await openStore(dir, options());
    expect(store.notices).toEqual([]);
    expect(store.reviewCount).toBe(30);
    expect(store.getMemory('fact-0')).toEqual(expected['fact-0']);
    await store.close();
    expect((await collectionFile(dir)).applied).toEqual({ '2026-01': (await readFile(shard)).length });
  });

  it.each([
    ['missing', null, /^Factdeck could not find your learning progress \(collection\.json\), so it rebuilt it from your answer history\.$/],
    ['empty', '', /because the file was empty, so it rebuilt it from your answer history\. The damaged file was kept as collection\.json\.corrupt-/],
    ['invalid JSON', '{"schemaVersion":1,"mem', /because the file was damaged/],
    ['NUL-filled', '\0'.repeat(5000), /because the file was damaged/],
    ['wrong-shape', '{"schemaVersion":1,"memory":[]}', /did not hold what Factdeck expected/],
  ])('rebuilds a %s collection from the log, keeps the bad file and says so', async (_kind, bytes, notice) => {
    const dir = await folderWith(answers);
    if (bytes === null) await rm(path.join(dir, 'collection.json'));
    else await writeFile(path.join(dir, 'collection.json'), bytes);
    const store = await openStore(dir, options());
    expect(store.notices).toEqual([expect.stringMatching(notice)]);
    expect(store.reviewCount).toBe(30);
    await store.close();
    expect((await collectionFile(dir)).memory).toEqual(expected);
    if (bytes !== null) expect(await readFile(path.join(dir, `collection.json.corrupt-${JAN_2026}`), 'utf8')).toBe(bytes);
  });

  it('starts empty and silent on a first run', async () => {
    const dir = await tempDir();
    const store = await openStore(dir, options());
    expect(store.notices).toEqual([]);
    expect(store.getMemory('fact-1')).toBeUndefined();
    await store.close();
    expect(await collectionFile(dir)).toMatchObject({ reviewCount: 0, memory: {}, applied: {} });
  });

  it('rebuilds silently when the reducer changed (a new scheduler)', async () => {
    const dir = await folderWith(answers);
    const lastRating: CollectionReducer = { id: 'last-rating-1', reduce: (_state, record) => ('kind' in record ? null : record.rating) };
    const store = await openStore(dir, options({ reducer: lastRating }));
    expect(store.notices).toEqual([]);
    expect(store.getMemory('fact-3')).toBe(answers[24]?.rating);
    await store.close();
    expect(await collectionFile(dir)).toMatchObject({ reducer: 'last-rating-1', reviewCount: 30 });
  });

  it('recomputes from the log, and says so, when the log is shorter than the saved progress', async () => {
    const dir = await folderWith(answers);
    const shard = path.join(dir, 'reviews', '2026-01.jsonl');
    await writeFile(shard, Buffer.concat(answers.slice(0, 10).map(encodeReview)));
    const store = await openStore(dir, options());
    expect(store.notices).toEqual([expect.stringContaining('recomputed your progress')]);
    expect(store.reviewCount).toBe(10);
    await store.close();
  });

  it('leaves out a damaged line in the log, says so, and does not change the log', async () => {
    const dir = await folderWith(answers.slice(0, 3));
    const shard = path.join(dir, 'reviews', '2026-01.jsonl');
    await appendFile(shard, 'garbage\n');
    await appendFile(shard, encodeReview(answers[3] as ReviewRecord));
    const before = await readFile(shard);
    const store = await openStore(dir, options());
    expect(store.notices).toEqual([expect.stringMatching(/^One line of your answer history \(reviews\/2026-01\.jsonl\) could not be read/)]);
    expect(store.reviewCount).toBe(4);
    await store.close();
    expect(await readFile(shard)).toEqual(before);
    expect((await readdir(dir)).filter((name) => name.includes('corrupt'))).toEqual([]);
  });

  it('acknowledges an answer the reducer failed on, reports it, and rebuilds at the next open', async () => {
    const dir = await tempDir();
    let failOnce = true;
    const flaky: CollectionReducer = {
      id: 'flaky-1',
      reduce(state, record) {
        if (record.id === 'r-2' && failOnce) {
          failOnce = false;
          throw new Error('reducer bug');
        }
        return countingReducer.reduce(state, record);
      },
    };
    const logged: string[] = [];
    const store = await openStore(dir, options({ reducer: flaky, log: (message) => logged.push(message) }));
    for (const answer of answers.slice(0, 4)) await store.appendReview(answer);
    expect(logged).toEqual([expect.stringContaining('reducer bug')]);
    await store.close();
    expect((await collectionFile(dir)).reducer).toBe('flaky-1!incomplete');
    const reopened = await openStore(dir, options({ reducer: flaky }));
    expect(reopened.getMemory('fact-2')).toEqual(rebuildCollection(answers.slice(0, 4), countingReducer).memory['fact-2']);
    await reopened.close();
    expect((await collectionFile(dir)).reducer).toBe('flaky-1');
  });
});
