/**
 * IPC fuzz: over 10,000 seeded payloads against every method of the contract, through the real
 * dispatcher, services and a store on disk. Payloads the schema accepts are counted apart and sent
 * to a second store (they may legitimately write); all others must come back as typed errors with
 * no throw, no write to the data folder and no change to any built-in prototype.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_BYTES, apiMethods, payloadSchemas, type ApiErrorCode, type ApiMethod } from '../../src-main/contract';
import { createDispatcher, isApiMethod, type Dispatch } from '../../src-main/ipc-dispatch';
import { createApiHandlers } from '../../src-main/services';
import { openStore, type AppStore } from '../../src-main/store';
import { realContentDir } from '../services/content-fixtures';
import { useTempDirs } from '../store/temp-dir';
import { buildCorpus, type FuzzCase } from './payloads';
import { createPrng } from './prng';
import { SEED_ID } from './values';

const SEED = 0x5eed_f00d;
const REFUSALS: readonly ApiErrorCode[] = ['unknown-method', 'payload-too-large', 'invalid-payload'];
const tempDir = useTempDirs();

function connect(store: AppStore, log: string[]): Dispatch {
  const handlers = createApiHandlers({ contentDir: realContentDir, store, now: () => 1_767_225_600_000, log: (message) => log.push(message) });
  return createDispatcher(handlers, (error) => log.push(String(error)));
}

/** Would the dispatcher hand this payload to a service? (Asked of a fresh copy of the payload.) */
function acceptedBySchema(method: unknown, payload: unknown): boolean {
  try {
    if (!isApiMethod(method)) return false;
    const json = payload === undefined ? '' : JSON.stringify(payload);
    return json.length <= MAX_PAYLOAD_BYTES && v.safeParse(payloadSchemas[method], payload).success;
  } catch {
    return false;
  }
}

/** Every file under `dir` with its bytes, as base64, by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  return Object.fromEntries(await Promise.all(files.sort().map(async (file) => [file, (await readFile(path.join(dir, file))).toString('base64')])));
}

const prototypes = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Number: Number.prototype };
const shapeOfPrototypes = (): Record<string, string[]> => Object.fromEntries(Object.entries(prototypes).map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]));

interface Tally {
  sent: number;
  codes: Record<string, number>;
}

function describeFailure(fuzzCase: FuzzCase, problem: string): string {
  return `${fuzzCase.category} ${String(typeof fuzzCase.method === 'symbol' ? 'Symbol' : fuzzCase.method)}: ${problem}`;
}

describe('IPC fuzz', () => {
  it('answers 10,000+ bad payloads with typed errors, writes nothing and pollutes nothing', async () => {
    const dataDir = await tempDir();
    const setupLog: string[] = [];
    const setupStore = await openStore(dataDir);
    const setup = connect(setupStore, setupLog);
    expect(await setup('openArticle', { articleId: SEED_ID })).toMatchObject({ ok: true });
    expect(await setup('saveReadingPosition', { articleId: SEED_ID, paragraphIndex: 2 })).toMatchObject({ ok: true });
    await setupStore.close();
    const before = await snapshot(dataDir);
    const prototypesBefore = shapeOfPrototypes();

    const log: string[] = [];
    const store = await openStore(dataDir);
    const dispatch = connect(store, log);
    const validStore = await openStore(await tempDir());
    const validLog: string[] = [];
    const dispatchValid = connect(validStore, validLog);

    const corpus = buildCorpus(createPrng(SEED), 8_600);
    const tally = new Map<string, Tally>();
    const failures: string[] = [];
    let valid = 0;
    for (const fuzzCase of corpus) {
      const isValid = acceptedBySchema(fuzzCase.method, fuzzCase.payload());
      const group = isValid ? 'valid (second store)' : fuzzCase.category.split(':')[0] ?? fuzzCase.category;
      const counts = tally.get(group) ?? { sent: 0, codes: {} };
      tally.set(group, counts);
      counts.sent += 1;
      if (isValid) valid += 1;
      let result: unknown;
      try {
        result = await (isValid ? dispatchValid : dispatch)(fuzzCase.method, fuzzCase.payload());
      } catch (error) {
        failures.push(describeFailure(fuzzCase, `dispatch threw ${String(error)}`));
        continue;
      }
      const answer = result as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
      const code = answer.ok === true ? 'ok' : String(answer.error?.code);
      counts.codes[code] = (counts.codes[code] ?? 0) + 1;
      if (typeof answer.ok !== 'boolean') failures.push(describeFailure(fuzzCase, `result without an ok flag: ${String(result)}`));
      else if (!isValid && (answer.ok || !REFUSALS.includes(answer.error?.code as ApiErrorCode))) failures.push(describeFailure(fuzzCase, `answered ${code}`));
      else if (isValid && code === 'internal') failures.push(describeFailure(fuzzCase, 'internal error on a valid payload'));
      else if (answer.ok === false && (typeof answer.error?.message !== 'string' || !/\w/.test(answer.error.message) || answer.error.message.length > 300)) {
        failures.push(describeFailure(fuzzCase, `error message is not a short sentence (${String(answer.error?.message).length} chars)`));
      }
    }

    console.info(`IPC fuzz, seed ${SEED.toString(16)}: ${corpus.length} payloads over ${apiMethods.length} methods (${valid} schema-valid, sent to a second store)`);
    console.info([...tally].map(([group, { sent, codes }]) => `  ${group.padEnd(22)} ${String(sent).padStart(6)}  ${JSON.stringify(codes)}`).join('\n'));

    // Still answering, then nothing on disk moved.
    expect(await dispatch('listArticles', undefined)).toMatchObject({ ok: true, value: [{ id: SEED_ID }] });
    expect(await dispatch('getStartup', undefined)).toMatchObject({ ok: true, value: { lastOpenedArticleId: SEED_ID } });
    await store.close();
    await validStore.close();
    expect(failures.slice(0, 25)).toEqual([]);
    expect(corpus.length).toBeGreaterThanOrEqual(10_000);
    expect(log).toEqual([]);
    expect(validLog).toEqual([]);
    expect(await snapshot(dataDir)).toEqual(before);
    expect(shapeOfPrototypes()).toEqual(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // A valid call that writes still works on the same folder.
    const reopened = await openStore(dataDir);
    const after = connect(reopened, log);
    expect(await after('saveReadingPosition', { articleId: SEED_ID, paragraphIndex: 3 })).toMatchObject({ ok: true, value: { paragraphIndex: 3 } });
    expect(await after('openArticle', { articleId: SEED_ID })).toMatchObject({ ok: true, value: { position: { paragraphIndex: 3 } } });
    await reopened.close();
  }, 180_000);

  it('covers every method of the contract', () => {
    const methods = new Set(buildCorpus(createPrng(1), 200).map((fuzzCase) => fuzzCase.method));
    expect(apiMethods.filter((method: ApiMethod) => !methods.has(method))).toEqual([]);
  });
});
