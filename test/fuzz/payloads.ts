/**
 * The IPC fuzz corpus, by category, over every method of the contract. Payloads are thunks: each
 * call makes a fresh value, so checking a case's validity never uses up a stateful getter.
 */
import { MAX_PAYLOAD_BYTES, apiMethods, payloadSchemas, type ApiMethod } from '../../src-main/contract';
import type { Prng } from './prng';
import { EXOTIC, KEYS, SEED_ID, STRINGS, cyclic, nested, randomJson } from './values';

export interface FuzzCase {
  readonly category: string;
  readonly method: unknown;
  readonly payload: () => unknown;
}

const same = (value: unknown) => () => value;
const parsed = (json: string) => () => JSON.parse(json) as unknown;

/** A payload's field names, read from its schema (none for methods that take no payload). */
function fieldsOf(method: ApiMethod): string[] {
  const schema = payloadSchemas[method] as { readonly entries?: Readonly<Record<string, unknown>> };
  return schema.entries === undefined ? [] : Object.keys(schema.entries);
}

const KNOWN_VALID: Readonly<Record<string, unknown>> = { articleId: SEED_ID, paragraphIndex: 1, backupId: '2026-01-31T09-30-00-000Z' };

/** A payload that passes the schema, as far as field names tell (`undefined` for no payload). */
export function validExample(method: ApiMethod): Record<string, unknown> | undefined {
  const fields = fieldsOf(method);
  return fields.length === 0 ? undefined : Object.fromEntries(fields.map((field) => [field, KNOWN_VALID[field] ?? 'x']));
}

const WRONG: readonly unknown[] = [null, true, false, 0, 1, -1, 'x', '', SEED_ID, [], [SEED_ID], {}, { articleId: SEED_ID }, [[]], 'undefined', ' '];

const METHOD_NAMES: readonly unknown[] = [
  '__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', '__lookupGetter__', 'propertyIsEnumerable',
  'toLocaleString', 'then', '', ' ', 'getstartup', 'GETSTARTUP', 'getStartup ', ' getStartup', 'getStartup\u0000', 'listArticles\u200b', 'factdeck:getStartup',
  'factdeck:openArticle', 'openArticle/../getStartup', 'ipcRenderer', 'require', 'process', 'eval', 'shell.openExternal', 'dispatch', 'handlers',
  0, 1, -1, NaN, null, undefined, true, {}, [], ['getStartup'], { toString: () => 'getStartup' }, new String('getStartup'), Symbol('getStartup'), 1n,
];

const PROTO_JSON = [
  '{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"prototype":{"polluted":"yes"}}',
  '{"articleId":"SEED","__proto__":{"paragraphIndex":1}}', '{"__proto__":{"articleId":"SEED"}}', '[{"__proto__":{"polluted":"yes"}}]',
  '{"articleId":{"__proto__":{"polluted":"yes"}}}', '{"__proto__":{"__proto__":{"polluted":"yes"}}}', '{"constructor":{"name":"Object","prototype":{"toString":"x"}}}',
  '{"articleId":"SEED","paragraphIndex":1,"__proto__":{"polluted":"yes"}}', '{"articleId":"SEED","constructor":{"prototype":{"polluted":"yes"}}}',
  '{"hasOwnProperty":"x","articleId":"SEED"}', '{"toString":{"polluted":"yes"}}', '{"valueOf":1,"articleId":"SEED"}', '{"__proto__":null}',
  '{"backupId":"2026-01-31T09-30-00-000Z","__proto__":{"polluted":"yes"}}', '{"__proto__":[]}', '{"articleId":"SEED","__defineSetter__":"x"}',
].map((json) => json.replaceAll('SEED', SEED_ID));

function forEachMethod(category: string, payloads: ReadonlyArray<() => unknown>): FuzzCase[] {
  return apiMethods.flatMap((method) => payloads.map((payload) => ({ category, method, payload })));
}

