/**
 * SIGKILL at random moments, at least 200 times: a child answers continuously (and saves
 * positions, the collection and backups meanwhile), and is killed. After every kill the folder
 * is reopened and checked: every acknowledged answer is in the log, no file is unreadable or set
 * aside, and the collection equals a replay of the whole log.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingReducer, openStore, rebuildCollection } from '../../src-main/store';
import { bundleChild, mulberry32, readLog, runAndKill } from './kill-harness';

const KILLS = 200;
const seed = Number(process.env.FACTDECK_KILL_SEED ?? Date.now() % 1_000_000);
let workDir = '';
let script = '';

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'factdeck-kill-'));
  script = await bundleChild(workDir);
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Two folders killed side by side (one per core), so 200 kills fit in about a minute. */
const LANES = 2;

describe(`SIGKILL while answering (seed ${seed})`, () => {
  it(`loses no acknowledged answer and leaves every file readable across ${KILLS} kills`, async () => {
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => killLane(lane, Math.ceil(KILLS / LANES))));
    const kills = lanes.reduce((sum, lane) => sum + lane.kills, 0);
    const whileAnswering = lanes.reduce((sum, lane) => sum + lane.whileAnswering, 0);
    const acknowledged = lanes.reduce((sum, lane) => sum + lane.acknowledged, 0);
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(whileAnswering).toBeGreaterThan(KILLS / 4);
    expect(acknowledged).toBeGreaterThan(KILLS);
    console.info(`kill test: ${kills} kills (${whileAnswering} while answering), ${acknowledged} acknowledged answers, seed ${seed}`);
  }, 240_000);
});

async function killLane(lane: number, target: number): Promise<{ kills: number; whileAnswering: number; acknowledged: number }> {
  const random = mulberry32(seed + lane);
  const dataDir = path.join(workDir, `data-${lane}`);
  const acknowledged = new Set<string>();
  let kills = 0;
  let whileAnswering = 0;
  for (let run = 0; kills < target; run++) {
    // Half the kills are timed from the start (opening, repairs, catch-up), half from "ready".
    const fromReady = random() < 0.5;
    const result = await runAndKill(script, dataDir, run, Math.floor(random() * 150), fromReady);
    const where = `lane ${lane} run ${run}`;
    expect(result.stderr, `${where} complained`).toBe('');
    expect(result.signal, `${where} ended by itself (exit ${result.exitCode})`).toBe('SIGKILL');
    kills++;
    if (result.reachedReady) whileAnswering++;
    for (const id of result.acknowledged) acknowledged.add(id);
    await checkFolder(dataDir, acknowledged, where);
  }
  return { kills, whileAnswering, acknowledged: acknowledged.size };
}

async function checkFolder(dataDir: string, acknowledged: ReadonlySet<string>, run: string): Promise<void> {
  const logged: string[] = [];
  const store = await openStore(dataDir, { log: (message) => logged.push(message) });
  try {
    expect(store.readOnlyReason, `${run}: the dead child's lock was not taken over`).toBeNull();
    expect(store.notices, `${run}: a file was unreadable`).toEqual([]);
    const log = await readLog(dataDir);
    expect(log.badLines + log.tornBytes, `${run}: damaged lines left after open`).toBe(0);
    const ids = log.records.map((record) => record.id);
    expect(new Set(ids).size, `${run}: an answer was written twice`).toBe(ids.length);
    const inLog = new Set(ids);
    const lost = [...acknowledged].filter((id) => !inLog.has(id));
    expect(lost, `${run}: acknowledged answers missing from the log`).toEqual([]);
    const replay = rebuildCollection(log.records, countingReducer);
    expect(store.reviewCount).toBe(replay.reviewCount);
    for (const [factId, state] of Object.entries(replay.memory)) expect(store.getMemory(factId), `${run}: ${factId}`).toEqual(state);
    for (const name of ['progress.json', 'settings.json', 'collection.json']) {
      const text = await readFile(path.join(dataDir, name), 'utf8');
      expect(() => JSON.parse(text), `${run}: ${name} is not JSON`).not.toThrow();
    }
    expect((await readdir(dataDir)).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    await store.listBackups();
  } finally {
    await store.close();
  }
  expect(logged, `${run}: background failures`).toEqual([]);
}
