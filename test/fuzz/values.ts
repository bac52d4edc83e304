/** Building blocks for IPC payloads: value pools, random JSON, deep and cyclic shapes, exotic objects. */
import type { Prng } from './prng';

export const SEED_ID = 'mexico-rejects-us-invasion';

export const KEYS = ['articleId', 'paragraphIndex', 'backupId', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'then', 'length', '', 'x', '0', 'polluted'];

export const STRINGS = [
  SEED_ID, 'a', '', ' ', 'A', 'Mexico-Rejects', '-leading-dash', '../../etc/passwd', '..\\..\\windows\\win.ini', '%2e%2e%2f', 'a/b', 'a\\b',
  `${SEED_ID}\n`, `\n${SEED_ID}`, `${SEED_ID}\u0000`, 'null', 'undefined', 'NaN', '__proto__', 'constructor', '2026-01-31T09-30-00-000Z',
  '2026-01-31T09-30-00-000Z/../x', '<script>window.__pwned=1</script>', 'javascript:alert(1)', '🇲🇽', '\ud800', '\u202e', 'x'.repeat(128), 'x'.repeat(129),
  'file:///etc/passwd', 'app://bundle/../../etc/passwd', 'CON', 'nul', 'a\u200bb', 'ａｂｃ', 'mexico–rejects',
];

export const NUMBERS = [0, -0, 1, -1, 0.5, 7, 8, 999_999, 1_000_000, 1_000_001, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, 5e-324, -5e-324];

function randomString(prng: Prng): string {
  if (prng.chance(0.6)) return prng.pick(STRINGS);
  const alphabet = 'abcz09-_ .\\/%\u0000\u00e9\u202e\ud83c\udf89\ud800"\'<>';
  return Array.from({ length: prng.int(24) }, () => alphabet.charAt(prng.int(alphabet.length))).join('');
}

/** A random JSON value; objects are built with `fromEntries`, so `__proto__` keys are own keys. */
export function randomJson(prng: Prng, depth = 0): unknown {
  const roll = prng.int(depth >= 4 ? 5 : 8);
  switch (roll) {
    case 0: return null;
    case 1: return prng.chance(0.5);
    case 2: return prng.chance(0.5) ? prng.pick(NUMBERS) : (prng.next() - 0.5) * 10 ** prng.int(12);
    case 3:
    case 4: return randomString(prng);
    case 5: return Array.from({ length: prng.int(5) }, () => randomJson(prng, depth + 1));
    default: return Object.fromEntries(Array.from({ length: prng.int(4) }, () => [prng.pick(KEYS), randomJson(prng, depth + 1)]));
  }
}

/** `levels` nested arrays or objects around `inner`, built without recursion. */
export function nested(levels: number, kind: 'array' | 'object', inner: unknown = SEED_ID): unknown {
  let value = inner;
  for (let i = 0; i < levels; i += 1) value = kind === 'array' ? [value] : { articleId: value };
  return value;
}

export function cyclic(kind: number): unknown {
  const a: Record<string, unknown> = { articleId: SEED_ID, paragraphIndex: 0 };
  switch (kind % 5) {
    case 0: a.self = a; return a;
    case 1: { const list: unknown[] = [SEED_ID]; list.push(list); return { articleId: list }; }
    case 2: { const b: Record<string, unknown> = { a }; a.articleId = b; return a; }
    case 3: { const list: unknown[] = []; list.push({ list }); return list; }
    default: a.backupId = [a, [a]]; return a;
  }
}

/** Values no JSON or structured clone can carry, each made fresh (some count their reads). */
export const EXOTIC: ReadonlyArray<readonly [string, () => unknown]> = [
  ['bigint', () => 1n],
  ['bigint-field', () => ({ articleId: SEED_ID, paragraphIndex: 2n })],
  ['symbol', () => Symbol('getStartup')],
  ['symbol-field', () => ({ articleId: Symbol(SEED_ID) })],
  ['symbol-key', () => ({ articleId: SEED_ID, [Symbol('x')]: 1 })],
  ['function', () => () => SEED_ID],
  ['function-field', () => ({ articleId: () => SEED_ID })],
  ['class-instance', () => new (class Payload { articleId = SEED_ID })()],
  ['uint8array', () => new Uint8Array([1, 2, 3])],
  ['float64array-nan', () => new Float64Array([NaN, Infinity])],
  ['arraybuffer', () => new ArrayBuffer(16)],
  ['dataview', () => new DataView(new ArrayBuffer(4))],
  ['date', () => new Date(0)],
  ['invalid-date', () => ({ articleId: new Date(NaN) })],
  ['map', () => new Map([['articleId', SEED_ID]])],
  ['set', () => new Set([SEED_ID])],
  ['regexp', () => /^[a-z]+$/g],
  ['error', () => Object.assign(new Error('boom'), { articleId: SEED_ID })],
  ['promise', () => Promise.resolve({ articleId: SEED_ID })],
  ['weakmap', () => new WeakMap()],
  ['null-prototype', () => Object.assign(Object.create(null) as object, { articleId: 'NOT AN ID' })],
  ['boxed-string', () => ({ articleId: new String(SEED_ID) })],
  ['boxed-number', () => ({ articleId: SEED_ID, paragraphIndex: new Number(1) })],
  ['sparse-array', () => [, , SEED_ID]],
  ['big-sparse-array', () => new Array(100_000)],
  ['array-with-props', () => Object.assign([SEED_ID], { articleId: SEED_ID })],
  ['nan-field', () => ({ articleId: SEED_ID, paragraphIndex: NaN })],
  ['infinity-field', () => ({ articleId: SEED_ID, paragraphIndex: Infinity })],
  ['minus-infinity-field', () => ({ articleId: SEED_ID, paragraphIndex: -Infinity })],
  ['throwing-getter', () => ({ get articleId(): string { throw new Error('getter'); } })],
  ['to-json-hides-size', () => ({ articleId: 'x'.repeat(1_000_000), toJSON: () => ({}) })],
  ['to-json-throws', () => ({ toJSON: () => { throw new Error('toJSON'); } })],
  ['proxy-throwing', () => new Proxy({}, { ownKeys: () => { throw new Error('ownKeys'); }, get: () => { throw new Error('get'); } })],
  ['revoked-proxy', () => { const { proxy, revoke } = Proxy.revocable({ articleId: SEED_ID }, {}); revoke(); return proxy; }],
  ['getter-small-then-huge', () => { let reads = 0; return { get articleId(): string { reads += 1; return reads === 1 ? SEED_ID : 'x'.repeat(1_000_000); } }; }],
  ['getter-throws-on-second-read', () => { let reads = 0; return { get articleId(): string { reads += 1; if (reads > 1) throw new Error('second read'); return 'NOT AN ID'; } }; }],
];
