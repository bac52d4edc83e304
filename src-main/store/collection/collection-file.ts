/**
 * `collection.json`: what the learner's answers add up to (for now, each fact's memory state),
 * written off the answer path. It is a cache of the review log: `applied` records how many bytes
 * of each month file it includes, so at open Factdeck replays exactly the answers it lacks.
 */
import * as v from 'valibot';
import { isPlainObject, type MemorySnapshot, type MemoryTable } from './memory-table';

export interface CollectionFile {
  readonly schemaVersion: 1;
  /** The reducer that built `memory`; another one (a new scheduler) means a rebuild. */
  readonly reducer: string;
  /** Epoch milliseconds of the last save. */
  readonly updatedAt: number;
  /** Month file → bytes of it folded into `memory`. */
  readonly applied: Readonly<Record<string, number>>;
  readonly reviewCount: number;
  /** Fact id → memory state, as the reducer made it. */
  readonly memory: Readonly<Record<string, unknown>>;
}

const Count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const headEntries = {
  schemaVersion: v.literal(1),
  reducer: v.pipe(v.string(), v.minLength(1)),
  updatedAt: Count,
  applied: v.record(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)), Count),
  reviewCount: Count,
};
const HeadSchema = v.strictObject(headEntries);

export const CollectionFileSchema: v.GenericSchema<unknown, CollectionFile> = v.object({
  ...headEntries,
  // The states are the reducer's business; checking 50k of them here would cost as much as
  // parsing the file, and keys of a parsed object are strings anyway.
  memory: v.custom<Readonly<Record<string, unknown>>>(isPlainObject, 'a table of memory states'),
});

export type CollectionHead = Omit<CollectionFile, 'memory'>;

/** The file's text, compact, with the big table serialized in slices. */
export async function serializeCollection(head: CollectionHead, memory: MemorySnapshot): Promise<string> {
  const checked = v.parse(HeadSchema, head); // never write a head the schema would refuse
  return `${JSON.stringify(checked).slice(0, -1)},"memory":${await memory.stringify()}}\n`;
}

export function emptyCollection(reducer: string): CollectionFile {
  return { schemaVersion: 1, reducer, updatedAt: 0, applied: {}, reviewCount: 0, memory: Object.create(null) as MemoryTable };
}
