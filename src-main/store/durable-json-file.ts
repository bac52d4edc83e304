/**
 * lowdb adapter for one JSON file in the data folder. Writes are atomic and fsynced
 * (see durable-fs.ts) and checked against the schema first, so it never writes what it would
 * refuse to read. Reading never destroys anything:
 * - missing file → `null` (the caller restores a backup or keeps the defaults);
 * - older `schemaVersion` → migrated in memory (the next write saves the new version);
 * - empty, unparsable or wrong-shaped file → moved aside to `<name>.corrupt-<epochms>`, `null`;
 * - file from a newer Factdeck (higher `schemaVersion`) or unreadable file → `null`, and every
 *   later write is refused, so the file stays as it is.
 * The newer and unreadable cases leave a sentence for the learner in `notices`; a damaged file
 * is described by `quarantined`, so the caller can say in one sentence what it did instead.
 * `outcome` says which case the last read met.
 */
import path from 'node:path';
import type { Adapter } from 'lowdb';
import * as v from 'valibot';
import { ServiceError } from '../service-error';
import { moveAside, writeFileDurably } from './durable-fs';
import { errorCode, nodeIo, type StoreIo } from './io';
import { inspectJson, type Migrate } from './inspect-json';

export { inspectJson } from './inspect-json';

export interface DurableJsonFileOptions<T> {
  readonly schema: v.GenericSchema<unknown, T>;
  /** The newest `schemaVersion` this build understands. */
  readonly schemaVersion: number;
  /** What the file holds, for notices: "your reading progress". */
  readonly label: string;
  /** Clock for the `.corrupt-<epochms>` suffix. */
  readonly now?: () => number;
  readonly io?: StoreIo;
  /** Brings an older document up to `schemaVersion`; must leave a current one unchanged. */
  readonly migrate?: Migrate;
  /** Set when another Factdeck owns the folder: nothing is written, moved or repaired. */
  readonly readOnlyReason?: string | null;
  /** Indented JSON for small files people may open; large files are written compact. */
  readonly pretty?: boolean;
}

export interface Quarantined {
  /** Why, as the end of a sentence: "the file was empty". */
  readonly reason: string;
  /** The name the damaged file now has, next to where it was. */
  readonly keptAs: string;
}

export type ReadOutcome = 'not-read' | 'valid' | 'migrated' | 'missing' | 'corrupt' | 'newer' | 'unreadable';

export class DurableJsonFile<T> implements Adapter<T> {
  readonly notices: string[] = [];
  #readOnlyReason: string | null;
  #outcome: ReadOutcome = 'not-read';
  #quarantined: Quarantined | null = null;

  constructor(
    readonly filePath: string,
    private readonly options: DurableJsonFileOptions<T>,
  ) {
    this.#readOnlyReason = options.readOnlyReason ?? null;
  }

  /** Why writes are refused, as a sentence for the learner; `null` while writes are allowed. */
  get readOnlyReason(): string | null {
    return this.#readOnlyReason;
  }

  get outcome(): ReadOutcome {
    return this.#outcome;
  }

  /** The damaged file the last read set aside, if any. */
  get quarantined(): Quarantined | null {
    return this.#quarantined;
  }

  async read(): Promise<T | null> {
    const { label, schema, schemaVersion, now = Date.now, io = nodeIo, migrate } = this.options;
    const name = path.basename(this.filePath);
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(this.filePath);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return this.#done('missing', null);
      this.#refuseWrites(`Factdeck could not open ${label} (${name}), so it will not change it this time.`);
      this.notices.push(`Factdeck could not open ${label} (${name}). Changes will not be saved until Factdeck is restarted.`);
      return this.#done('unreadable', null);
    }
    const found = inspectJson(bytes, schema, schemaVersion, migrate);
    if (found.kind === 'valid') return this.#done(found.migrated ? 'migrated' : 'valid', found.data);
    if (found.kind === 'newer') {
      this.#refuseWrites('This data was written by a newer Factdeck, so this version will not change it. Please update Factdeck to keep saving.');
      this.notices.push(`${capitalize(label)} (${name}) was saved by a newer version of Factdeck. This version will not change it, so nothing you do now will be saved there.`);
      return this.#done('newer', null);
    }
    if (this.#readOnlyReason !== null) {
      this.notices.push(`Factdeck could not read ${label} because ${found.reason}. It left the file as it is.`);
      return this.#done('corrupt', null);
    }
    try {
      const aside = await moveAside(this.filePath, now(), io);
      this.#quarantined = { reason: found.reason, keptAs: path.basename(aside) };
    } catch {
      this.#refuseWrites(`Factdeck could not set aside the damaged ${name}, so it will not overwrite it.`);
      this.notices.push(`Factdeck could not read ${label} because ${found.reason}, and could not set the file aside. Changes will not be saved.`);
    }
    return this.#done('corrupt', null);
  }

  async write(data: T): Promise<void> {
    if (this.#readOnlyReason !== null) throw new ServiceError('storage-failed', this.#readOnlyReason);
    const checked = v.parse(this.options.schema, data);
    const text = this.options.pretty === false ? JSON.stringify(checked) : JSON.stringify(checked, null, 2);
    await writeFileDurably(this.filePath, `${text}\n`, this.options.io ?? nodeIo);
  }

  #done(outcome: ReadOutcome, data: T | null): T | null {
    this.#outcome = outcome;
    return data;
  }

  #refuseWrites(reason: string): void {
    this.#readOnlyReason ??= reason;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