function perField(category: string, values: readonly unknown[], wanted: (field: string) => boolean): FuzzCase[] {
  return apiMethods.flatMap((method) =>
    fieldsOf(method).filter(wanted).flatMap((field) => values.map((value) => ({ category, method, payload: () => ({ ...validExample(method), [field]: value }) }))),
  );
}

function badIds(): string[] {
  const chars = ['A', ' ', '.', '/', '\\', '_', '\u0000', '\n', '\u00e9', '\u202e', ':', '%', '*', '?'];
  return [...STRINGS, ...chars.flatMap((c) => [`${c}${SEED_ID}`, `mexico${c}rejects`, `${SEED_ID}${c}`]), 'a'.repeat(200), '2026-01-31T09-30-00-000Z-0', '2026-13-99T99-99-99-999Z'];
}

export function buildCorpus(prng: Prng, randomCount: number): FuzzCase[] {
  const random: FuzzCase[] = Array.from({ length: randomCount }, () => {
    const method = prng.chance(0.93) ? prng.pick(apiMethods) : prng.pick(METHOD_NAMES);
    const base = typeof method === 'string' && apiMethods.includes(method as ApiMethod) ? validExample(method as ApiMethod) : undefined;
    const value = base !== undefined && prng.chance(0.4) ? { ...base, [prng.pick(KEYS)]: randomJson(prng, 2) } : randomJson(prng);
    return { category: 'random-json', method, payload: same(value) };
  });
  const oversizedValues = [MAX_PAYLOAD_BYTES + 1, MAX_PAYLOAD_BYTES * 2, 1_048_576].flatMap((n): Array<() => unknown> => [
    () => 'x'.repeat(n), () => ({ articleId: 'x'.repeat(n) }), () => ({ articleId: SEED_ID, extra: 'é'.repeat(n) }), () => ({ ['k'.repeat(n)]: 1 }),
    () => Array.from({ length: n / 4 }, (_, i) => i), () => Object.fromEntries(Array.from({ length: n / 8 }, (_, i) => [`k${i}`, i])),
  ]);
  const deep = [1_000, 10_000, 100_000].flatMap((levels) =>
    (['array', 'object'] as const).flatMap((kind) => [() => nested(levels, kind), () => ({ articleId: nested(levels, kind), paragraphIndex: 0 })]),
  );
  return [
    ...random,
    ...forEachMethod('wrong-types', WRONG.map(same)),
    ...perField('wrong-types', WRONG, () => true),
    ...apiMethods.flatMap((method) => fieldsOf(method).map((field): FuzzCase => ({ category: 'wrong-types', method, payload: () => ({ ...validExample(method), [field]: undefined }) }))),
    ...perField('bad-ids', badIds(), (field) => field.endsWith('Id')),
    ...perField('special-numbers', [NaN, Infinity, -Infinity, -1, 0.5, 1_000_001, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, '1', '0', true, null, [1]], (field) => !field.endsWith('Id')),
    ...apiMethods.flatMap((method) =>
      [...KEYS, 'extra', 'ARTICLEID', 'articleid', 'articleId '].map((key): FuzzCase => ({
        category: 'extra-keys',
        method,
        payload: parsed(JSON.stringify({ ...validExample(method) }).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(randomJson(prng, 3)) ?? 'null'},`).replace(',}', '}')),
      })),
    ),
    ...forEachMethod('prototype-pollution', PROTO_JSON.map(parsed)),
    ...METHOD_NAMES.flatMap((method) => [undefined, null, {}, { articleId: SEED_ID }, ...PROTO_JSON.slice(0, 3).map((json) => JSON.parse(json) as unknown)].map((value): FuzzCase => ({ category: 'unknown-methods', method, payload: same(value) }))),
    ...forEachMethod('oversized', oversizedValues),
    ...forEachMethod('deep-nesting', deep),
    ...forEachMethod('cyclic', [0, 1, 2, 3, 4].map((kind) => () => cyclic(kind))),
    ...apiMethods.flatMap((method) => EXOTIC.map(([name, make]): FuzzCase => ({ category: `exotic:${name}`, method, payload: make }))),
  ];
}
