/**
 * Fact id → memory state, as a plain object without a prototype: it is what JSON.parse gives
 * (re-parented in O(1)), what JSON.stringify takes, and any fact id is just a key (no inherited
 * `constructor`, no `__proto__` setter). At 50k facts, turning it into a Map and back cost more
 * than parsing the file.
 */
export type MemoryTable = Record<string, unknown>;

export function emptyMemory(): MemoryTable {
  return Object.create(null) as MemoryTable;
}

/** Adopts a parsed object as a table (no copy). */
export function adoptMemory(parsed: Record<string, unknown>): MemoryTable {
  return Object.setPrototypeOf(parsed, null) as MemoryTable;
}

export function memoryOf(table: MemoryTable, factId: string): unknown {
  return Object.hasOwn(table, factId) ? table[factId] : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * The table as it was when the snapshot was taken, while answers keep changing it: a change
 * first records the old value here (`keep`), so the save sees one consistent moment without
 * copying 50k entries (copying a table that size cost more than serializing it).
 */
export class MemorySnapshot {
  readonly #before = new Map<string, unknown>();
  readonly #keys: string[];

  constructor(private readonly table: MemoryTable) {
    this.#keys = Object.keys(table);
  }

  /** Call before `factId` changes while this snapshot is being written. */
  keep(factId: string): void {
    if (!this.#before.has(factId)) this.#before.set(factId, memoryOf(this.table, factId));
  }

  /** JSON text of the table, built in slices with a pause between them, so saving 50k states never holds the process for long. */
  async stringify(slice = 2000): Promise<string> {
    const parts: string[] = [];
    for (let start = 0; start < this.#keys.length; start += slice) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      const end = Math.min(this.#keys.length, start + slice);
      for (let n = start; n < end; n++) {
        const key = this.#keys[n] as string;
        const value = JSON.stringify(this.#before.has(key) ? this.#before.get(key) : this.table[key]);
        if (value !== undefined) parts.push(`${JSON.stringify(key)}:${value}`);
      }
    }
    return `{${parts.join(',')}}`;
  }
}
