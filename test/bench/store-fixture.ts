/**
 * Writes a heavy learner's data folder directly, fast: `reviews` answers over `facts` facts,
 * streamed into month files (no store, no fsync per line), and the matching collection.json,
 * so opening it needs no catch-up. 500k answers take a couple of seconds.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReviewRecord } from '../../src-main/contract';
import { countingReducer } from '../../src-main/store';
import { shardOf } from '../../src-main/store/reviews/shards';

export interface FixtureSize {
  readonly facts: number;
  readonly reviews: number;
}

const FORMATS = ['cloze', 'multiple-choice', 'true-false', 'question-answer', 'numeric'];

/** Answer `n` of a learner answering every few minutes, ending `end`. */
export function fixtureReview(n: number, size: FixtureSize, end: number): ReviewRecord {
  const fact = (n * 7919) % Math.max(1, size.facts);
  return {
    v: 1,
    id: `b${n.toString(36)}-${(n * 2654435761) % 4_294_967_296}`,
    at: end - (size.reviews - n) * 180_000,
    factId: `fact-${fact.toString(16).padStart(12, '0')}`,
    questionId: `fact-${fact.toString(16).padStart(12, '0')}-q${n % 3}`,
    format: FORMATS[n % FORMATS.length] ?? 'cloze',
    rating: ((n % 4) + 1) as ReviewRecord['rating'],
    correct: n % 5 !== 0,
    answer: `an answer of a plausible length ${n % 1000}`,
    tookMs: 2000 + (n % 9000),
    mode: n % 7 === 0 ? 'quiz' : 'study',
  };
}

export async function writeFixture(dataDir: string, size: FixtureSize, end: number): Promise<void> {
  const reviews = path.join(dataDir, 'reviews');
  await mkdir(reviews, { recursive: true });
  const memory = new Map<string, unknown>();
  const applied: Record<string, number> = {};
  let stream: ReturnType<typeof createWriteStream> | null = null;
  let current = '';
  for (let n = 0; n < size.reviews; n++) {
    const record = fixtureReview(n, size, end);
    const shard = shardOf(record.at);
    if (shard !== current) {
      if (stream !== null) await close(stream);
      stream = createWriteStream(path.join(reviews, `${shard}.jsonl`));
      current = shard;
      applied[shard] = 0;
    }
    const line = `${JSON.stringify(record)}\n`;
    applied[shard] = (applied[shard] ?? 0) + Buffer.byteLength(line);
    if (stream !== null && !stream.write(line)) await new Promise<void>((resolve) => stream?.once('drain', () => resolve()));
    memory.set(record.factId, countingReducer.reduce(memory.get(record.factId), record));
  }
  if (stream !== null) await close(stream);
  // Facts never answered still have a memory state once the scheduler lands: give each one.
  for (let fact = 0; fact < size.facts; fact++) {
    const id = `fact-${fact.toString(16).padStart(12, '0')}`;
    if (!memory.has(id)) memory.set(id, { reviews: 0, correct: 0, lastAt: 0 });
  }
  const collection = { schemaVersion: 1, reducer: countingReducer.id, updatedAt: end, applied, reviewCount: size.reviews, memory: Object.fromEntries(memory) };
  await writeFile(path.join(dataDir, 'collection.json'), `${JSON.stringify(collection)}\n`);
  await writeFile(path.join(dataDir, 'progress.json'), `${JSON.stringify({ schemaVersion: 1, lastOpenedArticleId: null, readingPositions: {} })}\n`);
  await writeFile(path.join(dataDir, 'settings.json'), `${JSON.stringify({ schemaVersion: 1, window: null })}\n`);
}

function close(stream: ReturnType<typeof createWriteStream>): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
