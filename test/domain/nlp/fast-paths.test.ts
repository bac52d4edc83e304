/**
 * The speed-ups that replace a simple form by a faster one must give the same strings: each is
 * checked against the simple form on a fixed set of awkward inputs.
 */
import { describe, expect, it } from 'vitest';
import { stableHash } from '../../../src-main/domain/ids';
import { spaceNonWordRuns } from '../../../src-main/domain/nlp/word-runs';

const SAMPLES = [
  '', ' ', 'plain ascii words, 25-percent.', 'It’s “quoted” — and… more', 'café e\u0301 ² Ⅻ ½ 中文 ٣ ß İ ǅ',
  '𝐀𝐁 😀 emoji', 'lone \ud800 high and \udc00 low', 'nbsp\u00a0thin\u2009narrow\u202f', '«guillemets» „low“ ‛rev´',
  '\t\n\r mixed\u200d\ufeff', 'ـ tatweel', '--—–― dashes', "'s 'S s'", '\uffff\u0000',
];

function fnv1aBigInt(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i += 1) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

describe('fast paths give the same strings', () => {
  it.each(SAMPLES)('spaceNonWordRuns(%j) is the Unicode regex replacement', (text) => {
    expect(spaceNonWordRuns(text)).toBe(text.replace(/[^\p{L}\p{N}]+/gu, ' '));
  });

  it.each(SAMPLES)('stableHash(%j) is 64-bit FNV-1a', (text) => {
    expect(stableHash(text)).toBe(fnv1aBigInt(text));
  });
});
