/**
 * Stable identities. An id is a hash of what a thing *is* (its kind, its sentence's words, its
 * answer), never of where it sits in a list, so regenerating a deck after an edit elsewhere in
 * the article, or after a generator improvement, keeps the ids of every fact that still exists.
 */
import { memo } from './memo';

/** Every id of a sentence's facts and questions normalises the same sentence again: kept per deck. */
const forId = memo<string, string>();

/** Words only, lower case: whitespace, quote style and case changes keep an id. */
export function normalizeForId(text: string): string {
  return forId.get(text) ?? forId.set(text, normalizeUncached(text));
}

function normalizeUncached(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * 64-bit FNV-1a as 16 hex digits. Written here because Web Crypto's digest is async and
 * `node:crypto` is off limits in the pure domain; ids need to be stable, not secret. The 64-bit
 * state is kept as four 16-bit limbs (h0 lowest) in plain numbers, which is many times faster
 * than BigInt and gives the same digits: ×prime (2^40 + 0x1b3) is ×0x1b3 plus a shift by 40 bits.
 */
export function stableHash(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i += 1) {
    h0 ^= text.charCodeAt(i);
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

export function stableId(prefix: string, ...parts: readonly string[]): string {
  return `${prefix}-${stableHash(parts.map(normalizeForId).join('\u241f')).slice(0, 12)}`;
}

/** Makes ids unique within one deck when the same thing occurs twice (a repeated sentence). */
export function uniquifyIds<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = seen.get(item.id) ?? 0;
    seen.set(item.id, count + 1);
    return count === 0 ? item : { ...item, id: `${item.id}-${count + 1}` };
  });
}
