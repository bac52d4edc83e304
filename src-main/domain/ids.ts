/**
 * Stable identities. An id is a hash of what a thing *is* (its kind, its sentence's words, its
 * answer), never of where it sits in a list, so regenerating a deck after an edit elsewhere in
 * the article, or after a generator improvement, keeps the ids of every fact that still exists.
 */

/** Words only, lower case: whitespace, quote style and case changes keep an id. */
export function normalizeForId(text: string): string {
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
 * `node:crypto` is off limits in the pure domain; ids need to be stable, not secret.
 */
export function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
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
